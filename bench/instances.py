"""Instance benchmark (issue 16): several instances on one PostgreSQL database and Redis.

    .venv/bin/python bench/instances.py [--calls 300] [--hold 2] [--puts 200]

In one sitting, on a fresh PostgreSQL database seeded by `bench/seed.py`, with
`bench/appserver.py --hold H --record-arrivals` as the voice app:

- **set-ups**: with 1 instance without Redis (the embedded mode), 1 instance with Redis
  (the shared mode), then 2 and 3 instances with Redis: `--calls` POST /Calls at once,
  spread over the instances in turn; set-ups per second (calls / seconds until the last
  answer) and the latency from answer to the call_hook request arriving (`answered_at`
  of the record against the app's arrival time, p50 and p99), as bench/calls.py measures
  them;
- **steering**: with 2 instances, one call in a conference on the first, then `--puts`
  PUT /Calls/{sid} (mute and unmute in turn) one after the other, sent to the instance
  that runs the call (local) and to the other one (crossing), interleaved: p50 and p99 of
  each, and their ratio.

Each instance is `jambonz-api serve` with one worker (JAMBONZ_WORKERS=1), so that an
instance is one process. All run on the same machine as the app: on 2 cores, more
instances share the same CPU, and the figures say what that costs. Results go to
`bench/results/instances-<ts>.json`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import httpx

try:  # imported as bench.instances (tests) or run as a script
    from bench import calls as callbench
    from bench import run as harness
    from bench.seed import seed
except ModuleNotFoundError:  # pragma: no cover - script mode
    import calls as callbench  # type: ignore[no-redef]
    import run as harness  # type: ignore[no-redef]
    from seed import seed  # type: ignore[no-redef]

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
VENV_BIN = ROOT / ".venv" / "bin"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
HEARTBEAT = "1"
LAYOUTS: list[tuple[str, int, bool]] = [
    ("1 instance, no Redis", 1, False),
    ("1 instance, Redis", 1, True),
    ("2 instances", 2, True),
    ("3 instances", 3, True),
]


class Instances:
    """`count` servers on one database (and Redis when `shared`)."""

    def __init__(self, workdir: Path, url: str, count: int, shared: bool) -> None:
        self.bases: list[str] = []
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []
        for n in range(count):
            port = harness.free_port()
            env = {k: v for k, v in os.environ.items() if not k.startswith("JAMBONZ_")}
            env.update(
                JAMBONZ_DATABASE_URL=url,
                JAMBONZ_PORT=str(port),
                JAMBONZ_WORKERS="1",
                JAMBONZ_INSTANCE_ID=f"bench-{n}",
                JAMBONZ_HEARTBEAT_SECONDS=HEARTBEAT,
                JAMBONZ_LOG_LEVEL="warning",
            )
            if shared:
                env["JAMBONZ_REDIS_URL"] = REDIS_URL
            log = workdir / f"instance-{n}.log"
            with open(log, "wb") as fh:
                proc = subprocess.Popen(
                    [str(VENV_BIN / "jambonz-api"), "serve"],
                    cwd=ROOT,
                    env=env,
                    stdout=fh,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self.procs.append(proc)
            self.logs.append(log)
            base = f"http://127.0.0.1:{port}"
            try:
                harness.wait_http(f"{base}/health", proc)
            except RuntimeError as exc:
                raise RuntimeError(f"{exc}\n{harness.tail(log)}") from None
            self.bases.append(base)

    def stop(self) -> None:
        for proc in self.procs:
            harness.stop_process(proc)


@contextmanager
def instances(workdir: Path, url: str, count: int, shared: bool) -> Iterator[Instances]:
    if shared:
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
    running = Instances(workdir, url, count, shared)
    try:
        yield running
    finally:
        running.stop()


def _contexts(bases: list[str], hook_base: str, fixture: dict[str, Any], hold: float) -> list[Any]:
    return [
        callbench.Context(
            base=base,
            hook_base=hook_base,
            account_sid=fixture["calls_account_sid"],
            token=fixture["admin_token"],
            server_pid=0,
            hold=hold,
            ring=1.0,
            arrival_timeout=60.0,
            post_timeout=60.0,
        )
        for base in bases
    ]


async def setups(contexts: list[Any], n: int, pids: list[int]) -> dict[str, Any]:
    """`n` calls at once over the instances in turn, followed to their end."""
    usages = [harness.Usage(pid) for pid in pids]
    for usage in usages:
        usage.start()
    first = contexts[0]
    bodies = [callbench.call_body(first.hook_base, i) for i in range(n)]
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=n), timeout=aiohttp.ClientTimeout(total=60)
    ) as client:
        started = time.perf_counter()
        posts = await asyncio.gather(
            *(
                callbench._post(client, contexts[i % len(contexts)], body)
                for i, body in enumerate(bodies)
            )
        )
        seconds = time.perf_counter() - started
    sids = [p["sid"] for p in posts if "sid" in p]
    errors = Counter(p["error"] for p in posts if "error" in p)
    async with httpx.AsyncClient(timeout=30) as client:
        deadline = time.monotonic() + first.ring + first.hold + 60
        while time.monotonic() < deadline:
            live = await callbench._live_calls(client, first)
            if live == 0:
                break
            await asyncio.sleep(0.5)
        arrivals = await callbench._arrivals(client, first)
        gate = asyncio.Semaphore(callbench.RECORD_READS)
        records = dict(
            zip(
                sids,
                await asyncio.gather(*(callbench._record(client, first, s, gate) for s in sids)),
                strict=True,
            )
        )
    usage = [u.stop() for u in usages]
    seen = callbench.outcome(sids, arrivals, records)
    cpu = sum(u["cpu_s"] for u in usage)
    return {
        "calls": n,
        "created": len(sids),
        "post_errors": dict(errors.most_common(3)),
        "setups_per_s": round(n / seconds, 1) if seconds else None,
        "p50_ms": callbench._ms(callbench.percentile(seen.latencies_ms, 50)),
        "p99_ms": callbench._ms(callbench.percentile(seen.latencies_ms, 99)),
        "hook_missing": len(seen.missing_hook),
        "not_completed": len(seen.not_completed),
        "cpu_ms_per_call": round(1000 * cpu / n, 2),
        "peak_rss_mb": [u["peak_rss_mb"] for u in usage],
    }


async def steering(
    bases: list[str], hook_base: str, fixture: dict[str, Any], puts: int
) -> dict[str, Any]:
    """PUT latency to the call's own instance against the other one, interleaved."""
    auth = {"Authorization": f"Bearer {fixture['admin_token']}"}
    account = fixture["calls_account_sid"]
    async with httpx.AsyncClient(timeout=30, headers=auth) as client:
        r = await client.post(
            f"{bases[0]}/v1/Accounts/{account}/Calls",
            json={
                "from": callbench.FROM,
                "to": {"type": "phone", "number": "15085550199"},
                "call_hook": f"{hook_base}/conference",
            },
        )
        r.raise_for_status()
        sid = r.json()["sid"]
        conference = f"{bases[0]}/v1/Accounts/{account}/Conferences/bench/Participants/{sid}"
        deadline = time.monotonic() + 30
        while (await client.get(conference)).status_code != 200:
            if time.monotonic() > deadline:
                raise RuntimeError("the steering call did not join its conference")
            await asyncio.sleep(0.1)
        timings: dict[str, list[float]] = {"local": [], "crossing": []}
        failures: Counter[str] = Counter()
        for n in range(puts):
            for kind, base in (("local", bases[0]), ("crossing", bases[1])):
                body = {"mute_status": "mute" if n % 2 == 0 else "unmute"}
                started = time.perf_counter()
                r = await client.put(f"{base}/v1/Accounts/{account}/Calls/{sid}", json=body)
                timings[kind].append((time.perf_counter() - started) * 1000)
                if r.status_code != 204:
                    failures[f"{kind} {r.status_code}"] += 1
        await client.put(
            f"{bases[0]}/v1/Accounts/{account}/Calls/{sid}", json={"call_status": "completed"}
        )
    row: dict[str, Any] = {"puts": puts, "failures": dict(failures)}
    for kind, values in timings.items():
        row[f"{kind}_p50_ms"] = callbench._ms(callbench.percentile(values, 50))
        row[f"{kind}_p99_ms"] = callbench._ms(callbench.percentile(values, 99))
    if row["local_p50_ms"]:
        row["crossing_over_local_p50"] = round(row["crossing_p50_ms"] / row["local_p50_ms"], 2)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="jambonz-api instance benchmark")
    parser.add_argument(
        "--calls", type=int, default=int(os.environ.get("BENCH_INSTANCE_CALLS") or 300)
    )
    parser.add_argument("--hold", type=float, default=2.0, help="seconds each call stays up")
    parser.add_argument("--puts", type=int, default=200, help="PUTs of each kind (steering)")
    opts = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = datetime.now(UTC)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out_path = RESULTS / f"instances-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    report: dict[str, Any] = {
        "started_at": started.isoformat(timespec="seconds"),
        "machine": harness.machine_info(),
        "options": vars(opts),
        "setups": [],
        "steering": None,
        "failures": [],
    }
    print(f"bench instances: {opts.calls} calls per layout -> {out_path}", flush=True)
    with tempfile.TemporaryDirectory(prefix="jz-bench-instances-") as tmp:
        workdir = Path(tmp)
        hook_base = f"http://127.0.0.1:{harness.free_port()}"
        app = subprocess.Popen(
            [
                str(VENV_BIN / "python"),
                str(BENCH / "appserver.py"),
                "--port",
                hook_base.rsplit(":", 1)[1],
                "--hold",
                f"{opts.hold:g}",
                "--record-arrivals",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            harness.wait_http(f"{hook_base}/stats", app, timeout=30)
            with harness.fresh_database("postgresql", workdir) as url:
                fixture = seed(url, hook_base=hook_base)
                for label, count, shared in LAYOUTS:
                    with instances(workdir, url, count, shared) as running:
                        contexts = _contexts(running.bases, hook_base, fixture, opts.hold)
                        for proc in running.procs:
                            harness.settle(proc.pid)
                        row = asyncio.run(
                            setups(contexts, opts.calls, [p.pid for p in running.procs])
                        )
                        row["layout"] = label
                        report["setups"].append(row)
                        print(json.dumps(row), flush=True)
                with instances(workdir, url, 2, True) as running:
                    report["steering"] = asyncio.run(
                        steering(running.bases, hook_base, fixture, opts.puts)
                    )
                    print(json.dumps(report["steering"]), flush=True)
        except Exception as exc:
            report["failures"].append(f"{type(exc).__name__}: {exc}")
            print(f"bench instances: FAILED {type(exc).__name__}: {exc}", file=sys.stderr)
        finally:
            harness.stop_process(app)
            report["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            out_path.write_text(json.dumps(report, indent=2) + "\n")
    print()
    columns = ("setups/s", "p50 ms", "p99 ms", "cpu ms/call", "failed")
    print(f"{'layout':<22} " + " ".join(f"{c:>11}" for c in columns))
    for row in report["setups"]:
        failed = row["calls"] - row["created"] + row["hook_missing"] + row["not_completed"]
        cells = (row["setups_per_s"], row["p50_ms"], row["p99_ms"], row["cpu_ms_per_call"], failed)
        print(f"{row['layout']:<22} " + " ".join(f"{c!s:>11}" for c in cells))
    if report["steering"]:
        s = report["steering"]
        print(
            f"\nPUT to the call's instance p50 {s['local_p50_ms']} ms p99 {s['local_p99_ms']} ms; "
            f"through another p50 {s['crossing_p50_ms']} ms p99 {s['crossing_p99_ms']} ms "
            f"(x{s.get('crossing_over_local_p50')})"
        )
    print(f"\nresults: {out_path.relative_to(ROOT)}")
    for failure in report["failures"]:
        print(f"FAILED: {failure}")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
