from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordSettings")


@_attrs_define
class PasswordSettings:
    """The password policy as jambonz reads it back: the stored row (booleans as 0/1),
    or only `min_password_length` when none is stored.

        Example:
            {'min_password_length': 12, 'require_digit': 1, 'require_special_character': 0}

        Attributes:
            min_password_length (int): The fewest characters a password may have.
            require_digit (Flag | Unset): A boolean as jambonz reads it back, `0` or `1`.
            require_special_character (Flag | Unset): A boolean as jambonz reads it back, `0` or `1`.
    """

    min_password_length: int
    require_digit: Flag | Unset = UNSET
    require_special_character: Flag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_password_length = self.min_password_length

        require_digit: int | Unset = UNSET
        if not isinstance(self.require_digit, Unset):
            require_digit = self.require_digit

        require_special_character: int | Unset = UNSET
        if not isinstance(self.require_special_character, Unset):
            require_special_character = self.require_special_character

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_password_length": min_password_length,
            }
        )
        if require_digit is not UNSET:
            field_dict["require_digit"] = require_digit
        if require_special_character is not UNSET:
            field_dict["require_special_character"] = require_special_character

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_password_length = d.pop("min_password_length")

        _require_digit = d.pop("require_digit", UNSET)
        require_digit: Flag | Unset
        if isinstance(_require_digit, Unset):
            require_digit = UNSET
        else:
            require_digit = check_flag(_require_digit)

        _require_special_character = d.pop("require_special_character", UNSET)
        require_special_character: Flag | Unset
        if isinstance(_require_special_character, Unset):
            require_special_character = UNSET
        else:
            require_special_character = check_flag(_require_special_character)

        password_settings = cls(
            min_password_length=min_password_length,
            require_digit=require_digit,
            require_special_character=require_special_character,
        )

        password_settings.additional_properties = d
        return password_settings

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
