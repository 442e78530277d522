"""The benchmark: seed a database, serve it, load each scenario with wrk, print a table.

    .venv/bin/python bench/run.py [--duration 15] [--stores sqlite,postgresql,mysql] [--workers 1,2]

For each store and worker count: a fresh database seeded by `bench/seed.py`, then
`jambonz-api serve --workers N` with the settings `make run` uses (only the database URL,
the port and a fast call simulator are set), then for each scenario a short unmeasured
warm-up and a measured `wrk -t2 -c50 -d<duration>s --latency`. The server's CPU seconds
(parent and workers, from /proc) and the sum of their peak RSS (VmHWM, reset before each
scenario) are measured around the wrk run. Results go to `bench/results/<timestamp>.json`;
`bench/compare.py` compares two of them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LUA = BENCH / "lua"
RESULTS = BENCH / "results"
BENCH_REDIS_URL = "redis://127.0.0.1:6379/8"  # the benches' Redis database
VENV_BIN = ROOT / ".venv" / "bin"
PG_ADMIN = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
# The MySQL (or MariaDB) server of the `mysql` column: its administrator, no database.
MYSQL_ADMIN = os.environ.get("BENCH_MYSQL", "mysql://root@127.0.0.1:3306")
STORES = ("sqlite", "postgresql", "mysql")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Scenario:
    """One row of the table. `path` and `body` placeholders come from the seed fixture."""

    name: str
    title: str
    method: str
    path: str
    token: str | None  # fixture key of the bearer token, None for no token
    script: str
    expect: int
    # The jambonz api-server's figures from issue 8 (median req/s, p50 ms, p99 ms).
    jambonz: tuple[float, float, float] | None = None


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "no_token",
        "any request without a token (401)",
        "GET",
        "/v1/Applications",
        None,
        "get.lua",
        401,
        (11_000, 3.6, 13),
    ),
    Scenario(
        "app_get_admin",
        "GET /v1/Applications/{sid}, admin key",
        "GET",
        "/v1/Applications/{application_sid}",
        "admin_token",
        "get.lua",
        200,
        (3_600, 12.9, 37),
    ),
    Scenario(
        "app_get_account",
        "GET /v1/Applications/{sid}, account key",
        "GET",
        "/v1/Applications/{application_sid}",
        "account_token",
        "get.lua",
        200,
        (3_800, 11.9, 31),
    ),
    Scenario(
        "accounts_list_admin",
        "GET /v1/Accounts, admin key (all 1,000 accounts)",
        "GET",
        "/v1/Accounts",
        "admin_token",
        "get.lua",
        200,
        (3_600, 13.0, 41),
    ),
    Scenario(
        "accounts_list_account",
        "GET /v1/Accounts, account key (1 account)",
        "GET",
        "/v1/Accounts",
        "account_token",
        "get.lua",
        200,
    ),
    Scenario(
        "calls_list",
        "GET /v1/Accounts/{sid}/Calls, account key (20 recent calls)",
        "GET",
        "/v1/Accounts/{account_sid}/Calls",
        "account_token",
        "get.lua",
        200,
    ),
    Scenario(
        "app_create",
        "POST /v1/Applications (2 hooks each), admin key",
        "POST",
        "/v1/Applications",
        "admin_token",
        "post_application.lua",
        201,
        (2_100, 23.0, 53),
    ),
    Scenario(
        "call_create",
        "POST /v1/Accounts/{sid}/Calls (call_hook answers hangup), admin key",
        "POST",
        "/v1/Accounts/{calls_account_sid}/Calls",
        "admin_token",
        "post_call.lua",
        201,
    ),
)


# --- pure helpers: wrk output, /proc ------------------------------------------------------

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = re.compile(r"^\s*([\d.]+)\s*(us|ms|s|m|h)\s*$")


def duration_ms(text: str) -> float:
    """wrk's formatted time (`850.00us`, `1.23ms`, `2.01s`) in milliseconds."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse_wrk(output: str) -> dict[str, Any]:
    """Numbers from wrk's output: the BENCH_JSON line of our Lua `done()` when present,
    otherwise wrk's own text report (run with --latency).

    Returns requests, seconds, rps, p50_ms, p90_ms, p99_ms (None when unknown),
    status_errors (responses >= 400) and socket_errors (connect+read+write+timeout).
    """
    for line in output.splitlines():
        if line.startswith("BENCH_JSON "):
            data = json.loads(line[len("BENCH_JSON ") :])
            lat = data["latency_us"]
            err = data["errors"]
            seconds = data["duration_us"] / 1e6
            return {
                "requests": data["requests"],
                "seconds": seconds,
                "rps": data["requests"] / seconds if seconds else 0.0,
                "p50_ms": lat["p50"] / 1000,
                "p90_ms": lat["p90"] / 1000,
                "p99_ms": lat["p99"] / 1000,
                "max_ms": lat["max"] / 1000,
                "status_errors": err["status"],
                "socket_errors": err["connect"] + err["read"] + err["write"] + err["timeout"],
            }
    return _parse_wrk_text(output)


def _parse_wrk_text(output: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "requests": 0,
        "seconds": 0.0,
        "rps": 0.0,
        "p50_ms": None,
        "p90_ms": None,
        "p99_ms": None,
        "max_ms": None,
        "status_errors": 0,
        "socket_errors": 0,
    }
    if match := re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)", output):
        result["requests"] = int(match.group(1))
        result["seconds"] = duration_ms(match.group(2) + match.group(3)) / 1000
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rps"] = float(match.group(1))
    for pct, key in (("50", "p50_ms"), ("90", "p90_ms"), ("99", "p99_ms")):
        if match := re.search(rf"^\s*{pct}(?:\.000)?%\s+(\S+)", output, re.MULTILINE):
            result[key] = duration_ms(match.group(1))
    if match := re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", output):
        result["max_ms"] = duration_ms(match.group(1))
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["status_errors"] = int(match.group(1))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        result["socket_errors"] = sum(int(g) for g in match.groups())
    return result


def unexpected(numbers: dict[str, Any], expect: int) -> int:
    """Requests that did not get the scenario's kind of answer, plus socket errors.

    wrk counts responses >= 400 as status errors; for a scenario that expects an error
    status (401) it is the other responses that are unexpected.
    """
    status = numbers["status_errors"]
    wrong = status if expect < 400 else max(0, numbers["requests"] - status)
    return wrong + numbers["socket_errors"]


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (/proc/<pid>/stat utime, stime)."""
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    # fields[0] is field 3 (state): utime is field 14, stime field 15.
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def parent_pid(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
        return int(fh.read().rsplit(")", 1)[1].split()[1])


def status_kb(pid: int, field: str) -> int:
    """A `kB` field (VmHWM, VmRSS) of /proc/<pid>/status; 0 when absent."""
    with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_peak_rss(pid: int) -> bool:
    """Reset VmHWM to the current RSS (`echo 5 > /proc/<pid>/clear_refs`, Linux >= 4.0)."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def process_tree(root: int) -> list[int]:
    """`root` and all its living descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with suppress(OSError, ValueError, IndexError):
                children.setdefault(parent_pid(int(entry)), []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def tree_cpu_seconds(root: int) -> float:
    total = 0.0
    for pid in process_tree(root):
        with suppress(OSError):
            total += cpu_seconds(pid)
    return total


def settle(root: int, *, idle_share: float = 0.05, max_wait: float = 60.0) -> float:
    """Wait until the server tree is idle (below `idle_share` of one core for two 0.25 s
    windows in a row): requests queued by the last wrk run, and calls still running, must
    not be measured in the next run. Returns the seconds waited."""
    started = time.monotonic()
    quiet = 0
    last = tree_cpu_seconds(root)
    while quiet < 2 and time.monotonic() - started < max_wait:
        time.sleep(0.25)
        now = tree_cpu_seconds(root)
        quiet = quiet + 1 if now - last < 0.25 * idle_share else 0
        last = now
    return round(time.monotonic() - started, 2)


class Usage:
    """CPU seconds and peak RSS of a process tree between `start()` and `stop()`."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.before: dict[int, float] = {}

    def start(self) -> None:
        self.before = {}
        for pid in process_tree(self.root):
            with suppress(OSError):
                self.before[pid] = cpu_seconds(pid)
                reset_peak_rss(pid)

    def stop(self) -> dict[str, Any]:
        per_process = []
        for pid in process_tree(self.root):
            with suppress(OSError):
                per_process.append(
                    {
                        "pid": pid,
                        "cpu_s": round(cpu_seconds(pid) - self.before.get(pid, 0.0), 3),
                        "peak_rss_mb": round(status_kb(pid, "VmHWM") / 1024, 1),
                    }
                )
        return {
            "cpu_s": round(sum(p["cpu_s"] for p in per_process), 3),
            "peak_rss_mb": round(sum(p["peak_rss_mb"] for p in per_process), 1),
            "processes": per_process,
        }


# --- running ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _git(*args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine_info() -> dict[str, Any]:
    cpu_model = ""
    with suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    wrk_version = ""
    with suppress(OSError):
        out = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
        wrk_version = (out.stdout or out.stderr).splitlines()[0] if out.stdout or out.stderr else ""
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "loadavg": list(os.getloadavg()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "wrk": wrk_version,
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain")),
    }


def http(
    method: str, url: str, token: str | None = None, body: bytes | None = None
) -> tuple[int, bytes]:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before {url} answered")
        with suppress(OSError):
            if http("GET", url)[0] == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f} s")


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """SIGTERM (uvicorn then stops its workers), SIGKILL to the group if that hangs."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def tail(path: Path, lines: int = 30) -> str:
    with suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return ""


@contextmanager
def fresh_database(store: str, workdir: Path):
    """A new empty database URL for `store`; dropped (or deleted) afterwards."""
    if store == "sqlite":
        path = workdir / f"bench-{uuid.uuid4().hex[:8]}.db"
        try:
            yield f"sqlite:///{path}"
        finally:
            for suffix in ("", "-wal", "-shm"):
                with suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
        return
    name = f"jz_bench_{uuid.uuid4().hex[:10]}"
    if store == "mysql":
        _mysql_admin(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        try:
            yield f"{MYSQL_ADMIN.rstrip('/')}/{name}"
        finally:
            _mysql_admin(f"DROP DATABASE IF EXISTS `{name}`")
        return
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _mysql_admin(sql: str) -> None:
    import pymysql
    from sqlalchemy.engine import make_url

    url = make_url(MYSQL_ADMIN)
    conn = pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=url.username or "root",
        password=url.password or "",
        autocommit=True,
    )
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
    finally:
        conn.close()


def precheck_body(scenario: Scenario, fixture: dict[str, Any]) -> bytes | None:
    """The body of the one request sent to check a scenario before loading it."""
    hooks = {
        "call_hook": {"url": f"{fixture['hook_base']}/call", "method": "POST"},
        "call_status_hook": {"url": f"{fixture['hook_base']}/status", "method": "POST"},
    }
    if scenario.script == "post_application.lua":
        name = f"bench-check-{uuid.uuid4().hex[:8]}"
        return json.dumps({"name": name, "account_sid": fixture["account_sid"], **hooks}).encode()
    if scenario.script == "post_call.lua":
        target = {"type": "phone", "number": "15085550199"}
        return json.dumps({"from": "15085550100", "to": target, **hooks}).encode()
    return None


@dataclass
class Options:
    duration: int
    warmup: int
    threads: int
    connections: int
    timeout: int
    sim_speed: float
    stores: list[str]
    workers: list[int]
    scenarios: list[str]
    keep_logs: bool


def run_wrk(
    scenario: Scenario, url: str, env: dict[str, str], seconds: int, opts: Options
) -> tuple[str, list[str]]:
    cmd = [
        "wrk",
        f"-t{opts.threads}",
        f"-c{opts.connections}",
        f"-d{seconds}s",
        f"--timeout={opts.timeout}s",
        "--latency",
        "-s",
        str(LUA / scenario.script),
        url,
    ]
    out = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=seconds + opts.timeout + 60
    )
    if out.returncode != 0:
        raise RuntimeError(f"wrk exited {out.returncode}: {out.stderr.strip()[-500:]}")
    return out.stdout, cmd


def run_combination(
    store: str,
    workers: int,
    opts: Options,
    hook_base: str,
    workdir: Path,
    report: dict[str, Any],
) -> list[dict[str, Any]]:
    """Seed, serve and load every scenario for one (store, workers)."""
    rows: list[dict[str, Any]] = []
    with fresh_database(store, workdir) as url:
        fixture_path = workdir / f"fixture-{store}-{workers}.json"
        seeding = subprocess.run(
            [
                str(VENV_BIN / "python"),
                str(BENCH / "seed.py"),
                url,
                "--out",
                str(fixture_path),
                "--hook-base",
                hook_base,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if seeding.returncode != 0:
            raise RuntimeError(f"seeding failed:\n{seeding.stderr[-2000:]}")
        fixture = json.loads(fixture_path.read_text())
        report["seed"][f"{store}/{workers}"] = {
            "counts": fixture["counts"],
            "seconds": fixture["seconds"],
        }
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log_path = workdir / f"server-{store}-{workers}.log"
        env = {
            **os.environ,
            "JAMBONZ_DATABASE_URL": url,
            "JAMBONZ_PORT": str(port),
            "JAMBONZ_SIM_SPEED": str(opts.sim_speed),
        }
        for key in ("JAMBONZ_WORKERS", "JAMBONZ_ADMIN_TOKEN", "JAMBONZ_VALIDATE_RESPONSES"):
            env.pop(key, None)
        if workers > 1:  # several workers share live calls through Redis (jambonz/workers.py)
            env["JAMBONZ_REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", BENCH_REDIS_URL)
        with open(log_path, "wb") as log:
            server = subprocess.Popen(
                [str(VENV_BIN / "jambonz-api"), "serve", "--workers", str(workers)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            try:
                wait_http(f"{base}/health", server)
            except RuntimeError as exc:
                raise RuntimeError(f"{exc}\n--- server log ---\n{tail(log_path)}") from None
            time.sleep(1.0)  # let every worker finish its start-up
            for scenario in SCENARIOS:
                if scenario.name not in opts.scenarios:
                    continue
                row = run_scenario(scenario, store, workers, base, fixture, server.pid, opts)
                rows.append(row)
                print_row(row)
        finally:
            stop_process(server)
            if opts.keep_logs:
                kept = RESULTS / "logs"
                kept.mkdir(parents=True, exist_ok=True)
                shutil.copy(log_path, kept / log_path.name)
    return rows


def run_scenario(
    scenario: Scenario,
    store: str,
    workers: int,
    base: str,
    fixture: dict[str, Any],
    server_pid: int,
    opts: Options,
) -> dict[str, Any]:
    path = scenario.path.format(**fixture)
    token = fixture[scenario.token] if scenario.token else None
    row: dict[str, Any] = {
        "scenario": scenario.name,
        "title": scenario.title,
        "store": store,
        "workers": workers,
        "method": scenario.method,
        "path": path,
        "expect": scenario.expect,
    }
    status, body = http(scenario.method, base + path, token, precheck_body(scenario, fixture))
    row["precheck_status"] = status
    row["response_bytes"] = len(body)
    if status != scenario.expect:
        row["skipped"] = f"precheck answered {status}, not {scenario.expect}: {body[:200]!r}"
        return row
    env = {
        **os.environ,
        "BENCH_LUA_DIR": str(LUA),
        "BENCH_TOKEN": token or "",
        "BENCH_ACCOUNT_SID": fixture["account_sid"],
        "BENCH_HOOK_BASE": fixture["hook_base"],
    }
    try:
        row["settle_before_s"] = settle(server_pid)
        if opts.warmup > 0:
            run_wrk(
                scenario,
                base + path,
                {**env, "BENCH_RUN_ID": uuid.uuid4().hex[:8]},
                opts.warmup,
                opts,
            )
            settle(server_pid)
        hooks_before = hook_counts(fixture["hook_base"])
        usage = Usage(server_pid)
        usage.start()
        output, cmd = run_wrk(
            scenario,
            base + path,
            {**env, "BENCH_RUN_ID": uuid.uuid4().hex[:8]},
            opts.duration,
            opts,
        )
        measured = usage.stop()
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        row["skipped"] = f"wrk failed: {exc}"
        return row
    numbers = parse_wrk(output)
    row.update(numbers)
    row["errors"] = unexpected(numbers, scenario.expect)
    row.update(measured)
    row["cpu_ms_per_request"] = (
        round(1000 * measured["cpu_s"] / numbers["requests"], 3) if numbers["requests"] else None
    )
    row["wrk_command"] = " ".join(cmd)
    if scenario.jambonz:
        row["jambonz_rps"], row["jambonz_p50_ms"], row["jambonz_p99_ms"] = scenario.jambonz
        row["vs_jambonz_rps"] = round(numbers["rps"] / scenario.jambonz[0], 3)
    row["settle_after_s"] = settle(server_pid)
    # What the requests still cost after wrk stopped (queued requests, running calls).
    row["cpu_s_with_drain"] = usage.stop()["cpu_s"]
    if scenario.script == "post_call.lua":
        after = hook_counts(fixture["hook_base"])
        row["hook_requests"] = {k: after.get(k, 0) - hooks_before.get(k, 0) for k in after}
    return row


def hook_counts(hook_base: str) -> dict[str, int]:
    with suppress(OSError, ValueError):
        return json.loads(http("GET", f"{hook_base}/stats")[1])
    return {}


# --- the table ------------------------------------------------------------------------------

COLUMNS = (
    ("scenario", 22, "{}"),
    ("store", 10, "{}"),
    ("workers", 7, "{}"),
    ("rps", 9, "{:.0f}"),
    ("p50_ms", 8, "{:.2f}"),
    ("p99_ms", 8, "{:.2f}"),
    ("errors", 7, "{}"),
    ("cpu_s", 7, "{:.1f}"),
    ("cpu_ms_per_request", 7, "{:.2f}"),
    ("peak_rss_mb", 8, "{:.0f}"),
    ("vs_jambonz_rps", 6, "{:.2f}"),
)
HEADINGS = {
    "rps": "req/s",
    "p50_ms": "p50 ms",
    "p99_ms": "p99 ms",
    "cpu_s": "CPU s",
    "cpu_ms_per_request": "CPU/req",
    "peak_rss_mb": "RSS MB",
    "vs_jambonz_rps": "x jz",
}


def format_row(row: dict[str, Any]) -> str:
    if "skipped" in row:
        head = "  ".join(f"{row[key]!s:<{width}}" for key, width, _ in COLUMNS[:3])
        return f"{head}  SKIPPED: {row['skipped']}"
    cells = []
    for key, width, fmt in COLUMNS:
        value = row.get(key)
        text = "-" if value is None else fmt.format(value)
        cells.append(f"{text:<{width}}" if key in ("scenario", "store") else f"{text:>{width}}")
    return "  ".join(cells)


def header() -> str:
    cells = []
    for key, width, _ in COLUMNS:
        name = HEADINGS.get(key, key)
        cells.append(f"{name:<{width}}" if key in ("scenario", "store") else f"{name:>{width}}")
    return "  ".join(cells)


def print_row(row: dict[str, Any]) -> None:
    print(format_row(row), flush=True)


def print_table(rows: list[dict[str, Any]]) -> None:
    print()
    print(header())
    print("-" * len(header()))
    order = {scenario.name: n for n, scenario in enumerate(SCENARIOS)}
    for row in sorted(rows, key=lambda r: (order.get(r["scenario"], 99), r["store"], r["workers"])):
        print(format_row(row))


# --- main -----------------------------------------------------------------------------------


def _csv(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def parse_args(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(description="jambonz-api benchmark (see bench/README.md)")
    parser.add_argument(
        "--duration",
        type=int,
        default=int(os.environ.get("BENCH_DURATION") or 15),
        help="seconds per measured wrk run (env BENCH_DURATION, default 15)",
    )
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP") or 2))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument(
        "--timeout", type=int, default=10, help="wrk's per-request timeout (seconds)"
    )
    parser.add_argument(
        "--sim-speed",
        type=float,
        default=float(os.environ.get("BENCH_SIM_SPEED") or 100),
        help="JAMBONZ_SIM_SPEED of the server (calls ring 1 s / speed)",
    )
    parser.add_argument("--stores", default=os.environ.get("BENCH_STORES") or ",".join(STORES))
    parser.add_argument("--workers", default=os.environ.get("BENCH_WORKERS") or "1,2")
    parser.add_argument(
        "--scenarios",
        default=os.environ.get("BENCH_SCENARIOS") or ",".join(s.name for s in SCENARIOS),
        help="comma-separated names: " + ", ".join(s.name for s in SCENARIOS),
    )
    parser.add_argument("--keep-logs", action="store_true", help="copy server logs to results/")
    args = parser.parse_args(argv)
    scenarios = _csv(args.scenarios)
    unknown = set(scenarios) - {s.name for s in SCENARIOS}
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    stores = _csv(args.stores)
    if set(stores) - set(STORES):
        parser.error("--stores takes " + ", ".join(STORES))
    return Options(
        duration=args.duration,
        warmup=args.warmup,
        threads=args.threads,
        connections=args.connections,
        timeout=args.timeout,
        sim_speed=args.sim_speed,
        stores=stores,
        workers=[int(w) for w in _csv(args.workers)],
        scenarios=scenarios,
        keep_logs=args.keep_logs,
    )


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    if shutil.which("wrk") is None:
        print("bench: wrk is not installed (make bench installs it)", file=sys.stderr)
        return 2
    started = datetime.now(UTC)
    report: dict[str, Any] = {
        "started_at": started.isoformat(timespec="seconds"),
        "machine": machine_info(),
        "options": asdict(opts),
        "seed": {},
        "results": [],
        "failures": [],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out_path = RESULTS / f"{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    hook_port = free_port()
    hook_base = f"http://127.0.0.1:{hook_port}"
    print(f"bench: {opts.duration} s per scenario; results -> {out_path}", flush=True)
    print(header(), flush=True)
    with tempfile.TemporaryDirectory(prefix="jz-bench-") as tmp:
        workdir = Path(tmp)
        appserver = subprocess.Popen(
            [str(VENV_BIN / "python"), str(BENCH / "appserver.py"), "--port", str(hook_port)],
            cwd=ROOT,
            start_new_session=True,
        )
        try:
            wait_http(f"{hook_base}/stats", appserver, timeout=30)
            app_usage = Usage(appserver.pid)
            app_usage.start()
            for store in opts.stores:
                for workers in opts.workers:
                    try:
                        report["results"] += run_combination(
                            store, workers, opts, hook_base, workdir, report
                        )
                    except Exception as exc:  # one combination failing must not end the run
                        message = f"{store}/{workers} workers: {type(exc).__name__}: {exc}"
                        print(f"bench: FAILED {message}", file=sys.stderr, flush=True)
                        report["failures"].append(message)
                    out_path.write_text(json.dumps(report, indent=2) + "\n")
            report["appserver"] = {**app_usage.stop(), "requests": hook_counts(hook_base)}
        finally:
            stop_process(appserver)
    report["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    out_path.write_text(json.dumps(report, indent=2) + "\n")
    print_table(report["results"])
    print(f"\nresults: {out_path.relative_to(ROOT)}")
    for failure in report["failures"]:
        print(f"FAILED: {failure}")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
