from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Availability")


@_attrs_define
class Availability:
    """Whether the e-mail, phone or SIP realm asked about is free.

    Example:
        {'available': True}

    Attributes:
        available (bool):
    """

    available: bool

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        availability = cls(
            available=available,
        )

        return availability
