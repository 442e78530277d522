from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MicrosoftTeamsTenantCreate")


@_attrs_define
class MicrosoftTeamsTenantCreate:
    """A new Microsoft Teams tenant.

    Example:
        {'service_provider_sid': '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f', 'account_sid':
            '7c1e3a5b-2d4f-4e6a-8b9c-0d1e2f3a4b5c', 'tenant_fqdn': 'contoso.example.com'}

    Attributes:
        tenant_fqdn (str): The tenant's fully qualified domain name, unique on the platform. Example:
            contoso.example.com.
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (None | str | Unset): One of the account's applications to route the tenant's calls to.
    """

    tenant_fqdn: str
    service_provider_sid: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    application_sid: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tenant_fqdn = self.tenant_fqdn

        service_provider_sid = self.service_provider_sid

        account_sid = self.account_sid

        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenant_fqdn": tenant_fqdn,
            }
        )
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_fqdn = d.pop("tenant_fqdn")

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        account_sid = d.pop("account_sid", UNSET)

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        microsoft_teams_tenant_create = cls(
            tenant_fqdn=tenant_fqdn,
            service_provider_sid=service_provider_sid,
            account_sid=account_sid,
            application_sid=application_sid,
        )

        return microsoft_teams_tenant_create
