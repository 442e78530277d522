from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.limit_category import LimitCategory, check_limit_category

T = TypeVar("T", bound="AccountLimit")


@_attrs_define
class AccountLimit:
    """One of an account's limits.

    Attributes:
        account_limits_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        category (LimitCategory): What a limit caps: `api_rate` (the rate of API requests), `voice_call_session`
            (simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call
            minutes), and the `_license` variants of the two call caps (the licensed amounts).
        quantity (int):
    """

    account_limits_sid: str
    account_sid: str
    category: LimitCategory
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_limits_sid = self.account_limits_sid

        account_sid = self.account_sid

        category: str = self.category

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_limits_sid": account_limits_sid,
                "account_sid": account_sid,
                "category": category,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_limits_sid = d.pop("account_limits_sid")

        account_sid = d.pop("account_sid")

        category = check_limit_category(d.pop("category"))

        quantity = d.pop("quantity")

        account_limit = cls(
            account_limits_sid=account_limits_sid,
            account_sid=account_sid,
            category=category,
            quantity=quantity,
        )

        account_limit.additional_properties = d
        return account_limit

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
