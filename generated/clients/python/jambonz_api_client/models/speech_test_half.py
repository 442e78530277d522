from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.speech_test_half_status import SpeechTestHalfStatus, check_speech_test_half_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechTestHalf")


@_attrs_define
class SpeechTestHalf:
    """One half of a test: `ok`, `fail` with the `reason`, or `not tested` (the credential
    is not used for it, or the vendor offers no test of it). Never `ok` on this server.

        Attributes:
            status (SpeechTestHalfStatus):
            reason (str | Unset):
    """

    status: SpeechTestHalfStatus
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_speech_test_half_status(d.pop("status"))

        reason = d.pop("reason", UNSET)

        speech_test_half = cls(
            status=status,
            reason=reason,
        )

        return speech_test_half
