from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_method import HookMethod, check_hook_method

T = TypeVar("T", bound="HookWithSid")


@_attrs_define
class HookWithSid:
    """A hook as read back from an application, with its `webhook_sid`.

    Attributes:
        webhook_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        url (str):
        method (HookMethod): The HTTP method the hook is requested with.
        username (None | str):
        password (None | str):
    """

    webhook_sid: str
    url: str
    method: HookMethod
    username: None | str
    password: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_sid = self.webhook_sid

        url = self.url

        method: str = self.method

        username: None | str
        username = self.username

        password: None | str
        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_sid": webhook_sid,
                "url": url,
                "method": method,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_sid = d.pop("webhook_sid")

        url = d.pop("url")

        method = check_hook_method(d.pop("method"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        password = _parse_password(d.pop("password"))

        hook_with_sid = cls(
            webhook_sid=webhook_sid,
            url=url,
            method=method,
            username=username,
            password=password,
        )

        hook_with_sid.additional_properties = d
        return hook_with_sid

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
