"""The README's "Test your voice app without a phone line" works exactly as written: its
tiny voice app and its curl block, run after the walkthrough against a live server, twice
on the same server."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.live import free_port, live_server
from tests.test_readme import ADMIN, after_a_new_second, as_pasted

README = Path(__file__).resolve().parent.parent / "README.md"


def block(name: str, lang: str) -> str | None:
    text = README.read_text()
    found = re.search(
        rf"<!-- {name}:start -->\n```{lang}\n(.*?)```\n<!-- {name}:end -->", text, re.S
    )
    return found.group(1) if found else None


def json_objects(text: str) -> list[dict]:
    """The JSON objects printed in `text` (jq's pretty output), in order."""
    decoder, found, at = json.JSONDecoder(), [], 0
    while (at := text.find("{", at)) != -1:
        try:
            value, end = decoder.raw_decode(text, at)
        except ValueError:
            at += 1
            continue
        found.append(value)
        at = end
    return found


def wait_for_lines(path: Path, wanted: list[str], after: int = 0, timeout: float = 30) -> list[str]:
    """The lines the app printed after its first `after` ones, once `wanted` are among them."""
    deadline = time.monotonic() + timeout
    while True:
        lines = path.read_text().splitlines()[after:]
        if all(line in lines for line in wanted):
            return lines
        if time.monotonic() > deadline:
            raise AssertionError(f"the app printed {lines}, wanted {wanted}")
        time.sleep(0.1)


def start_app(app: str, port: int, tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """The README's tiny voice app on `port`, printing into a file; (process, file)."""
    app_file = tmp_path / "app.py"
    app_file.write_text(app.replace('127.0.0.1", 8080', f'127.0.0.1", {port}'))
    assert str(port) in app_file.read_text()
    printed = tmp_path / "app.out"
    with printed.open("w") as out:
        voice_app = subprocess.Popen([sys.executable, str(app_file)], stdout=out, stderr=out)
    for _ in range(100):
        try:
            probe = {"direction": "x", "call_status": "x"}
            httpx.post(f"http://127.0.0.1:{port}/probe", json=probe)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return voice_app, printed


def run_calls(base: str, script: str, printed: Path) -> None:
    """Run the walkthrough and the calls block once in a fresh shell, and check what they
    did: the printed record, the webhooks the app got, the account's calls."""
    seen_before = len(printed.read_text().splitlines())
    script += '\necho "RUN=$RUN ACCOUNT=$ACCOUNT CALL=$CALL"\n'
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr
    # step 3 printed the finished call's record
    (shown,) = [o for o in json_objects(done.stdout) if "statuses" in o]
    assert shown == {
        "call_status": "completed",
        "sip_status": 200,
        "duration": 2,
        "statuses": ["trying", "ringing", "in-progress", "completed"],
    }
    found = re.search(r"RUN=(\d+) ACCOUNT=(\S+) CALL=(\S+)", done.stdout)
    assert found
    run, account, call = found.groups()
    # the app saw every webhook of the three calls (and nothing of an earlier run)
    lines = wait_for_lines(
        printed,
        [
            "POST /call outbound in-progress",
            "POST /status outbound completed",
            "POST /status outbound busy",
            "POST /call inbound trying",
            "POST /status inbound completed",
        ],
        after=seen_before,
    )
    outbound = [line for line in lines if line.startswith("POST /status outbound")]
    assert outbound.count("POST /status outbound trying") == 2
    assert outbound.count("POST /status outbound ringing") == 2
    assert outbound.count("POST /status outbound in-progress") == 1
    inbound = [line for line in lines if line.startswith("POST /status inbound")]
    assert inbound == [
        "POST /status inbound trying",
        "POST /status inbound in-progress",
        "POST /status inbound completed",
    ]
    headers = {"Authorization": f"Bearer {ADMIN}"}
    calls_now = httpx.get(f"{base}/v1/Accounts/{account}/Calls", headers=headers).json()
    assert sorted((c["direction"], c["call_status"]) for c in calls_now) == [
        ("inbound", "completed"),
        ("outbound", "busy"),
        ("outbound", "completed"),
    ]
    assert call in {c["call_sid"] for c in calls_now}
    # the inbound call reached this run's number: 1, the run's number, 42
    (arrived,) = [c for c in calls_now if c["direction"] == "inbound"]
    assert re.fullmatch(rf"\+?1{run}42", arrived["to"]), arrived["to"]


def test_readme_calls_walkthrough_runs_twice(tmp_path: Path) -> None:
    walkthrough, app, calls = (
        block("walkthrough", "sh"),
        block("calls-app", "python"),
        block("calls-walkthrough", "sh"),
    )
    if app is None or calls is None:
        pytest.skip(
            "README.md has no calls-app / calls-walkthrough block "
            '(the "Test your voice app without a phone line" section) yet'
        )
    assert walkthrough is not None
    assert '("127.0.0.1", 8080)' in app and "127.0.0.1:8080" in calls
    port = free_port()
    # The only edits: the ports (test servers), and the admin token "pasted" in.
    voice_app, printed = start_app(app, port, tmp_path)
    try:
        with live_server(tmp_path, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
            script = walkthrough + "\n" + calls.replace("127.0.0.1:8080", f"127.0.0.1:{port}")
            script = as_pasted(script, base)
            started = time.time()
            run_calls(base, script, printed)
            after_a_new_second(started)
            run_calls(base, script, printed)
    finally:
        voice_app.terminate()
        voice_app.wait(timeout=10)
