"""The languages, voices and models of the speech vendors, as jambonz lists them.

jambonz answers `GET .../speech/supportedLanguagesAndVoices?vendor=` from catalogues it
ships, or live from the vendor with the caller's credential. This server reaches no
vendor, so it always answers from its own catalogue (`data/speech_catalogue.json`, a
selection written from the vendors' public documentation), in jambonz's shape: `tts` as
languages with their voices, `stt` as languages, `models` and `sttModels` as name/value
pairs, each key present only for a vendor that has such things. A vendor jambonz has no
list for (`deepgramflux`, `custom:...`) is 422 `Invalid vendor <vendor>`, its answer.

The file is read and checked once (`catalogue()`), so a broken catalogue stops the
server's start rather than a request.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jambonz.errors import Unprocessable

KINDS = ("tts", "stt", "models", "sttModels")


def _named(pairs: list[list[str]]) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for value, name in pairs]


def _expand(languages: dict[str, str], kinds: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if "tts" in kinds:
        result["tts"] = [
            {"value": code, "name": languages[code], "voices": _voices(voices)}
            for code, voices in kinds["tts"].items()
        ]
    if "stt" in kinds:
        result["stt"] = [{"name": languages[code], "value": code} for code in kinds["stt"]]
    for kind in ("models", "sttModels"):
        if kind in kinds:
            result[kind] = _named(kinds[kind])
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}")
    return result


def _voices(pairs: list[list[str]]) -> list[dict[str, str]]:
    return [{"value": value, "name": name} for value, name in pairs]


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """Every vendor's lists, expanded to jambonz's shape (read once; KeyError or
    ValueError at start-up when a language has no name or a kind is unknown)."""
    text = resources.files("jambonz").joinpath("data/speech_catalogue.json").read_text("utf-8")
    doc = json.loads(text)
    languages: dict[str, str] = doc["languages"]
    return {name: _expand(languages, kinds) for name, kinds in doc["vendors"].items()}


def languages_and_voices(vendor: str) -> dict[str, Any]:
    """The vendor's lists; 422 `Invalid vendor <vendor>` for one without any."""
    lists = catalogue().get(vendor)
    if lists is None:
        raise Unprocessable(f"Invalid vendor {vendor}")
    return lists
