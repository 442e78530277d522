from typing import Literal

WhisperVerbVerb = Literal["play", "say"]

WHISPER_VERB_VERB_VALUES: set[WhisperVerbVerb] = {
    "play",
    "say",
}


def check_whisper_verb_verb(value: str) -> WhisperVerbVerb:
    if value in WHISPER_VERB_VERB_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHISPER_VERB_VERB_VALUES!r}")
