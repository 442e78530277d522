from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.conference_status_event import ConferenceStatusEvent, check_conference_status_event
from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="ConferenceCreate")


@_attrs_define
class ConferenceCreate:
    """A room made ahead of time, with settings that callers' `conference` verbs cannot
    override: `max_participants` (else the verbs' `maxParticipants`), `record`, and a
    `status_hook` that receives `status_events` (default all four) for every member.

        Attributes:
            name (str): A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in
                a URL path as it is). Names are scoped to the account: two accounts may both have a
                queue `support`. **Differs from jambonz**, which takes any text (a `conference`,
                `enqueue` or `dequeue` verb with another name is refused by the simulator with an
                alert).
                 Example: support.
            max_participants (int | Unset):
            record (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            status_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            status_events (list[ConferenceStatusEvent] | Unset):
    """

    name: str
    max_participants: int | Unset = UNSET
    record: bool | Flag | Unset = UNSET
    status_hook: HookObjectInput | str | Unset = UNSET
    status_events: list[ConferenceStatusEvent] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        name = self.name

        max_participants = self.max_participants

        record: bool | int | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        elif isinstance(self.record, int):
            record = self.record
        else:
            record = self.record

        status_hook: dict[str, Any] | str | Unset
        if isinstance(self.status_hook, Unset):
            status_hook = UNSET
        elif isinstance(self.status_hook, HookObjectInput):
            status_hook = self.status_hook.to_dict()
        else:
            status_hook = self.status_hook

        status_events: list[str] | Unset = UNSET
        if not isinstance(self.status_events, Unset):
            status_events = []
            for status_events_item_data in self.status_events:
                status_events_item: str = status_events_item_data
                status_events.append(status_events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if record is not UNSET:
            field_dict["record"] = record
        if status_hook is not UNSET:
            field_dict["status_hook"] = status_hook
        if status_events is not UNSET:
            field_dict["status_events"] = status_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        max_participants = d.pop("max_participants", UNSET)

        def _parse_record(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        record = _parse_record(d.pop("record", UNSET))

        def _parse_status_hook(data: object) -> HookObjectInput | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_hook_input_type_1 = HookObjectInput.from_dict(data)

                return componentsschemas_hook_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookObjectInput | str | Unset, data)

        status_hook = _parse_status_hook(d.pop("status_hook", UNSET))

        _status_events = d.pop("status_events", UNSET)
        status_events: list[ConferenceStatusEvent] | Unset = UNSET
        if _status_events is not UNSET:
            status_events = []
            for status_events_item_data in _status_events:
                status_events_item = check_conference_status_event(status_events_item_data)

                status_events.append(status_events_item)

        conference_create = cls(
            name=name,
            max_participants=max_participants,
            record=record,
            status_hook=status_hook,
            status_events=status_events,
        )

        return conference_create
