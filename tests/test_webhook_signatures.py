"""Webhook bodies as JavaScript's `JSON.stringify` writes them, checked by the SDKs' own
signature verifiers.

jambonz signs `JSON.stringify(payload)`, and both Node SDKs verify a webhook by
re-serialising what `express.json()` parsed: `@jambonz/node-client`'s
`WebhookResponse.verifyJambonzSignature(secret)` and `@jambonz/sdk`'s
`WebhookResponse.verifySignature(secret)` (from `@jambonz/sdk/webhook`) both compute the
HMAC over `JSON.stringify(req.body)`. So a body is accepted only if it already is what
`JSON.stringify` writes for the value it holds (`jambonz.wirejson`). The Python SDK
(`jambonz-python-sdk`, `jambonz_sdk.webhook.verify_signature_middleware`) checks the raw
body bytes instead.

- The serialiser against node itself: every value goes through
  `JSON.stringify(JSON.parse(text))` in one node process and the bytes are compared.
- A real application: `tests/sdk_verifiers.cjs` (express + express.json() + both SDKs'
  verifiers from node_modules) on 127.0.0.1, reached by the real `WebhookSender`, directly
  and through the API (a call's hooks with an accented caller name and a tag, an inbound
  SMS with emoji), on SQLite and PostgreSQL.

Node and the npm packages are required: the tests fail, never skip, when they are missing
(`npm ci` at the repository root installs them; `make test` does it).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import math
import re
import select
import shutil
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from jambonz_sdk.webhook import verify_signature_middleware

from jambonz import wirejson
from jambonz.db.migrate import upgrade
from jambonz.webhooks_out import HookTarget, WebhookSender, sign
from tests.conftest import Api, app_api, unique

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VERIFIER_APP = Path(__file__).resolve().parent / "sdk_verifiers.cjs"
NODE_PACKAGES = ("@jambonz/node-client", "@jambonz/sdk", "express")
SECRET = "wh_secret_T3stS3cr3tValue"
SIGNATURE = re.compile(r"t=\d+,v1=[0-9a-f]{64}")
FINAL = {"completed", "failed", "busy", "no-answer"}

CALLER_NAME = "José Müller-Ñúñez 🎺"
SMS_TEXT = "Ça marche 👍🏽 — réponse reçue, 日本語のテキスト ✉️"
TAG = {
    "société": "Crédit Agricole",
    "emoji": "📞🎉👨\u200d👩\u200d👧",
    "cjk": "中文 日本語 한국어",
    "10": "ten",
    "2": "two",
    "ratio": 0.1,
    "one": 1.0,
    "tiny": 1.5e-7,
    "nested": {"01": "not an index", "7": ["ü", 1e21, None, True]},
}


def node() -> str:
    """The node binary, once the packages the tests need are known to be installed."""
    binary = shutil.which("node")
    if binary is None:
        pytest.fail("node is not installed: these tests need Node.js (20 or later) on PATH")
    missing = [
        name for name in NODE_PACKAGES if not (NODE_MODULES / name / "package.json").exists()
    ]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not installed in {NODE_MODULES}: run `npm ci` at the "
            "repository root (`make test` does)"
        )
    return binary


def run_node(script: str, stdin: str = "") -> str:
    done = subprocess.run(
        [node(), "-e", script], input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# `JSON.stringify(JSON.parse(text))` for many texts in one node process: each result goes
# back as base64 of its UTF-8 bytes, so the comparison is byte for byte.
ROUND_TRIP = (
    "const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
    "process.stdout.write(JSON.stringify(texts.map((text) =>"
    " Buffer.from(JSON.stringify(JSON.parse(text)), 'utf8').toString('base64'))));"
)


def node_round_trip(*values: Any) -> list[bytes]:
    """What node writes for each value after reading it: `JSON.stringify(JSON.parse(t))`
    of its `json.dumps` text (all ASCII, so node reads exactly the value Python holds)."""
    texts = [json.dumps(value) for value in values]
    return [base64.b64decode(out) for out in json.loads(run_node(ROUND_TRIP, json.dumps(texts)))]


def hmac_hex(secret: str, timestamp: str, body: bytes) -> str:
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- the serialiser

CASES: dict[str, Any] = {
    "accents": "Société Générale, naïve café, Ñúñez, Ærøskøbing",
    "emoji": "📞🎉👍🏽 👨\u200d👩\u200d👧",
    "cjk": "日本語テキスト、中文\uff0c한국어",
    "rtl": "مرحبا بالعالم",
    "control characters": "".join(chr(i) for i in range(0x20)) + "\x7f",
    "quotes and slashes": '"quoted" back\\slash /slash',
    "line and paragraph separators": "a\u2028b\u2029c",
    "bom and noncharacters": "\ufeff\uffff\U0010ffff",
    "lone high surrogate": "x\ud800y",
    "lone low surrogate": "\udfff",
    "surrogates in the wrong order": "\ude00\ud83d",
    "surrogate pair as two code points": "\ud83d\ude00",
    "empty string": "",
    "float 1.0": 1.0,
    "float 0.1": 0.1,
    "float 1e21": 1e21,
    "float 1e20": 1e20,
    "float 1e-7": 1e-7,
    "float 1e-6": 1e-6,
    "float 1.5e-7": 1.5e-7,
    "float 123456789.123": 123456789.123,
    "float -0.0": -0.0,
    "float 0.1 + 0.2": 0.1 + 0.2,
    "float 1e16": 1e16,
    "float -2.5e-300": -2.5e-300,
    "float 100.0": 100.0,
    "float 2**70": 2.0**70,
    "float smallest": 5e-324,
    "float largest": 1.7976931348623157e308,
    "int 0": 0,
    "int -1": -1,
    "int 2**53": 2**53,
    "int 2**53 + 1": 2**53 + 1,
    "int -(2**53) - 3": -(2**53) - 3,
    "int 2**64": 2**64,
    "int 10**21": 10**21,
    "int 10**400": 10**400,
    "true": True,
    "false": False,
    "null": None,
    "integer-like keys": {"b": 1, "10": 2, "2": 3, "01": 4, "-1": 5},
    "index boundary keys": {
        "4294967295": "not an index",
        "4294967294": "the last index",
        "0": "zero",
        "00": "two zeros",
        "1.0": "decimal",
        "1e3": "exponent",
        " 1": "space",
        "+1": "plus",
        "": "empty",
        "٣": "arabic-indic digit",
        "²": "superscript",
        "99999999999": "eleven digits",
    },
    "non-ASCII keys": {"clé": "valeur", "键": "值", "🔑": "🚪"},
    "nested": {
        "z": {"3": [1.0, {"1": None, "a": True, "0": "é"}], "x": ({"9": "é", "8": []},)},
        "a": [[], {}, [[1.5]]],
    },
    "empty containers": [{}, [], ()],
    "a call payload": {
        "call_sid": "3f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33",
        "direction": "inbound",
        "from": "15085550100",
        "caller_name": CALLER_NAME,
        "sip_status": 100,
        "has_recording": False,
        "parent_call_sid": None,
        "customerData": TAG,
        "sms": {"text": SMS_TEXT, "media": []},
    },
}


@pytest.fixture(scope="module")
def node_bytes() -> dict[str, bytes]:
    return dict(zip(CASES, node_round_trip(*CASES.values()), strict=True))


@pytest.mark.parametrize("case", list(CASES))
def test_serialiser_writes_what_node_writes(case: str, node_bytes: dict[str, bytes]) -> None:
    value = CASES[case]
    expected = node_bytes[case]
    assert wirejson.stringify(value).encode() == expected
    assert wirejson.encode(value) == expected  # orjson's path where it applies, or the other


def test_non_finite_numbers_are_null() -> None:
    expected = run_node(
        "process.stdout.write(JSON.stringify([NaN, Infinity, -Infinity, {a: NaN}]))"
    )
    value = [math.nan, math.inf, -math.inf, {"a": math.nan}]
    assert wirejson.stringify(value) == expected == '[null,null,null,{"a":null}]'
    assert wirejson.encode(value) == expected.encode()


def test_non_string_keys_are_named_as_javascript_names_them() -> None:
    # A JavaScript object's keys are strings: `o[2]` is `o["2"]`, `o[null]` is `o["null"]`.
    # The later of two keys that name the same member gives the value, the first its place.
    expected = run_node(
        "const o = {}; o[2] = 'a'; o.b = 1; o['2'] = 'b'; o[null] = 1; o[1.5] = 2;"
        " o[false] = 0; o[1e21] = 'big'; o[7] = 'seven';"
        " process.stdout.write(JSON.stringify(o))"
    )
    value = {2: "a", "b": 1, "2": "b", None: 1, 1.5: 2, False: 0, 10**21: "big", 7.0: "seven"}
    assert wirejson.stringify(value) == expected
    assert wirejson.encode(value) == expected.encode()


@pytest.mark.parametrize("value", [{1, 2}, b"bytes", object(), {"a": {"b": [Path("/")]}}])
def test_other_types_are_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        wirejson.stringify(value)
    with pytest.raises(TypeError):
        wirejson.encode(value)


# --------------------------------------------------------------------------- the application


@dataclass
class Record:
    """One request as the node application saw it, with both SDKs' verdicts."""

    method: str
    url: str
    signature: str | None
    raw: bytes
    reserialised: str | None
    node_client: dict[str, Any]
    sdk: dict[str, Any]

    @property
    def json(self) -> Any:
        return json.loads(self.raw) if self.raw else None

    @property
    def path(self) -> str:
        return self.url.split("?", 1)[0]


@dataclass
class Verifiers:
    """Client of `tests/sdk_verifiers.cjs`: hooks live under `<url>/hook/<key>/`."""

    url: str

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.url, trust_env=False, timeout=10)

    async def configure(
        self, key: str, secret: str = SECRET, replies: dict[str, Any] | None = None
    ) -> str:
        """Hooks under `key` verified with `secret` and answering `replies` (by path
        below the key, default `[]`): the base URL of those hooks."""
        async with self._client() as client:
            r = await client.post(f"/_config/{key}", json={"secret": secret, "replies": replies})
            assert r.status_code == 200, r.text
        return f"{self.url}/hook/{key}"

    async def new_key(
        self, secret: str = SECRET, replies: dict[str, Any] | None = None
    ) -> tuple[str, str]:
        """A fresh key verified with `secret`: (key, base URL of its hooks)."""
        key = uuid.uuid4().hex
        return key, await self.configure(key, secret, replies)

    async def seen(
        self,
        key: str,
        until: Callable[[list[Record]], bool] = bool,
        timeout: float = 15.0,
    ) -> list[Record]:
        deadline = time.monotonic() + timeout
        async with self._client() as client:
            while True:
                r = await client.get(f"/_seen/{key}")
                assert r.status_code == 200, r.text
                records = [
                    Record(
                        method=item["method"],
                        url=item["url"],
                        signature=item["signature"],
                        raw=base64.b64decode(item["raw"]),
                        reserialised=item["reserialised"],
                        node_client=item["nodeClient"],
                        sdk=item["sdk"],
                    )
                    for item in r.json()
                ]
                if until(records):
                    return records
                if time.monotonic() > deadline:
                    raise AssertionError(f"not seen in {timeout} s: {records}")
                await asyncio.sleep(0.02)


@pytest.fixture(scope="module")
def verifiers() -> Iterator[Verifiers]:
    process = subprocess.Popen(
        [node(), str(VERIFIER_APP)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        ready, _, _ = select.select([process.stdout], [], [], 30)
        line = process.stdout.readline() if ready else ""
        if not line:
            process.kill()
            _, errors = process.communicate(timeout=10)
            pytest.fail(f"tests/sdk_verifiers.cjs did not start: {errors}")
        yield Verifiers(f"http://127.0.0.1:{json.loads(line)['port']}")
    finally:
        if process.poll() is None:
            process.stdin.close()  # the application exits when its stdin closes
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def assert_verified(record: Record, secret: str = SECRET) -> None:
    """Both Node SDKs accepted the request, and so does the Python SDK, over the raw body
    and over the body as the application re-serialised it (the same bytes)."""
    assert record.signature is not None and SIGNATURE.fullmatch(record.signature), record
    assert record.node_client == {"ok": True, "error": None}, record
    assert record.sdk == {"ok": True, "error": None}, record
    assert verify_signature_middleware(record.raw, record.signature, secret)
    assert record.reserialised is not None
    assert record.reserialised.encode() == record.raw
    assert verify_signature_middleware(record.reserialised.encode(), record.signature, secret)


# -- the sender on its own -------------------------------------------------------------------

PAYLOAD = {
    "call_sid": "3f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33",
    "caller_name": CALLER_NAME,
    "customerData": TAG,
    "text": SMS_TEXT,
    "lone": "\ud800 and \udfff",
    "n": 3,
}


@pytest.mark.parametrize(
    "payload",
    [PAYLOAD, {"caller_name": CALLER_NAME, "text": SMS_TEXT, "n": 3}],
    ids=["through the Python encoder", "through orjson"],
)
async def test_sdks_accept_a_signed_post_with_non_ascii_payload(
    verifiers: Verifiers, payload: dict[str, Any]
) -> None:
    key, base = await verifiers.new_key()
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(f"{base}/call"), payload, secret=SECRET, expect_verbs=True
        )
    assert result.ok, result
    (record,) = await verifiers.seen(key)
    assert record.method == "POST"
    assert_verified(record)
    assert record.raw == wirejson.encode(payload)
    assert "é".encode() in record.raw and b"\\u00e9" not in record.raw


async def test_sdks_reject_a_wrong_secret(verifiers: Verifiers) -> None:
    key, base = await verifiers.new_key()
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(f"{base}/call"), PAYLOAD, secret=SECRET + "-tampered", expect_verbs=True
        )
    assert result.ok, result
    (record,) = await verifiers.seen(key)
    assert record.node_client == {"ok": False, "error": "No matching signatures found"}
    assert record.sdk == {"ok": False, "error": "Webhook signature verification failed"}
    with pytest.raises(ValueError, match="Signature verification failed"):
        verify_signature_middleware(record.raw, record.signature, SECRET)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (json.dumps(PAYLOAD, separators=(",", ":")).encode(), "non-ASCII escaped"),
        (json.dumps({"b": 1, "10": 2}, separators=(",", ":")).encode(), "index keys in place"),
        (json.dumps({"ratio": 1.0, "tiny": 1.5e-7}, separators=(",", ":")).encode(), "floats"),
    ],
    ids=["non-ASCII escaped", "index keys in place", "Python float spelling"],
)
async def test_json_dumps_bodies_fail_the_node_sdks(
    verifiers: Verifiers, body: bytes, why: str
) -> None:
    """What went out before: a correct signature over a body that is not what
    JSON.stringify writes. The Node SDKs reject it (they sign the re-serialised body);
    the Python SDK, which checks the raw bytes, accepts it."""
    key, base = await verifiers.new_key()
    headers = {
        "Content-Type": "application/json",
        "Jambonz-Signature": sign(SECRET, body, int(time.time())),
    }
    async with httpx.AsyncClient(trust_env=False) as client:
        r = await client.post(f"{base}/call", content=body, headers=headers)
    assert r.status_code == 200
    (record,) = await verifiers.seen(key)
    assert record.raw == body
    assert record.reserialised is not None and record.reserialised.encode() != body, why
    assert record.node_client["ok"] is False and record.sdk["ok"] is False, why
    assert verify_signature_middleware(record.raw, record.signature, SECRET)


async def test_get_hook_is_signed_over_the_payload_as_json_stringify_writes_it(
    verifiers: Verifiers,
) -> None:
    """A GET carries no body: the signature is over JSON.stringify(payload), as jambonz
    signs it. The Node SDKs cannot check it, since they sign JSON.stringify(req.body) and
    express 5 leaves req.body undefined for a GET (jambonz's own GET hooks fail them the
    same way); an application that knows the payload checks it as the Python SDK does."""
    key, base = await verifiers.new_key()
    payload = {k: v for k, v in PAYLOAD.items() if k != "lone"}
    async with WebhookSender() as sender:
        result = await sender.send(
            HookTarget(f"{base}/status", method="GET"), payload, secret=SECRET, expect_verbs=False
        )
    assert result.ok, result
    (record,) = await verifiers.seen(key)
    assert record.method == "GET" and record.raw == b"" and record.reserialised is None
    assert record.signature is not None and SIGNATURE.fullmatch(record.signature)
    (written,) = node_round_trip(payload)
    timestamp, mac = (part.split("=", 1)[1] for part in record.signature.split(","))
    assert mac == hmac_hex(SECRET, timestamp, written)
    assert verify_signature_middleware(written, record.signature, SECRET)
    assert record.node_client["ok"] is False and record.sdk["ok"] is False


# -- through the API ---------------------------------------------------------------------------


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    """The app on an accelerated Core (a simulated minute in about a second)."""
    upgrade(database_url)
    async with app_api(database_url, sim_speed=50.0, webhook_timeout=5.0) as made:
        yield made


async def webhook_secret(api: Api, account: str) -> str:
    r = await api.get(f"/v1/Accounts/{account}/WebhookSecret")
    assert r.status_code == 200, r.text
    return r.json()["webhook_secret"]


def final_status(path: str) -> Callable[[list[Record]], bool]:
    def done(records: list[Record]) -> bool:
        return any(r.path == path and (r.json or {}).get("call_status") in FINAL for r in records)

    return done


async def test_outbound_call_with_a_non_ascii_tag(api: Api, verifiers: Verifiers) -> None:
    account = await api.account(await api.service_provider())
    secret = await webhook_secret(api, account)
    key, base = await verifiers.new_key(secret)
    r = await api.post(
        f"/v1/Accounts/{account}/Calls",
        json={
            "from": "15085550100",
            "to": {"type": "phone", "number": "15085550199"},
            "call_hook": {"url": f"{base}/call", "method": "POST"},
            "call_status_hook": {"url": f"{base}/status", "method": "POST"},
            "tag": TAG,
        },
    )
    assert r.status_code == 201, r.text
    records = await verifiers.seen(key, final_status(f"/hook/{key}/status"))
    assert {r.path for r in records} == {f"/hook/{key}/call", f"/hook/{key}/status"}
    for record in records:
        assert_verified(record, secret)
        assert record.json["customerData"] == TAG
    assert "Crédit".encode() in records[0].raw


async def test_inbound_call_with_an_accented_caller_name_and_a_tag_verb(
    api: Api, verifiers: Verifiers
) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    secret = await webhook_secret(api, account)
    # The tag comes back from node, so its 1.0 is the int 1 and 1e21 a float: both paths.
    replies = {
        "/call": [
            {"verb": "tag", "data": TAG},
            {"verb": "say", "text": "¡Hola, señor! 👋"},
            {"verb": "hangup"},
        ]
    }
    key, base = await verifiers.new_key(secret, replies)
    application = await api.application(
        account,
        call_hook={"url": f"{base}/call", "method": "POST"},
        call_status_hook={"url": f"{base}/status", "method": "POST"},
    )
    carrier = await api.create(
        "/v1/VoipCarriers", {"name": unique("carrier"), "account_sid": account}
    )
    number = f"1707{uuid.uuid4().int % 10**7:07d}"
    await api.create(
        "/v1/PhoneNumbers",
        {
            "number": number,
            "account_sid": account,
            "voip_carrier_sid": carrier,
            "application_sid": application,
        },
    )
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedCalls",
        json={"from": "15085550100", "to": number, "callerName": CALLER_NAME},
    )
    assert r.status_code == 201, r.text
    records = await verifiers.seen(key, final_status(f"/hook/{key}/status"))
    for record in records:
        assert_verified(record, secret)
    call = [r for r in records if r.path == f"/hook/{key}/call"]
    assert [r.json["caller_name"] for r in call] == [CALLER_NAME]
    assert CALLER_NAME.encode() in call[0].raw
    final = records[-1].json
    assert final["call_status"] in FINAL
    assert final["customerData"] == json.loads(json.dumps(TAG))


async def test_inbound_sms_with_emoji_and_its_reply(api: Api, verifiers: Verifiers) -> None:
    account = await api.account(await api.service_provider())
    secret = await webhook_secret(api, account)
    key = uuid.uuid4().hex
    number = f"1707{uuid.uuid4().int % 10**7:07d}"
    replies = {
        "/sms": [
            {
                "verb": "message",
                "from": number,
                "to": "+15085550100",
                "text": "Reçu ✅ 👍🏽",
                "actionHook": f"/hook/{key}/sent",
            }
        ]
    }
    base = await verifiers.configure(key, secret, replies)
    application = await api.application(account, messaging_hook={"url": f"{base}/sms"})
    await api.create(
        "/v1/PhoneNumbers",
        {"number": number, "account_sid": account, "application_sid": application},
    )
    r = await api.post(
        f"/v1/Accounts/{account}/SimulatedMessages",
        json={"from": "+15085550100", "to": f"+{number}", "text": SMS_TEXT},
    )
    assert r.status_code == 201, r.text
    records = await verifiers.seen(key, lambda rs: len(rs) >= 2)
    assert [r.path for r in records] == [f"/hook/{key}/sms", f"/hook/{key}/sent"]
    for record in records:
        assert_verified(record, secret)
    assert records[0].json["text"] == SMS_TEXT
    assert SMS_TEXT.encode() in records[0].raw
    assert records[1].json["message_status"] == "success"
