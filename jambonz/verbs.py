"""Validation and normalisation of jambonz verb arrays.

A jambonz application is a JSON array of verbs. It arrives in two places: an application's
`app_json` (stored as a JSON *string*) and the bodies that webhooks return to the call
engine. Both are checked with the same rules as jambonz's verb specifications: every element
is `{"verb": "<name>", ...props}` or `{"<name>": {...props}}`; unknown verbs, unknown
properties, wrong property types and missing required properties make the document invalid.

The rules live in one declarative table, `VERBS` (verb name -> `Struct`), built from a handful
of small type objects. The module is pure: no HTTP, no database.

Deliberately stricter than jambonz (each case is one jambonz would accept but the call engine
cannot run, or runs as a silent no-op):

- required identity strings (`play.url`, `listen.url`, `conference.name`, a target's `number`,
  a hook URL, ...) must be non-empty;
- `say` needs `text` unless `stream` is true;
- `dial.target` must hold at least one target, and each target the field its `type` needs
  (`phone`/`teams` -> `number`, `sip` -> `sipUri`, `user` -> `name`);
- a hook object may only hold `url` (required), `method` (GET/POST), `username`, `password`;
- `sip:decline.status` must be an integer; `gather.input` items must be `digits` or `speech`;
- `null` is never accepted as a property value (jambonz accepts it only by accident of
  JavaScript's `typeof null === "object"`); numbers must be finite.

`llm` and `dub` are open: their known properties are type-checked, others are let through.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from jambonz.errors import BadRequest

__all__ = ["ALIASES", "VERBS", "normalize_verbs", "parse_app_json"]


class _Invalid(Exception):
    """A problem inside one verb; `normalize_verbs` prefixes the verb's position and name."""


def _kind(value: Any) -> str:
    """The JSON type of a parsed value (`bool` is not a number, although Python thinks so)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if value is None:
        return "null"
    return type(value).__name__


class Type(Protocol):
    """A property type: which JSON kinds it can accept, how to name it, how to check a value."""

    @property
    def kinds(self) -> frozenset[str]: ...

    def describe(self) -> str: ...

    def check(self, value: Any, path: str) -> None: ...


_ARTICLES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


@dataclass(frozen=True)
class Scalar:
    """A plain JSON type; `integer` is a number without a fractional part."""

    type: str
    nonempty: bool = False

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset({"number" if self.type == "integer" else self.type})

    def describe(self) -> str:
        base = _ARTICLES[self.type]
        return f"a non-empty {self.type}" if self.nonempty else base

    def check(self, value: Any, path: str) -> None:
        kind = _kind(value)
        ok = kind in self.kinds
        if ok and isinstance(value, float):
            ok = math.isfinite(value) and (self.type != "integer" or value.is_integer())
        if ok and self.nonempty:
            ok = len(value) > 0
        if not ok:
            raise _Invalid(f"property {path} must be {self.describe()}")


@dataclass(frozen=True)
class Enum:
    """A string from a fixed set."""

    values: tuple[str, ...]
    ignore_case: bool = False
    kinds: frozenset[str] = frozenset({"string"})

    def describe(self) -> str:
        return "one of " + ", ".join(self.values)

    def check(self, value: Any, path: str) -> None:
        allowed = self.values
        if self.ignore_case and isinstance(value, str):
            value = value.upper()
            allowed = tuple(v.upper() for v in allowed)
        if not isinstance(value, str) or value not in allowed:
            raise _Invalid(f"property {path} must be {self.describe()}")


@dataclass(frozen=True)
class ArrayOf:
    """An array whose every item has the same type."""

    item: Type
    label: str
    nonempty: bool = False
    kinds: frozenset[str] = frozenset({"array"})

    def describe(self) -> str:
        return self.label

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, list) or (self.nonempty and not value):
            raise _Invalid(f"property {path} must be {self.describe()}")
        for index, item in enumerate(value):
            self.item.check(item, f"{path}[{index}]")


@dataclass(frozen=True)
class OneOf:
    """A value of any of several types, told apart by JSON kind.

    The first option accepting the value's kind checks it, so a hook object with a bad
    `method` is reported as such rather than as "must be a URL string or a hook object".
    """

    options: tuple[Type, ...]
    label: str

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset().union(*(option.kinds for option in self.options))

    def describe(self) -> str:
        return self.label

    def check(self, value: Any, path: str) -> None:
        kind = _kind(value)
        for option in self.options:
            if kind in option.kinds:
                option.check(value, path)
                return
        raise _Invalid(f"property {path} must be {self.describe()}")


Rule = Callable[[Mapping[str, Any], str], None]


@dataclass(frozen=True)
class Struct:
    """An object with known properties; also the spec of a whole verb.

    `open` lets unknown properties through unchecked; `rule` adds a check that needs to see
    several properties at once (e.g. a target's required field depends on its `type`).
    """

    props: Mapping[str, Type]
    required: tuple[str, ...] = ()
    open: bool = False
    rule: Rule | None = None
    kinds: frozenset[str] = frozenset({"object"})

    def describe(self) -> str:
        return "an object"

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise _Invalid(f"property {path} must be {self.describe()}")
        self.check_props(value, f"{path}.")

    def check_props(self, value: Mapping[str, Any], prefix: str = "") -> None:
        for key, item in value.items():
            spec = self.props.get(key)
            if spec is None:
                if self.open:
                    continue
                raise _Invalid(f"unknown property '{prefix}{key}'")
            spec.check(item, f"{prefix}{key}")
        for key in self.required:
            if key not in value:
                raise _Invalid(f"missing required property {prefix}{key}")
        if self.rule is not None:
            self.rule(value, prefix)


@dataclass(frozen=True)
class VerbRef:
    """A verb's properties nested in another verb (gather's `say`/`play`, dial's `listen`)."""

    name: str
    kinds: frozenset[str] = frozenset({"object"})

    def describe(self) -> str:
        return "an object"

    def check(self, value: Any, path: str) -> None:
        VERBS[self.name].check(value, path)


# --- building blocks ---------------------------------------------------------------------

STRING = Scalar("string")
NONEMPTY = Scalar("string", nonempty=True)
NUMBER = Scalar("number")
INTEGER = Scalar("integer")
BOOLEAN = Scalar("boolean")
OBJECT = Scalar("object")
ARRAY = Scalar("array")
NULLABLE_STRING = OneOf((STRING, Scalar("null")), "a string or null")
STRINGS = ArrayOf(STRING, "an array of strings")
STRING_OR_STRINGS = OneOf((STRING, STRINGS), "a string or an array of strings")
STRING_OR_OBJECT = OneOf((STRING, OBJECT), "a string or an object")
NUMBER_OR_STRING = OneOf((NUMBER, STRING), "a number or a string")
# say.text / play.url: what to speak or play; required, so never empty.
CONTENT = OneOf(
    (NONEMPTY, ArrayOf(NONEMPTY, "a non-empty array of non-empty strings", nonempty=True)),
    "a non-empty string or a non-empty array of non-empty strings",
)
HTTP_METHOD = Enum(("GET", "POST"), ignore_case=True)
MIX_TYPE = Enum(("mono", "stereo", "mixed"))

HOOK_OBJECT = Struct(
    {
        "url": NONEMPTY,
        "method": HTTP_METHOD,
        "username": NULLABLE_STRING,
        "password": NULLABLE_STRING,
    },
    required=("url",),
)
# A hook is a URL (absolute, or relative to the application's call_hook) or a hook object.
HOOK = OneOf((NONEMPTY, HOOK_OBJECT), "a URL string or a hook object")

AUTH = Struct({"username": STRING, "password": STRING}, required=("username", "password"))

SYNTHESIZER = Struct(
    {
        "vendor": NONEMPTY,
        "label": STRING,
        "language": STRING,
        "voice": STRING_OR_OBJECT,
        "fallbackVendor": STRING,
        "fallbackLabel": STRING,
        "fallbackLanguage": STRING,
        "fallbackVoice": STRING_OR_OBJECT,
        "engine": Enum(("standard", "neural", "generative", "long-form")),
        "gender": Enum(("MALE", "FEMALE", "NEUTRAL")),
        "options": OBJECT,
    },
    required=("vendor",),
)

VAD = Struct(
    {
        "enable": BOOLEAN,
        "voiceMs": NUMBER,
        "silenceMs": NUMBER,
        "strategy": STRING,
        "mode": NUMBER,
        "vendor": Enum(("webrtc", "silero")),
        "threshold": NUMBER,
        "speechPadMs": NUMBER,
    }
)

# Vendor-specific option blocks are passed to the speech vendor as they are: objects only.
_RECOGNIZER_VENDOR_OPTIONS = (
    "nuanceOptions",
    "deepgramOptions",
    "ibmOptions",
    "nvidiaOptions",
    "sonioxOptions",
    "cobaltOptions",
    "awsOptions",
    "azureOptions",
    "assemblyAiOptions",
    "googleOptions",
    "customOptions",
    "verbioOptions",
    "speechmaticsOptions",
    "openaiOptions",
    "houndifyOptions",
    "gladiaOptions",
    "elevenlabsOptions",
)

RECOGNIZER = Struct(
    {
        "vendor": NONEMPTY,
        "label": STRING,
        "language": STRING,
        "fallbackVendor": STRING,
        "fallbackLabel": STRING,
        "fallbackLanguage": STRING,
        "vad": VAD,
        "autogeneratePrompt": BOOLEAN,
        "hints": ARRAY,
        "hintsBoost": NUMBER,
        "altLanguages": ARRAY,
        "profanityFilter": BOOLEAN,
        "interim": BOOLEAN,
        "singleUtterance": BOOLEAN,
        "dualChannel": BOOLEAN,
        "separateRecognitionPerChannel": BOOLEAN,
        "punctuation": BOOLEAN,
        "enhancedModel": BOOLEAN,
        "words": BOOLEAN,
        "diarization": BOOLEAN,
        "diarizationMinSpeakers": NUMBER,
        "diarizationMaxSpeakers": NUMBER,
        "interactionType": Enum(
            (
                "unspecified",
                "discussion",
                "presentation",
                "phone_call",
                "voicemail",
                "voice_search",
                "voice_command",
                "dictation",
            )
        ),
        "naicsCode": NUMBER,
        "identifyChannels": BOOLEAN,
        "vocabularyName": STRING,
        "vocabularyFilterName": STRING,
        "filterMethod": Enum(("remove", "mask", "tag")),
        "model": STRING,
        "outputFormat": Enum(("simple", "detailed")),
        "profanityOption": Enum(("masked", "removed", "raw")),
        "requestSnr": BOOLEAN,
        "initialSpeechTimeoutMs": NUMBER,
        "azureServiceEndpoint": STRING,
        "azureSttEndpointId": STRING,
        "asrDtmfTerminationDigit": STRING,
        "asrTimeout": NUMBER,
        "fastRecognitionTimeout": NUMBER,
        "minConfidence": NUMBER,
        **dict.fromkeys(_RECOGNIZER_VENDOR_OPTIONS, OBJECT),
    },
    required=("vendor",),
)

BIDIRECTIONAL_AUDIO = Struct({"enabled": BOOLEAN, "streaming": BOOLEAN, "sampleRate": NUMBER})

FILLER_NOISE = Struct(
    {"enable": BOOLEAN, "url": STRING, "startDelaySecs": NUMBER}, required=("enable",)
)

ACTION_HOOK_DELAY_ACTION = Struct(
    {
        "enabled": BOOLEAN,
        "noResponseTimeout": NUMBER,
        "noResponseGiveUpTimeout": NUMBER,
        "retries": NUMBER,
        "actions": ARRAY,
        "giveUpActions": ARRAY,
    }
)

AMD = Struct(
    {
        "actionHook": HOOK,
        "thresholdWordCount": NUMBER,
        "digitCount": NUMBER,
        "timers": Struct(
            {
                "noSpeechTimeoutMs": NUMBER,
                "decisionTimeoutMs": NUMBER,
                "toneTimeoutMs": NUMBER,
                "greetingCompletionTimeoutMs": NUMBER,
            }
        ),
        "recognizer": RECOGNIZER,
    },
    required=("actionHook",),
)

GATHER_INPUT = ArrayOf(Enum(("digits", "speech")), "an array of 'digits' and/or 'speech'")

# config's session-wide settings (each has its own `enable` switch).
BARGE_IN = Struct(
    {
        "enable": BOOLEAN,
        "sticky": BOOLEAN,
        "actionHook": HOOK,
        "partialResultHook": HOOK,
        "input": GATHER_INPUT,
        "finishOnKey": STRING,
        "numDigits": NUMBER,
        "minDigits": NUMBER,
        "maxDigits": NUMBER,
        "interDigitTimeout": NUMBER,
        "dtmfBargein": BOOLEAN,
        "minBargeinWordCount": NUMBER,
    },
    required=("enable",),
)
LISTEN_OPTIONS = Struct(
    {
        "enable": BOOLEAN,
        "url": STRING,
        "sampleRate": NUMBER,
        "wsAuth": AUTH,
        "mixType": MIX_TYPE,
        "metadata": OBJECT,
        "maxLength": NUMBER,
        "passDtmf": BOOLEAN,
        "playBeep": BOOLEAN,
        "disableBidirectionalAudio": BOOLEAN,
        "bidirectionalAudio": BIDIRECTIONAL_AUDIO,
        "timeout": NUMBER,
    },
    required=("enable",),
)
TRANSCRIBE_OPTIONS = Struct(
    {"enable": BOOLEAN, "transcriptionHook": STRING, "recognizer": RECOGNIZER},
    required=("enable",),
)
RECORD_OPTIONS = Struct(
    {
        "action": Enum(
            (
                "startCallRecording",
                "stopCallRecording",
                "pauseCallRecording",
                "resumeCallRecording",
            )
        ),
        "type": Enum(("cloud", "siprec")),
        "recordingID": STRING,
        "siprecServerURL": STRING_OR_STRINGS,
        "headers": OBJECT,
    },
    required=("action",),
)
TTS_STREAM = Struct({"enable": BOOLEAN, "synthesizer": SYNTHESIZER}, required=("enable",))
NOISE_ISOLATION = Struct({"enable": BOOLEAN, "vendor": STRING, "level": NUMBER, "model": STRING})
TURN_TAKING = Struct({"enable": BOOLEAN, "vendor": STRING, "threshold": NUMBER, "model": STRING})

# Dial targets (§3.1): which field each target type needs.
TARGET_REQUIRED = {"phone": "number", "sip": "sipUri", "user": "name", "teams": "number"}


def _target_rule(target: Mapping[str, Any], prefix: str) -> None:
    needed = TARGET_REQUIRED[target["type"]]
    if needed not in target:
        raise _Invalid(
            f"missing required property {prefix}{needed} (required for type {target['type']})"
        )


TARGET = Struct(
    {
        "type": Enum(tuple(TARGET_REQUIRED)),
        "number": NONEMPTY,
        "sipUri": NONEMPTY,
        "name": NONEMPTY,
        "trunk": STRING,
        "auth": AUTH,
        "tenant": STRING,
        "vmail": BOOLEAN,
        "overrideTo": STRING,
        "proxy": STRING,
        "headers": OBJECT,
        "confirmHook": HOOK,
        "method": HTTP_METHOD,
        "from": Struct({"user": STRING, "host": STRING}),
    },
    required=("type",),
    rule=_target_rule,
)


def _say_rule(say: Mapping[str, Any], prefix: str) -> None:
    """`say` speaks `text`; only a streaming say (text supplied later) may omit it."""
    if "text" not in say and say.get("stream") is not True:
        raise _Invalid(f"missing required property {prefix}text")


def _verb(
    props: Mapping[str, Type],
    required: tuple[str, ...] = (),
    *,
    open: bool = False,
    rule: Rule | None = None,
) -> Struct:
    """A verb spec: its properties plus the optional `id` every verb accepts."""
    return Struct({"id": STRING, **props}, required=required, open=open, rule=rule)


# --- the verb table ----------------------------------------------------------------------

VERBS: dict[str, Struct] = {
    "alert": _verb({"message": NONEMPTY}, ("message",)),
    "answer": _verb({}),
    "conference": _verb(
        {
            "name": NONEMPTY,
            "beep": BOOLEAN,
            "memberTag": STRING,
            "speakOnlyTo": STRING,
            "startConferenceOnEnter": BOOLEAN,
            "endConferenceOnExit": BOOLEAN,
            "endConferenceDuration": NUMBER,
            "maxParticipants": NUMBER,
            "joinMuted": BOOLEAN,
            "actionHook": HOOK,
            "waitHook": HOOK,
            "statusEvents": STRINGS,
            "statusHook": HOOK,
            "enterHook": HOOK,
            "record": Struct({"path": NONEMPTY}, required=("path",)),
            "listen": VerbRef("listen"),
            "distributeDtmf": BOOLEAN,
        },
        ("name",),
    ),
    "config": _verb(
        {
            "synthesizer": SYNTHESIZER,
            "recognizer": RECOGNIZER,
            "bargeIn": BARGE_IN,
            "ttsStream": TTS_STREAM,
            "record": RECORD_OPTIONS,
            "listen": LISTEN_OPTIONS,
            "stream": LISTEN_OPTIONS,
            "transcribe": TRANSCRIBE_OPTIONS,
            "amd": AMD,
            "fillerNoise": FILLER_NOISE,
            "notifyEvents": BOOLEAN,
            "notifySttLatency": BOOLEAN,
            "reset": STRING_OR_STRINGS,
            "onHoldMusic": STRING,
            "actionHookDelayAction": ACTION_HOOK_DELAY_ACTION,
            "sipRequestWithinDialogHook": HOOK,
            "boostAudioSignal": NUMBER_OR_STRING,
            "vad": VAD,
            "referHook": HOOK,
            "earlyMedia": BOOLEAN,
            "autoStreamTts": BOOLEAN,
            "disableTtsCache": BOOLEAN,
            "trackTtsPlayout": BOOLEAN,
            "noiseIsolation": NOISE_ISOLATION,
            "turnTaking": TURN_TAKING,
        }
    ),
    "dequeue": _verb(
        {
            "name": NONEMPTY,
            "actionHook": HOOK,
            "timeout": NUMBER,
            "beep": BOOLEAN,
            "callSid": STRING,
        },
        ("name",),
    ),
    "dial": _verb(
        {
            "target": ArrayOf(TARGET, "a non-empty array of target objects", nonempty=True),
            "actionHook": HOOK,
            "onHoldHook": HOOK,
            "answerOnBridge": BOOLEAN,
            "callerId": STRING,
            "callerName": STRING,
            "confirmHook": HOOK,
            "referHook": HOOK,
            "dialMusic": STRING,
            "dtmfCapture": OBJECT,
            "dtmfHook": HOOK,
            "headers": OBJECT,
            "anchorMedia": BOOLEAN,
            "exitMediaPath": BOOLEAN,
            "boostAudioSignal": NUMBER_OR_STRING,
            "listen": VerbRef("listen"),
            "stream": VerbRef("listen"),
            "timeLimit": NUMBER,
            "timeout": NUMBER,
            "proxy": STRING,
            "transcribe": VerbRef("transcribe"),
            "amd": AMD,
            "dub": ArrayOf(VerbRef("dub"), "an array of dub objects"),
            "tag": OBJECT,
            "forwardPAI": BOOLEAN,
            "srtpEncryption": Enum(("sdes", "dtls")),
        },
        ("target",),
    ),
    "dialogflow": _verb(
        {
            "credentials": STRING_OR_OBJECT,
            "project": NONEMPTY,
            "agent": STRING,
            "environment": STRING,
            "region": STRING,
            "model": Enum(("es", "cx", "ces")),
            "lang": NONEMPTY,
            "actionHook": HOOK,
            "eventHook": HOOK,
            "events": STRINGS,
            "welcomeEvent": STRING,
            "welcomeEventParams": OBJECT,
            "noInputTimeout": NUMBER,
            "noInputEvent": STRING,
            "passDtmfAsTextInput": BOOLEAN,
            "thinkingMusic": STRING,
            "tts": SYNTHESIZER,
            "bargein": BOOLEAN,
            "queryInput": Struct(
                {"text": STRING, "intent": STRING, "event": STRING, "dtmf": STRING}
            ),
        },
        ("project", "credentials", "lang"),
    ),
    "dtmf": _verb({"dtmf": NONEMPTY, "duration": NUMBER}, ("dtmf",)),
    "dub": _verb(
        {
            "action": Enum(
                ("addTrack", "removeTrack", "silenceTrack", "playOnTrack", "sayOnTrack")
            ),
            "track": NONEMPTY,
            "play": STRING,
            "say": STRING_OR_OBJECT,
            "loop": BOOLEAN,
            "gain": NUMBER_OR_STRING,
        },
        ("action", "track"),
        open=True,
    ),
    "enqueue": _verb(
        {
            "name": NONEMPTY,
            "actionHook": HOOK,
            "waitHook": HOOK,
            "priority": NUMBER,
            "_": OBJECT,
        },
        ("name",),
    ),
    "gather": _verb(
        {
            "actionHook": HOOK,
            "finishOnKey": STRING,
            "input": GATHER_INPUT,
            "numDigits": NUMBER,
            "minDigits": NUMBER,
            "maxDigits": NUMBER,
            "interDigitTimeout": NUMBER,
            "partialResultHook": HOOK,
            "speechTimeout": NUMBER,
            "listenDuringPrompt": BOOLEAN,
            "dtmfBargein": BOOLEAN,
            "bargein": BOOLEAN,
            "minBargeinWordCount": NUMBER,
            "timeout": NUMBER,
            "recognizer": RECOGNIZER,
            "say": VerbRef("say"),
            "play": VerbRef("play"),
            "fillerNoise": FILLER_NOISE,
            "actionHookDelayAction": ACTION_HOOK_DELAY_ACTION,
        }
    ),
    "hangup": _verb({"headers": OBJECT}),
    "leave": _verb({}),
    "lex": _verb(
        {
            "botId": NONEMPTY,
            "botAlias": NONEMPTY,
            "credentials": OBJECT,
            "region": NONEMPTY,
            "locale": STRING,
            "intent": Struct({"name": NONEMPTY, "slots": OBJECT}, required=("name",)),
            "welcomeMessage": STRING,
            "metadata": OBJECT,
            "bargein": BOOLEAN,
            "passDtmf": BOOLEAN,
            "actionHook": HOOK,
            "eventHook": HOOK,
            "noInputTimeout": NUMBER,
            "tts": SYNTHESIZER,
        },
        ("botId", "botAlias", "region", "credentials"),
    ),
    "listen": _verb(
        {
            "url": NONEMPTY,
            "actionHook": HOOK,
            "auth": AUTH,
            "wsAuth": AUTH,
            "finishOnKey": STRING,
            "maxLength": NUMBER,
            "metadata": OBJECT,
            "mixType": MIX_TYPE,
            "passDtmf": BOOLEAN,
            "playBeep": BOOLEAN,
            "disableBidirectionalAudio": BOOLEAN,
            "bidirectionalAudio": BIDIRECTIONAL_AUDIO,
            "sampleRate": NUMBER,
            "timeout": NUMBER,
            "transcribe": VerbRef("transcribe"),
            "earlyMedia": BOOLEAN,
            "channel": NUMBER,
        },
        ("url",),
    ),
    "llm": _verb(
        {
            "vendor": NONEMPTY,
            "model": STRING,
            "auth": OBJECT,
            "connectOptions": OBJECT,
            "mcpServers": ArrayOf(
                Struct({"url": NONEMPTY, "auth": OBJECT, "roots": ARRAY}, required=("url",)),
                "an array of MCP server objects",
            ),
            "actionHook": HOOK,
            "eventHook": HOOK,
            "toolHook": HOOK,
            "events": STRINGS,
            "llmOptions": OBJECT,
        },
        ("vendor", "llmOptions"),
        open=True,
    ),
    "message": _verb(
        {
            "to": NONEMPTY,
            "from": NONEMPTY,
            "text": STRING,
            "media": STRING_OR_STRINGS,
            "carrier": STRING,
            "account_sid": STRING,
            "message_sid": STRING,
            "actionHook": HOOK,
        },
        ("to", "from"),
    ),
    "pause": _verb({"length": NUMBER}, ("length",)),
    "play": _verb(
        {
            "url": CONTENT,
            "loop": NUMBER_OR_STRING,
            "earlyMedia": BOOLEAN,
            "seekOffset": NUMBER_OR_STRING,
            "timeoutSecs": NUMBER_OR_STRING,
            "actionHook": HOOK,
        },
        ("url",),
    ),
    "rasa": _verb(
        {
            "url": NONEMPTY,
            "recognizer": RECOGNIZER,
            "tts": SYNTHESIZER,
            "prompt": STRING,
            "actionHook": HOOK,
            "eventHook": HOOK,
        },
        ("url",),
    ),
    "redirect": _verb({"actionHook": HOOK, "statusHook": HOOK}, ("actionHook",)),
    "say": _verb(
        {
            "text": CONTENT,
            "instructions": STRING,
            "stream": BOOLEAN,
            "loop": NUMBER_OR_STRING,
            "synthesizer": SYNTHESIZER,
            "earlyMedia": BOOLEAN,
            "disableTtsCache": BOOLEAN,
            "closeStreamOnEmpty": BOOLEAN,
        },
        rule=_say_rule,
    ),
    "sip:decline": _verb({"status": INTEGER, "reason": STRING, "headers": OBJECT}, ("status",)),
    "sip:refer": _verb(
        {
            "referTo": NONEMPTY,
            "referredBy": STRING,
            "referredByDisplayName": STRING,
            "headers": OBJECT,
            "actionHook": HOOK,
            "eventHook": HOOK,
        },
        ("referTo",),
    ),
    "sip:request": _verb(
        {"method": NONEMPTY, "body": STRING, "headers": OBJECT, "actionHook": HOOK},
        ("method",),
    ),
    "tag": _verb({"data": OBJECT}, ("data",)),
    "transcribe": _verb(
        {
            "transcriptionHook": NONEMPTY,
            "translationHook": NONEMPTY,
            "recognizer": RECOGNIZER,
            "earlyMedia": BOOLEAN,
            "channel": NUMBER,
        }
    ),
}

# Alternative verb names -> (verb, properties injected unless the verb sets them itself).
ALIASES: dict[str, tuple[str, dict[str, Any]]] = {
    "stream": ("listen", {}),
    "s2s": ("llm", {}),
    **{
        f"{vendor}_s2s": ("llm", {"vendor": vendor})
        for vendor in (
            "openai",
            "microsoft",
            "google",
            "elevenlabs",
            "deepgram",
            "voiceagent",
            "ultravox",
        )
    },
}


# --- entry points ------------------------------------------------------------------------


def _split(position: int, element: Any) -> tuple[str, Mapping[str, Any]]:
    """The verb name and properties of one element, in either of its two shapes."""
    where = f"verb {position}"
    if not isinstance(element, dict):
        kind = _kind(element)
        raise BadRequest(f"{where}: must be an object, not {_ARTICLES.get(kind, kind)}")
    if "verb" in element:
        name = element["verb"]
        if not isinstance(name, str):
            raise BadRequest(f"{where}: property verb must be a string")
        props = {key: value for key, value in element.items() if key != "verb"}
        return name, props
    if len(element) != 1:
        raise BadRequest(
            f'{where}: missing verb property (use {{"verb": "<name>", ...}} '
            f'or {{"<name>": {{...}}}})'
        )
    ((name, props),) = element.items()
    if (name in VERBS or name in ALIASES) and not isinstance(props, dict):
        raise BadRequest(f"{where} ({name}): properties must be an object")
    return name, props


def normalize_verbs(data: object) -> list[dict[str, Any]]:
    """Validate a parsed verb array and return it as `[{"verb": name, **props}, ...]`.

    Aliases are resolved to their verb (`stream` -> `listen`, `openai_s2s` -> `llm` with
    `vendor: "openai"`). The first problem found raises `BadRequest` naming the verb's
    1-based position, its name as written, and the property path, e.g.
    `verb 2 (dial): missing required property target[0].sipUri (required for type sip)`.
    Each returned element is a new dict; nested values are shared with `data`.
    """
    if not isinstance(data, list):
        raise BadRequest("verbs must be a JSON array of verb objects")
    verbs: list[dict[str, Any]] = []
    for position, element in enumerate(data, start=1):
        name, props = _split(position, element)
        canonical, injected = ALIASES.get(name, (name, {}))
        spec = VERBS.get(canonical)
        if spec is None:
            raise BadRequest(f"verb {position}: unknown verb {name!r}")
        merged = {**injected, **props}
        try:
            spec.check_props(merged)
        except _Invalid as exc:
            raise BadRequest(f"verb {position} ({name}): {exc}") from None
        verbs.append({"verb": canonical, **merged})
    return verbs


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed in JSON")


def parse_app_json(text: str) -> list[dict[str, Any]]:
    """Parse and validate an application's `app_json` (a JSON string holding a verb array).

    Errors are `BadRequest`s prefixed with `app_json`. **Differs from jambonz**: unparseable
    JSON is a 400 here (jambonz answers 500).
    """
    if not isinstance(text, str):
        raise BadRequest("app_json must be a string holding a JSON array of verbs")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        raise BadRequest(f"app_json is not valid JSON: {exc}") from None
    except RecursionError:
        raise BadRequest("app_json is not valid JSON: nested too deeply") from None
    try:
        return normalize_verbs(data)
    except BadRequest as exc:
        raise BadRequest(f"app_json: {exc.msg}") from None
