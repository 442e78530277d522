"""What each speech vendor's credential holds, as jambonz takes and shows it.

A credential is a vendor and a handful of vendor properties (keys, regions, endpoints,
models). jambonz keeps for each vendor only the properties that vendor uses, refuses a
credential missing what the vendor needs (in its words: `invalid <vendor> speech
credential: api_key is required`), shows secrets obscured (the first 6 characters, then
one `X` per character), and tests some halves (TTS, STT) of some vendors. This module is
that table and those rules, without storage or HTTP: `jambonz.services.speech_credentials`
seals what `credential_for` returns and shows what `shown` returns.

Where jambonz answers 500 (its rules are assertions), these raise `BadRequest` with the
same words; where its words name the wrong property (verbio's `engine_version`), they name
the right one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jambonz.errors import BadRequest
from jambonz.services.bucket_credentials import PRIVATE_KEY_HEADER, obscure_key

CUSTOM_PREFIX = "custom:"

# Obscured on every read; removed altogether when an account key lists its provider's.
SECRETS = frozenset(
    {
        "api_key",
        "secret_access_key",
        "secret",
        "client_secret",
        "client_key",
        "auth_token",
        "tts_api_key",
        "stt_api_key",
    }
)
BOOLEANS = frozenset(
    {"deepgram_stt_use_tls", "resemble_tts_use_tls", "use_custom_tts", "use_custom_stt"}
)
# The settings a PUT may change (with the flags), as in jambonz: never a secret, nor what
# names the account at the vendor (`access_key_id`, `client_id`, `user_id`, the key).
UPDATABLE = frozenset(
    {
        "region",
        "aws_region",
        "stt_region",
        "tts_region",
        "riva_server_uri",
        "nuance_tts_uri",
        "nuance_stt_uri",
        "use_custom_tts",
        "custom_tts_endpoint",
        "custom_tts_endpoint_url",
        "use_custom_stt",
        "custom_stt_endpoint",
        "custom_stt_endpoint_url",
        "custom_stt_url",
        "custom_tts_url",
        "custom_tts_streaming_url",
        "cobalt_server_uri",
        "model_id",
        "stt_model_id",
        "voice_engine",
        "options",
        "deepgram_stt_uri",
        "deepgram_stt_use_tls",
        "deepgram_tts_uri",
        "playht_tts_uri",
        "engine_version",
        "service_version",
        "speechmatics_stt_uri",
        "resemble_tts_uri",
        "resemble_tts_use_tls",
        "api_uri",
        "houndify_server_uri",
    }
)

Rule = Callable[[Mapping[str, Any], "Uses"], None]


@dataclass(frozen=True, slots=True)
class Uses:
    """What the credential is used for, as far as the request says (None: not said)."""

    tts: bool | None
    stt: bool | None


@dataclass(frozen=True, slots=True)
class Vendor:
    name: str
    fields: tuple[str, ...]
    required: tuple[str, ...] = ()
    # Whether jambonz tests the TTS and the STT half of this vendor's credentials.
    tests_tts: bool = False
    tests_stt: bool = False
    rules: tuple[Rule, ...] = field(default=())
    # How jambonz's messages name the vendor (`azure`, `elevenLabs`).
    called: str = ""

    def missing(self, prop: str) -> BadRequest:
        return BadRequest(
            f"invalid {self.called or self.name} speech credential: {prop} is required"
        )


def _given(values: Mapping[str, Any], name: str) -> bool:
    value = values.get(name)
    return value is not None and value != ""


def _microsoft(values: Mapping[str, Any], _uses: Uses) -> None:
    if _given(values, "custom_tts_endpoint_url") or _given(values, "custom_stt_endpoint_url"):
        return
    for name in ("region", "api_key"):
        if not _given(values, name):
            raise VENDORS["microsoft"].missing(name)


def _nuance(values: Mapping[str, Any], _uses: Uses) -> None:
    if (_given(values, "client_id") and _given(values, "secret")) or (
        _given(values, "nuance_tts_uri") or _given(values, "nuance_stt_uri")
    ):
        return
    raise BadRequest(
        "invalid nuance speech credential: either enter client_id and secret, or a "
        "nuance_tts_uri or nuance_stt_uri"
    )


def _deepgram(values: Mapping[str, Any], _uses: Uses) -> None:
    on_premises = _given(values, "deepgram_stt_uri") and _given(values, "deepgram_tts_uri")
    if not on_premises and not _given(values, "api_key"):
        raise VENDORS["deepgram"].missing("api_key")


def _nvidia(values: Mapping[str, Any], _uses: Uses) -> None:
    if not _given(values, "riva_server_uri"):
        raise BadRequest("invalid riva server uri: riva_server_uri is required")


def _cartesia(values: Mapping[str, Any], uses: Uses) -> None:
    if uses.tts and not _given(values, "model_id"):
        raise VENDORS["cartesia"].missing("model_id")
    if uses.stt and not _given(values, "stt_model_id"):
        raise VENDORS["cartesia"].missing("stt_model_id")


def _vendor(name: str, *fields_: str, required: tuple[str, ...] = (), **kw: Any) -> Vendor:
    return Vendor(name, fields_, required, **kw)


_API_KEY = ("api_key",)
VENDORS: dict[str, Vendor] = {
    v.name: v
    for v in (
        # google is special: its `service_key` is checked and kept parsed (`_google`).
        _vendor("google", "service_key", "model_id", tests_tts=True, tests_stt=True),
        _vendor(
            "aws",
            "access_key_id",
            "secret_access_key",
            "aws_region",
            "role_arn",
            tests_tts=True,
            tests_stt=True,
        ),
        _vendor(
            "microsoft",
            "region",
            "api_key",
            "use_custom_tts",
            "custom_tts_endpoint",
            "custom_tts_endpoint_url",
            "use_custom_stt",
            "custom_stt_endpoint",
            "custom_stt_endpoint_url",
            tests_tts=True,
            tests_stt=True,
            rules=(_microsoft,),
            called="azure",
        ),
        _vendor("wellsaid", "api_key", required=_API_KEY, tests_tts=True),
        _vendor(
            "nuance",
            "client_id",
            "secret",
            "nuance_tts_uri",
            "nuance_stt_uri",
            tests_tts=True,
            tests_stt=True,
            rules=(_nuance,),
        ),
        _vendor(
            "deepgram",
            "api_key",
            "deepgram_stt_uri",
            "deepgram_stt_use_tls",
            "deepgram_tts_uri",
            "model_id",
            tests_tts=True,
            tests_stt=True,
            rules=(_deepgram,),
        ),
        _vendor("gladia", "api_key", "region", tests_stt=True),
        _vendor(
            "resemble",
            "api_key",
            "resemble_tts_uri",
            "resemble_tts_use_tls",
            required=_API_KEY,
            tests_tts=True,
        ),
        _vendor(
            "deepgramflux", "api_key", required=_API_KEY, tests_stt=True, called="deepgram flux"
        ),
        _vendor(
            "ibm",
            "tts_api_key",
            "tts_region",
            "stt_api_key",
            "stt_region",
            "instance_id",
            tests_tts=True,
            tests_stt=True,
        ),
        _vendor("nvidia", "riva_server_uri", rules=(_nvidia,)),
        _vendor("soniox", "api_key", required=_API_KEY, tests_stt=True),
        _vendor("cobalt", "cobalt_server_uri", required=("cobalt_server_uri",)),
        _vendor(
            "elevenlabs",
            "api_key",
            "model_id",
            "api_uri",
            "options",
            required=("api_key", "model_id"),
            tests_tts=True,
            called="elevenLabs",
        ),
        _vendor(
            "speechmatics",
            "api_key",
            "speechmatics_stt_uri",
            "options",
            required=("api_key", "speechmatics_stt_uri"),
            tests_stt=True,
        ),
        _vendor(
            "playht",
            "api_key",
            "user_id",
            "voice_engine",
            "playht_tts_uri",
            "options",
            required=("api_key", "user_id", "voice_engine"),
            tests_tts=True,
        ),
        _vendor(
            "cartesia",
            "api_key",
            "model_id",
            "stt_model_id",
            "options",
            required=_API_KEY,
            tests_tts=True,
            tests_stt=True,
            rules=(_cartesia,),
        ),
        _vendor(
            "rimelabs",
            "api_key",
            "model_id",
            "options",
            required=("api_key", "model_id"),
            tests_tts=True,
        ),
        _vendor(
            "inworld",
            "api_key",
            "model_id",
            "options",
            required=("api_key", "model_id"),
            tests_tts=True,
        ),
        _vendor("assemblyai", "api_key", "service_version", required=_API_KEY, tests_stt=True),
        _vendor(
            "houndify",
            "client_id",
            "client_key",
            "user_id",
            "houndify_server_uri",
            required=("client_id", "client_key", "user_id"),
            tests_stt=True,
        ),
        _vendor("voxist", "api_key", required=_API_KEY, tests_stt=True),
        _vendor("whisper", "api_key", "model_id", required=("api_key", "model_id"), tests_tts=True),
        _vendor("openai", "api_key", "model_id", required=("api_key", "model_id"), tests_stt=True),
        _vendor(
            "verbio",
            "client_id",
            "client_secret",
            "engine_version",
            required=("engine_version", "client_id", "client_secret"),
            tests_tts=True,
            tests_stt=True,
        ),
    )
}
# A vendor reached through jambonz's custom speech API: `custom:<name>`.
CUSTOM = _vendor(
    CUSTOM_PREFIX, "auth_token", "custom_stt_url", "custom_tts_url", "custom_tts_streaming_url"
)


def vendor(name: str) -> Vendor:
    """The vendor's rules; 400 in jambonz's words for one it does not know."""
    if name in VENDORS:
        return VENDORS[name]
    if name.startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX):
        return CUSTOM
    raise BadRequest(f"invalid or missing vendor: {name}")


def _google_key(text: Any) -> dict[str, Any]:
    """A Google service account key from its file's text: a JSON object with
    `client_email` and `private_key` (400 in jambonz's words otherwise)."""
    if not isinstance(text, str) or not text:
        raise BadRequest("invalid json key: service_key is required")
    try:
        key = json.loads(text)
    except ValueError:
        raise BadRequest("invalid google service account key - not JSON") from None
    if not isinstance(key, dict) or not key.get("client_email") or not key.get("private_key"):
        raise BadRequest("invalid google service account key")
    key.pop("model_id", None)  # jambonz keeps its model_id inside the key; here it is apart
    return key


def credential_for(name: str, values: Mapping[str, Any], uses: Uses) -> dict[str, Any]:
    """The properties to store for a credential of vendor `name` made of `values` (the
    request's, `None` meaning not given), after the vendor's rules (400)."""
    spec = vendor(name)
    kept: dict[str, Any] = {}
    for prop in spec.fields:
        value = values.get(prop)
        if value is None:
            continue
        kept[prop] = bool(value) if prop in BOOLEANS else value
    if spec.name == "google":
        kept["service_key"] = (
            values["service_key"]
            if isinstance(values.get("service_key"), dict)
            else _google_key(values.get("service_key"))
        )
    for prop in spec.required:
        if not _given(kept, prop):
            raise spec.missing(prop)
    for rule in spec.rules:
        rule(kept, uses)
    return kept


def stored_form(name: str, kept: Mapping[str, Any]) -> dict[str, Any]:
    """What is encrypted into the row, in jambonz's own shape (its feature servers read
    the same rows): the vendor's properties, except that a google credential is its
    service account key itself, with `model_id` inside it."""
    if name != "google" or not isinstance(kept.get("service_key"), Mapping):
        return dict(kept)
    key = dict(kept["service_key"])
    if kept.get("model_id"):
        key["model_id"] = kept["model_id"]
    return key


def from_stored(name: str, stored: Mapping[str, Any]) -> dict[str, Any]:
    """The vendor's properties from what a row holds: `stored_form`'s shape, or for
    google the earlier `{"service_key": {...}, "model_id"}` of rows written before it."""
    if name != "google" or isinstance(stored.get("service_key"), Mapping):
        return dict(stored)
    key = dict(stored)
    model_id = key.pop("model_id", None)
    return {"service_key": key, **({"model_id": model_id} if model_id else {})}


def updated(
    name: str, stored: Mapping[str, Any], changes: Mapping[str, Any], uses: Uses
) -> dict[str, Any]:
    """The stored properties after a PUT: the vendor's updatable settings in `changes`
    replace the stored ones (`None` removes one), the rest is kept; then the vendor's
    rules (400)."""
    spec = vendor(name)
    values = dict(stored)
    for prop, value in changes.items():
        if prop in UPDATABLE and prop in spec.fields:
            values[prop] = value
    return credential_for(name, values, uses)


def _obscured_service_key(key: Mapping[str, Any]) -> str:
    """The key as jambonz shows it: compact JSON, its `private_key` obscured after the
    PEM header line."""
    shown = dict(key)
    private = shown.get("private_key")
    if isinstance(private, str):
        header = PRIVATE_KEY_HEADER if private.startswith(PRIVATE_KEY_HEADER) else ""
        shown["private_key"] = header + obscure_key(private[len(header) :])
    return json.dumps(shown, ensure_ascii=False, separators=(",", ":"))


def shown(name: str, stored: Mapping[str, Any], *, without_secrets: bool = False) -> dict[str, Any]:
    """The properties a read shows: secrets obscured, or left out altogether with
    `without_secrets` (an account key listing its provider's credentials)."""
    result: dict[str, Any] = {}
    for prop, value in stored.items():
        if prop == "service_key" and isinstance(value, Mapping):
            # jambonz shows what it stores: the key with its model_id inside
            result[prop] = _obscured_service_key(stored_form(name, stored))
        elif prop in SECRETS:
            if not without_secrets:
                result[prop] = obscure_key(value) if isinstance(value, str) else value
        else:
            result[prop] = value
    # Shown as null when unset, as jambonz shows them.
    if name == "google":
        result.setdefault("model_id", None)
    if name == "nuance" and not without_secrets:
        result.setdefault("secret", None)
    return result


NOT_REACHED = "this server does not contact speech vendors, so it cannot verify this {} credential"
UNREADABLE = (
    "the stored credential cannot be decrypted with this server's JAMBONZ_ENCRYPTION_SECRET"
)


def test_result(
    name: str, stored: Mapping[str, Any] | None, use_for_tts: bool, use_for_stt: bool
) -> dict[str, dict[str, str]]:
    """What testing the credential answers here: `fail` with the reason for each half
    jambonz would test (none is ever `ok`: no vendor is reached), `not tested` for the
    others."""
    spec = vendor(name)
    reason = UNREADABLE if stored is None else NOT_REACHED.format(name)
    stt_tested = spec.tests_stt
    if spec.name in ("deepgram", "deepgramflux") and stored is not None:
        stt_tested = _given(stored, "api_key")  # jambonz tests STT with a key only
    halves = {"tts": use_for_tts and spec.tests_tts, "stt": use_for_stt and stt_tested}
    return {
        half: {"status": "fail", "reason": reason} if tested else {"status": "not tested"}
        for half, tested in halves.items()
    }
