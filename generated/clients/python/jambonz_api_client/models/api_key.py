from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key as listed. `token` is a masked form of the token, never the token
    itself (**differs from jambonz**, which lists every token in plain text): jambonz's
    `api_keys.token` column holds a hashed form of a token this server makes (a prefix
    of its SHA-256 with its last 4 characters, so that a person and the portal can tell
    the keys apart), never the token. A key that jambonz's api-server made, kept there
    in plain text, keeps working and is listed masked the same way.

        Attributes:
            api_key_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            token (str): The token's shape with every character but the last 4 replaced by `*`
                (`********-****-****-****-********4f2a`); all `*` for a key made before this
                server kept the last 4 characters.
                 Example: ********-****-****-****-********4f2a.
            account_sid (None | str): The owning account, for an `account` key.
            service_provider_sid (None | str): The owning service provider, for a `service_provider` key.
            expires_at (datetime.datetime | None): When the token stops working; `null` = never.
            last_used (datetime.datetime | None): When the key last authenticated a request, to the minute (written at most
                once a
                minute). jambonz bumps every key of an account at once; here only the key used.
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
    """

    api_key_sid: str
    token: str
    account_sid: None | str
    service_provider_sid: None | str
    expires_at: datetime.datetime | None
    last_used: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_sid = self.api_key_sid

        token = self.token

        account_sid: None | str
        account_sid = self.account_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        last_used: None | str
        if isinstance(self.last_used, datetime.datetime):
            last_used = self.last_used.isoformat()
        else:
            last_used = self.last_used

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_sid": api_key_sid,
                "token": token,
                "account_sid": account_sid,
                "service_provider_sid": service_provider_sid,
                "expires_at": expires_at,
                "last_used": last_used,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_sid = d.pop("api_key_sid")

        token = d.pop("token")

        def _parse_account_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_sid = _parse_account_sid(d.pop("account_sid"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        def _parse_last_used(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used = _parse_last_used(d.pop("last_used"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        api_key = cls(
            api_key_sid=api_key_sid,
            token=token,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            expires_at=expires_at,
            last_used=last_used,
            created_at=created_at,
        )

        api_key.additional_properties = d
        return api_key

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
