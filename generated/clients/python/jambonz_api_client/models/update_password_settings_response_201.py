from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdatePasswordSettingsResponse201")


@_attrs_define
class UpdatePasswordSettingsResponse201:
    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        update_password_settings_response_201 = cls()

        return update_password_settings_response_201
