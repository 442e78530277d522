from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TtsCacheSize")


@_attrs_define
class TtsCacheSize:
    """How many synthesized texts the cache holds.

    Example:
        {'size': 42}

    Attributes:
        size (int):
    """

    size: int

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = d.pop("size")

        tts_cache_size = cls(
            size=size,
        )

        return tts_cache_size
