from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.whisper_verb_verb import WhisperVerbVerb, check_whisper_verb_verb
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whisper_verb_synthesizer import WhisperVerbSynthesizer


T = TypeVar("T", bound="WhisperVerb")


@_attrs_define
class WhisperVerb:
    """A `say` or `play` verb played to the dialled party (no `loop`).

    Attributes:
        verb (WhisperVerbVerb):
        text (str | Unset):
        url (str | Unset):
        synthesizer (WhisperVerbSynthesizer | Unset):
        timeout_secs (int | Unset):
    """

    verb: WhisperVerbVerb
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    synthesizer: WhisperVerbSynthesizer | Unset = UNSET
    timeout_secs: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        verb: str = self.verb

        text = self.text

        url = self.url

        synthesizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.synthesizer, Unset):
            synthesizer = self.synthesizer.to_dict()

        timeout_secs = self.timeout_secs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "verb": verb,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if synthesizer is not UNSET:
            field_dict["synthesizer"] = synthesizer
        if timeout_secs is not UNSET:
            field_dict["timeoutSecs"] = timeout_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whisper_verb_synthesizer import WhisperVerbSynthesizer  # noqa: PLC0415

        d = dict(src_dict)
        verb = check_whisper_verb_verb(d.pop("verb"))

        text = d.pop("text", UNSET)

        url = d.pop("url", UNSET)

        _synthesizer = d.pop("synthesizer", UNSET)
        synthesizer: WhisperVerbSynthesizer | Unset
        if isinstance(_synthesizer, Unset):
            synthesizer = UNSET
        else:
            synthesizer = WhisperVerbSynthesizer.from_dict(_synthesizer)

        timeout_secs = d.pop("timeoutSecs", UNSET)

        whisper_verb = cls(
            verb=verb,
            text=text,
            url=url,
            synthesizer=synthesizer,
            timeout_secs=timeout_secs,
        )

        return whisper_verb
