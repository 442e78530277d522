"""The README's SMS walkthroughs work exactly as written against a live server.

They continue the main curl walkthrough (its variables `$JAMBONZ`, `$ADMIN`, `$ACCOUNT`,
`$APP`, `$ACCOUNT_TOKEN` and `auth()`), so the main block runs first, in the same shell.
The only edits are environmental: the test server's port, the admin token "pasted" in,
a free port for the demo peer (`tools/sms_demo.py`, README: 3100) and the virtualenv's
python by its absolute path (the script runs in a scratch directory, where the demo's log
is written).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live import free_port, live_server

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
ADMIN = "6c1d0e57-2b8e-4d0a-9f6e-5a2c7b1e4d77"
MARK = "__SMS_WALKTHROUGH__"


def block(text: str, name: str) -> str | None:
    found = re.search(rf"<!-- {name}:start -->\n```sh\n(.*?)```\n<!-- {name}:end -->", text, re.S)
    return found.group(1) if found else None


def run_walkthroughs(text: str, workdir: Path) -> list[str]:
    """Run the main walkthrough, then the SMS ones; the SMS blocks' output lines."""
    main = block(text, "walkthrough")
    messages = block(text, "messages-walkthrough")
    assert main and messages
    provider = block(text, "sms-provider-walkthrough") or ""
    demo_port = str(free_port())
    with live_server(workdir, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
        script = "\n".join([main, f"echo {MARK}", messages, provider])
        script = script.replace("http://127.0.0.1:3000/v1", f"{base}/v1")
        script = script.replace("paste-the-admin-token-here", ADMIN)
        script = script.replace("127.0.0.1:3100", f"127.0.0.1:{demo_port}")
        script = script.replace("--port 3100", f"--port {demo_port}")
        script = script.replace(".venv/bin/python", str(Path(sys.executable)))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=workdir,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=120)
        finally:
            # The demo peer, if the script stopped before `kill $DEMO`.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        assert proc.returncode == 0, out + err
    return out.split(f"{MARK}\n", 1)[1].splitlines()


def check_messages_output(lines: list[str]) -> list[str]:
    """The messages walkthrough's lines; returns what follows them."""
    delivered, status, error, reply, seen, action, *rest = lines
    assert json.loads(delivered) == {
        "status": "delivered",
        "carrier": "simulator",
        "history": ["queued", "sent", "delivered"],
    }
    assert status == "480"
    assert error == (
        "provider simulator refused the message: 15005550001 is unreachable (simulated refusal)"
    )
    assert json.loads(reply) == {
        "direction": "outbound",
        "from": "15085550143",
        "to": "15085550100",
        "text": "You said: hello",
    }
    assert json.loads(seen) == {
        "from": "15085550100",
        "to": "15085550143",
        "text": "hello",
        "carrier": "simulator",
    }
    assert json.loads(action) == {"message_status": "success", "carrier": "simulator"}
    return rest


def check_provider_output(lines: list[str]) -> None:
    response, stored, sent, replied = lines
    assert json.loads(response) == {"carrier_message_id": "demo-1", "status": "accepted"}
    assert json.loads(stored) == {
        "carrier": "acme-sms",
        "carrier_message_id": "demo-1",
        "status": "delivered",
    }
    assert json.loads(sent) == {"from": "15085550143", "to": "15085550199", "text": "via acme"}
    assert json.loads(replied) == {
        "from": "15085550143",
        "to": "15085550100",
        "text": "You said: hi from acme",
    }


def test_readme_sms_walkthroughs(tmp_path: Path) -> None:
    text = README.read_text()
    if block(text, "messages-walkthrough") is None:
        pytest.skip("README.md has no messages-walkthrough block yet (SMS section not merged)")
    assert block(text, "sms-provider-walkthrough"), "README has no sms-provider-walkthrough block"
    rest = check_messages_output(run_walkthroughs(text, tmp_path))
    check_provider_output(rest)
