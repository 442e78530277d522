from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.speech_voice import SpeechVoice


T = TypeVar("T", bound="SpeechTtsLanguage")


@_attrs_define
class SpeechTtsLanguage:
    """
    Attributes:
        value (str): The language as a synthesizer's `language` names it, e.g. `en-US`.
        name (str):
        voices (list[SpeechVoice]):
    """

    value: str
    name: str
    voices: list[SpeechVoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        name = self.name

        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "name": name,
                "voices": voices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speech_voice import SpeechVoice  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        name = d.pop("name")

        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = SpeechVoice.from_dict(voices_item_data)

            voices.append(voices_item)

        speech_tts_language = cls(
            value=value,
            name=name,
            voices=voices,
        )

        speech_tts_language.additional_properties = d
        return speech_tts_language

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
