from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueCreate")


@_attrs_define
class QueueCreate:
    """A queue made ahead of time. With `max_size`, a call that finds it full is not
    queued: its `enqueue` actionHook gets `queue_result: error` with `queue_error`.

        Attributes:
            name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in
                a URL path as it is). Names are scoped to the account: two accounts may both have a
                queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
                `enqueue` or `dequeue` verb with another name is refused by the simulator with an
                alert).
                 Example: support.
            max_size (int | Unset):
    """

    name: str
    max_size: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        max_size = self.max_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if max_size is not UNSET:
            field_dict["max_size"] = max_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        max_size = d.pop("max_size", UNSET)

        queue_create = cls(
            name=name,
            max_size=max_size,
        )

        return queue_create
