"""The README's curl walkthrough works exactly as written against a live server, again and
again on the same server, and shows the server's error when a step fails."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import httpx
import yaml

from tests.live import live_server

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SPEC = ROOT / "generated" / "openapi.yaml"
ADMIN = "0d9c1f57-3b8e-4d0a-9f6e-5a2c7b1e4d33"
SID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def walkthrough(name: str = "walkthrough") -> str:
    text = README.read_text()
    block = re.search(rf"<!-- {name}:start -->\n```sh\n(.*?)```\n<!-- {name}:end -->", text, re.S)
    assert block, f"README has no {name} block"
    return block.group(1)


def as_pasted(script: str, base: str, admin: str = ADMIN) -> str:
    """The only edits a walkthrough gets: the test server's URL and the admin token pasted in."""
    assert "export JAMBONZ=http://127.0.0.1:3000/v1" in script
    assert "export ADMIN=paste-the-admin-token-here" in script
    script = script.replace("http://127.0.0.1:3000/v1", f"{base}/v1")
    return script.replace("paste-the-admin-token-here", admin)


def after_a_new_second(started: float) -> None:
    """Wait until the wall clock has left the second `started` falls in.

    The walkthrough's `RUN` is the second it starts (`date +%s`): a person cannot paste it
    twice within one second, but a script can, so a second run waits for the next one.
    """
    time.sleep(max(0.0, int(started) + 1.05 - time.time()))


def run_number(stdout: str) -> str:
    """The `RUN` a script echoed as `RUN=<digits>`: the time it started, in seconds."""
    found = re.search(r"^RUN=(\d+)$", stdout, re.M)
    assert found, stdout
    run = found.group(1)
    assert abs(int(run) - time.time()) < 600, run
    return run


def run_walkthrough(base: str) -> dict[str, str | dict]:
    """Run the walkthrough and its routing part in a fresh shell; what they printed."""
    script = as_pasted(walkthrough(), base)
    script += '\necho "RUN=$RUN"\necho "SP=$SP"\necho "ACCOUNT_TOKEN=$ACCOUNT_TOKEN"\n'
    script += 'echo "APP=$APP"\necho "=== routing"\n' + walkthrough("routing-walkthrough")
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr
    first, routing = done.stdout.split("=== routing\n")
    found = dict(re.findall(r"^(SP|ACCOUNT_TOKEN|APP)=(\S+)$", first, re.M))
    return {
        "run": run_number(first),
        "shown": json.loads(first[: first.rindex("}") + 1]),
        "number": json.loads(routing),
        **found,
    }


def test_readme_walkthrough_runs_twice_on_one_server(tmp_path: Path) -> None:
    with live_server(tmp_path, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
        started = time.time()
        first = run_walkthrough(base)
        after_a_new_second(started)
        second = run_walkthrough(base)
        headers = {"Authorization": f"Bearer {ADMIN}"}
        for done in (first, second):
            run = done["run"]
            # step 5: the account key sees its application with its hooks
            shown = done["shown"]
            assert shown["application_sid"] == done["APP"]
            assert shown["name"] == "hello-world"
            assert shown["call_hook"]["url"] == "https://app.example.com/call"
            assert shown["call_hook"]["method"] == "POST"
            # step 8: the number is +1, the run's number and 23, stored without the +
            number = done["number"]
            assert number["number"] == f"1{run}23"
            assert len(number["number"]) <= 15  # E.164
            assert number["application_sid"] == done["APP"]
            assert re.fullmatch(SID, number["voip_carrier_sid"])
            provider = httpx.get(f"{base}/v1/ServiceProviders/{done['SP']}", headers=headers)
            assert provider.json()["name"] == f"acme-telecom-{run}"
        # two runs, two sets of names and numbers, all of them kept
        assert first["run"] != second["run"]
        assert first["SP"] != second["SP"]
        numbers = httpx.get(f"{base}/v1/PhoneNumbers", headers=headers).json()
        assert sorted(n["number"] for n in numbers) == sorted(
            [f"1{first['run']}23", f"1{second['run']}23"]
        )
        providers = httpx.get(f"{base}/v1/ServiceProviders", headers=headers).json()
        names = {p["name"] for p in providers}
        assert {f"acme-telecom-{first['run']}", f"acme-telecom-{second['run']}"} <= names
        # the README's example of an error: the account key may not add a service provider
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
                f"Authorization: Bearer {second['ACCOUNT_TOKEN']}",
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


def test_readme_walkthrough_shows_the_servers_error(tmp_path: Path) -> None:
    with live_server(tmp_path, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _log):
        wrong = "5e0b2c8a-0000-4000-8000-000000000000"
        answer = httpx.post(
            f"{base}/v1/ServiceProviders",
            headers={"Authorization": f"Bearer {wrong}"},
            json={"name": "acme-telecom"},
        )
        assert answer.status_code == 401
        msg = answer.json()["msg"]
        script = as_pasted(walkthrough(), base, admin=wrong)
        # Pasted into an interactive shell (no `set -e`): every step runs, none silently.
        pasted = subprocess.run(
            ["bash", "-c", script + '\nstatus=$?\necho "SP=[$SP]"\nexit $status\n'],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert pasted.returncode != 0
        assert "SP=[]" in pasted.stdout
        step1 = pasted.stderr.splitlines()[:2]
        assert step1 == [
            "curl: (22) The requested URL returned error: 401",
            f"jq: error (at <stdin>:0): {msg}",
        ], pasted.stderr
        # In a script (`set -e`) the first failing step stops it, with the same words.
        stopped = subprocess.run(
            ["bash", "-eu", "-c", script + '\necho "not reached"\n'],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert stopped.returncode != 0
        assert stopped.stdout == ""
        assert stopped.stderr.splitlines() == step1
        # The same run number twice (two runs in one second): the duplicate is seen too.
        first = subprocess.run(
            ["bash", "-eu", "-c", as_pasted(walkthrough(), base) + '\necho "RUN=$RUN"\n'],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert first.returncode == 0, first.stdout + first.stderr
        run = run_number(first.stdout)
        again = as_pasted(walkthrough(), base).replace("RUN=$(date +%s)", f"RUN={run}")
        assert f"RUN={run}" in again
        duplicate = subprocess.run(
            ["bash", "-eu", "-c", again], capture_output=True, text=True, timeout=60
        )
        assert duplicate.returncode != 0
        assert duplicate.stderr.splitlines() == [
            "curl: (22) The requested URL returned error: 422",
            "jq: error (at <stdin>:0): duplicate value: another row already has the same name",
        ]


def created_names() -> set[str]:
    """The names the README's shell blocks give what they create (`"name": "..."` in a
    request body; a name ending in `-$RUN` by the part before it)."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), re.S)
    names = set()
    for text in blocks:
        names |= set(re.findall(r'\\"name\\": \\"([\w.-]+?)(?:-\$RUN)?\\"', text))
        names |= set(re.findall(r"'\{\"name\": \"([\w.-]+)\"", text))
    return names


def example_names(node: object, inside: bool = False) -> set[str]:
    """Every name an example of the contract gives (a `name`, `provider` or `carrier`
    field of an example body, or a string example such as a path parameter's)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "value") and isinstance(value, str):
                found.add(value)
            if inside and key in ("name", "provider", "carrier") and isinstance(value, str):
                found.add(value)
            found |= example_names(value, inside or key in ("example", "examples"))
    elif isinstance(node, list):
        for value in node:
            found |= example_names(value, inside)
    return found


def test_contract_examples_leave_the_walkthrough_names_alone() -> None:
    """Swagger UI's "Try it out" sends the contract's examples: one that took the name of
    something the walkthrough makes (a service provider's is unique on the platform)
    would turn one or the other into a 422, or make two carriers answer to one name."""
    names = created_names()
    assert {"acme-telecom", "acme-main", "hello-world", "acme-trunk", "acme-sms"} <= names
    examples = example_names(yaml.safe_load(SPEC.read_text()))
    assert {"ivr-main", "twilio-trunk", "Telnyx"} <= examples
    assert names & examples == set()
