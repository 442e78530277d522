from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteCodesCreate")


@_attrs_define
class InviteCodesCreate:
    """How many codes to create.

    Attributes:
        count (int | Unset): How many (default 1; 0 or less also means 1, as in jambonz). Example: 2.
    """

    count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        invite_codes_create = cls(
            count=count,
        )

        return invite_codes_create
