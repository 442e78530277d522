from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordSettingsUpdate")


@_attrs_define
class PasswordSettingsUpdate:
    """The rules to set.

    Example:
        {'min_password_length': 12, 'require_digit': True, 'require_special_character': False}

    Attributes:
        min_password_length (int | Unset): 8 to 20 (400 in jambonz's words otherwise).
        require_digit (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
        require_special_character (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
    """

    min_password_length: int | Unset = UNSET
    require_digit: bool | Flag | Unset = UNSET
    require_special_character: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        min_password_length = self.min_password_length

        require_digit: bool | int | Unset
        if isinstance(self.require_digit, Unset):
            require_digit = UNSET
        elif isinstance(self.require_digit, int):
            require_digit = self.require_digit
        else:
            require_digit = self.require_digit

        require_special_character: bool | int | Unset
        if isinstance(self.require_special_character, Unset):
            require_special_character = UNSET
        elif isinstance(self.require_special_character, int):
            require_special_character = self.require_special_character
        else:
            require_special_character = self.require_special_character

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_password_length is not UNSET:
            field_dict["min_password_length"] = min_password_length
        if require_digit is not UNSET:
            field_dict["require_digit"] = require_digit
        if require_special_character is not UNSET:
            field_dict["require_special_character"] = require_special_character

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_password_length = d.pop("min_password_length", UNSET)

        def _parse_require_digit(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        require_digit = _parse_require_digit(d.pop("require_digit", UNSET))

        def _parse_require_special_character(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        require_special_character = _parse_require_special_character(d.pop("require_special_character", UNSET))

        password_settings_update = cls(
            min_password_length=min_password_length,
            require_digit=require_digit,
            require_special_character=require_special_character,
        )

        return password_settings_update
