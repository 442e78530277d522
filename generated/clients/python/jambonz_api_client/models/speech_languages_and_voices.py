from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speech_named_value import SpeechNamedValue
    from ..models.speech_tts_language import SpeechTtsLanguage


T = TypeVar("T", bound="SpeechLanguagesAndVoices")


@_attrs_define
class SpeechLanguagesAndVoices:
    """What a vendor offers, as jambonz lists it: `tts` (languages with their voices) for
    the vendors that synthesize, `stt` (languages) for those that recognize, `models`
    (TTS models, or the vendor's models) and `sttModels` where the vendor has them.
    A key is absent when the vendor has nothing of that kind.

        Attributes:
            tts (list[SpeechTtsLanguage] | Unset):
            stt (list[SpeechNamedValue] | Unset):
            models (list[SpeechNamedValue] | Unset):
            stt_models (list[SpeechNamedValue] | Unset):
    """

    tts: list[SpeechTtsLanguage] | Unset = UNSET
    stt: list[SpeechNamedValue] | Unset = UNSET
    models: list[SpeechNamedValue] | Unset = UNSET
    stt_models: list[SpeechNamedValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tts, Unset):
            tts = []
            for tts_item_data in self.tts:
                tts_item = tts_item_data.to_dict()
                tts.append(tts_item)

        stt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stt, Unset):
            stt = []
            for stt_item_data in self.stt:
                stt_item = stt_item_data.to_dict()
                stt.append(stt_item)

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        stt_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stt_models, Unset):
            stt_models = []
            for stt_models_item_data in self.stt_models:
                stt_models_item = stt_models_item_data.to_dict()
                stt_models.append(stt_models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tts is not UNSET:
            field_dict["tts"] = tts
        if stt is not UNSET:
            field_dict["stt"] = stt
        if models is not UNSET:
            field_dict["models"] = models
        if stt_models is not UNSET:
            field_dict["sttModels"] = stt_models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speech_named_value import SpeechNamedValue  # noqa: PLC0415
        from ..models.speech_tts_language import SpeechTtsLanguage  # noqa: PLC0415

        d = dict(src_dict)
        _tts = d.pop("tts", UNSET)
        tts: list[SpeechTtsLanguage] | Unset = UNSET
        if _tts is not UNSET:
            tts = []
            for tts_item_data in _tts:
                tts_item = SpeechTtsLanguage.from_dict(tts_item_data)

                tts.append(tts_item)

        _stt = d.pop("stt", UNSET)
        stt: list[SpeechNamedValue] | Unset = UNSET
        if _stt is not UNSET:
            stt = []
            for stt_item_data in _stt:
                stt_item = SpeechNamedValue.from_dict(stt_item_data)

                stt.append(stt_item)

        _models = d.pop("models", UNSET)
        models: list[SpeechNamedValue] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = SpeechNamedValue.from_dict(models_item_data)

                models.append(models_item)

        _stt_models = d.pop("sttModels", UNSET)
        stt_models: list[SpeechNamedValue] | Unset = UNSET
        if _stt_models is not UNSET:
            stt_models = []
            for stt_models_item_data in _stt_models:
                stt_models_item = SpeechNamedValue.from_dict(stt_models_item_data)

                stt_models.append(stt_models_item)

        speech_languages_and_voices = cls(
            tts=tts,
            stt=stt,
            models=models,
            stt_models=stt_models,
        )

        speech_languages_and_voices.additional_properties = d
        return speech_languages_and_voices

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
