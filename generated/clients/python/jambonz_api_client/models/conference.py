from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_status import ConferenceStatus, check_conference_status
from ..models.conference_status_event import ConferenceStatusEvent, check_conference_status_event
from ..models.flag import Flag, check_flag

if TYPE_CHECKING:
    from ..models.hook_read import HookRead


T = TypeVar("T", bound="Conference")


@_attrs_define
class Conference:
    """A conference room of the account. `conference_sid` is the room's key as jambonz
    sends it in status events. Times are the server's (UTC); `duration` is seconds since
    the room started.

        Attributes:
            name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in
                a URL path as it is). Names are scoped to the account: two accounts may both have a
                queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
                `enqueue` or `dequeue` verb with another name is refused by the simulator with an
                alert).
                 Example: support.
            conference_sid (str):  Example: conf:9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33:sales-standup.
            status (ConferenceStatus): `created` (made through the API, nobody in it yet), `waiting` (callers wait for a
                moderator to start it), `in-progress` (started).
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            started_at (datetime.datetime | None):
            duration (int | None):
            participant_count (int): Members in the room (joined).
            waiting_count (int): Callers waiting for the room to start (or about to join).
            max_participants (int | None): The most members the room takes; a caller finding it full goes on with its next
                verb.
            record (Flag): A boolean as jambonz reads it back, `0` or `1`.
            status_hook (HookRead | None):
            status_events (list[ConferenceStatusEvent]):
    """

    name: str
    conference_sid: str
    status: ConferenceStatus
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    duration: int | None
    participant_count: int
    waiting_count: int
    max_participants: int | None
    record: Flag
    status_hook: HookRead | None
    status_events: list[ConferenceStatusEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_read import HookRead  # noqa: PLC0415

        name = self.name

        conference_sid = self.conference_sid

        status: str = self.status

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        duration: int | None
        duration = self.duration

        participant_count = self.participant_count

        waiting_count = self.waiting_count

        max_participants: int | None
        max_participants = self.max_participants

        record: int = self.record

        status_hook: dict[str, Any] | None
        if isinstance(self.status_hook, HookRead):
            status_hook = self.status_hook.to_dict()
        else:
            status_hook = self.status_hook

        status_events = []
        for status_events_item_data in self.status_events:
            status_events_item: str = status_events_item_data
            status_events.append(status_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "conference_sid": conference_sid,
                "status": status,
                "created_at": created_at,
                "started_at": started_at,
                "duration": duration,
                "participant_count": participant_count,
                "waiting_count": waiting_count,
                "max_participants": max_participants,
                "record": record,
                "status_hook": status_hook,
                "status_events": status_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_read import HookRead  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        conference_sid = d.pop("conference_sid")

        status = check_conference_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

        participant_count = d.pop("participant_count")

        waiting_count = d.pop("waiting_count")

        def _parse_max_participants(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_participants = _parse_max_participants(d.pop("max_participants"))

        record = check_flag(d.pop("record"))

        def _parse_status_hook(data: object) -> HookRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_hook_type_0 = HookRead.from_dict(data)

                return status_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookRead | None, data)

        status_hook = _parse_status_hook(d.pop("status_hook"))

        status_events = []
        _status_events = d.pop("status_events")
        for status_events_item_data in _status_events:
            status_events_item = check_conference_status_event(status_events_item_data)

            status_events.append(status_events_item)

        conference = cls(
            name=name,
            conference_sid=conference_sid,
            status=status,
            created_at=created_at,
            started_at=started_at,
            duration=duration,
            participant_count=participant_count,
            waiting_count=waiting_count,
            max_participants=max_participants,
            record=record,
            status_hook=status_hook,
            status_events=status_events,
        )

        conference.additional_properties = d
        return conference

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
