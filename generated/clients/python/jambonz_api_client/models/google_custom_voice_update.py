from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..models.reported_usage import ReportedUsage, check_reported_usage
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleCustomVoiceUpdate")


@_attrs_define
class GoogleCustomVoiceUpdate:
    """The properties to change; at least one.

    Attributes:
        speech_credential_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str | Unset):
        model (str | Unset):
        reported_usage (ReportedUsage | Unset): How the voice's use is reported to Google.
        use_voice_cloning_key (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
    """

    speech_credential_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    model: str | Unset = UNSET
    reported_usage: ReportedUsage | Unset = UNSET
    use_voice_cloning_key: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        speech_credential_sid = self.speech_credential_sid

        name = self.name

        model = self.model

        reported_usage: str | Unset = UNSET
        if not isinstance(self.reported_usage, Unset):
            reported_usage = self.reported_usage

        use_voice_cloning_key: bool | int | Unset
        if isinstance(self.use_voice_cloning_key, Unset):
            use_voice_cloning_key = UNSET
        elif isinstance(self.use_voice_cloning_key, int):
            use_voice_cloning_key = self.use_voice_cloning_key
        else:
            use_voice_cloning_key = self.use_voice_cloning_key

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if speech_credential_sid is not UNSET:
            field_dict["speech_credential_sid"] = speech_credential_sid
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model
        if reported_usage is not UNSET:
            field_dict["reported_usage"] = reported_usage
        if use_voice_cloning_key is not UNSET:
            field_dict["use_voice_cloning_key"] = use_voice_cloning_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        speech_credential_sid = d.pop("speech_credential_sid", UNSET)

        name = d.pop("name", UNSET)

        model = d.pop("model", UNSET)

        _reported_usage = d.pop("reported_usage", UNSET)
        reported_usage: ReportedUsage | Unset
        if isinstance(_reported_usage, Unset):
            reported_usage = UNSET
        else:
            reported_usage = check_reported_usage(_reported_usage)

        def _parse_use_voice_cloning_key(data: object) -> bool | Flag | Unset:
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

        use_voice_cloning_key = _parse_use_voice_cloning_key(d.pop("use_voice_cloning_key", UNSET))

        google_custom_voice_update = cls(
            speech_credential_sid=speech_credential_sid,
            name=name,
            model=model,
            reported_usage=reported_usage,
            use_voice_cloning_key=use_voice_cloning_key,
        )

        return google_custom_voice_update
