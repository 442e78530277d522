"""The README's curl walkthrough works exactly as written against a live server."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests.live import live_server

README = Path(__file__).resolve().parent.parent / "README.md"
ADMIN = "0d9c1f57-3b8e-4d0a-9f6e-5a2c7b1e4d33"


def walkthrough(name: str = "walkthrough") -> str:
    text = README.read_text()
    block = re.search(rf"<!-- {name}:start -->\n```sh\n(.*?)```\n<!-- {name}:end -->", text, re.S)
    assert block, f"README has no {name} block"
    return block.group(1)


def test_readme_walkthrough(tmp_path: Path) -> None:
    script = walkthrough()
    assert "export JAMBONZ=http://127.0.0.1:3000/v1" in script
    assert "export ADMIN=paste-the-admin-token-here" in script
    with live_server(tmp_path, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
        # The only edits: the test server's port, and the admin token "pasted" in.
        script = script.replace("http://127.0.0.1:3000/v1", f"{base}/v1")
        script = script.replace("paste-the-admin-token-here", ADMIN)
        script += '\necho "ACCOUNT_TOKEN=$ACCOUNT_TOKEN"\necho "APP=$APP"\n'
        script += 'echo "=== routing"\n' + walkthrough("routing-walkthrough")
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stdout + done.stderr
        first, routing = done.stdout.split("=== routing\n")
        shown = json.loads(first[: first.rindex("}") + 1])
        number = json.loads(routing)
        app_sid = re.search(r"APP=(\S+)", first).group(1)
        assert number["number"] == "15085550123"
        assert number["application_sid"] == app_sid
        assert re.fullmatch(r"[0-9a-f-]{36}", number["voip_carrier_sid"])
        assert shown["name"] == "hello-world"
        assert shown["call_hook"]["url"] == "https://app.example.com/call"
        assert shown["call_hook"]["method"] == "POST"
        token = re.search(r"ACCOUNT_TOKEN=(\S+)", first).group(1)
        refused = subprocess.run(
            [
                "curl",
                "-s",
                "-w",
                "\n%{http_code}",
                "-X",
                "POST",
                f"{base}/v1/ServiceProviders",
                "-H",
                f"Authorization: Bearer {token}",
                "-H",
                "Content-Type: application/json",
                "-d",
                '{"name": "mine"}',
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        body, status = refused.stdout.rsplit("\n", 1)
        assert status == "403"
        assert json.loads(body) == {"msg": "only admin users can add a service provider"}
