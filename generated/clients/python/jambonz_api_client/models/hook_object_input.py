from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HookObjectInput")


@_attrs_define
class HookObjectInput:
    """A hook as an object. An empty `url` (`{"url": "", "method": "POST"}`, what the
    jambonz portal sends for a hook left blank) means no hook, as in jambonz.

        Attributes:
            url (str):
            webhook_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            method (str | Unset): The HTTP method the hook is requested with, in any case (`post` and `POST` are the
                same, as in jambonz); read back in capitals.
                 Example: POST.
            username (None | str | Unset):
            password (None | str | Unset):
    """

    url: str
    webhook_sid: str | Unset = UNSET
    method: str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url: str
        url = self.url

        webhook_sid = self.webhook_sid

        method = self.method

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if webhook_sid is not UNSET:
            field_dict["webhook_sid"] = webhook_sid
        if method is not UNSET:
            field_dict["method"] = method
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_url(data: object) -> str:
            return cast(str, data)

        url = _parse_url(d.pop("url"))

        webhook_sid = d.pop("webhook_sid", UNSET)

        method = d.pop("method", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        hook_object_input = cls(
            url=url,
            webhook_sid=webhook_sid,
            method=method,
            username=username,
            password=password,
        )

        return hook_object_input
