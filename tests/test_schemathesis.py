"""Schemathesis against a live server: every operation, every check, 0 failures.

The server runs as a real `jambonz-api serve` process (uvicorn, response validation on)
on a fresh database; the Schemathesis CLI drives it with the admin token and `--checks
all`, including negative-data rejection, ignored auth and the stateful phase that follows
the contract's OpenAPI links. The test also checks that authenticated requests really
reached the handlers (a run that only ever saw 401s would pass every check vacuously).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import database_on
from tests.live import live_server

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ADMIN_TOKEN = "9b0c5a57-6c1e-4a53-9c5e-3f0f0a1f3a11"
MAX_EXAMPLES = os.environ.get("JAMBONZ_SCHEMATHESIS_EXAMPLES", "25")


# SQLite and PostgreSQL here; MySQL in tests/test_schemathesis_mysql.py, a module of its
# own so that another xdist worker runs it at the same time.
@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    yield from database_on(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def live(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("server")
    env = {
        "JAMBONZ_DATABASE_URL": database_url,
        "JAMBONZ_ADMIN_TOKEN": ADMIN_TOKEN,
        "JAMBONZ_VALIDATE_RESPONSES": "1",
        # Fuzzed sign-ins all fail: answer them without the wait that slows guessing.
        "JAMBONZ_LOGIN_FAILURE_DELAY": "0",
    }
    with live_server(workdir, **env) as (base, _log):
        yield base


def test_schemathesis_all_checks(live: str, tmp_path: Path) -> None:
    report = tmp_path / "report.har"
    cmd = [
        str(BIN / "schemathesis"),
        "run",
        f"{live}/v1/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {ADMIN_TOKEN}",
        "--max-examples",
        MAX_EXAMPLES,
        "--seed",
        "20261128",
        # One worker: concurrent workers hit a CPython 3.11 `ast.parse` race in
        # Schemathesis ("AST constructor recursion depth mismatch").
        "--workers",
        "1",
        "--report",
        "har",
        "--report-har-path",
        str(report),
        "--no-color",
    ]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    output = result.stdout + result.stderr
    print(output[-6000:])
    assert result.returncode == 0, output[-12000:]

    entries = json.loads(report.read_text())["log"]["entries"]
    statuses = Counter(entry["response"]["status"] for entry in entries)
    print("status codes seen:", dict(sorted(statuses.items())))
    assert not any(code >= 500 for code in statuses), statuses
    # Authenticated requests reached the handlers: successes, and domain-level refusals.
    assert statuses[200] > 0 and statuses[201] > 0 and statuses[204] > 0, statuses
    assert statuses[404] > 0 and statuses[400] > 0 and statuses[401] > 0, statuses
    reached = sum(n for code, n in statuses.items() if code != 401)
    assert reached > statuses[401], statuses
