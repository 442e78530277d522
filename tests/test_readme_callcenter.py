"""The README's call-center walkthrough (queues and conferences) works exactly as written:
run after the README's walkthrough and its "Test your voice app without a phone line"
section, with that section's tiny voice app, against a live server, twice on the same
server."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.live import free_port, live_server
from tests.test_readme import ADMIN, after_a_new_second, as_pasted
from tests.test_readme_calls import block, start_app

FINAL = {"completed", "failed", "busy", "no-answer"}
MARK = "=== callcenter"


def run_callcenter(base: str, script: str) -> None:
    """Run the walkthroughs up to the call center's once in a fresh shell, and check what
    step 5 printed and what step 6 left: no room, no queue, every call over."""
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr
    shown = done.stdout.split(MARK + "\n", 1)[1].splitlines()
    # step 5, exactly as the README shows it
    assert shown[:4] == [
        '[{"name":"support","length":1}]',
        '{"from":"15085550202","position":0}',
        '["floor"]',
        '{"to":"15085550302","status":"joined","moderator":1}',
    ]
    run, account, alice, bob = (word.split("=", 1)[1] for word in shown[4].split())
    assert re.fullmatch(r"\d+", run)
    headers = {"Authorization": f"Bearer {ADMIN}"}
    v1 = f"{base}/v1/Accounts/{account}"
    # step 6 closed everything: no room, no queue, and every call ends
    assert httpx.get(f"{v1}/Queues", headers=headers).json() == []
    assert httpx.get(f"{v1}/Conferences", headers=headers).json() == []
    deadline = time.monotonic() + 30
    while True:
        records = httpx.get(f"{v1}/Calls", headers=headers).json()
        if all(c["call_status"] in FINAL for c in records):
            break
        assert time.monotonic() < deadline, records
        time.sleep(0.2)
    by_sid = {c["call_sid"]: c for c in records}
    assert by_sid[alice]["call_status"] == "completed"
    assert by_sid[bob]["call_status"] == "completed"
    # the customers called this run's support number: 1, the run's number, 50
    callers = sorted((c["from"], c["call_status"]) for c in records if c["to"] == f"1{run}50")
    assert callers == [("15085550201", "completed"), ("15085550202", "completed")]
    # the first caller was bridged with Alice: it ended when she hung up
    first = next(c for c in records if c["from"] == "15085550201")
    assert first["call_termination_by"] == "jambonz"
    assert first["ended_at"] >= by_sid[alice]["ended_at"]


def test_readme_callcenter_walkthrough_runs_twice(tmp_path: Path) -> None:
    center = block("callcenter-walkthrough", "sh")
    if center is None:
        pytest.skip("README.md has no callcenter-walkthrough block (the call-center section) yet")
    walkthrough, routing = block("walkthrough", "sh"), block("routing-walkthrough", "sh")
    app, calls = block("calls-app", "python"), block("calls-walkthrough", "sh")
    assert walkthrough is not None and app is not None and calls is not None
    assert '("127.0.0.1", 8080)' in app
    port = free_port()
    # The only edits: the ports (test servers), and the admin token "pasted" in.
    voice_app, _printed = start_app(app, port, tmp_path)
    try:
        with live_server(tmp_path, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
            parts = [walkthrough, routing or "", calls, f'echo "{MARK}"', center]
            script = "\n".join(parts).replace("127.0.0.1:8080", f"127.0.0.1:{port}")
            script = as_pasted(script, base)
            script += '\necho "RUN=$RUN ACCOUNT=$ACCOUNT ALICE=$ALICE BOB=$BOB"\n'
            started = time.time()
            run_callcenter(base, script)
            after_a_new_second(started)
            run_callcenter(base, script)
    finally:
        voice_app.terminate()
        voice_app.wait(timeout=10)
