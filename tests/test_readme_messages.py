"""The README's SMS walkthroughs work exactly as written against a live server, twice on
the same server.

They continue the main curl walkthrough (its variables `$JAMBONZ`, `$ADMIN`, `$ACCOUNT`,
`$APP`, `$ACCOUNT_TOKEN`, `$RUN` and `auth()`), so the main block runs first, in the same
shell. The only edits are environmental: the test server's port, the admin token "pasted"
in, a free port for the demo peer (`tools/sms_demo.py`, README: 3100) and the virtualenv's
python by its absolute path (the script runs in a scratch directory, which the demo must
leave as it found it: its log goes to a temporary file, removed at the end).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.live import free_port, live_server
from tests.test_readme import after_a_new_second, as_pasted, run_number

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
ADMIN = "6c1d0e57-2b8e-4d0a-9f6e-5a2c7b1e4d77"
MARK = "__SMS_WALKTHROUGH__"
DONE = "__SMS_WALKTHROUGH_DONE__"


def block(text: str, name: str) -> str | None:
    found = re.search(rf"<!-- {name}:start -->\n```sh\n(.*?)```\n<!-- {name}:end -->", text, re.S)
    return found.group(1) if found else None


def run_walkthroughs(text: str, base: str, demo_port: int, workdir: Path) -> tuple[list, dict]:
    """Run the main walkthrough, then the SMS ones, in a fresh shell; the SMS blocks' output
    lines, and the variables the shell ended with."""
    main = block(text, "walkthrough")
    messages = block(text, "messages-walkthrough")
    assert main and messages
    provider = block(text, "sms-provider-walkthrough") or ""
    script = "\n".join([main, f"echo {MARK}", messages, provider, f"echo {DONE}", ""])
    script += 'echo "RUN=$RUN"\necho "ACCOUNT=$ACCOUNT"\necho "ACCOUNT_TOKEN=$ACCOUNT_TOKEN"\n'
    script += 'echo "SMS_LOG=$SMS_LOG"\n'
    script = as_pasted(script, base, admin=ADMIN)
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
        # The demo peer, if the script stopped before `kill $SMS_DEMO`.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
    assert proc.returncode == 0, out + err
    # Nothing failed, so only the demo spoke on stderr ("sms demo listening on ..."), and
    # perhaps bash, reporting the demo's end after `kill $SMS_DEMO` ("... Terminated ...").
    quiet = ("sms demo listening", "Terminated")
    assert all(any(w in line for w in quiet) for line in err.splitlines()), err
    printed, ended = out.split(f"{MARK}\n", 1)[1].split(f"{DONE}\n")
    variables = dict(re.findall(r"^(\w+)=(\S*)$", ended, re.M))
    variables["RUN"] = run_number(ended)
    return printed.splitlines(), variables


def check_messages_output(lines: list[str], run: str) -> list[str]:
    """The messages walkthrough's lines; returns what follows them."""
    delivered, status, error, reply, seen, action, *rest = lines
    number = f"1{run}43"  # the number of step 4: 1, the run's number, 43
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
        "from": number,
        "to": "15085550100",
        "text": "You said: hello",
    }
    assert json.loads(seen) == {
        "from": "15085550100",
        "to": number,
        "text": "hello",
        "carrier": "simulator",
    }
    assert json.loads(action) == {"message_status": "success", "carrier": "simulator"}
    return rest


def check_provider_output(lines: list[str], run: str) -> None:
    number = f"1{run}43"
    response, stored, sent, replied = lines
    assert json.loads(response) == {"carrier_message_id": "demo-1", "status": "accepted"}
    assert json.loads(stored) == {
        "carrier": "acme-sms",
        "carrier_message_id": "demo-1",
        "status": "delivered",
    }
    assert json.loads(sent) == {"from": number, "to": "15085550199", "text": "via acme"}
    assert json.loads(replied) == {
        "from": number,
        "to": "15085550100",
        "text": "You said: hi from acme",
    }


def check_cleaned_up(base: str, variables: dict[str, str], workdir: Path) -> None:
    """The provider walkthrough left nothing behind: no log, no acme-sms carrier, and the
    account's next SMS goes through the simulator again (not a 480 from the stopped demo)."""
    assert variables["SMS_LOG"]
    assert not Path(variables["SMS_LOG"]).exists()
    assert not (workdir / "sms-demo.log").exists()
    admin = {"Authorization": f"Bearer {ADMIN}"}
    carriers = httpx.get(f"{base}/v1/VoipCarriers", headers=admin).json()
    assert [c for c in carriers if c["name"] == "acme-sms"] == []
    sent = httpx.post(
        f"{base}/v1/Accounts/{variables['ACCOUNT']}/Messages",
        headers={"Authorization": f"Bearer {variables['ACCOUNT_TOKEN']}"},
        json={"from": f"+1{variables['RUN']}43", "to": "+15085550199", "text": "afterwards"},
    )
    assert sent.status_code == 201, sent.text
    assert sent.json()["providerResponse"]


def test_readme_sms_walkthroughs_run_twice(tmp_path: Path) -> None:
    text = README.read_text()
    if block(text, "messages-walkthrough") is None:
        pytest.skip("README.md has no messages-walkthrough block yet (SMS section not merged)")
    assert block(text, "sms-provider-walkthrough"), "README has no sms-provider-walkthrough block"
    demo_port = free_port()
    with live_server(tmp_path, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
        started = time.time()
        runs = []
        for attempt in range(2):
            if attempt:
                after_a_new_second(started)
            lines, variables = run_walkthroughs(text, base, demo_port, tmp_path)
            rest = check_messages_output(lines, variables["RUN"])
            check_provider_output(rest, variables["RUN"])
            check_cleaned_up(base, variables, tmp_path)
            runs.append(variables)
        assert runs[0]["RUN"] != runs[1]["RUN"]
        assert runs[0]["ACCOUNT"] != runs[1]["ACCOUNT"]
    # the scratch directory holds only what the server itself wrote
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("jambonz")) == [
        "server.log"
    ]
