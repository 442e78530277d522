"""`jambonz-api loadtest --server`: a load test through a running server's API.

A real server (`jambonz-api serve`, SQLite, simulated time 20x) and a real local voice
application (tests/voice_app.py); the load test runs as the command a developer types. The
report's counts must be the requests the application really received, through the timing
relay, and the calls' outcomes those the server recorded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.live import spawn_server
from tests.voice_app import Reply, VoiceApp

BIN = Path(sys.executable).parent / "jambonz-api"
TOKEN = "5e0c7a1d-loadtest-remote-admin-token-01"
GATHER = [
    {"verb": "gather", "input": ["digits"], "numDigits": 1, "actionHook": "/action"},
    {"verb": "hangup"},
]
SAY_HANGUP = [{"verb": "say", "text": "thanks"}, {"verb": "hangup"}]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    proc, base, _log = spawn_server(
        tmp_path,
        JAMBONZ_DATABASE_URL=f"sqlite:///{tmp_path / 'jambonz.db'}",
        JAMBONZ_ADMIN_TOKEN=TOKEN,
        JAMBONZ_SIM_SPEED="20",
        JAMBONZ_DEFAULT_TENANTS="false",
    )
    try:
        yield f"{base}/v1"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def api(method: str, url: str, **kwargs: Any) -> httpx.Response:
    return httpx.request(method, url, headers={"Authorization": f"Bearer {TOKEN}"}, **kwargs)


def created(v1: str, path: str, body: dict[str, Any]) -> str:
    r = api("POST", f"{v1}{path}", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["sid"])


def loadtest(tmp_path: Path, v1: str, account: str, *args: str) -> tuple[str, dict[str, Any]]:
    out = tmp_path / "report.json"
    result = subprocess.run(
        [
            str(BIN),
            "loadtest",
            "--server",
            v1,
            "--token",
            TOKEN,
            "--account",
            account,
            "--json",
            str(out),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, json.loads(out.read_text())


def test_a_load_test_through_a_running_server(server: str, tmp_path: Path) -> None:
    v1 = server
    sp = created(v1, "/ServiceProviders", {"name": "sp"})
    account = created(v1, "/Accounts", {"name": "acct", "service_provider_sid": sp})
    with VoiceApp() as voice:
        voice.reply("/call", GATHER)
        voice.reply("/action", SAY_HANGUP)
        voice.reply("/status", Reply(body=None, status=204, content_type="text/plain"))
        table, doc = loadtest(
            tmp_path,
            v1,
            account,
            "--call-hook",
            f"{voice.url}/call",
            "--status-hook",
            f"{voice.url}/status",
            "--calls",
            "20",
            "--rate",
            "40",
            "--digits",
            "5",
            "--busy-share",
            "0.25",
        )
        hooks = doc["webhooks"]
        assert doc["placed"] == 20 and doc["still_live"] == 0
        assert doc["outcomes"] == {"completed": 15, "busy": 5}
        # through the relay: what the app received, signed by the server as it sent it
        assert hooks["session:new"]["count"] == len(voice.at("/call")) == 15
        assert hooks["verb:hook"]["count"] == len(voice.at("/action")) == 15
        assert hooks["call:status"]["count"] == len(voice.at("/status")) > 20
        assert all(hooks[k]["errors"] == 0 for k in hooks)
        assert all("jambonz-signature" in r.headers for r in voice.at("/call"))
        assert {r.json["digits"] for r in voice.at("/action")} == {"5"}
        assert "calls: completed 15, busy 5; still live at the end: 0" in table

        # failures are classified where the relay saw them
        voice.reply("/bad", *[Reply(status=500, body=None)] * 3, *[Reply(body={"verb": "say"})] * 3)
        _, doc = loadtest(
            tmp_path,
            v1,
            account,
            "--call-hook",
            f"{voice.url}/bad",
            "--status-hook",
            f"{voice.url}/status",
            "--calls",
            "6",
            "--rate",
            "20",
        )
        assert doc["webhooks"]["session:new"]["errors_by_cause"] == {"http-5xx": 3, "not-verbs": 3}

        # an application's own hooks: the calls run, their webhooks are not timed
        app = created(
            v1,
            "/Applications",
            {
                "name": "app",
                "account_sid": account,
                "call_hook": {"url": f"{voice.url}/direct"},
                "call_status_hook": {"url": f"{voice.url}/status"},
            },
        )
        voice.reply("/direct", SAY_HANGUP)
        table, doc = loadtest(
            tmp_path, v1, account, "--application", app, "--calls", "5", "--rate", "20"
        )
        assert doc["webhooks"] is None and "not measured" in table
        assert doc["outcomes"] == {"completed": 5} and len(voice.at("/direct")) == 5

        # inbound, on a number routed to the application
        carrier = created(v1, "/VoipCarriers", {"name": "c", "account_sid": account})
        created(
            v1,
            "/PhoneNumbers",
            {
                "number": "15085550142",
                "account_sid": account,
                "voip_carrier_sid": carrier,
                "application_sid": app,
            },
        )
        _, doc = loadtest(
            tmp_path,
            v1,
            account,
            "--inbound",
            "--to",
            "15085550142",
            "--calls",
            "4",
            "--rate",
            "20",
        )
        assert doc["plan"]["direction"] == "inbound" and doc["outcomes"] == {"completed": 4}
        inbound = [r for r in voice.at("/direct") if r.json["direction"] == "inbound"]
        assert len(inbound) == 4


def test_what_a_server_run_needs_is_said(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(BIN), "loadtest", "--server", "http://127.0.0.1:9/v1", "--inbound", "--calls", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "jambonz-api: --inbound with --server needs --to, a number of the account; "
        "--server needs --account, the account the calls are placed on; "
        "--server needs --token (or JAMBONZ_API_TOKEN), a key of the account"
    )
