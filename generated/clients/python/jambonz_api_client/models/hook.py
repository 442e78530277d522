from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hook")


@_attrs_define
class Hook:
    """A webhook: where and how the platform calls the application. Stored as its own
    webhook row; embedded in the resources that use it.

        Attributes:
            url (str): An absolute http(s) or ws(s) URL with a host; printable ASCII only (percent-encode
                anything else), no whitespace.
                 Example: https://app.example.com/call.
            method (str | Unset): The HTTP method the hook is requested with, in any case (`post` and `POST` are the
                same, as in jambonz); read back in capitals.
                 Example: POST.
            username (None | str | Unset):
            password (None | str | Unset):
    """

    url: str
    method: str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

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
        url = d.pop("url")

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

        hook = cls(
            url=url,
            method=method,
            username=username,
            password=password,
        )

        return hook
