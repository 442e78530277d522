"""Call benchmark (issue 4): calls set up per second through `POST /Calls`, the latency from
answer to the call_hook request arriving at a local application, and the server's peak
memory, at 1, 100 and 1,000 concurrent calls.

    .venv/bin/python bench/calls.py [--levels 1,100,1000] [--hold 10] [--sim-speed 1]
        [--rate R] [--targets] [--redis-url URL]

A fresh SQLite database seeded by `bench/seed.py`, `jambonz-api serve` (default settings,
so one worker: several need Redis, jambonz/workers.py; but the database URL, the port and
`JAMBONZ_SIM_SPEED`, 1 by default so that the times are real) and `bench/appserver.py
--hold H --record-arrivals` (answers each call_hook with a `pause` of H seconds then
`hangup`, and notes when each call_hook request arrived). For each level N: N `POST
/v1/Accounts/{sid}/Calls` at once, or paced at `--rate` a second (setups/s = N / seconds
until the last answer), then a wait for every call's call_hook request, then for every
call to end, then `GET .../Calls/{sid}` of each call: latency = arrival at the application
- `answered_at` of the record (wall-clock UTC, ms). The server's peak RSS (VmHWM, reset
before each level) is read after the level. Results go to `bench/results/calls-<ts>.json`.
`--targets` says under each row whether it meets issue 18's targets (`verdicts`);
`--redis-url` gives the server a Redis, so that its default workers all run calls.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import httpx

try:  # imported as bench.calls (tests) or run as a script (bench/ is then on sys.path)
    from bench import run as harness
    from bench.seed import seed
except ModuleNotFoundError:  # pragma: no cover - script mode
    import run as harness  # type: ignore[no-redef]
    from seed import seed  # type: ignore[no-redef]

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
VENV_BIN = ROOT / ".venv" / "bin"
FROM = "15085550100"
RECORD_READS = 50  # GET /Calls/{sid} requests in flight at once after a level


# --- pure helpers -------------------------------------------------------------------------


def percentile(values: Sequence[float], pct: float) -> float | None:
    """The nearest-rank percentile (the smallest value with at least `pct`% of the values
    at or below it); None for no values. p99 of 100 values is the 99th smallest."""
    if not values:
        return None
    if not 0 < pct <= 100:
        raise ValueError(f"percentile must be in (0, 100], not {pct}")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def parse_timestamp(text: str) -> float:
    """Seconds since the epoch of an API timestamp (`2024-05-01T12:00:00.123Z`); a time
    without a zone is UTC, as the API's are."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def parse_levels(text: str) -> list[int]:
    """`1,100,1000` -> [1, 100, 1000]; every level must be a positive integer."""
    levels = [int(item) for item in text.split(",") if item.strip()]
    if not levels or any(level < 1 for level in levels):
        raise ValueError(f"levels must be positive integers: {text!r}")
    return levels


@dataclass
class Outcome:
    """What the records and the application saw of a level's calls."""

    latencies_ms: list[float]
    answered: list[float]  # answered_at of each latency's call (seconds since the epoch)
    missing_hook: list[str]  # created, but their call_hook request never arrived
    not_completed: list[str]  # no record, or a final status other than completed
    statuses: dict[str, int]


def outcome(
    sids: Iterable[str],
    arrivals: Mapping[str, float],
    records: Mapping[str, dict[str, Any] | None],
) -> Outcome:
    """Answer -> call_hook latency of each call whose hook arrived and whose record has an
    `answered_at`, and the calls that failed on the way. `records[sid]` is None when the
    record could not be read."""
    latencies, answered_times, missing, unfinished = [], [], [], []
    statuses: Counter[str] = Counter()
    for sid in sids:
        record = records.get(sid)
        status = (record or {}).get("call_status") or "unreadable"
        statuses[status] += 1
        if status != "completed":
            unfinished.append(sid)
        if sid not in arrivals:
            missing.append(sid)
            continue
        answered = (record or {}).get("answered_at")
        if answered:
            at = parse_timestamp(answered)
            latencies.append((arrivals[sid] - at) * 1000)
            answered_times.append(at)
    return Outcome(latencies, answered_times, missing, unfinished, dict(statuses))


def split_at(
    latencies_ms: Sequence[float], answered: Sequence[float], moment: float
) -> tuple[list[float], list[float]]:
    """The latencies of calls answered before `moment` (while POSTs were still being
    answered) and of those answered at or after it."""
    before = [lat for lat, at in zip(latencies_ms, answered, strict=True) if at < moment]
    after = [lat for lat, at in zip(latencies_ms, answered, strict=True) if at >= moment]
    return before, after


def call_body(hook_base: str, n: int) -> dict[str, Any]:
    """A POST /Calls body: a phone number that answers after the default one-second ring
    (not one of the simulator's reserved 1500555… numbers)."""
    return {
        "from": FROM,
        "to": {"type": "phone", "number": f"1508{n:07d}"},
        "call_hook": {"url": f"{hook_base}/call", "method": "POST"},
        "call_status_hook": {"url": f"{hook_base}/status", "method": "POST"},
    }


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


COLUMNS = (
    ("calls", 6, "{}"),
    ("setups_per_s", 9, "{:.0f}"),
    ("p50_ms", 8, "{:.1f}"),
    ("p99_ms", 8, "{:.1f}"),
    ("max_live", 8, "{}"),
    ("peak_rss_mb", 8, "{:.0f}"),
    ("failures", 8, "{}"),
)
HEADINGS = {
    "setups_per_s": "setups/s",
    "p50_ms": "p50 ms",
    "p99_ms": "p99 ms",
    "max_live": "max live",
    "peak_rss_mb": "RSS MB",
}


def header() -> str:
    return "  ".join(f"{HEADINGS.get(key, key):>{width}}" for key, width, _ in COLUMNS)


def format_row(row: Mapping[str, Any]) -> str:
    cells = []
    for key, width, fmt in COLUMNS:
        value = row.get(key)
        cells.append(f"{'-' if value is None else fmt.format(value):>{width}}")
    return "  ".join(cells)


def verdicts(row: Mapping[str, Any]) -> list[str]:
    """Issue 18's targets for a row, each `met` or `MISSED` with the figure: at 1,000
    concurrent calls answer->call_hook p99 under 50 ms, 500 set-ups a second or more and
    no failure; 10,000 concurrent calls held in under 1 GB of RSS, no failure. The app's
    own time is not in the latency: it runs until the call_hook request arrives at the
    app (bench/appserver.py answers at once, the 0 ms baseline)."""

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    found = [f"{verdict(row['failures'] == 0)}: {row['failures']} failures (0)"]
    if row["calls"] >= 10_000:
        rss = row.get("peak_rss_mb") or 0
        found.append(f"{verdict(0 < rss < 1024)}: peak RSS {rss:.0f} MB (< 1024)")
    elif row["calls"] >= 1_000:
        p99, rate = row.get("p99_ms"), row.get("setups_per_s") or 0
        found.append(f"{verdict(p99 is not None and p99 < 50)}: p99 {p99} ms (< 50)")
        found.append(f"{verdict(rate >= 500)}: {rate} set-ups/s (>= 500)")
    return found


# --- one level ----------------------------------------------------------------------------


@dataclass
class Context:
    base: str  # the API, http://127.0.0.1:<port>
    hook_base: str  # the application
    account_sid: str
    token: str
    server_pid: int
    hold: float
    ring: float  # real seconds a call rings (1 s of simulated time)
    arrival_timeout: float
    post_timeout: float
    rate: float | None = None  # POSTs a second; None: all at once

    @property
    def calls_url(self) -> str:
        return f"{self.base}/v1/Accounts/{self.account_sid}/Calls"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def _post(
    client: aiohttp.ClientSession, ctx: Context, body: dict[str, Any]
) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        async with client.post(ctx.calls_url, json=body, headers=ctx.auth) as response:
            status, content = response.status, await response.read()
    except (aiohttp.ClientError, TimeoutError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}", "seconds": time.perf_counter() - started}
    result: dict[str, Any] = {"status": status, "seconds": time.perf_counter() - started}
    if status == 201:
        result["sid"] = json.loads(content)["sid"]
    else:
        result["error"] = f"{status}: {content[:200].decode(errors='replace')}"
    return result


async def _live_calls(client: httpx.AsyncClient, ctx: Context) -> int | None:
    with suppress(httpx.HTTPError, ValueError, KeyError):
        response = await client.get(
            f"{ctx.base}/v1/Accounts/{ctx.account_sid}/CallCount", headers=ctx.auth
        )
        if response.status_code == 200:
            counts = response.json()
            return int(counts["outbound"]) + int(counts["inbound"])
    return None


async def _arrivals(client: httpx.AsyncClient, ctx: Context) -> dict[str, float]:
    with suppress(httpx.HTTPError, ValueError):
        response = await client.get(f"{ctx.hook_base}/arrivals")
        if response.status_code == 200:
            return response.json()
    return {}


async def _hook_counts(ctx: Context) -> dict[str, int]:
    """Requests the application has received so far, by path (its GET /stats)."""
    async with httpx.AsyncClient(timeout=30) as client:
        with suppress(httpx.HTTPError, ValueError):
            response = await client.get(f"{ctx.hook_base}/stats")
            if response.status_code == 200:
                return response.json()
    return {}


async def _record(
    client: httpx.AsyncClient, ctx: Context, sid: str, gate: asyncio.Semaphore
) -> dict[str, Any] | None:
    async with gate:
        with suppress(httpx.HTTPError, ValueError):
            response = await client.get(f"{ctx.calls_url}/{sid}", headers=ctx.auth)
            if response.status_code == 200:
                return response.json()
    return None


async def measure(ctx: Context, n: int) -> dict[str, Any]:
    """Place `n` calls at once and follow them to their end; one row of the table."""
    row: dict[str, Any] = {"calls": n}
    usage = harness.Usage(ctx.server_pid)
    usage.start()  # also resets the server's VmHWM: the peak is this level's
    bodies = [call_body(ctx.hook_base, i) for i in range(n)]
    hooks_before = await _hook_counts(ctx)
    # The burst of POSTs goes through aiohttp: httpx's pool costs milliseconds of CPU per
    # request with hundreds in flight, on the same two cores as the server.
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=n),
        timeout=aiohttp.ClientTimeout(total=ctx.post_timeout),
    ) as client:
        started = time.perf_counter()

        async def paced(index: int, body: dict[str, Any]) -> dict[str, Any]:
            if ctx.rate:  # the index-th call is due index/rate seconds after the start
                await asyncio.sleep(max(0.0, started + index / ctx.rate - time.perf_counter()))
            return await _post(client, ctx, body)

        posts = await asyncio.gather(*(paced(i, body) for i, body in enumerate(bodies)))
        setup_seconds = time.perf_counter() - started
        setup_done = time.time()
    sids = [p["sid"] for p in posts if "sid" in p]
    post_errors = Counter(p["error"] for p in posts if "error" in p)
    post_seconds = [p["seconds"] * 1000 for p in posts if "sid" in p]
    row.update(
        {
            "created": len(sids),
            "post_failures": n - len(sids),
            "post_errors": dict(post_errors.most_common(5)),
            "setup_seconds": round(setup_seconds, 3),
            "setups_per_s": round(n / setup_seconds, 1) if setup_seconds else None,
            "post_p50_ms": _ms(percentile(post_seconds, 50)),
            "post_p99_ms": _ms(percentile(post_seconds, 99)),
        }
    )

    async with httpx.AsyncClient(timeout=30) as client:
        # Every call_hook request should arrive about one ring after its call was created.
        waiting = set(sids)
        arrivals: dict[str, float] = {}
        max_live = 0
        deadline = time.monotonic() + ctx.ring + ctx.arrival_timeout
        while waiting and time.monotonic() < deadline:
            await asyncio.sleep(0.25)
            arrivals = await _arrivals(client, ctx)
            waiting -= arrivals.keys()
            max_live = max(max_live, await _live_calls(client, ctx) or 0)
        row["hook_wait_s"] = round(time.perf_counter() - started - setup_seconds, 2)
        # Then every call should end, `hold` seconds after its hook.
        deadline = time.monotonic() + ctx.hold + ctx.arrival_timeout
        while time.monotonic() < deadline:
            live = await _live_calls(client, ctx)
            if live is not None:
                max_live = max(max_live, live)
                if live == 0:
                    break
            await asyncio.sleep(0.5)
        row["max_live"] = max_live
        row["end_wait_s"] = round(time.perf_counter() - started - setup_seconds, 2)
        arrivals = await _arrivals(client, ctx)
        gate = asyncio.Semaphore(RECORD_READS)
        records = dict(
            zip(
                sids,
                await asyncio.gather(*(_record(client, ctx, sid, gate) for sid in sids)),
                strict=True,
            )
        )
    measured = usage.stop()
    hooks_after = await _hook_counts(ctx)
    seen = outcome(sids, arrivals, records)
    during, after = split_at(seen.latencies_ms, seen.answered, setup_done)
    row.update(
        {
            "hook_arrived": len(sids) - len(seen.missing_hook),
            "hook_missing": len(seen.missing_hook),
            "not_completed": len(seen.not_completed),
            "statuses": seen.statuses,
            "p50_ms": _ms(percentile(seen.latencies_ms, 50)),
            "p99_ms": _ms(percentile(seen.latencies_ms, 99)),
            "answered_during_setup": len(during),
            "p50_ms_answered_during_setup": _ms(percentile(during, 50)),
            "p50_ms_answered_after_setup": _ms(percentile(after, 50)),
            "min_ms": _ms(min(seen.latencies_ms, default=None)),
            "max_ms": _ms(max(seen.latencies_ms, default=None)),
            "peak_rss_mb": measured["peak_rss_mb"],
            "cpu_s": measured["cpu_s"],
            "cpu_ms_per_call": round(1000 * measured["cpu_s"] / n, 1),
            "hook_requests": {
                path: count - hooks_before.get(path, 0) for path, count in hooks_after.items()
            },
            "examples": {
                "missing_hook": seen.missing_hook[:5],
                "not_completed": seen.not_completed[:5],
            },
        }
    )
    # A call that failed in several ways counts once.
    failed = set(seen.missing_hook) | set(seen.not_completed)
    row["failures"] = row["post_failures"] + len(failed)
    return row


# --- running ------------------------------------------------------------------------------


@dataclass
class Options:
    levels: list[int]
    hold: float
    sim_speed: float
    arrival_timeout: float
    post_timeout: float
    keep_logs: bool
    rate: float | None = None
    redis_url: str | None = None
    targets: bool = False


def parse_args(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(description="jambonz-api call benchmark (bench/README.md)")
    parser.add_argument(
        "--levels",
        default=os.environ.get("BENCH_CALLS") or "1,100,1000",
        help="concurrent calls per level, comma-separated (env BENCH_CALLS, default 1,100,1000)",
    )
    parser.add_argument(
        "--hold",
        type=float,
        default=float(os.environ.get("BENCH_CALL_HOLD") or 10),
        help="seconds each call stays up after its call_hook (env BENCH_CALL_HOLD, default 10)",
    )
    parser.add_argument(
        "--sim-speed",
        type=float,
        default=1.0,
        help="JAMBONZ_SIM_SPEED of the server (default 1: real time; the hold is real seconds)",
    )
    parser.add_argument(
        "--arrival-timeout",
        type=float,
        default=60.0,
        help="seconds to wait for call_hook requests (and for calls to end) beyond the ring "
        "(and the hold)",
    )
    parser.add_argument("--post-timeout", type=float, default=60.0, help="per POST /Calls")
    parser.add_argument("--keep-logs", action="store_true", help="copy the server log to results/")
    parser.add_argument(
        "--rate",
        type=float,
        help="place each level's calls at this many a second (default: all at once)",
    )
    parser.add_argument(
        "--targets",
        action="store_true",
        help="say of each row whether it meets issue 18's targets (1,000 calls: p99 < 50 ms, "
        ">= 500 set-ups/s; 10,000 calls: < 1 GB RSS; no failures)",
    )
    parser.add_argument(
        "--redis-url",
        help="give the server this Redis, so that its default workers (one per core) all "
        "run calls (default: none, one worker)",
    )
    args = parser.parse_args(argv)
    try:
        levels = parse_levels(args.levels)
    except ValueError as exc:
        parser.error(str(exc))
    if args.sim_speed <= 0 or args.hold < 0:
        parser.error("--sim-speed must be > 0 and --hold >= 0")
    if args.rate is not None and args.rate <= 0:
        parser.error("--rate must be > 0")
    return Options(
        levels,
        args.hold,
        args.sim_speed,
        args.arrival_timeout,
        args.post_timeout,
        args.keep_logs,
        args.rate,
        args.redis_url,
        args.targets,
    )


def _raise_on_sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)  # unwinds through the finally blocks that stop servers


def _start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as fh:
        return subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True
        )


def _ensure_no_session_limit(ctx: Context, fixture: dict[str, Any]) -> list[str]:
    """Remove any voice_call_session limit of the calls' account or its provider (a fresh
    seed has none); returns what was removed."""
    removed = []
    for path in (
        f"/v1/Accounts/{ctx.account_sid}/Limits",
        f"/v1/ServiceProviders/{fixture['service_provider_sid']}/Limits",
    ):
        url = f"{ctx.base}{path}?category=voice_call_session"
        status, body = harness.http("GET", url, ctx.token)
        if status == 200 and json.loads(body):
            harness.http("DELETE", url, ctx.token)
            removed.append(path)
    return removed


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    started = datetime.now(UTC)
    report: dict[str, Any] = {
        "started_at": started.isoformat(timespec="seconds"),
        "machine": harness.machine_info(),
        "options": asdict(opts),
        "results": [],
        "failures": [],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out_path = RESULTS / f"calls-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    processes: list[subprocess.Popen[bytes]] = []
    print(f"bench calls: levels {opts.levels}, hold {opts.hold:g} s -> {out_path}", flush=True)
    with tempfile.TemporaryDirectory(prefix="jz-bench-calls-") as tmp:
        workdir = Path(tmp)
        server_log = workdir / "server.log"
        try:
            hook_base = f"http://127.0.0.1:{harness.free_port()}"
            app = _start(
                [
                    str(VENV_BIN / "python"),
                    str(BENCH / "appserver.py"),
                    "--port",
                    hook_base.rsplit(":", 1)[1],
                    "--hold",
                    f"{opts.hold:g}",
                    "--record-arrivals",
                ],
                dict(os.environ),
                workdir / "appserver.log",
            )
            processes.append(app)
            with harness.fresh_database("sqlite", workdir) as url:
                seeding = time.monotonic()
                fixture = seed(url, hook_base=hook_base)
                report["seed"] = {
                    "counts": fixture["counts"],
                    "seconds": round(time.monotonic() - seeding, 2),
                }
                port = harness.free_port()
                env = {k: v for k, v in os.environ.items() if not k.startswith("JAMBONZ_")}
                env.update(
                    JAMBONZ_DATABASE_URL=url,
                    JAMBONZ_PORT=str(port),
                    JAMBONZ_SIM_SPEED=f"{opts.sim_speed:g}",
                )
                if opts.redis_url:  # then the default workers run, each its own calls
                    env["JAMBONZ_REDIS_URL"] = opts.redis_url
                server = _start([str(VENV_BIN / "jambonz-api"), "serve"], env, server_log)
                processes.append(server)
                base = f"http://127.0.0.1:{port}"
                try:
                    harness.wait_http(f"{hook_base}/stats", app, timeout=30)
                    harness.wait_http(f"{base}/health", server)
                except RuntimeError as exc:
                    raise RuntimeError(f"{exc}\n{harness.tail(server_log)}") from None
                ctx = Context(
                    base=base,
                    hook_base=hook_base,
                    account_sid=fixture["calls_account_sid"],
                    token=fixture["admin_token"],
                    server_pid=server.pid,
                    hold=opts.hold / opts.sim_speed,
                    ring=1.0 / opts.sim_speed,
                    arrival_timeout=opts.arrival_timeout,
                    post_timeout=opts.post_timeout,
                    rate=opts.rate,
                )
                report["limits_removed"] = _ensure_no_session_limit(ctx, fixture)
                print(header(), flush=True)
                for n in opts.levels:
                    harness.settle(server.pid)
                    row = asyncio.run(measure(ctx, n))
                    if server.poll() is not None:
                        report["failures"].append(f"server exited {server.returncode}")
                    report["results"].append(row)
                    out_path.write_text(json.dumps(report, indent=2) + "\n")
                    print(format_row(row), flush=True)
                    if opts.targets:
                        row["targets"] = verdicts(row)
                        for line in row["targets"]:
                            print(f"  target {line}", flush=True)
                        out_path.write_text(json.dumps(report, indent=2) + "\n")
                    if server.poll() is not None:
                        break
                harness.stop_process(server)
        except Exception as exc:
            report["failures"].append(f"{type(exc).__name__}: {exc}")
            print(f"bench calls: FAILED {type(exc).__name__}: {exc}", file=sys.stderr)
        finally:
            for proc in reversed(processes):
                harness.stop_process(proc)
            if opts.keep_logs and server_log.exists():
                (RESULTS / "logs").mkdir(parents=True, exist_ok=True)
                (RESULTS / "logs" / f"{out_path.stem}-server.log").write_bytes(
                    server_log.read_bytes()
                )
            report["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            out_path.write_text(json.dumps(report, indent=2) + "\n")
    print()
    print(header())
    print("-" * len(header()))
    for row in report["results"]:
        print(format_row(row))
    print(f"\nresults: {out_path.relative_to(ROOT)}")
    for failure in report["failures"]:
        print(f"FAILED: {failure}")
    failed_calls = sum(row["failures"] for row in report["results"])
    return 1 if report["failures"] or failed_calls else 0


if __name__ == "__main__":
    sys.exit(main())
