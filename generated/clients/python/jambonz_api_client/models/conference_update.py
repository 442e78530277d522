from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.conference_end_status import ConferenceEndStatus, check_conference_end_status
from ..models.conference_status_event import ConferenceStatusEvent, check_conference_status_event
from ..models.flag import Flag, check_flag
from ..models.mute_status import MuteStatus, check_mute_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="ConferenceUpdate")


@_attrs_define
class ConferenceUpdate:
    """Any of: `conf_mute_status` (mute or unmute every member that is not a moderator, as
    jambonz's `conf_mute_status`), `status: completed` (end the conference, as
    `DELETE`), and the settings of `ConferenceCreate` (`max_participants` or
    `status_hook` `null` removes them).

        Attributes:
            conf_mute_status (MuteStatus | Unset): `mute` or `unmute`.
            status (ConferenceEndStatus | Unset): `completed` ends the conference.
            max_participants (int | None | Unset):
            record (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            status_hook (HookObjectInput | None | str | Unset): A hook (object or URL string), or `null` to remove it.
            status_events (list[ConferenceStatusEvent] | Unset):
    """

    conf_mute_status: MuteStatus | Unset = UNSET
    status: ConferenceEndStatus | Unset = UNSET
    max_participants: int | None | Unset = UNSET
    record: bool | Flag | Unset = UNSET
    status_hook: HookObjectInput | None | str | Unset = UNSET
    status_events: list[ConferenceStatusEvent] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        conf_mute_status: str | Unset = UNSET
        if not isinstance(self.conf_mute_status, Unset):
            conf_mute_status = self.conf_mute_status

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        max_participants: int | None | Unset
        if isinstance(self.max_participants, Unset):
            max_participants = UNSET
        else:
            max_participants = self.max_participants

        record: bool | int | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        elif isinstance(self.record, int):
            record = self.record
        else:
            record = self.record

        status_hook: dict[str, Any] | None | str | Unset
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

        field_dict.update({})
        if conf_mute_status is not UNSET:
            field_dict["conf_mute_status"] = conf_mute_status
        if status is not UNSET:
            field_dict["status"] = status
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
        _conf_mute_status = d.pop("conf_mute_status", UNSET)
        conf_mute_status: MuteStatus | Unset
        if isinstance(_conf_mute_status, Unset):
            conf_mute_status = UNSET
        else:
            conf_mute_status = check_mute_status(_conf_mute_status)

        _status = d.pop("status", UNSET)
        status: ConferenceEndStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_conference_end_status(_status)

        def _parse_max_participants(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_participants = _parse_max_participants(d.pop("max_participants", UNSET))

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

        def _parse_status_hook(data: object) -> HookObjectInput | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_hook_input_type_1 = HookObjectInput.from_dict(data)

                return componentsschemas_nullable_hook_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookObjectInput | None | str | Unset, data)

        status_hook = _parse_status_hook(d.pop("status_hook", UNSET))

        _status_events = d.pop("status_events", UNSET)
        status_events: list[ConferenceStatusEvent] | Unset = UNSET
        if _status_events is not UNSET:
            status_events = []
            for status_events_item_data in _status_events:
                status_events_item = check_conference_status_event(status_events_item_data)

                status_events.append(status_events_item)

        conference_update = cls(
            conf_mute_status=conf_mute_status,
            status=status,
            max_participants=max_participants,
            record=record,
            status_hook=status_hook,
            status_events=status_events,
        )

        return conference_update
