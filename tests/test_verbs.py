"""Verb-array validation and normalisation (jambonz/verbs.py): pure, no HTTP, no database."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from jambonz.errors import BadRequest
from jambonz.verbs import ALIASES, VERBS, normalize_verbs, parse_app_json

# The smallest valid properties of every supported verb.
MINIMAL: dict[str, dict[str, Any]] = {
    "alert": {"message": "info=alert-internal"},
    "answer": {},
    "conference": {"name": "standup"},
    "config": {},
    "dequeue": {"name": "support"},
    "dial": {"target": [{"type": "phone", "number": "15085550100"}]},
    "dialogflow": {"project": "my-agent", "credentials": "{}", "lang": "en-US"},
    "dtmf": {"dtmf": "1234#"},
    "dub": {"action": "addTrack", "track": "music"},
    "enqueue": {"name": "support"},
    "gather": {},
    "hangup": {},
    "leave": {},
    "lex": {"botId": "B1", "botAlias": "A1", "region": "us-east-1", "credentials": {}},
    "listen": {"url": "wss://media.example.com/stream"},
    "llm": {"vendor": "openai", "llmOptions": {}},
    "message": {"to": "15085550100", "from": "15085550199"},
    "pause": {"length": 2},
    "play": {"url": "https://example.com/hello.mp3"},
    "rasa": {"url": "https://rasa.example.com/webhook"},
    "redirect": {"actionHook": "/next"},
    "say": {"text": "hello"},
    "sip:decline": {"status": 486},
    "sip:refer": {"referTo": "sip:bob@example.com"},
    "sip:request": {"method": "INFO"},
    "tag": {"data": {"crm_id": 42}},
    "transcribe": {},
}

# Required properties per verb, written out independently of the implementation's table.
REQUIRED: dict[str, list[str]] = {
    "alert": ["message"],
    "conference": ["name"],
    "dequeue": ["name"],
    "dial": ["target"],
    "dialogflow": ["project", "credentials", "lang"],
    "dtmf": ["dtmf"],
    "dub": ["action", "track"],
    "enqueue": ["name"],
    "lex": ["botId", "botAlias", "region", "credentials"],
    "listen": ["url"],
    "llm": ["vendor", "llmOptions"],
    "message": ["to", "from"],
    "pause": ["length"],
    "play": ["url"],
    "rasa": ["url"],
    "redirect": ["actionHook"],
    "say": ["text"],
    "sip:decline": ["status"],
    "sip:refer": ["referTo"],
    "sip:request": ["method"],
    "tag": ["data"],
}
NO_REQUIRED = sorted(set(MINIMAL) - set(REQUIRED))
OPEN_VERBS = {"llm", "dub"}


def problem(data: Any) -> str:
    """The message of the BadRequest that normalize_verbs raises for `data`."""
    with pytest.raises(BadRequest) as info:
        normalize_verbs(data)
    assert info.value.status == 400
    return info.value.msg


def one(verb: str, **props: Any) -> list[dict[str, Any]]:
    return [{"verb": verb, **props}]


# --- every verb ----------------------------------------------------------------------------


def test_table_covers_exactly_the_supported_verbs() -> None:
    assert set(VERBS) == set(MINIMAL)
    assert set(ALIASES) >= {"stream", "s2s", "openai_s2s"}


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_minimal_form_in_verb_shape(name: str) -> None:
    props = MINIMAL[name]
    assert normalize_verbs([{"verb": name, **props}]) == [{"verb": name, **props}]


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_minimal_form_in_keyed_shape(name: str) -> None:
    props = MINIMAL[name]
    result = normalize_verbs([{name: copy.deepcopy(props)}])
    assert result == [{"verb": name, **props}]
    assert next(iter(result[0])) == "verb"


@pytest.mark.parametrize("name", NO_REQUIRED)
def test_verbs_without_required_properties_accept_nothing_else(name: str) -> None:
    assert normalize_verbs([{"verb": name}]) == [{"verb": name}]
    assert normalize_verbs([{name: {}}]) == [{"verb": name}]


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_every_verb_accepts_an_id(name: str) -> None:
    result = normalize_verbs(one(name, id="step-1", **MINIMAL[name]))
    assert result[0]["id"] == "step-1"


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_id_must_be_a_string(name: str) -> None:
    assert problem(one(name, id=7, **MINIMAL[name])) == (
        f"verb 1 ({name}): property id must be a string"
    )


@pytest.mark.parametrize(
    ("name", "prop"),
    [(name, prop) for name, props in sorted(REQUIRED.items()) for prop in props],
)
def test_missing_required_property(name: str, prop: str) -> None:
    props = {k: v for k, v in MINIMAL[name].items() if k != prop}
    assert problem(one(name, **props)) == f"verb 1 ({name}): missing required property {prop}"


@pytest.mark.parametrize("name", sorted(set(MINIMAL) - OPEN_VERBS))
def test_unknown_property_is_rejected(name: str) -> None:
    assert problem(one(name, foo=1, **MINIMAL[name])) == (
        f"verb 1 ({name}): unknown property 'foo'"
    )


@pytest.mark.parametrize("name", sorted(OPEN_VERBS))
def test_open_verbs_let_unknown_properties_through(name: str) -> None:
    result = normalize_verbs(one(name, someVendorOption={"x": 1}, **MINIMAL[name]))
    assert result[0]["someVendorOption"] == {"x": 1}


@pytest.mark.parametrize("name", sorted(OPEN_VERBS))
def test_open_verbs_still_check_known_property_types(name: str) -> None:
    prop = {"llm": "vendor", "dub": "track"}[name]
    props = {**MINIMAL[name], prop: 5}
    assert problem(one(name, **props)) == (
        f"verb 1 ({name}): property {prop} must be a non-empty string"
    )


# --- document structure ------------------------------------------------------------------


@pytest.mark.parametrize("data", [{}, {"verb": "say", "text": "hi"}, "[]", None, 3, True])
def test_document_must_be_an_array(data: Any) -> None:
    assert problem(data) == "verbs must be a JSON array of verb objects"


def test_empty_array_is_valid() -> None:
    assert normalize_verbs([]) == []


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        ("say", "verb 1: must be an object, not a string"),
        (["say"], "verb 1: must be an object, not an array"),
        (None, "verb 1: must be an object, not null"),
        (5, "verb 1: must be an object, not a number"),
        ({}, "verb 1: missing verb property"),
        ({"say": {"text": "a"}, "play": {"url": "b"}}, "verb 1: missing verb property"),
        ({"verb": 5}, "verb 1: property verb must be a string"),
        ({"verb": None}, "verb 1: property verb must be a string"),
        ({"say": "hello"}, "verb 1 (say): properties must be an object"),
        ({"stream": []}, "verb 1 (stream): properties must be an object"),
        ({"verb": "sayy", "text": "hi"}, "verb 1: unknown verb 'sayy'"),
        ({"sayy": {"text": "hi"}}, "verb 1: unknown verb 'sayy'"),
        ({"sayy": "hi"}, "verb 1: unknown verb 'sayy'"),
        ({"verb": "Say", "text": "hi"}, "verb 1: unknown verb 'Say'"),
        ({"verb": "rest:dial"}, "verb 1: unknown verb 'rest:dial'"),
    ],
)
def test_malformed_elements(element: Any, expected: str) -> None:
    assert problem([element]).startswith(expected)


def test_error_names_the_position_of_the_first_bad_verb() -> None:
    data = [
        {"say": {"text": "hi"}},
        {"verb": "pause", "length": 1},
        {"verb": "gather", "foo": 1},
        {"verb": "sayy"},
    ]
    assert problem(data) == "verb 3 (gather): unknown property 'foo'"


def test_unknown_verb_reports_its_position() -> None:
    assert problem([{"verb": "hangup"}, {"verb": "sayy"}]) == "verb 2: unknown verb 'sayy'"


def test_verb_key_wins_over_single_key_shape() -> None:
    assert problem([{"verb": "say", "say": {"text": "x"}}]) == (
        "verb 1 (say): unknown property 'say'"
    )


def test_verb_property_inside_keyed_shape_is_unknown() -> None:
    assert problem([{"say": {"verb": "say", "text": "x"}}]) == (
        "verb 1 (say): unknown property 'verb'"
    )


def test_mixed_shapes_normalise_to_one_shape() -> None:
    data = [
        {"say": {"text": "Welcome"}},
        {"verb": "pause", "length": 1.5},
        {"hangup": {}},
    ]
    assert normalize_verbs(data) == [
        {"verb": "say", "text": "Welcome"},
        {"verb": "pause", "length": 1.5},
        {"verb": "hangup"},
    ]


def test_input_is_not_modified_and_results_are_new_dicts() -> None:
    data = [{"say": {"text": "hi"}}, {"verb": "pause", "length": 1}, {"stream": {"url": "wss://x"}}]
    before = copy.deepcopy(data)
    result = normalize_verbs(data)
    assert data == before
    result[0]["text"] = "changed"
    result[1]["length"] = 9
    assert data == before


# --- types ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        (one("dial", timeout="30", **MINIMAL["dial"]), "property timeout must be a number"),
        (one("dial", answerOnBridge="yes", **MINIMAL["dial"]), "must be a boolean"),
        (one("dial", headers="X-A: b", **MINIMAL["dial"]), "property headers must be an object"),
        (one("dial", callerId=15085550100, **MINIMAL["dial"]), "callerId must be a string"),
        (one("dial", target={"type": "phone", "number": "1"}), "target must be a non-empty"),
        (one("dial", target=[]), "property target must be a non-empty array of target objects"),
        (one("pause", length="5"), "property length must be a number"),
        (one("pause", length=True), "property length must be a number"),
        (one("pause", length=None), "property length must be a number"),
        (one("pause", length=float("nan")), "property length must be a number"),
        (one("pause", length=float("inf")), "property length must be a number"),
        (one("say", text=5), "property text must be a non-empty string or a non-empty array"),
        (one("say", text=""), "property text must be a non-empty string"),
        (one("say", text=[]), "property text must be a non-empty array of non-empty strings"),
        (one("say", text=["a", 2]), "property text[1] must be a non-empty string"),
        (one("say", text="hi", loop=True), "property loop must be a number or a string"),
        (one("say", text="hi", earlyMedia=1), "property earlyMedia must be a boolean"),
        (one("play", url=["a.mp3", ""]), "property url[1] must be a non-empty string"),
        (one("play", url={"href": "a"}), "property url must be a non-empty string or"),
        (one("tag", data=[1, 2]), "property data must be an object"),
        (one("tag", data=None), "property data must be an object"),
        (one("sip:decline", status="486"), "property status must be an integer"),
        (one("sip:decline", status=486.5), "property status must be an integer"),
        (one("sip:decline", status=486, headers=[]), "property headers must be an object"),
        (one("conference", name=""), "property name must be a non-empty string"),
        (one("conference", name="r", beep="true"), "property beep must be a boolean"),
        (one("conference", name="r", statusEvents="join"), "statusEvents must be an array of"),
        (one("conference", name="r", statusEvents=[1]), "statusEvents[0] must be a string"),
        (one("enqueue", name="q", priority="high"), "property priority must be a number"),
        (one("dequeue", name="q", timeout=[]), "property timeout must be a number"),
        (one("message", to="1", **{"from": 2}), "property from must be a non-empty string"),
        (one("message", to="1", media=3, **{"from": "2"}), "media must be a string or an array"),
        (one("hangup", headers="x"), "property headers must be an object"),
        (one("dtmf", dtmf=1234), "property dtmf must be a non-empty string"),
        (one("dtmf", dtmf="1", duration="long"), "property duration must be a number"),
        (one("listen", url="wss://x", sampleRate="8000"), "sampleRate must be a number"),
        (one("transcribe", channel="1"), "property channel must be a number"),
        (one("alert", message=""), "property message must be a non-empty string"),
        (one("llm", vendor="openai", llmOptions="x"), "property llmOptions must be an object"),
        (one("gather", numDigits="4"), "property numDigits must be a number"),
        (one("gather", input="digits"), "property input must be an array of 'digits'"),
        (one("config", notifyEvents="yes"), "property notifyEvents must be a boolean"),
        (one("config", reset=5), "property reset must be a string or an array of strings"),
    ],
)
def test_wrong_property_types(element: list[dict[str, Any]], expected: str) -> None:
    message = problem(element)
    verb = element[0]["verb"]
    assert message.startswith(f"verb 1 ({verb}): ")
    assert expected in message


@pytest.mark.parametrize("status", [486, 486.0, 603])
def test_integral_status_is_accepted(status: float) -> None:
    assert normalize_verbs(one("sip:decline", status=status))[0]["status"] == status


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        (one("listen", url="wss://x", mixType="quad"), "mixType must be one of mono, stereo"),
        (one("gather", input=["digits", "dtmf"]), "property input[1] must be one of digits"),
        (one("dial", srtpEncryption="zrtp", **MINIMAL["dial"]), "must be one of sdes, dtls"),
        (one("dub", action="mute", track="t"), "property action must be one of addTrack"),
        (one("config", record={"action": "go"}), "record.action must be one of startCall"),
        (
            one("say", text="x", synthesizer={"vendor": "aws", "engine": "turbo"}),
            "property synthesizer.engine must be one of standard, neural",
        ),
    ],
)
def test_enum_values(element: list[dict[str, Any]], expected: str) -> None:
    assert expected in problem(element)


@pytest.mark.parametrize(
    "props",
    [
        {"mixType": "mono"},
        {"mixType": "stereo"},
        {"mixType": "mixed", "sampleRate": 16000, "metadata": {"a": 1}},
        {"wsAuth": {"username": "u", "password": "p"}},
        {"bidirectionalAudio": {"enabled": True, "streaming": False, "sampleRate": 8000}},
        {"transcribe": {"recognizer": {"vendor": "google", "language": "en-US"}}},
    ],
)
def test_listen_options(props: dict[str, Any]) -> None:
    assert normalize_verbs(one("listen", url="wss://x", **props))[0] == {
        "verb": "listen",
        "url": "wss://x",
        **props,
    }


# --- aliases -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "element", [{"verb": "stream", "url": "wss://x"}, {"stream": {"url": "wss://x"}}]
)
def test_stream_is_listen(element: dict[str, Any]) -> None:
    assert normalize_verbs([element]) == [{"verb": "listen", "url": "wss://x"}]


def test_alias_errors_name_the_alias_as_written() -> None:
    assert problem([{"verb": "stream"}]) == "verb 1 (stream): missing required property url"


def test_s2s_is_llm() -> None:
    element = {"verb": "s2s", "vendor": "openai", "llmOptions": {"messages": []}}
    assert normalize_verbs([element]) == [
        {"verb": "llm", "vendor": "openai", "llmOptions": {"messages": []}}
    ]


@pytest.mark.parametrize("vendor", ["openai", "microsoft", "google", "deepgram", "ultravox"])
def test_vendor_s2s_injects_the_vendor(vendor: str) -> None:
    result = normalize_verbs([{f"{vendor}_s2s": {"llmOptions": {}}}])
    assert result == [{"verb": "llm", "vendor": vendor, "llmOptions": {}}]


def test_explicit_vendor_overrides_the_injected_one() -> None:
    result = normalize_verbs([{"verb": "openai_s2s", "vendor": "custom", "llmOptions": {}}])
    assert result[0]["vendor"] == "custom"


def test_s2s_without_vendor_is_missing_vendor() -> None:
    assert problem([{"verb": "s2s", "llmOptions": {}}]) == (
        "verb 1 (s2s): missing required property vendor"
    )


# --- say -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["hello", ["hello", "bonjour"], "<speak>hi</speak>"])
def test_say_text_string_or_array(text: Any) -> None:
    assert normalize_verbs(one("say", text=text)) == [{"verb": "say", "text": text}]


def test_streaming_say_needs_no_text() -> None:
    assert normalize_verbs(one("say", stream=True)) == [{"verb": "say", "stream": True}]


def test_non_streaming_say_needs_text() -> None:
    assert problem(one("say", stream=False)) == "verb 1 (say): missing required property text"


def test_say_with_full_synthesizer() -> None:
    synthesizer = {
        "vendor": "google",
        "language": "en-US",
        "voice": "en-US-Standard-C",
        "label": "main",
        "options": {"speed": 1.1},
    }
    result = normalize_verbs(one("say", text="x", synthesizer=synthesizer, loop=2))
    assert result[0]["synthesizer"] == synthesizer


@pytest.mark.parametrize(
    ("synthesizer", "expected"),
    [
        ({"language": "en-US"}, "missing required property synthesizer.vendor"),
        ({"vendor": "google", "speed": 2}, "unknown property 'synthesizer.speed'"),
        (
            {"vendor": "google", "voice": 3},
            "property synthesizer.voice must be a string or an object",
        ),
        ("google", "property synthesizer must be an object"),
    ],
)
def test_say_synthesizer_errors(synthesizer: Any, expected: str) -> None:
    assert problem(one("say", text="x", synthesizer=synthesizer)) == f"verb 1 (say): {expected}"


# --- gather ----------------------------------------------------------------------------------


def test_gather_with_nested_say_and_recognizer() -> None:
    gather = {
        "actionHook": "/gather-result",
        "input": ["digits", "speech"],
        "numDigits": 4,
        "finishOnKey": "#",
        "timeout": 10,
        "say": {"text": "Please enter your PIN"},
        "recognizer": {"vendor": "google", "language": "en-US", "hints": ["sales"]},
    }
    assert normalize_verbs([{"gather": gather}]) == [{"verb": "gather", **gather}]


def test_gather_with_nested_play() -> None:
    gather = {"input": ["digits"], "play": {"url": ["a.mp3", "b.mp3"], "loop": 2}}
    assert normalize_verbs(one("gather", **gather)) == [{"verb": "gather", **gather}]


@pytest.mark.parametrize(
    ("gather", "expected"),
    [
        ({"say": {}}, "missing required property say.text"),
        ({"say": {"txt": "hi"}}, "unknown property 'say.txt'"),
        ({"say": {"text": 1}}, "property say.text must be a non-empty string"),
        ({"say": "Please enter"}, "property say must be an object"),
        ({"say": [{"text": "a"}]}, "property say must be an object"),
        ({"play": {}}, "missing required property play.url"),
        ({"play": {"url": "a.mp3", "loop": []}}, "property play.loop must be a number or"),
        ({"play": {"url": "a.mp3", "foo": 1}}, "unknown property 'play.foo'"),
        ({"say": {"text": "x", "synthesizer": {}}}, "missing required property say.synthesizer"),
        ({"recognizer": {"language": "en-US"}}, "missing required property recognizer.vendor"),
        ({"recognizer": {"vendor": "g", "hint": []}}, "unknown property 'recognizer.hint'"),
        ({"recognizer": {"vendor": "g", "interim": "y"}}, "recognizer.interim must be a boolean"),
        ({"actionHook": 5}, "property actionHook must be a URL string or a hook object"),
        ({"fillerNoise": {"url": "a.mp3"}}, "missing required property fillerNoise.enable"),
    ],
)
def test_gather_nested_errors(gather: dict[str, Any], expected: str) -> None:
    message = problem([{"verb": "hangup"}, {"gather": gather}])
    assert message.startswith("verb 2 (gather): ")
    assert expected in message


# --- dial targets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        {"type": "phone", "number": "15085550100"},
        {"type": "phone", "number": "15085550100", "trunk": "twilio"},
        {"type": "sip", "sipUri": "sip:alice@example.com"},
        {
            "type": "sip",
            "sipUri": "sip:alice@example.com",
            "auth": {"username": "alice", "password": "secret"},
            "proxy": "sip:10.0.0.1",
        },
        {"type": "user", "name": "spike@sip.example.com"},
        {"type": "user", "name": "spike", "overrideTo": "spike2"},
        {"type": "teams", "number": "+15085550100", "tenant": "contoso.com", "vmail": True},
        {
            "type": "phone",
            "number": "1",
            "headers": {"X-Account": "42"},
            "confirmHook": {"url": "/confirm", "method": "GET"},
            "method": "POST",
            "from": {"user": "alice", "host": "example.com"},
        },
    ],
)
def test_dial_target_types(target: dict[str, Any]) -> None:
    result = normalize_verbs(one("dial", target=[target]))
    assert result == [{"verb": "dial", "target": [target]}]


def test_dial_rings_several_targets() -> None:
    targets = [
        {"type": "phone", "number": "15085550100"},
        {"type": "sip", "sipUri": "sip:bob@example.com"},
        {"type": "user", "name": "carol"},
    ]
    assert normalize_verbs(one("dial", target=targets))[0]["target"] == targets


@pytest.mark.parametrize(
    ("target", "field"),
    [
        ({"type": "phone"}, "number"),
        ({"type": "phone", "sipUri": "sip:a@b"}, "number"),
        ({"type": "sip"}, "sipUri"),
        ({"type": "sip", "number": "1"}, "sipUri"),
        ({"type": "user"}, "name"),
        ({"type": "teams", "tenant": "contoso.com"}, "number"),
    ],
)
def test_dial_target_requires_the_field_of_its_type(target: dict[str, Any], field: str) -> None:
    targets = [{"type": "phone", "number": "1"}, target]
    assert problem(one("dial", target=targets)) == (
        f"verb 1 (dial): missing required property target[1].{field} "
        f"(required for type {target['type']})"
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ({"number": "1"}, "missing required property target[0].type"),
        ({"type": "pstn", "number": "1"}, "property target[0].type must be one of phone, sip"),
        ({"type": "phone", "number": ""}, "property target[0].number must be a non-empty"),
        ({"type": "phone", "number": 15085550100}, "target[0].number must be a non-empty"),
        ({"type": "sip", "sipUri": "sip:a@b", "auth": {"username": "u"}}, "target[0].auth."),
        ({"type": "phone", "number": "1", "foo": 1}, "unknown property 'target[0].foo'"),
        ({"type": "phone", "number": "1", "method": "PUT"}, "target[0].method must be one of"),
        ({"type": "phone", "number": "1", "from": {"usr": "a"}}, "'target[0].from.usr'"),
        ({"type": "teams", "number": "1", "vmail": "yes"}, "target[0].vmail must be a boolean"),
        ("15085550100", "property target[0] must be an object"),
    ],
)
def test_dial_target_errors(target: Any, expected: str) -> None:
    message = problem(one("dial", target=[target]))
    assert message.startswith("verb 1 (dial): ")
    assert expected in message


def test_dial_with_nested_listen_transcribe_amd_and_dub() -> None:
    props = {
        "target": [{"type": "phone", "number": "1"}],
        "callerId": "15085550199",
        "answerOnBridge": True,
        "timeout": 30,
        "timeLimit": 3600,
        "actionHook": "/dial-done",
        "listen": {"url": "wss://rec.example.com", "mixType": "stereo"},
        "transcribe": {"transcriptionHook": "/transcript"},
        "amd": {"actionHook": "/amd", "timers": {"decisionTimeoutMs": 5000}},
        "dub": [{"action": "addTrack", "track": "bg"}],
        "srtpEncryption": "dtls",
    }
    assert normalize_verbs(one("dial", **props)) == [{"verb": "dial", **props}]


@pytest.mark.parametrize(
    ("props", "expected"),
    [
        ({"listen": {"mixType": "mono"}}, "missing required property listen.url"),
        ({"stream": {"url": ""}}, "property stream.url must be a non-empty string"),
        ({"amd": {"thresholdWordCount": 5}}, "missing required property amd.actionHook"),
        ({"dub": [{"action": "addTrack"}]}, "missing required property dub[0].track"),
        ({"transcribe": {"foo": 1}}, "unknown property 'transcribe.foo'"),
    ],
)
def test_dial_nested_errors(props: dict[str, Any], expected: str) -> None:
    message = problem(one("dial", **MINIMAL["dial"], **props))
    assert message == f"verb 1 (dial): {expected}"


# --- hooks -----------------------------------------------------------------------------------


HOOKED = [
    ("redirect", "actionHook", {}),
    ("play", "actionHook", {"url": "a.mp3"}),
    ("gather", "partialResultHook", {}),
    ("conference", "waitHook", {"name": "r"}),
    ("enqueue", "waitHook", {"name": "q"}),
    ("dial", "confirmHook", MINIMAL["dial"]),
    ("sip:refer", "eventHook", {"referTo": "sip:a@b"}),
    ("message", "actionHook", {"to": "1", "from": "2"}),
    ("config", "sipRequestWithinDialogHook", {}),
]


@pytest.mark.parametrize(
    "hook",
    [
        "https://app.example.com/hook",
        "/relative/hook",
        "wss://app.example.com/ws",
        {"url": "https://app.example.com/hook"},
        {"url": "/next", "method": "GET"},
        {"url": "/next", "method": "post"},
        {"url": "https://x", "method": "POST", "username": "u", "password": "p"},
        {"url": "https://x", "username": None, "password": None},
    ],
)
@pytest.mark.parametrize(("verb", "prop", "base"), HOOKED)
def test_hooks_as_string_or_object(verb: str, prop: str, base: dict[str, Any], hook: Any) -> None:
    result = normalize_verbs(one(verb, **base, **{prop: hook}))
    assert result[0][prop] == hook


@pytest.mark.parametrize(
    ("hook", "expected"),
    [
        ("", "property actionHook must be a non-empty string"),
        (42, "property actionHook must be a URL string or a hook object"),
        (True, "property actionHook must be a URL string or a hook object"),
        (None, "property actionHook must be a URL string or a hook object"),
        (["/a"], "property actionHook must be a URL string or a hook object"),
        ({}, "missing required property actionHook.url"),
        ({"method": "GET"}, "missing required property actionHook.url"),
        ({"url": ""}, "property actionHook.url must be a non-empty string"),
        ({"url": 5}, "property actionHook.url must be a non-empty string"),
        ({"url": "/a", "method": "PUT"}, "property actionHook.method must be one of GET, POST"),
        ({"url": "/a", "username": 1}, "property actionHook.username must be a string or null"),
        ({"url": "/a", "webhook_sid": "x"}, "unknown property 'actionHook.webhook_sid'"),
    ],
)
def test_hook_errors(hook: Any, expected: str) -> None:
    assert problem(one("redirect", actionHook=hook)) == f"verb 1 (redirect): {expected}"


# --- config, messages and the rest ---------------------------------------------------------


def test_config_session_settings() -> None:
    props = {
        "synthesizer": {"vendor": "elevenlabs", "voice": "Rachel"},
        "recognizer": {"vendor": "deepgram", "deepgramOptions": {"model": "nova-2"}},
        "bargeIn": {"enable": True, "input": ["speech"], "actionHook": "/barge"},
        "listen": {"enable": True, "url": "wss://x"},
        "record": {"action": "startCallRecording", "siprecServerURL": ["sip:a", "sip:b"]},
        "transcribe": {"enable": False},
        "fillerNoise": {"enable": True, "url": "https://x/noise.mp3", "startDelaySecs": 2},
        "vad": {"enable": True, "vendor": "silero"},
        "reset": ["synthesizer", "recognizer"],
        "notifyEvents": True,
        "boostAudioSignal": "-6 dB",
    }
    assert normalize_verbs(one("config", **props)) == [{"verb": "config", **props}]


@pytest.mark.parametrize(
    ("props", "expected"),
    [
        ({"bargeIn": {"sticky": True}}, "missing required property bargeIn.enable"),
        ({"listen": {"url": "wss://x"}}, "missing required property listen.enable"),
        ({"record": {"type": "cloud"}}, "missing required property record.action"),
        ({"ttsStream": {"enable": True, "synthesizer": {}}}, "ttsStream.synthesizer.vendor"),
        ({"vad": {"vendor": "other"}}, "property vad.vendor must be one of webrtc, silero"),
        ({"amd": {}}, "missing required property amd.actionHook"),
        ({"recognizer": {"vendor": "x", "deepgramOptions": "nova"}}, "must be an object"),
    ],
)
def test_config_errors(props: dict[str, Any], expected: str) -> None:
    message = problem(one("config", **props))
    assert message.startswith("verb 1 (config): ")
    assert expected in message


def test_message_verb() -> None:
    props = {
        "to": "15085550100",
        "from": "15085550199",
        "text": "Your code is 1234",
        "carrier": "twilio",
        "actionHook": "/sms-status",
    }
    assert normalize_verbs([{"message": props}]) == [{"verb": "message", **props}]


def test_llm_accepts_vendor_specific_properties() -> None:
    props = {
        "vendor": "openai",
        "model": "gpt-4o-realtime-preview",
        "auth": {"apiKey": "sk-..."},
        "llmOptions": {"response_create": {"modalities": ["text", "audio"]}},
        "mcpServers": [{"url": "https://mcp.example.com"}],
        "toolHook": "/tools",
        "anythingElse": [1, 2, 3],
    }
    assert normalize_verbs(one("llm", **props)) == [{"verb": "llm", **props}]


def test_llm_mcp_servers_need_a_url() -> None:
    props = {"vendor": "openai", "llmOptions": {}, "mcpServers": [{"auth": {}}]}
    assert problem(one("llm", **props)) == (
        "verb 1 (llm): missing required property mcpServers[0].url"
    )


def test_conference_record_needs_a_path() -> None:
    assert problem(one("conference", name="r", record={})) == (
        "verb 1 (conference): missing required property record.path"
    )


def test_enqueue_wait_and_action_hooks() -> None:
    props = {"name": "support", "waitHook": "/hold", "actionHook": "/done", "priority": 1}
    assert normalize_verbs(one("enqueue", **props)) == [{"verb": "enqueue", **props}]


# --- parse_app_json --------------------------------------------------------------------------


def test_parse_app_json_normalises() -> None:
    text = json.dumps([{"say": {"text": "hi"}}, {"verb": "stream", "url": "wss://x"}])
    assert parse_app_json(text) == [
        {"verb": "say", "text": "hi"},
        {"verb": "listen", "url": "wss://x"},
    ]


def test_parse_app_json_empty_array() -> None:
    assert parse_app_json(" [] ") == []


@pytest.mark.parametrize(
    "text",
    ["", "[", "not json", "[{'verb': 'say'}]", '[{"verb": "pause", "length": NaN}]', "[1,]"],
)
def test_parse_app_json_rejects_unparseable_text(text: str) -> None:
    with pytest.raises(BadRequest) as info:
        parse_app_json(text)
    assert info.value.status == 400
    assert info.value.msg.startswith("app_json is not valid JSON: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"verb": "say", "text": "hi"}', "app_json: verbs must be a JSON array of verb objects"),
        ('"[]"', "app_json: verbs must be a JSON array of verb objects"),
        ('[{"verb": "say"}]', "app_json: verb 1 (say): missing required property text"),
        ('[{"hangup": {}}, {"sayy": {}}]', "app_json: verb 2: unknown verb 'sayy'"),
        ('[{"verb": "pause", "length": 1e400}]', "app_json: verb 1 (pause): property length"),
    ],
)
def test_parse_app_json_reports_verb_problems(text: str, expected: str) -> None:
    with pytest.raises(BadRequest) as info:
        parse_app_json(text)
    assert info.value.msg.startswith(expected)


@pytest.mark.parametrize("value", [None, [], {"verb": "say"}, b"[]"])
def test_parse_app_json_needs_a_string(value: Any) -> None:
    with pytest.raises(BadRequest) as info:
        parse_app_json(value)
    assert info.value.msg == "app_json must be a string holding a JSON array of verbs"
