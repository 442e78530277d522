"""The hostile-input probe (bench/probe.py) on a real server: every operation of the
contract sent hostile input, with no 5xx, no hang, no cross-tenant answer, no long echo,
and a JSON `msg` on every refusal; and the probe's own judging, so that a regression it
should catch would be caught."""

from __future__ import annotations

import json
from pathlib import Path

from bench.probe import Probe, Tally, Tenant, judge, load_contract, operations, serve_and_probe

THEIRS = Tenant("sp-b", "acct-b", "token-b", "app-b", "client-b")


def test_the_probe_judges_what_is_unsafe() -> None:
    tally = Tally()
    probe = Probe("path:other-tenant", "GET", "/v1/Accounts/acct-b")
    judge(probe, 500, b"Internal Server Error", THEIRS, tally)
    judge(probe, 200, json.dumps({"account_sid": "acct-b"}).encode(), THEIRS, tally)
    judge(probe, 404, b'{"msg": "account not found"}', THEIRS, tally)
    judge(probe, 400, b"plain text", THEIRS, tally)
    big = Probe("body:3mb-string", "POST", "/v1/Accounts", body=b"x" * 10_000)
    judge(big, 400, json.dumps({"msg": "x" * 5000}).encode(), THEIRS, tally)
    assert (tally.server_errors, tally.leaks, tally.echoes) == (1, 1, 1)
    assert (tally.helpful_4xx, tally.unhelpful_4xx, tally.probes) == (2, 1, 5)
    assert len(tally.unsafe) == 3


def test_every_operation_is_probed() -> None:
    ops = operations(load_contract())
    assert len(ops) == 187
    with_bodies = [op for op in ops if op.body_properties is not None]
    assert with_bodies and all(op.method in {"POST", "PUT", "PATCH"} for op in with_bodies)


def test_hostile_input_on_sqlite(tmp_path: Path) -> None:
    figures = serve_and_probe("sqlite", tmp_path).summary()
    assert figures["probes"] > 3000, figures
    assert figures["unsafe"] == [], figures["unsafe"]
    assert (figures["5xx"], figures["hangs"], figures["cross_tenant_leaks"]) == (0, 0, 0)
    assert figures["long_echoes"] == 0 and figures["unhelpful_4xx"] == 0
    assert figures["by_status"]["4xx"] == figures["helpful_4xx"] > 3000
