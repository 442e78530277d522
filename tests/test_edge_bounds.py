"""Bounds at the HTTP edge: every one answers its status (JSON `{"msg"}`) on the fast path
(`POST /v1/ServiceProviders`, compiled by handlers/fastpath.py) and on Connexion's path
(`POST /v1/Sbcs`, which the fast path never compiles, and `POST /v1/messaging/{Provider}`);
a live server's memory stays flat under 100 MB bodies; slow clients are cut off; the NUL
rule is the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from handlers.app import create_app
from handlers.fastpath import FastPath
from jambonz.db.migrate import upgrade
from tests.conftest import Api, app_api, unique
from tests.live import live_server

FAST = "/v1/ServiceProviders"  # compiled by the fast path
CONNEXION = "/v1/Sbcs"  # never compiled: Connexion serves it
PATHS = [FAST, CONNEXION]
LIMIT = 16384  # the body limit of the in-process apps
JSON = {"Content-Type": "application/json"}
ADMIN = "4a1d6f0e-9f5b-4a57-8c1e-2b7f3c9d0a11"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def bounded(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, max_body_bytes=LIMIT) as made:
        yield made


def test_the_paths_are_the_ones_named() -> None:
    """The two paths under test really are served one each way."""
    from jambonz.config import Settings
    from jambonz.runtime import Core

    app: Any = create_app(Core.from_settings(Settings(database_url="sqlite://")))
    while not isinstance(app, FastPath):
        app = app.app
    assert "handlers.service_providers.create_service_provider" in app.routes.compiled
    assert "handlers.sbcs.create_sbc" not in app.routes.compiled
    assert "handlers.messages.receive_carrier_message" not in app.routes.compiled


def _refused(response: httpx.Response, status: int, words: str) -> None:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    assert words in response.json()["msg"], response.json()


# --- body size: 413 --------------------------------------------------------------------


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
async def test_a_body_over_the_limit_is_413(bounded: Api, path: str) -> None:
    body = json.dumps({"name": "x" * LIMIT}).encode()
    _refused(await bounded.post(path, content=body, headers=JSON), 413, "too large")


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
async def test_a_chunked_body_over_the_limit_is_413(bounded: Api, path: str) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(20):
            yield b" " * 1000

    response = await bounded.post(path, content=chunks(), headers=JSON)
    _refused(response, 413, "too large")


@pytest.mark.asyncio(loop_scope="session")
async def test_a_chunked_body_within_the_limit_is_served(bounded: Api) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"name": '
        yield json.dumps(unique("sp")).encode() + b"}"

    response = await bounded.post(FAST, content=chunks(), headers=JSON)
    assert response.status_code == 201, response.text


@pytest.mark.asyncio(loop_scope="session")
async def test_carriers_are_authenticated_before_their_body_is_read(bounded: Api) -> None:
    """No credentials: 401 with the Basic challenge, for a valid body, a body the schema
    rejects and one over the limit alike; nothing of the body comes back."""
    for body in (
        {"from": "15085550100", "to": "15085550142", "text": "hi"},
        {"unknown": "y" * 1000},
        {"text": "z" * (2 * LIMIT)},
    ):
        response = await bounded.post("/v1/messaging/acme", token=None, json=body)
        _refused(response, 401, "carrier authentication required")
        assert response.headers["www-authenticate"].startswith("Basic")
        assert len(response.content) < 300


# --- JSON: depth, digits, NaN: 400 -----------------------------------------------------


def _nested(depth: int) -> str:
    return '{"name": "deep", "x": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("depth", [40, 3000])
async def test_deep_json_is_400(bounded: Api, path: str, depth: int) -> None:
    response = await bounded.post(path, content=_nested(depth), headers=JSON)
    _refused(response, 400, "nested too deeply")


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("number", ["9" * 5000, "1." + "5" * 70, "-" + "1" * 65 + "e5"])
async def test_a_number_with_too_many_digits_is_400(bounded: Api, path: str, number: str) -> None:
    body = '{"name": "n", "description": ' + number + "}"
    response = await bounded.post(path, content=body, headers=JSON)
    _refused(response, 400, "more than 64 digits")


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
async def test_nan_is_400(bounded: Api, path: str) -> None:
    response = await bounded.post(path, content='{"name": NaN}', headers=JSON)
    _refused(response, 400, "NaN")


@pytest.mark.asyncio(loop_scope="session")
async def test_a_huge_integer_in_the_query_is_400(bounded: Api) -> None:
    response = await bounded.get("/v1/Applications", params={"page": "9" * 5000})
    assert response.status_code == 400, response.text[:300]
    assert len(response.json()["msg"]) <= 300


# --- quotes of values --------------------------------------------------------------------


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
async def test_an_error_quotes_only_a_short_prefix(bounded: Api, path: str) -> None:
    response = await bounded.post(path, json={"name": "q" * 3000, "ipv4": "q" * 3000})
    assert response.status_code == 400, response.text[:300]
    msg = response.json()["msg"]
    assert "q" * 41 not in msg and len(msg) <= 300, msg


# --- NUL and control characters: the same rule on every store ------------------------------


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("name", ["nul\x00name", "bell\x07", "tab\tname", "del\x7f"])
async def test_control_characters_in_a_name_are_422(bounded: Api, name: str) -> None:
    response = await bounded.post(FAST, json={"name": name})
    _refused(response, 422, "name: must not contain control characters")
    listed = await bounded.get(FAST)
    assert all(sp["name"] != name for sp in listed.json())


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("path", PATHS)
async def test_nul_in_any_string_is_422(bounded: Api, path: str) -> None:
    body = {"name": unique("sp"), "description": "a\x00b", "ipv4": "192.0.2.1\x00"}
    response = await bounded.post(path, json=body)
    _refused(response, 422, "must not contain the NUL character")


@pytest.mark.asyncio(loop_scope="session")
async def test_nul_in_an_update_is_422(bounded: Api) -> None:
    sid = await bounded.service_provider()
    response = await bounded.put(f"{FAST}/{sid}", json={"description": "x\x00"})
    _refused(response, 422, "description: must not contain the NUL character")


@pytest.mark.asyncio(loop_scope="session")
async def test_line_breaks_outside_names_are_kept(bounded: Api) -> None:
    sid = await bounded.service_provider(description="two\nlines\tand a tab")
    found = await bounded.get(f"{FAST}/{sid}")
    assert found.json()["description"] == "two\nlines\tand a tab"


@pytest.mark.asyncio(loop_scope="session")
async def test_the_connexion_path_refuses_alike(database_url: str) -> None:
    """With the fast path off, the same bounds, in the same words."""
    async with app_api(database_url, max_body_bytes=LIMIT, fast_path=False) as slow:
        _refused(await slow.post(FAST, json={"name": "a\x00"}), 422, "control characters")
        _refused(await slow.post(FAST, content=_nested(50), headers=JSON), 400, "too deeply")
        big = json.dumps({"name": "x" * LIMIT})
        _refused(await slow.post(FAST, content=big, headers=JSON), 413, "too large")


# --- a live server: the head, slow clients, memory ---------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    workdir: Path = tmp_path_factory.mktemp("edge")
    with live_server(
        workdir,
        JAMBONZ_WORKERS="1",
        JAMBONZ_ADMIN_TOKEN=ADMIN,
        JAMBONZ_HEADER_TIMEOUT="1",
        JAMBONZ_BODY_TIMEOUT="1",
        JAMBONZ_MAX_HEADERS="50",
        JAMBONZ_MAX_HEADER_BYTES="8192",
    ) as (base, _log):
        port = int(base.rsplit(":", 1)[1])
        yield base, port


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    return sock


def _answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (b"" if it said
    nothing, or reset it)."""
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return data


def _status(data: bytes) -> int | None:
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else None


def _msg(data: bytes) -> str:
    return json.loads(data.split(b"\r\n\r\n", 1)[1])["msg"]


def _head(method: str, path: str, *lines: str) -> bytes:
    headers = "".join(f"{line}\r\n" for line in lines)
    return f"{method} {path} HTTP/1.1\r\nHost: x\r\n{headers}".encode()


@pytest.mark.parametrize("path", [FAST, "/v1/messaging/acme"])
def test_a_header_too_large_is_431(server: tuple[str, int], path: str) -> None:
    with _connect(server[1]) as sock:
        sock.sendall(_head("POST", path, "X-Big: " + "a" * 20000) + b"\r\n")
        data = _answer(sock)
    assert _status(data) == 431 and "too large" in _msg(data), data[:300]


@pytest.mark.parametrize("path", [FAST, "/v1/messaging/acme"])
def test_too_many_headers_is_431(server: tuple[str, int], path: str) -> None:
    with _connect(server[1]) as sock:
        sock.sendall(_head("POST", path, *(f"X-{i}: v" for i in range(60))) + b"\r\n")
        data = _answer(sock)
    assert _status(data) == 431 and "too many" in _msg(data), data[:300]


def test_a_header_streamed_forever_is_cut_off(server: tuple[str, int]) -> None:
    """httptools holds an unfinished header whole: it is counted as it arrives."""
    with _connect(server[1]) as sock:
        sock.sendall(_head("GET", FAST) + b"X-Long: ")
        sent = 0
        try:
            while sent < 20_000_000:
                sock.sendall(b"a" * 65536)
                sent += 65536
        except OSError:
            pass
        data = _answer(sock)
    assert sent < 10_000_000 and _status(data) in (431, None), (sent, data[:200])


@pytest.mark.parametrize("path", [FAST, "/v1/messaging/acme"])
def test_slow_headers_are_408_or_closed(server: tuple[str, int], path: str) -> None:
    started = time.monotonic()
    with _connect(server[1]) as sock:
        sock.sendall(_head("POST", path))
        try:
            for i in range(20):
                time.sleep(0.3)
                sock.sendall(f"X-{i}: slow\r\n".encode())
        except OSError:
            pass
        data = _answer(sock)
    assert time.monotonic() - started < 8
    assert data == b"" or (_status(data) == 408 and "took too long" in _msg(data)), data


@pytest.mark.parametrize(
    ("path", "auth"), [(FAST, f"Bearer {ADMIN}"), ("/v1/messaging/acme", "Basic YTpi")]
)
def test_a_body_shorter_than_its_length_is_408(
    server: tuple[str, int], path: str, auth: str
) -> None:
    """The gate answers the carrier's wrong credentials at once; a body that never
    completes is cut off within the body timeout."""
    started = time.monotonic()
    with _connect(server[1]) as sock:
        head = _head("POST", path, f"Authorization: {auth}", "Content-Type: application/json")
        sock.sendall(head + b"Content-Length: 100\r\n\r\n" + b'{"name"')
        data = _answer(sock)
    assert time.monotonic() - started < 8
    if path == FAST:
        assert _status(data) == 408 and "body took too long" in _msg(data), data
    else:
        assert _status(data) == 401, data


def test_an_idle_connection_is_closed(server: tuple[str, int]) -> None:
    started = time.monotonic()
    with _connect(server[1]) as sock:
        assert _answer(sock) == b""
    assert time.monotonic() - started < 8


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _server_pid(port: int) -> int:
    """The process listening on `port` (with one worker, `jambonz-api serve` itself)."""
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1].endswith(f":{port:04X}") and fields[3] == "0A":
            inode = fields[9]
    assert inode is not None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                if fd.readlink().name == f"socket:[{inode}]":
                    return int(proc.name)
        except OSError:
            continue
    raise AssertionError("no process listens on the port")


_MIB = b"x" * (1024 * 1024)


def _stream_100_mb(port: int, path: str, auth: str, chunked: bool) -> int | None:
    """Send 100 MB (a 1 MiB buffer, again and again) until the server stops taking it;
    the status it answered, if the answer got through."""
    length = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {100 * len(_MIB)}"
    head = _head("POST", path, f"Authorization: {auth}", "Content-Type: application/json", length)
    with _connect(port) as sock:
        sock.sendall(head + b"\r\n")
        frame = (b"%x\r\n" % len(_MIB)) + _MIB + b"\r\n" if chunked else _MIB
        try:
            for _ in range(100):
                sock.sendall(frame)
        except OSError:
            pass
        return _status(_answer(sock))


def test_memory_stays_flat_under_100_mb_bodies(server: tuple[str, int]) -> None:
    base, port = server
    pid = _server_pid(port)
    cases = [
        (FAST, f"Bearer {ADMIN}", False),
        (FAST, f"Bearer {ADMIN}", True),
        (CONNEXION, f"Bearer {ADMIN}", True),
        ("/v1/messaging/acme", "Basic YTpi", False),
    ]
    for case in cases:  # warm up every code path once
        _stream_100_mb(port, *case)
    before = _rss_kib(pid)
    statuses = [_stream_100_mb(port, *cases[i % len(cases)]) for i in range(20)]
    after = _rss_kib(pid)
    assert after - before < 20 * 1024, (before, after)
    assert {s for s in statuses if s is not None} <= {413, 401}, statuses
    assert httpx.get(f"{base}/health").status_code == 200
