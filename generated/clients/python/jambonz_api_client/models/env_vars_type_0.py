from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnvVarsType0")


@_attrs_define
class EnvVarsType0:
    """Name/value settings handed to the application, sealed at rest and read back as the
    same object. As jambonz does, a create or change that gives them first asks the
    application which variables it takes (an `OPTIONS` request to the `call_hook` URL
    given, else the stored one, as `GET /AppEnv` asks, under the outbound policy):
    when it answers with an env-schema, a required variable missing is 400 `Missing
    required value env_vars.<name>` and a value of another type or outside its `enum`
    is 400 `Invalid value/type for env_vars.<name>` (the last problem found is the one
    told). An application that cannot be asked, or answers no env-schema, declares
    none: the object is stored as it is.

        Example:
            {'GREETING': 'Welcome to Acme'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        env_vars_type_0 = cls()

        env_vars_type_0.additional_properties = d
        return env_vars_type_0

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
