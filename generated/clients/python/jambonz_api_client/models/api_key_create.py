from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyCreate")


@_attrs_define
class ApiKeyCreate:
    """The owner of the new key (at most one) and when it expires. A request without a
    body means `{}` (an admin key). Giving both `account_sid` and
    `service_provider_sid` is refused with 422 (`null` counts as not given).

        Attributes:
            account_sid (None | str | Unset): Make an `account` key for this account.
            service_provider_sid (None | str | Unset): Make a `service_provider` key for this provider.
            expires_at (datetime.datetime | None | Unset): An RFC 3339 date-time (with `Z` or an offset) after which the
                token is refused;
                `null` or absent = never expires. One that is not in the future (or outside the
                years 1-9999 once converted to UTC) is refused with 422.
                 Example: 2030-12-31T23:59:59.000Z.
    """

    account_sid: None | str | Unset = UNSET
    service_provider_sid: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        service_provider_sid: None | str | Unset
        if isinstance(self.service_provider_sid, Unset):
            service_provider_sid = UNSET
        else:
            service_provider_sid = self.service_provider_sid

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_service_provider_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        api_key_create = cls(
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            expires_at=expires_at,
        )

        return api_key_create
