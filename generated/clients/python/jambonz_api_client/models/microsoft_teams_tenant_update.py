from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MicrosoftTeamsTenantUpdate")


@_attrs_define
class MicrosoftTeamsTenantUpdate:
    """The properties of a tenant to change.

    Example:
        {'tenant_fqdn': 'contoso.example.org'}

    Attributes:
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        application_sid (None | str | Unset): One of the account's applications, or `null` for none.
        tenant_fqdn (str | Unset): The tenant's fully qualified domain name, unique on the platform. Example:
            contoso.example.com.
    """

    service_provider_sid: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    application_sid: None | str | Unset = UNSET
    tenant_fqdn: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service_provider_sid = self.service_provider_sid

        account_sid = self.account_sid

        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        tenant_fqdn = self.tenant_fqdn

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if tenant_fqdn is not UNSET:
            field_dict["tenant_fqdn"] = tenant_fqdn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_provider_sid = d.pop("service_provider_sid", UNSET)

        account_sid = d.pop("account_sid", UNSET)

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        tenant_fqdn = d.pop("tenant_fqdn", UNSET)

        microsoft_teams_tenant_update = cls(
            service_provider_sid=service_provider_sid,
            account_sid=account_sid,
            application_sid=application_sid,
            tenant_fqdn=tenant_fqdn,
        )

        return microsoft_teams_tenant_update
