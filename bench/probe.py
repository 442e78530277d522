"""The hostile-input probe: every operation of the contract, sent what a hostile or careless
client sends, on a real server; counts the answers and fails on any that is unsafe.

    .venv/bin/python bench/probe.py [--stores sqlite,postgresql] [--json out.json]
    .venv/bin/python bench/probe.py --url http://127.0.0.1:3000 --admin-token T

For each store, a fresh database and `jambonz-api serve` (short read timeouts so that the
slow-client probes finish quickly). Two service providers, each with an account, an
account key, an application and a SIP client, are made through the API; the probes then
use the first tenant's keys and aim at both tenants' resources:

- **auth**: no token, a malformed token, a 10,000-character token, a Basic header;
- **path**: each path parameter replaced by a non-uuid, SQL, a traversal, a NUL, 5,000
  characters, an emoji, and the other tenant's sid (which must not be found or changed);
- **body** (operations that take one): JSON 1,000 levels deep, a 5,000-digit number, a
  3 MB string, a NUL and other control characters, invalid JSON, an array, an empty
  body, the wrong content type, 2 MB of padding (over the 1 MiB bound), and for each
  property of the request schema each wrong JSON type;
- **query**: each query parameter of a GET given 5,000 characters, a negative number and
  a NUL;
- **wire** (raw sockets): headers that never end, a body shorter than its Content-Length,
  a 20 MB header and 50,000 headers.

An answer is **unsafe** when it is a 5xx, takes longer than the hang limit, carries the
other tenant's sids, or (a 4xx) echoes more than 2 KB of a value it refuses. It is
**helpful** when it is a 4xx JSON object with a non-empty `msg`. After the probes the
other tenant's resources must read back unchanged. The exit status is 1 when anything was
unsafe, so that `make probe` (and tests/test_probe.py) fail on it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.run import (  # noqa: E402
    free_port,
    fresh_database,
    stop_process,
    tail,
    wait_http,
)

CONTRACT = ROOT / "generated" / "openapi.yaml"
VENV_BIN = ROOT / ".venv" / "bin"
HANG_SECONDS = 15.0
CLOSED = -1  # the status of a probe whose connection the server closed
ECHO_LIMIT = 2048
WIRE_TIMEOUT = 2  # the server's header and body timeouts during a probe run
METHODS = ("get", "post", "put", "patch", "delete")
PATH_VALUES = {
    "not-a-uuid": "not-a-uuid",
    "sql": "1' OR '1'='1",
    "traversal": "..%2F..%2Fetc%2Fpasswd",
    "nul": "%00",
    "long": "a" * 5000,
    "emoji": "%F0%9F%98%80",
}
WRONG_TYPES: dict[str, Any] = {
    "string": 12345,
    "integer": "twelve",
    "number": "twelve",
    "boolean": "maybe",
    "object": "not an object",
    "array": {"not": "an array"},
}


@dataclass
class Probe:
    kind: str
    method: str
    path: str
    token: str | None = None
    body: bytes | None = None
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Tally:
    """What the probes got back."""

    probes: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    helpful_4xx: int = 0
    unhelpful_4xx: int = 0
    server_errors: int = 0
    hangs: int = 0
    leaks: int = 0
    echoes: int = 0
    without_msg: Counter[str] = field(default_factory=Counter)
    unsafe: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "probes": self.probes,
            "5xx": self.server_errors,
            "hangs": self.hangs,
            "cross_tenant_leaks": self.leaks,
            "long_echoes": self.echoes,
            "helpful_4xx": self.helpful_4xx,
            "unhelpful_4xx": self.unhelpful_4xx,
            "by_status": dict(sorted(self.by_status.items())),
            "by_kind": dict(sorted(self.by_kind.items())),
            "without_msg": dict(self.without_msg.most_common()),
            "unsafe": self.unsafe[:50],
            "seconds": round(self.seconds, 1),
        }


@dataclass
class Tenant:
    service_provider_sid: str
    account_sid: str
    token: str
    application_sid: str
    client_sid: str

    def sids(self) -> list[str]:
        return [self.account_sid, self.application_sid, self.client_sid]


# -- the contract ------------------------------------------------------------------------


def load_contract(path: Path = CONTRACT) -> dict[str, Any]:
    return yaml.safe_load(path.read_text())


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """The top-level properties of a request schema (allOf merged, first oneOf branch)."""
    schema = _deref(spec, schema)
    if not isinstance(schema, dict) or depth > 5:
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf", []) + schema.get("oneOf", [])[:1] + schema.get("anyOf", [])[:1]:
        found.update(_properties(spec, part, depth + 1))
    return {name: _deref(spec, prop) for name, prop in found.items()}


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    body_properties: dict[str, Any] | None  # None: no request body


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [_deref(spec, p) for p in shared + op.get("parameters", [])]
            body = _deref(spec, op.get("requestBody"))
            properties = None
            if body:
                content = body.get("content", {})
                media = content.get("application/json") or next(iter(content.values()), {})
                properties = _properties(spec, media.get("schema", {}))
            found.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    path_params=tuple(p["name"] for p in params if p.get("in") == "path"),
                    query_params=tuple(p["name"] for p in params if p.get("in") == "query"),
                    body_properties=properties,
                )
            )
    return found


# -- the probes --------------------------------------------------------------------------


def _fill(path: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path


def own_values(op: Operation, mine: Tenant) -> dict[str, str]:
    """Path parameters filled with the first tenant's own resources where the name says
    which; any other sid a random uuid (a 404 is then the expected answer)."""
    known = {
        "AccountSid": mine.account_sid,
        "ServiceProviderSid": mine.service_provider_sid,
        "ApplicationSid": mine.application_sid,
        "ClientSid": mine.client_sid,
    }
    return {name: known.get(name, str(uuid.uuid4())) for name in op.path_params}


def _type_of(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind:
        return str(kind)
    for part in schema.get("oneOf", []) + schema.get("anyOf", []) + schema.get("allOf", []):
        if isinstance(part, dict) and part.get("type"):
            return str(part["type"])
    return "string"


def _deep(levels: int) -> bytes:
    return b'{"name":' + b"[" * levels + b"]" * levels + b"}"


def body_probes(op: Operation, path: str, token: str, mine: Tenant) -> Iterator[Probe]:
    m = op.method
    base = {"account_sid": mine.account_sid, "name": f"probe-{uuid.uuid4().hex[:6]}"}
    yield Probe("body:deep-json", m, path, token, _deep(1000))
    yield Probe("body:huge-number", m, path, token, b'{"name": 1' + b"0" * 5000 + b"}")
    yield Probe("body:3mb-string", m, path, token, json.dumps({"name": "x" * 3_000_000}).encode())
    yield Probe("body:nul", m, path, token, json.dumps({**base, "name": "a\u0000b"}).encode())
    yield Probe("body:control", m, path, token, json.dumps({**base, "name": "a\u001bb"}).encode())
    yield Probe("body:invalid-json", m, path, token, b'{"name": ')
    yield Probe("body:array", m, path, token, b"[1, 2, 3]")
    yield Probe("body:empty", m, path, token, b"")
    yield Probe("body:text-plain", m, path, token, b"name=x", content_type="text/plain")
    yield Probe("body:2mb", m, path, token, json.dumps({"pad": "p" * 2_000_000}).encode())
    for index, (name, schema) in enumerate((op.body_properties or {}).items()):
        # One wrong type per property keeps the run short; which one rotates.
        kind = _type_of(schema)
        wrongs = [value for wrong_kind, value in WRONG_TYPES.items() if wrong_kind != kind]
        body = json.dumps({**base, name: wrongs[index % len(wrongs)]}).encode()
        yield Probe("body:wrong-type", m, path, token, body)


def probes_for(op: Operation, mine: Tenant, theirs: Tenant) -> Iterator[Probe]:
    own = own_values(op, mine)
    path = _fill("/v1" + op.path, own)
    token = mine.token
    yield Probe("auth:none", op.method, path, None)
    yield Probe("auth:malformed", op.method, path, "not a token at all")
    yield Probe("auth:10k", op.method, path, "t" * 10_000)
    yield Probe("auth:basic", op.method, path, headers={"Authorization": "Basic Zm9vOmJhcg=="})
    for name in op.path_params:
        for kind, value in PATH_VALUES.items():
            yield Probe(
                f"path:{kind}", op.method, _fill("/v1" + op.path, {**own, name: value}), token
            )
        other = {
            "AccountSid": theirs.account_sid,
            "ServiceProviderSid": theirs.service_provider_sid,
            "ApplicationSid": theirs.application_sid,
            "ClientSid": theirs.client_sid,
        }.get(name)
        if other:
            crossed = _fill("/v1" + op.path, {**own, name: other})
            body = b"{}" if op.body_properties is not None else None
            yield Probe("path:other-tenant", op.method, crossed, token, body)
    if op.method == "GET":
        for name in op.query_params:
            for kind, value in (("long", "q" * 5000), ("negative", "-1"), ("nul", "%00")):
                yield Probe(f"query:{kind}", "GET", f"{path}?{name}={value}", token)
    if op.body_properties is not None:
        yield from body_probes(op, path, token, mine)


# -- sending and judging -----------------------------------------------------------------


def judge(probe: Probe, status: int, content: bytes, theirs: Tenant, tally: Tally) -> None:
    tally.probes += 1
    tally.by_kind[probe.kind.split(":")[0]] += 1
    if status == CLOSED:
        # Closed before the whole request was sent: how an early 413, 431 or 408 reaches
        # a client that writes its whole body before it reads.
        tally.by_status["closed"] += 1
        return
    tally.by_status[f"{status // 100}xx"] += 1
    where = f"{probe.kind} {probe.method} {probe.path[:120]} -> {status}"
    if status >= 500:
        tally.server_errors += 1
        tally.unsafe.append(f"5xx: {where} {content[:200]!r}")
        return
    text = content.decode("utf-8", "replace")
    if any(sid and sid in text for sid in theirs.sids()):
        tally.leaks += 1
        tally.unsafe.append(f"other tenant's sid in the answer: {where}")
    if 400 <= status < 500:
        if len(content) > ECHO_LIMIT and (probe.body is None or len(probe.body) > ECHO_LIMIT):
            tally.echoes += 1
            tally.unsafe.append(f"a {len(content)}-byte refusal: {where}")
        try:
            msg = json.loads(content).get("msg") if content else None
        except (ValueError, AttributeError):
            msg = None
        if isinstance(msg, str) and msg.strip():
            tally.helpful_4xx += 1
        else:
            tally.unhelpful_4xx += 1
            tally.without_msg[f"{probe.kind} {status}"] += 1


async def send(client: httpx.AsyncClient, probe: Probe) -> tuple[int, bytes] | None:
    headers = dict(probe.headers)
    if probe.token is not None:
        headers["Authorization"] = f"Bearer {probe.token}"
    if probe.body is not None and probe.content_type:
        headers["Content-Type"] = probe.content_type
    try:
        response = await client.request(
            probe.method, probe.path, content=probe.body, headers=headers, timeout=HANG_SECONDS
        )
    except httpx.TimeoutException:
        return None
    except httpx.TransportError:
        # The server closed the connection: an answer to a hostile request, not a hang.
        return CLOSED, b""
    return response.status_code, response.content


def _raw(host: str, port: int, data: bytes, *, wait: float) -> bytes:
    """Send `data`, then read until the server closes or `wait` seconds pass."""
    with socket.create_connection((host, port), timeout=wait) as sock:
        with contextlib.suppress(OSError):
            sock.sendall(data)
        got = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, OSError):
                break
            if not chunk:
                return got or b"closed"
            got += chunk
        return got


def wire_probes(host: str, port: int, tally: Tally) -> None:
    """Slow and oversized requests on raw sockets: each must be answered (408/431/413) or
    closed well inside the hang limit."""
    probes = {
        "wire:endless-headers": b"GET /v1/Accounts HTTP/1.1\r\nHost: x\r\nX-Slow: 1",
        "wire:short-body": (
            b"POST /v1/Accounts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"name": '
        ),
        "wire:20mb-header": b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: "
        + b"h" * 20_000_000
        + b"\r\n\r\n",
        "wire:50k-headers": b"GET /health HTTP/1.1\r\nHost: x\r\n"
        + b"".join(b"X-H%d: v\r\n" % i for i in range(50_000))
        + b"\r\n",
    }
    for kind, data in probes.items():
        started = time.monotonic()
        got = _raw(host, port, data, wait=HANG_SECONDS)
        took = time.monotonic() - started
        status = CLOSED
        if got.startswith(b"HTTP/1.1 "):
            status = int(got[9:12])
        probe = Probe(kind, "RAW", kind.split(":")[1])
        if not got or took >= HANG_SECONDS:
            tally.probes += 1
            tally.hangs += 1
            tally.unsafe.append(f"hang: {kind} ({took:.1f} s)")
            continue
        body = got.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in got else b""
        judge(probe, status, body, Tenant("", "", "", "", ""), tally)


async def _create(client: httpx.AsyncClient, path: str, body: dict[str, Any], token: str) -> str:
    response = await client.post(path, json=body, headers={"Authorization": f"Bearer {token}"})
    if response.status_code != 201:
        raise RuntimeError(f"POST {path}: {response.status_code} {response.text[:300]}")
    return str(response.json()["sid"])


async def make_tenant(client: httpx.AsyncClient, admin: str, label: str) -> Tenant:
    tag = f"{label}-{uuid.uuid4().hex[:6]}"
    sp = await _create(client, "/v1/ServiceProviders", {"name": f"probe-sp-{tag}"}, admin)
    account = await _create(
        client, "/v1/Accounts", {"name": f"probe-acct-{tag}", "service_provider_sid": sp}, admin
    )
    key = await client.post(
        "/v1/ApiKeys", json={"account_sid": account}, headers={"Authorization": f"Bearer {admin}"}
    )
    token = key.json()["token"]
    hook = {"url": "https://app.example.com/call", "method": "POST"}
    app = await _create(
        client,
        "/v1/Applications",
        {
            "name": f"probe-app-{tag}",
            "account_sid": account,
            "call_hook": hook,
            "call_status_hook": hook,
        },
        token,
    )
    sip = await _create(
        client,
        "/v1/Clients",
        {"account_sid": account, "username": f"probe{tag}", "password": "probe-Pw-123"},
        token,
    )
    return Tenant(sp, account, token, app, sip)


async def snapshot(client: httpx.AsyncClient, tenant: Tenant) -> list[Any]:
    auth = {"Authorization": f"Bearer {tenant.token}"}
    paths = [
        f"/v1/Accounts/{tenant.account_sid}",
        f"/v1/Applications/{tenant.application_sid}",
        f"/v1/Clients/{tenant.client_sid}",
    ]
    found = []
    for path in paths:
        response = await client.get(path, headers=auth)
        found.append((path, response.status_code, response.json()))
    return found


async def probe_server(base_url: str, admin_token: str, *, concurrency: int = 8) -> Tally:
    """Run every probe against a server; the tally of what came back."""
    spec = load_contract()
    tally = Tally()
    started = time.monotonic()
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        mine = await make_tenant(client, admin_token, "a")
        theirs = await make_tenant(client, admin_token, "b")
        before = await snapshot(client, theirs)
        ops = operations(spec)
        # Deletions last, so that the other probes still find the first tenant's rows.
        ops.sort(key=lambda op: op.method == "DELETE")
        queue = [probe for op in ops for probe in probes_for(op, mine, theirs)]
        gate = asyncio.Semaphore(concurrency)

        async def one(probe: Probe) -> None:
            async with gate:
                got = await send(client, probe)
            if got is None:
                tally.probes += 1
                tally.hangs += 1
                tally.unsafe.append(f"hang: {probe.kind} {probe.method} {probe.path[:120]}")
                return
            judge(probe, got[0], got[1], theirs, tally)

        for op_group in _batches(queue, 200):
            await asyncio.gather(*(one(p) for p in op_group))
        url = httpx.URL(base_url)
        await asyncio.to_thread(wire_probes, url.host, url.port or 80, tally)
        after = await snapshot(client, theirs)
        if after != before:
            tally.unsafe.append("the other tenant's resources changed")
            tally.leaks += 1
    tally.seconds = time.monotonic() - started
    return tally


def _batches(items: list[Probe], size: int) -> Iterator[list[Probe]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def serve_and_probe(store: str, workdir: Path) -> Tally:
    """A fresh database of `store`, a server on it, and the probes."""
    admin = str(uuid.uuid4())
    with fresh_database(store, workdir) as url:
        port = free_port()
        log_path = workdir / f"probe-{store}.log"
        env = {
            **os.environ,
            "JAMBONZ_DATABASE_URL": url,
            "JAMBONZ_PORT": str(port),
            "JAMBONZ_ADMIN_TOKEN": admin,
            "JAMBONZ_HEADER_TIMEOUT": str(WIRE_TIMEOUT),
            "JAMBONZ_BODY_TIMEOUT": str(WIRE_TIMEOUT),
            "JAMBONZ_DEFAULT_TENANTS": "false",
        }
        with open(log_path, "wb") as log:
            server = subprocess.Popen(
                [str(VENV_BIN / "jambonz-api"), "serve", "--workers", "1"],
                cwd=workdir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            try:
                wait_http(f"http://127.0.0.1:{port}/health", server)
            except RuntimeError as exc:
                raise RuntimeError(f"{exc}\n--- server log ---\n{tail(log_path)}") from None
            return asyncio.run(probe_server(f"http://127.0.0.1:{port}", admin))
        finally:
            stop_process(server)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stores", default="sqlite,postgresql", help="comma-separated stores")
    parser.add_argument("--url", help="probe this running server instead (its base URL)")
    parser.add_argument("--admin-token", help="an admin key of the server given by --url")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    if args.url:
        if not args.admin_token:
            parser.error("--url needs --admin-token")
        results[args.url] = asyncio.run(probe_server(args.url, args.admin_token)).summary()
    else:
        with tempfile.TemporaryDirectory(prefix="jambonz-probe-") as tmp:
            for store in [s.strip() for s in args.stores.split(",") if s.strip()]:
                print(f"probing {store} …", file=sys.stderr, flush=True)
                results[store] = serve_and_probe(store, Path(tmp)).summary()
    unsafe = False
    for where, figures in results.items():
        print(
            f"{where}: {figures['probes']} probes in {figures['seconds']} s; "
            f"5xx {figures['5xx']}, hangs {figures['hangs']}, "
            f"cross-tenant {figures['cross_tenant_leaks']}, long echoes "
            f"{figures['long_echoes']}; 4xx helpful {figures['helpful_4xx']}, "
            f"without a msg {figures['unhelpful_4xx']}; {figures['by_status']}"
        )
        for line in figures["unsafe"]:
            print(f"  UNSAFE {line}")
        unsafe = unsafe or bool(figures["unsafe"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if unsafe else 0


if __name__ == "__main__":
    sys.exit(main())
