from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..models.reported_usage import ReportedUsage, check_reported_usage

T = TypeVar("T", bound="GoogleCustomVoice")


@_attrs_define
class GoogleCustomVoice:
    """A custom voice, as jambonz reads it back.

    Example:
        {'google_custom_voice_sid': '0d9c6a3e-2b1f-4e5d-8c7b-6a5f4e3d2c1b', 'speech_credential_sid':
            '3c55e1f2-7a4b-4c8d-9e0f-1a2b3c4d5e6f', 'name': 'Sally', 'model': 'projects/acme/locations/us-
            central1/models/sally', 'reported_usage': 'REALTIME', 'use_voice_cloning_key': 0}

    Attributes:
        google_custom_voice_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        speech_credential_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str):
        model (str):
        reported_usage (ReportedUsage): How the voice's use is reported to Google.
        use_voice_cloning_key (Flag): A boolean as jambonz reads it back, `0` or `1`.
    """

    google_custom_voice_sid: str
    speech_credential_sid: str
    name: str
    model: str
    reported_usage: ReportedUsage
    use_voice_cloning_key: Flag

    def to_dict(self) -> dict[str, Any]:
        google_custom_voice_sid = self.google_custom_voice_sid

        speech_credential_sid = self.speech_credential_sid

        name = self.name

        model = self.model

        reported_usage: str = self.reported_usage

        use_voice_cloning_key: int = self.use_voice_cloning_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "google_custom_voice_sid": google_custom_voice_sid,
                "speech_credential_sid": speech_credential_sid,
                "name": name,
                "model": model,
                "reported_usage": reported_usage,
                "use_voice_cloning_key": use_voice_cloning_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        google_custom_voice_sid = d.pop("google_custom_voice_sid")

        speech_credential_sid = d.pop("speech_credential_sid")

        name = d.pop("name")

        model = d.pop("model")

        reported_usage = check_reported_usage(d.pop("reported_usage"))

        use_voice_cloning_key = check_flag(d.pop("use_voice_cloning_key"))

        google_custom_voice = cls(
            google_custom_voice_sid=google_custom_voice_sid,
            speech_credential_sid=speech_credential_sid,
            name=name,
            model=model,
            reported_usage=reported_usage,
            use_voice_cloning_key=use_voice_cloning_key,
        )

        return google_custom_voice
