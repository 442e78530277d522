from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.app_env_variable import AppEnvVariable


T = TypeVar("T", bound="AppEnvSchema")


@_attrs_define
class AppEnvSchema:
    """An env-schema: at least one variable, each named with letters, digits and `_`
    only (`^[a-zA-Z0-9_]+$`), mapped to its `AppEnvVariable`.

        Example:
            {'GREETING': {'type': 'string', 'description': 'What the caller hears first', 'default': 'Hello'},
                'MAX_RETRIES': {'type': 'number', 'description': 'How often to ask again', 'required': True}, 'VOICE': {'type':
                'string', 'description': 'The voice to speak with', 'enum': ['en-US-Standard-C', 'en-US-Standard-E'], 'obscure':
                False}}

    """

    additional_properties: dict[str, AppEnvVariable] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_env_variable import AppEnvVariable  # noqa: PLC0415

        d = dict(src_dict)
        app_env_schema = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AppEnvVariable.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        app_env_schema.additional_properties = additional_properties
        return app_env_schema

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AppEnvVariable:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AppEnvVariable) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
