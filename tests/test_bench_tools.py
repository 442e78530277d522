"""The benchmark harness's pure parts: wrk output parsing, the /proc readers, comparisons.

The benchmark itself (bench/run.py, `make bench`) is not run here: it takes minutes and
needs wrk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from bench import compare, run

# wrk 4.1.0's own report (with --latency) of a run against a server answering 404; the
# Socket errors line is what wrk adds when a connection fails.
WRK_TEXT = """\
Running 2s test @ http://127.0.0.1:3955/nope
  2 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    25.82ms   98.46ms 840.28ms   95.63%
    Req/Sec   472.85    333.98     1.15k    64.10%
  Latency Distribution
     50%  850.00us
     75%    8.54ms
     90%   18.59ms
     99%    1.20s
  1845 requests in 2.01s, 0.92MB read
  Socket errors: connect 1, read 2, write 3, timeout 4
  Non-2xx or 3xx responses: 1845
Requests/sec:    916.25
Transfer/sec:    465.37KB
"""

BENCH_JSON = {
    "requests": 30000,
    "duration_us": 15_000_000,
    "bytes": 123,
    "errors": {"connect": 0, "read": 1, "write": 0, "status": 7, "timeout": 2},
    "latency_us": {
        "min": 100,
        "mean": 900.5,
        "max": 40_000,
        "p50": 1500,
        "p75": 2000,
        "p90": 3000,
        "p99": 12_500,
        "p999": 30_000,
    },
}


@pytest.mark.parametrize(
    ("text", "ms"),
    [("850.00us", 0.85), ("1.23ms", 1.23), ("2.01s", 2010.0), ("1.50m", 90_000.0)],
)
def test_duration_ms_converts_wrk_units(text: str, ms: float) -> None:
    assert run.duration_ms(text) == pytest.approx(ms)


def test_duration_ms_rejects_other_text() -> None:
    with pytest.raises(ValueError):
        run.duration_ms("12 parsecs")


def test_parse_wrk_text_report() -> None:
    numbers = run.parse_wrk(WRK_TEXT)
    assert numbers["requests"] == 1845
    assert numbers["seconds"] == pytest.approx(2.01)
    assert numbers["rps"] == pytest.approx(916.25)
    assert numbers["p50_ms"] == pytest.approx(0.85)
    assert numbers["p90_ms"] == pytest.approx(18.59)
    assert numbers["p99_ms"] == pytest.approx(1200.0)
    assert numbers["max_ms"] == pytest.approx(840.28)
    assert numbers["status_errors"] == 1845
    assert numbers["socket_errors"] == 10


def test_parse_wrk_text_without_errors_counts_none() -> None:
    clean = "\n".join(
        line for line in WRK_TEXT.splitlines() if "errors" not in line and "Non-2xx" not in line
    )
    numbers = run.parse_wrk(clean)
    assert numbers["status_errors"] == 0
    assert numbers["socket_errors"] == 0
    assert numbers["requests"] == 1845


def test_parse_wrk_prefers_the_lua_json_line() -> None:
    output = WRK_TEXT + "BENCH_JSON " + json.dumps(BENCH_JSON) + "\n"
    numbers = run.parse_wrk(output)
    assert numbers["requests"] == 30000
    assert numbers["seconds"] == pytest.approx(15.0)
    assert numbers["rps"] == pytest.approx(2000.0)
    assert numbers["p50_ms"] == pytest.approx(1.5)
    assert numbers["p90_ms"] == pytest.approx(3.0)
    assert numbers["p99_ms"] == pytest.approx(12.5)
    assert numbers["max_ms"] == pytest.approx(40.0)
    assert numbers["status_errors"] == 7
    assert numbers["socket_errors"] == 3


def test_unexpected_counts_error_statuses_for_a_success_scenario() -> None:
    numbers = {"requests": 100, "status_errors": 7, "socket_errors": 3}
    assert run.unexpected(numbers, 200) == 10
    assert run.unexpected(numbers, 201) == 10


def test_unexpected_counts_successes_for_an_error_scenario() -> None:
    numbers = {"requests": 100, "status_errors": 95, "socket_errors": 1}
    assert run.unexpected(numbers, 401) == 6


def test_cpu_seconds_of_this_process_grows_with_work() -> None:
    before = run.cpu_seconds(os.getpid())
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    after = run.cpu_seconds(os.getpid())
    assert after - before >= 0.2


def test_peak_rss_reads_and_resets() -> None:
    pid = os.getpid()
    rss = run.status_kb(pid, "VmRSS")
    assert rss > 0
    block = b"x" * (96 * 1024 * 1024)
    peak = run.status_kb(pid, "VmHWM")
    assert peak >= 96 * 1024
    del block
    if not run.reset_peak_rss(pid):
        pytest.skip("this kernel does not allow resetting VmHWM")
    assert run.status_kb(pid, "VmHWM") < peak - 64 * 1024
    assert run.status_kb(pid, "NoSuchField") == 0


def test_process_tree_includes_children() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert run.parent_pid(child.pid) == os.getpid()
        tree = run.process_tree(os.getpid())
        assert tree[0] == os.getpid()
        assert child.pid in tree
    finally:
        child.kill()
        child.wait()


def test_usage_measures_cpu_and_peak_of_a_tree() -> None:
    usage = run.Usage(os.getpid())
    usage.start()
    deadline = time.process_time() + 0.2
    while time.process_time() < deadline:
        pass
    measured = usage.stop()
    assert measured["cpu_s"] >= 0.1
    assert measured["peak_rss_mb"] > 0
    assert [p["pid"] for p in measured["processes"]] == [os.getpid()]


def test_format_row_shows_numbers_and_skips() -> None:
    row = {
        "scenario": "app_get_admin",
        "store": "sqlite",
        "workers": 2,
        "rps": 7212.4,
        "p50_ms": 6.123,
        "p99_ms": 20.0,
        "errors": 0,
        "cpu_s": 28.04,
        "cpu_ms_per_request": 0.2591,
        "peak_rss_mb": 210.0,
        "vs_jambonz_rps": 2.003,
    }
    line = run.format_row(row)
    assert line.split() == [
        "app_get_admin",
        "sqlite",
        "2",
        "7212",
        "6.12",
        "20.00",
        "0",
        "28.0",
        "0.26",
        "210",
        "2.00",
    ]
    skipped = run.format_row({**row, "skipped": "precheck answered 500"})
    assert "SKIPPED: precheck answered 500" in skipped


def test_duration_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCH_DURATION", "5")
    assert run.parse_args([]).duration == 5
    assert run.parse_args(["--duration", "7"]).duration == 7
    with pytest.raises(SystemExit):
        run.parse_args(["--scenarios", "nonsense"])


def test_precheck_bodies_are_unique_application_names() -> None:
    fixture = {"hook_base": "http://127.0.0.1:1", "account_sid": "a"}
    create = next(s for s in run.SCENARIOS if s.name == "app_create")
    first = json.loads(run.precheck_body(create, fixture) or b"")
    second = json.loads(run.precheck_body(create, fixture) or b"")
    assert first["name"] != second["name"]
    assert first["call_hook"]["url"] == "http://127.0.0.1:1/call"
    get = next(s for s in run.SCENARIOS if s.name == "app_get_admin")
    assert run.precheck_body(get, fixture) is None


def _report(*rows: dict) -> dict:
    return {"machine": {"git_commit": "abc"}, "results": list(rows)}


def _row(scenario: str, store: str, workers: int, rps: float, p50: float, p99: float) -> dict:
    return {
        "scenario": scenario,
        "store": store,
        "workers": workers,
        "rps": rps,
        "p50_ms": p50,
        "p99_ms": p99,
        "cpu_ms_per_request": 1.0,
    }


def test_compare_gives_b_over_a_for_matching_rows() -> None:
    a = _report(
        _row("app_get_admin", "sqlite", 1, 1000, 10.0, 40.0),
        _row("app_get_admin", "sqlite", 2, 1500, 8.0, 30.0),
        _row("no_token", "sqlite", 1, 4000, 2.0, 9.0),
    )
    b = _report(
        _row("app_get_admin", "sqlite", 1, 2500, 4.0, 20.0),
        _row("app_get_admin", "postgresql", 1, 900, 9.0, 30.0),
        {**_row("no_token", "sqlite", 1, 0, 0, 0), "skipped": "precheck answered 500"},
    )
    entries = compare.compare(a, b)
    assert [(e["scenario"], e["store"], e["workers"]) for e in entries] == [
        ("app_get_admin", "sqlite", 1)
    ]
    entry = entries[0]
    assert entry["rps"] == pytest.approx(2.5)
    assert entry["p50_ms"] == pytest.approx(0.4)
    assert entry["p99_ms"] == pytest.approx(0.5)
    assert entry["cpu_ms_per_request"] == pytest.approx(1.0)
    text = compare.render(entries)
    assert "2.500" in text
    assert "geometric mean: req/s B/A 2.500" in text


def test_compare_ratio_of_missing_or_zero_is_none() -> None:
    a = _report({**_row("x", "sqlite", 1, 0, 1.0, 2.0), "cpu_ms_per_request": None})
    b = _report(_row("x", "sqlite", 1, 10, 2.0, 2.0))
    (entry,) = compare.compare(a, b)
    assert entry["rps"] is None
    assert entry["p50_ms"] == pytest.approx(2.0)
    assert entry["cpu_ms_per_request"] is None
    assert compare.geometric_mean([None, 4.0, 1.0]) == pytest.approx(2.0)
    assert compare.geometric_mean([None]) is None


def test_compare_main_reads_files(tmp_path, capsys) -> None:
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps(_report(_row("no_token", "sqlite", 1, 100, 1.0, 2.0))))
    b.write_text(json.dumps(_report(_row("no_token", "sqlite", 1, 300, 0.5, 1.0))))
    assert compare.main([str(a), str(b)]) == 0
    assert "3.000" in capsys.readouterr().out
    assert compare.main([str(a)]) == 2
    b.write_text(json.dumps(_report(_row("other", "sqlite", 1, 300, 0.5, 1.0))))
    assert compare.main([str(a), str(b)]) == 1


async def test_the_seed_is_read_by_a_server_on_its_database(tmp_path) -> None:
    """The seed seals what it writes (the accounts' webhook secrets) with the key a server
    on the same database then opens them with."""
    from bench.seed import Size, seed
    from tests.conftest import app_api

    url = f"sqlite:///{tmp_path}/seeded.db"
    size = Size(service_providers=1, accounts=2, applications=2, phone_numbers=2)
    fixture = seed(url, hook_base="http://127.0.0.1:9", size=size)
    async with app_api(url) as api:
        account = fixture["account_sid"]
        got = await api.get(f"/v1/Accounts/{account}/WebhookSecret")
        assert got.status_code == 200, got.text
        assert got.json()["webhook_secret"].startswith("wh_secret_")
        listed = await api.get("/v1/Accounts", token=fixture["admin_token"])
        assert len(listed.json()) == 2
