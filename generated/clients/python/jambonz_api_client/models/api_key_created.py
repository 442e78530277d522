from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApiKeyCreated")


@_attrs_define
class ApiKeyCreated:
    """
    Attributes:
        sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        token (str): The bearer token. Shown only here; store it safely. Example: 0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f.
    """

    sid: str
    token: str

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sid": sid,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sid = d.pop("sid")

        token = d.pop("token")

        api_key_created = cls(
            sid=sid,
            token=token,
        )

        return api_key_created
