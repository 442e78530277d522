from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_codes_created_status import InviteCodesCreatedStatus, check_invite_codes_created_status

T = TypeVar("T", bound="InviteCodesCreated")


@_attrs_define
class InviteCodesCreated:
    """
    Attributes:
        status (InviteCodesCreatedStatus):
        added (int): How many codes were created.
        codes (list[str]):
    """

    status: InviteCodesCreatedStatus
    added: int
    codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        added = self.added

        codes = self.codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "added": added,
                "codes": codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_invite_codes_created_status(d.pop("status"))

        added = d.pop("added")

        codes = cast(list[str], d.pop("codes"))

        invite_codes_created = cls(
            status=status,
            added=added,
            codes=codes,
        )

        invite_codes_created.additional_properties = d
        return invite_codes_created

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
