"""httpx against aiohttp on the webhooks' workload: many small signed-size JSON POSTs to
one local application, `--concurrency` in flight (the simulator's webhook bound is 200).

    .venv/bin/python bench/http_clients.py [--requests 3000] [--concurrency 50,200]

`bench/appserver.py` runs in its own process and answers each POST at once. Each client is
measured twice, alternately, in one sitting: requests per second, the client's own CPU per
request (`time.process_time`, this process only) and the request latency p50/p99. httpx
runs with the transport the server used for webhooks (`jambonz.outbound.transport`, the
policy in front), aiohttp with `jambonz.outbound_aiohttp.session`, under the same policy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

import aiohttp  # noqa: E402
import httpx  # noqa: E402

from bench.calls import percentile  # noqa: E402
from bench.run import free_port, stop_process, wait_http  # noqa: E402
from jambonz import outbound, outbound_aiohttp  # noqa: E402

BODY = json.dumps({"call_sid": "c" * 36, "from": "15085550100", "direction": "outbound"})
HEADERS = {"Content-Type": "application/json"}
FAILED = -1.0  # the latency noted for a request that got no answer


async def with_httpx(url: str, requests: int, concurrency: int) -> list[float]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    transport = outbound.transport(outbound.OutboundPolicy(), limits)
    async with httpx.AsyncClient(transport=transport, timeout=30) as client:
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []

        async def one() -> None:
            async with gate:
                started = time.perf_counter()
                try:
                    response = await client.post(url, content=BODY, headers=HEADERS)
                    await response.aread()
                except httpx.HTTPError:
                    latencies.append(FAILED)
                    return
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(one() for _ in range(requests)))
        return latencies


async def with_aiohttp(url: str, requests: int, concurrency: int) -> list[float]:
    session = outbound_aiohttp.session(
        outbound.OutboundPolicy(), limit=concurrency, timeout=30, headers={}
    )
    async with session:
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []

        async def one() -> None:
            async with gate:
                started = time.perf_counter()
                try:
                    async with session.post(url, data=BODY, headers=HEADERS) as response:
                        await response.read()
                except (aiohttp.ClientError, TimeoutError):
                    latencies.append(FAILED)
                    return
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(one() for _ in range(requests)))
        return latencies


Client = Callable[[str, int, int], Awaitable[list[float]]]


def measure(client: Client, url: str, requests: int, concurrency: int) -> dict[str, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    noted = asyncio.run(client(url, requests, concurrency))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    latencies = [x for x in noted if x != FAILED]
    return {
        "errors": len(noted) - len(latencies),
        "req_per_s": round(requests / wall),
        "cpu_ms_per_req": round(cpu * 1000 / requests, 3),
        "p50_ms": round((percentile(latencies, 50) or 0) * 1000, 1),
        "p99_ms": round((percentile(latencies, 99) or 0) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", default="50,200", help="comma-separated levels")
    args = parser.parse_args(argv)
    port = free_port()
    app = subprocess.Popen(
        [sys.executable, str(BENCH / "appserver.py"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/stats", app)
        url = f"http://127.0.0.1:{port}/call"
        columns = ("conc", "req/s", "CPU ms/req", "p50 ms", "p99 ms", "errors")
        print(f"{'client':8} " + " ".join(f"{c:>10}" for c in columns))
        for level in [int(x) for x in args.concurrency.split(",") if x.strip()]:
            for name, client in [("httpx", with_httpx), ("aiohttp", with_aiohttp)] * 2:
                row = measure(client, url, args.requests, level)
                cells = (level, *(row[k] for k in ("req_per_s", "cpu_ms_per_req", "p50_ms")))
                cells += (row["p99_ms"], row["errors"])
                print(f"{name:8} " + " ".join(f"{c:>10}" for c in cells), flush=True)
    finally:
        stop_process(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
