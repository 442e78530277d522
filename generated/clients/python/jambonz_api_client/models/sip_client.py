from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="SipClient")


@_attrs_define
class SipClient:
    """A SIP client (a device or softphone user that jambonz authenticates itself), its
    columns as jambonz reads them back. `password` is masked: its first character and
    an `X` for each other one (`s3cret` reads `sXXXXX`), `null` when it has none.

        Example:
            {'client_sid': '4d3c2b1a-9e8f-4a7b-8c6d-5e4f3a2b1c0d', 'account_sid': '7c1e3a5b-2d4f-4e6a-8b9c-0d1e2f3a4b5c',
                'is_active': 1, 'username': 'alice', 'password': 'sXXXXXXXXXX', 'allow_direct_app_calling': 1,
                'allow_direct_queue_calling': 1, 'allow_direct_user_calling': 1}

        Attributes:
            client_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
            username (str):
            password (None | str): The password, masked.
            allow_direct_app_calling (Flag): A boolean as jambonz reads it back, `0` or `1`.
            allow_direct_queue_calling (Flag): A boolean as jambonz reads it back, `0` or `1`.
            allow_direct_user_calling (Flag): A boolean as jambonz reads it back, `0` or `1`.
    """

    client_sid: str
    account_sid: str
    is_active: Flag
    username: str
    password: None | str
    allow_direct_app_calling: Flag
    allow_direct_queue_calling: Flag
    allow_direct_user_calling: Flag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_sid = self.client_sid

        account_sid = self.account_sid

        is_active: int = self.is_active

        username = self.username

        password: None | str
        password = self.password

        allow_direct_app_calling: int = self.allow_direct_app_calling

        allow_direct_queue_calling: int = self.allow_direct_queue_calling

        allow_direct_user_calling: int = self.allow_direct_user_calling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_sid": client_sid,
                "account_sid": account_sid,
                "is_active": is_active,
                "username": username,
                "password": password,
                "allow_direct_app_calling": allow_direct_app_calling,
                "allow_direct_queue_calling": allow_direct_queue_calling,
                "allow_direct_user_calling": allow_direct_user_calling,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_sid = d.pop("client_sid")

        account_sid = d.pop("account_sid")

        is_active = check_flag(d.pop("is_active"))

        username = d.pop("username")

        def _parse_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        password = _parse_password(d.pop("password"))

        allow_direct_app_calling = check_flag(d.pop("allow_direct_app_calling"))

        allow_direct_queue_calling = check_flag(d.pop("allow_direct_queue_calling"))

        allow_direct_user_calling = check_flag(d.pop("allow_direct_user_calling"))

        sip_client = cls(
            client_sid=client_sid,
            account_sid=account_sid,
            is_active=is_active,
            username=username,
            password=password,
            allow_direct_app_calling=allow_direct_app_calling,
            allow_direct_queue_calling=allow_direct_queue_calling,
            allow_direct_user_calling=allow_direct_user_calling,
        )

        sip_client.additional_properties = d
        return sip_client

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
