from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.participant_status import ParticipantStatus, check_participant_status

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """A call in the conference: its numbers, when it joined, and its state. A
    `moderator` entered with `startConferenceOnEnter` (the default); `tag` is its
    `memberTag`.

        Attributes:
            call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            from_ (str):
            to (str):
            status (ParticipantStatus): `waiting` for the room to start (or about to join), or `joined`.
            joined_at (datetime.datetime | None):
            muted (Flag): A boolean as jambonz reads it back, `0` or `1`.
            on_hold (Flag): A boolean as jambonz reads it back, `0` or `1`.
            moderator (Flag): A boolean as jambonz reads it back, `0` or `1`.
            tag (None | str):
    """

    call_sid: str
    from_: str
    to: str
    status: ParticipantStatus
    joined_at: datetime.datetime | None
    muted: Flag
    on_hold: Flag
    moderator: Flag
    tag: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_sid = self.call_sid

        from_ = self.from_

        to = self.to

        status: str = self.status

        joined_at: None | str
        if isinstance(self.joined_at, datetime.datetime):
            joined_at = self.joined_at.isoformat()
        else:
            joined_at = self.joined_at

        muted: int = self.muted

        on_hold: int = self.on_hold

        moderator: int = self.moderator

        tag: None | str
        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_sid": call_sid,
                "from": from_,
                "to": to,
                "status": status,
                "joined_at": joined_at,
                "muted": muted,
                "on_hold": on_hold,
                "moderator": moderator,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_sid = d.pop("call_sid")

        from_ = d.pop("from")

        to = d.pop("to")

        status = check_participant_status(d.pop("status"))

        def _parse_joined_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_at_type_0 = datetime.datetime.fromisoformat(data)

                return joined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        joined_at = _parse_joined_at(d.pop("joined_at"))

        muted = check_flag(d.pop("muted"))

        on_hold = check_flag(d.pop("on_hold"))

        moderator = check_flag(d.pop("moderator"))

        def _parse_tag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tag = _parse_tag(d.pop("tag"))

        participant = cls(
            call_sid=call_sid,
            from_=from_,
            to=to,
            status=status,
            joined_at=joined_at,
            muted=muted,
            on_hold=on_hold,
            moderator=moderator,
            tag=tag,
        )

        participant.additional_properties = d
        return participant

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
