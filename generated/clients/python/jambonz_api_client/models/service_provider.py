from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hook_read import HookRead


T = TypeVar("T", bound="ServiceProvider")


@_attrs_define
class ServiceProvider:
    """
    Attributes:
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str):
        description (None | str):
        root_domain (None | str):
        registration_hook (HookRead | None):
        ms_teams_fqdn (None | str):
    """

    service_provider_sid: str
    name: str
    description: None | str
    root_domain: None | str
    registration_hook: HookRead | None
    ms_teams_fqdn: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_read import HookRead  # noqa: PLC0415

        service_provider_sid = self.service_provider_sid

        name = self.name

        description: None | str
        description = self.description

        root_domain: None | str
        root_domain = self.root_domain

        registration_hook: dict[str, Any] | None
        if isinstance(self.registration_hook, HookRead):
            registration_hook = self.registration_hook.to_dict()
        else:
            registration_hook = self.registration_hook

        ms_teams_fqdn: None | str
        ms_teams_fqdn = self.ms_teams_fqdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_provider_sid": service_provider_sid,
                "name": name,
                "description": description,
                "root_domain": root_domain,
                "registration_hook": registration_hook,
                "ms_teams_fqdn": ms_teams_fqdn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_read import HookRead  # noqa: PLC0415

        d = dict(src_dict)
        service_provider_sid = d.pop("service_provider_sid")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_root_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        root_domain = _parse_root_domain(d.pop("root_domain"))

        def _parse_registration_hook(data: object) -> HookRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registration_hook_type_0 = HookRead.from_dict(data)

                return registration_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookRead | None, data)

        registration_hook = _parse_registration_hook(d.pop("registration_hook"))

        def _parse_ms_teams_fqdn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ms_teams_fqdn = _parse_ms_teams_fqdn(d.pop("ms_teams_fqdn"))

        service_provider = cls(
            service_provider_sid=service_provider_sid,
            name=name,
            description=description,
            root_domain=root_domain,
            registration_hook=registration_hook,
            ms_teams_fqdn=ms_teams_fqdn,
        )

        service_provider.additional_properties = d
        return service_provider

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
