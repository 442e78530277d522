from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MicrosoftTeamsTenant")


@_attrs_define
class MicrosoftTeamsTenant:
    """A Microsoft Teams tenant, its columns as jambonz reads them back.

    Example:
        {'ms_teams_tenant_sid': '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', 'service_provider_sid':
            '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f', 'account_sid': '7c1e3a5b-2d4f-4e6a-8b9c-0d1e2f3a4b5c',
            'application_sid': None, 'tenant_fqdn': 'contoso.example.com'}

    Attributes:
        ms_teams_tenant_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (None | str):
        tenant_fqdn (str):
    """

    ms_teams_tenant_sid: str
    service_provider_sid: str
    account_sid: str
    application_sid: None | str
    tenant_fqdn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ms_teams_tenant_sid = self.ms_teams_tenant_sid

        service_provider_sid = self.service_provider_sid

        account_sid = self.account_sid

        application_sid: None | str
        application_sid = self.application_sid

        tenant_fqdn = self.tenant_fqdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ms_teams_tenant_sid": ms_teams_tenant_sid,
                "service_provider_sid": service_provider_sid,
                "account_sid": account_sid,
                "application_sid": application_sid,
                "tenant_fqdn": tenant_fqdn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ms_teams_tenant_sid = d.pop("ms_teams_tenant_sid")

        service_provider_sid = d.pop("service_provider_sid")

        account_sid = d.pop("account_sid")

        def _parse_application_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_sid = _parse_application_sid(d.pop("application_sid"))

        tenant_fqdn = d.pop("tenant_fqdn")

        microsoft_teams_tenant = cls(
            ms_teams_tenant_sid=ms_teams_tenant_sid,
            service_provider_sid=service_provider_sid,
            account_sid=account_sid,
            application_sid=application_sid,
            tenant_fqdn=tenant_fqdn,
        )

        microsoft_teams_tenant.additional_properties = d
        return microsoft_teams_tenant

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
