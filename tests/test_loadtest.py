"""`jambonz-api loadtest` against a real local voice application (tests/voice_app.py):
the report's counts are the requests the application really received, a slow answer shows
in the right percentile, failures are classified by cause, and the schedule holds."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from jambonz.loadtest.html import histogram, latency_over_time, render
from jambonz.loadtest.measure import Sample, percentile
from jambonz.loadtest.plan import LoadPlan, schedule
from jambonz.loadtest.runner import RateTooHigh, run
from tests.voice_app import Reply, VoiceApp

BIN = Path(sys.executable).parent / "jambonz-api"
SAY_HANGUP = [{"verb": "say", "text": "hello"}, {"verb": "hangup"}]
GATHER = [
    {"verb": "gather", "input": ["digits"], "numDigits": 1, "actionHook": "/action"},
    {"verb": "hangup"},
]


def _plan(voice: VoiceApp, **fields: object) -> LoadPlan:
    base = {
        "call_hook": f"{voice.url}/call",
        "status_hook": f"{voice.url}/status",
        "calls": 30,
        "rate": 100.0,
        "sim_speed": 20.0,
        "webhook_timeout": 2.0,
        "duration": 60.0,
    }
    return LoadPlan(**{**base, **fields})  # type: ignore[arg-type]


def test_the_schedule_ramps_then_holds_the_rate() -> None:
    plan = LoadPlan(call_hook="http://x/", calls=30, rate=10, ramp=2)
    times = schedule(plan)
    assert times[0] == 0 and times == sorted(times)
    # 10 calls in the 2 s ramp (half the rate on average), then one every 0.1 s
    assert sum(1 for t in times if t < 2) == 10
    assert times[-1] == pytest.approx(2 + 19 * 0.1)
    assert LoadPlan(call_hook="ftp://x", calls=0, rate=0).problems() == [
        "--calls must be at least 1",
        "--rate must be a positive number of calls per second",
        "--call-hook must be an http(s) URL",
    ]
    assert [LoadPlan(call_hook="http://x", busy_share=0.25).busy(i) for i in range(8)] == [
        False,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
    ]


async def test_counts_are_what_the_application_received() -> None:
    with VoiceApp() as voice:
        voice.reply("/call", GATHER)
        voice.reply("/action", SAY_HANGUP)
        voice.reply("/status", Reply(body=None, status=204, content_type="text/plain"))
        report = await run(_plan(voice, far_end={"X-Sim-Digits": "5"}, busy_share=0.2))
        doc = report.document()
        hooks = doc["webhooks"]
        assert doc["placed"] == 30 and doc["still_live"] == 0
        assert doc["outcomes"] == {"completed": 24, "busy": 6}
        assert hooks["session:new"]["count"] == len(voice.at("/call")) == 24
        assert hooks["verb:hook"]["count"] == len(voice.at("/action")) == 24
        assert hooks["call:status"]["count"] == len(voice.at("/status"))
        assert all(hooks[k]["errors"] == 0 for k in hooks)
        assert "session:new" in report.table() and "completed 24" in report.table()


async def test_a_slow_answer_shows_in_the_top_percentile() -> None:
    with VoiceApp() as voice:
        # one call_hook in ten takes 0.4 s, the others answer at once
        voice.reply("/call", *([SAY_HANGUP] * 9 + [Reply(body=SAY_HANGUP, delay=0.4)]) * 3)
        report = await run(_plan(voice))
        row = report.document()["webhooks"]["session:new"]
        assert row["count"] == 30 and row["errors"] == 0
        assert row["p50_ms"] < 200 <= 400 <= row["p99_ms"] == row["max_ms"]
        latencies = [s.latency_ms for s in report.measurements.samples if s.kind == "session:new"]
        assert sum(1 for x in latencies if x >= 400) >= 3
        assert percentile(latencies, 90) == pytest.approx(row["p90_ms"], abs=0.1)


async def test_failures_are_classified_by_cause() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with VoiceApp() as voice:
        voice.reply(
            "/call",
            *[Reply(status=500, body=None)] * 3,
            *[Reply(body={"verb": "say"})] * 3,  # an object, not a verb array
            *[Reply(body=SAY_HANGUP, delay=2.5)] * 3,  # past the 2 s webhook timeout
            SAY_HANGUP,
        )
        report = await run(
            _plan(voice, calls=10, rate=50.0, status_hook=f"http://127.0.0.1:{closed}/status")
        )
        hooks = report.document()["webhooks"]
        assert hooks["session:new"]["errors_by_cause"] == {
            "http-5xx": 3,
            "not-verbs": 3,
            "timeout": 3,
        }
        status = hooks["call:status"]
        assert status["count"] > 0 and status["errors_by_cause"] == {"connection": status["count"]}


def test_the_command_writes_its_table_and_json(tmp_path: Path) -> None:
    with VoiceApp() as voice:
        voice.reply("/call", SAY_HANGUP)
        out = tmp_path / "report.json"
        result = subprocess.run(
            [
                str(BIN),
                "loadtest",
                "--call-hook",
                f"{voice.url}/call",
                "--calls",
                "5",
                "--rate",
                "50",
                "--sim-speed",
                "20",
                "--json",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "5 of 5 calls placed" in result.stdout
        doc = json.loads(out.read_text())
        hooks = doc["webhooks"]
        # no --status-hook: the status notifications go to the call_hook URL as well
        assert hooks["session:new"]["count"] == 5
        assert hooks["session:new"]["count"] + hooks["call:status"]["count"] == len(
            voice.at("/call")
        )
        assert doc["outcomes"] == {"completed": 5}
        refused = subprocess.run(
            [str(BIN), "loadtest", "--call-hook", "nope", "--rate", "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert refused.returncode == 2
        assert refused.stderr.strip().splitlines() == [
            "jambonz-api: --rate must be a positive number of calls per second; "
            "--call-hook must be an http(s) URL"
        ]


def test_latency_over_time_and_the_histogram_bins() -> None:
    samples = [
        Sample("session:new", at=0.2, latency_ms=1.0, cause=None),
        Sample("session:new", at=0.7, latency_ms=3.0, cause=None),
        Sample("session:new", at=2.5, latency_ms=400.0, cause=None),
        Sample("call:status", at=2.6, latency_ms=2.0, cause="connection"),
    ]
    over_time = latency_over_time(samples)
    assert over_time["session:new"] == [(0.0, 1.0, 3.0), (2.0, 400.0, 400.0)]
    assert over_time["call:status"] == [(2.0, 2.0, 2.0)] and over_time["verb:hook"] == []
    bins = histogram([1.0, 3.0, 400.0, 2.0], bins=4)
    # log-scale edges 1, 4.5, 20, 89, 400 ms
    assert [count for count, _, _ in bins] == [3, 0, 0, 1]
    assert bins[0][1] == pytest.approx(1.0) and bins[-1][2] == pytest.approx(400.0)
    assert histogram([]) == []


async def test_the_html_report_draws_what_was_measured(tmp_path: Path) -> None:
    with VoiceApp() as voice:
        voice.reply("/call", SAY_HANGUP)
        report = await run(_plan(voice, calls=10))
        page = render(report)
    assert page.startswith("<!doctype html>") and f"Load test of {voice.url}/call" in page
    assert page.count("<svg") == 3  # latency over time, and a histogram per kind seen
    assert "session:new p99" in page and "call:status: how many deliveries" in page
    row = report.document()["webhooks"]["session:new"]
    assert f"<td>session:new</td><td>{row['count']}</td><td>0</td>" in page
    # self-contained: nothing is fetched when it opens
    assert 'src="http' not in page and "<link" not in page and "@import" not in page


async def test_inbound_calls_arrive_on_the_app_s_number() -> None:
    with VoiceApp() as voice:
        voice.reply("/call", SAY_HANGUP)
        voice.reply("/status", Reply(body=None, status=204, content_type="text/plain"))
        report = await run(_plan(voice, calls=12, inbound=True, far_end={"X-Sim-Digits": "1"}))
        doc = report.document()
        assert doc["plan"]["direction"] == "inbound"
        assert doc["placed"] == 12 and doc["outcomes"] == {"completed": 12}
        sessions = voice.at("/call")
        assert doc["webhooks"]["session:new"]["count"] == len(sessions) == 12
        assert {r.json["direction"] for r in sessions} == {"inbound"}
        assert {r.json["to"] for r in sessions} == {"15085550199"}
        # the calibration's own calls never reach the app, nor are they counted
        assert doc["webhooks"]["call:status"]["count"] == len(voice.at("/status"))
        assert doc["capacity_calls_per_s"] > 0
    assert LoadPlan(call_hook="http://x", inbound=True, busy_share=0.5).problems() == [
        "--busy-share applies to outbound calls: an inbound call is answered"
    ]


async def test_a_rate_this_machine_cannot_place_is_refused() -> None:
    with VoiceApp() as voice:
        voice.reply("/call", SAY_HANGUP)
        with pytest.raises(RateTooHigh, match=r"--rate 1e\+06 is more than this machine can"):
            await run(_plan(voice, calls=20000, rate=1e6))
        assert voice.at("/call") == [], "nothing of the test was placed"
    plan = LoadPlan(call_hook="http://x", calls=1000, rate=100)
    assert plan.seconds_behind(capacity=200) == 0  # placed as fast as asked
    assert plan.seconds_behind(capacity=50) == pytest.approx(20 - 9.99)
