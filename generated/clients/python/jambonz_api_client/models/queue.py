from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Queue")


@_attrs_define
class Queue:
    """A queue of the account. `queue_sid` is its key as jambonz sends it in hooks;
    `average_wait` and `longest_wait` are the seconds the calls waiting now have
    waited (0 when it is empty).

        Attributes:
            name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in
                a URL path as it is). Names are scoped to the account: two accounts may both have a
                queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
                `enqueue` or `dequeue` verb with another name is refused by the simulator with an
                alert).
                 Example: support.
            queue_sid (str):  Example: queue:9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33:support.
            length (int):
            max_size (int | None):
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            average_wait (int):
            longest_wait (int):
    """

    name: str
    queue_sid: str
    length: int
    max_size: int | None
    created_at: datetime.datetime
    average_wait: int
    longest_wait: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        queue_sid = self.queue_sid

        length = self.length

        max_size: int | None
        max_size = self.max_size

        created_at = self.created_at.isoformat()

        average_wait = self.average_wait

        longest_wait = self.longest_wait

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "queue_sid": queue_sid,
                "length": length,
                "max_size": max_size,
                "created_at": created_at,
                "average_wait": average_wait,
                "longest_wait": longest_wait,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        queue_sid = d.pop("queue_sid")

        length = d.pop("length")

        def _parse_max_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_size = _parse_max_size(d.pop("max_size"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        average_wait = d.pop("average_wait")

        longest_wait = d.pop("longest_wait")

        queue = cls(
            name=name,
            queue_sid=queue_sid,
            length=length,
            max_size=max_size,
            created_at=created_at,
            average_wait=average_wait,
            longest_wait=longest_wait,
        )

        queue.additional_properties = d
        return queue

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
