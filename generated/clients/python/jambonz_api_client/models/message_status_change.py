from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status import MessageStatus, check_message_status

T = TypeVar("T", bound="MessageStatusChange")


@_attrs_define
class MessageStatusChange:
    """
    Attributes:
        status (MessageStatus): Outbound: `queued` (stored, being handed to the provider), then `sent` (the
            provider accepted it) and later `delivered` (the provider reported delivery) or
            `failed` (refused, no answer in time, or a failed delivery reported; `error` says
            why). Inbound messages are `received`.
        time (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
        error (None | str): Why, for `failed`.
    """

    status: MessageStatus
    time: datetime.datetime
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        time = self.time.isoformat()

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "time": time,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_message_status(d.pop("status"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        message_status_change = cls(
            status=status,
            time=time,
            error=error,
        )

        message_status_change.additional_properties = d
        return message_status_change

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
