from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.speech_test_half import SpeechTestHalf


T = TypeVar("T", bound="SpeechCredentialTestResult")


@_attrs_define
class SpeechCredentialTestResult:
    """The result of testing a credential, for each of text-to-speech and speech-to-text.

    Attributes:
        tts (SpeechTestHalf): One half of a test: `ok`, `fail` with the `reason`, or `not tested` (the credential
            is not used for it, or the vendor offers no test of it). Never `ok` on this server.
        stt (SpeechTestHalf): One half of a test: `ok`, `fail` with the `reason`, or `not tested` (the credential
            is not used for it, or the vendor offers no test of it). Never `ok` on this server.
    """

    tts: SpeechTestHalf
    stt: SpeechTestHalf

    def to_dict(self) -> dict[str, Any]:
        tts = self.tts.to_dict()

        stt = self.stt.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tts": tts,
                "stt": stt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speech_test_half import SpeechTestHalf  # noqa: PLC0415

        d = dict(src_dict)
        tts = SpeechTestHalf.from_dict(d.pop("tts"))

        stt = SpeechTestHalf.from_dict(d.pop("stt"))

        speech_credential_test_result = cls(
            tts=tts,
            stt=stt,
        )

        return speech_credential_test_result
