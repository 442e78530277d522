from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queued_call_tag_type_0 import QueuedCallTagType0


T = TypeVar("T", bound="QueuedCall")


@_attrs_define
class QueuedCall:
    """A call waiting in a queue. `position` 0 is the next one out (as the `waitHook`'s
    `queue_position`); the order is by `priority` (0 first, 999 by default), then by
    arrival. `wait_time` is in seconds; `tag` is the call's customer data.

        Attributes:
            call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            position (int):
            priority (int):
            wait_time (int):
            enqueued_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            from_ (str):
            to (str):
            tag (None | QueuedCallTagType0):
    """

    call_sid: str
    position: int
    priority: int
    wait_time: int
    enqueued_at: datetime.datetime
    from_: str
    to: str
    tag: None | QueuedCallTagType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.queued_call_tag_type_0 import QueuedCallTagType0  # noqa: PLC0415

        call_sid = self.call_sid

        position = self.position

        priority = self.priority

        wait_time = self.wait_time

        enqueued_at = self.enqueued_at.isoformat()

        from_ = self.from_

        to = self.to

        tag: dict[str, Any] | None
        if isinstance(self.tag, QueuedCallTagType0):
            tag = self.tag.to_dict()
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_sid": call_sid,
                "position": position,
                "priority": priority,
                "wait_time": wait_time,
                "enqueued_at": enqueued_at,
                "from": from_,
                "to": to,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queued_call_tag_type_0 import QueuedCallTagType0  # noqa: PLC0415

        d = dict(src_dict)
        call_sid = d.pop("call_sid")

        position = d.pop("position")

        priority = d.pop("priority")

        wait_time = d.pop("wait_time")

        enqueued_at = datetime.datetime.fromisoformat(d.pop("enqueued_at"))

        from_ = d.pop("from")

        to = d.pop("to")

        def _parse_tag(data: object) -> None | QueuedCallTagType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tag_type_0 = QueuedCallTagType0.from_dict(data)

                return tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueuedCallTagType0, data)

        tag = _parse_tag(d.pop("tag"))

        queued_call = cls(
            call_sid=call_sid,
            position=position,
            priority=priority,
            wait_time=wait_time,
            enqueued_at=enqueued_at,
            from_=from_,
            to=to,
            tag=tag,
        )

        queued_call.additional_properties = d
        return queued_call

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
