from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.limit_category import LimitCategory, check_limit_category

T = TypeVar("T", bound="LimitCreate")


@_attrs_define
class LimitCreate:
    """One limit to set (create, or replace the quantity of) for its category.

    Attributes:
        category (LimitCategory): What a limit caps: `api_rate` (the rate of API requests), `voice_call_session`
            (simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call
            minutes), and the `_license` variants of the two call caps (the licensed amounts).
        quantity (int): The cap, a whole number (0 or more).
    """

    category: LimitCategory
    quantity: int

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = check_limit_category(d.pop("category"))

        quantity = d.pop("quantity")

        limit_create = cls(
            category=category,
            quantity=quantity,
        )

        return limit_create
