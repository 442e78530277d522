from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """The body of every 4xx answer.

    Attributes:
        msg (str): What is wrong, naming the field, value or rule.
    """

    msg: str

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg = d.pop("msg")

        api_error = cls(
            msg=msg,
        )

        return api_error
