from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_env_variable_type import AppEnvVariableType, check_app_env_variable_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEnvVariable")


@_attrs_define
class AppEnvVariable:
    """One environment variable an application takes: its type and description, and
    whether it is required, its default, its allowed values and whether the portal
    should hide it. Other properties (such as `uiHint`, `jambonzResource`) are kept.

        Attributes:
            type_ (AppEnvVariableType): The type of the variable's value.
            description (str): What the variable is for, shown in the portal.
            required (bool | Unset): An application's `env_vars` must give it.
            default (bool | float | str | Unset): The value used when none is given (a string, number or boolean).
            enum (list[Any] | Unset): The values allowed.
            obscure (bool | Unset): The portal hides the value as it does a password.
    """

    type_: AppEnvVariableType
    description: str
    required: bool | Unset = UNSET
    default: bool | float | str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    obscure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        description = self.description

        required = self.required

        default: bool | float | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        obscure = self.obscure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if default is not UNSET:
            field_dict["default"] = default
        if enum is not UNSET:
            field_dict["enum"] = enum
        if obscure is not UNSET:
            field_dict["obscure"] = obscure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_app_env_variable_type(d.pop("type"))

        description = d.pop("description")

        required = d.pop("required", UNSET)

        def _parse_default(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        enum = cast(list[Any], d.pop("enum", UNSET))

        obscure = d.pop("obscure", UNSET)

        app_env_variable = cls(
            type_=type_,
            description=description,
            required=required,
            default=default,
            enum=enum,
            obscure=obscure,
        )

        app_env_variable.additional_properties = d
        return app_env_variable

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
