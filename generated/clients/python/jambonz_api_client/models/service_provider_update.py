from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="ServiceProviderUpdate")


@_attrs_define
class ServiceProviderUpdate:
    """The properties to change; at least one.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        root_domain (None | str | Unset):
        registration_hook (HookObjectInput | None | str | Unset): A hook (object or URL string), or `null` to remove it.
        ms_teams_fqdn (None | str | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    root_domain: None | str | Unset = UNSET
    registration_hook: HookObjectInput | None | str | Unset = UNSET
    ms_teams_fqdn: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        root_domain: None | str | Unset
        if isinstance(self.root_domain, Unset):
            root_domain = UNSET
        else:
            root_domain = self.root_domain

        registration_hook: dict[str, Any] | None | str | Unset
        if isinstance(self.registration_hook, Unset):
            registration_hook = UNSET
        elif isinstance(self.registration_hook, HookObjectInput):
            registration_hook = self.registration_hook.to_dict()
        else:
            registration_hook = self.registration_hook

        ms_teams_fqdn: None | str | Unset
        if isinstance(self.ms_teams_fqdn, Unset):
            ms_teams_fqdn = UNSET
        else:
            ms_teams_fqdn = self.ms_teams_fqdn

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if root_domain is not UNSET:
            field_dict["root_domain"] = root_domain
        if registration_hook is not UNSET:
            field_dict["registration_hook"] = registration_hook
        if ms_teams_fqdn is not UNSET:
            field_dict["ms_teams_fqdn"] = ms_teams_fqdn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_root_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_domain = _parse_root_domain(d.pop("root_domain", UNSET))

        def _parse_registration_hook(data: object) -> HookObjectInput | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_hook_input_type_1 = HookObjectInput.from_dict(data)

                return componentsschemas_nullable_hook_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookObjectInput | None | str | Unset, data)

        registration_hook = _parse_registration_hook(d.pop("registration_hook", UNSET))

        def _parse_ms_teams_fqdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ms_teams_fqdn = _parse_ms_teams_fqdn(d.pop("ms_teams_fqdn", UNSET))

        service_provider_update = cls(
            name=name,
            description=description,
            root_domain=root_domain,
            registration_hook=registration_hook,
            ms_teams_fqdn=ms_teams_fqdn,
        )

        return service_provider_update
