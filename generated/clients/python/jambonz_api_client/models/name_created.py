from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NameCreated")


@_attrs_define
class NameCreated:
    """The name of the conference or queue just created.

    Attributes:
        name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in
            a URL path as it is). Names are scoped to the account: two accounts may both have a
            queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
            `enqueue` or `dequeue` verb with another name is refused by the simulator with an
            alert).
             Example: support.
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        name_created = cls(
            name=name,
        )

        name_created.additional_properties = d
        return name_created

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
