"""`GET /v1/AppEnv`: a real local listener serves env-schemas (and everything else an
application might answer); the server asks it with OPTIONS through the outbound policy."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from jambonz.db.migrate import upgrade
from jambonz.services.app_env import is_env_schema, request_url
from tests.conftest import Api, Tenant, app_api, unique
from tests.test_outbound_policy import Listener, Route, Trap

TIMEOUT = 1.0
SCHEMA = {
    "GREETING": {"type": "string", "description": "What the caller hears", "default": "Hi"},
    "RETRIES": {"type": "number", "description": "How often", "required": True},
    "LOUD": {"type": "boolean", "description": "Shout", "default": False, "obscure": True},
    "VOICE": {"type": "string", "description": "Voice", "enum": ["a", "b"], "uiHint": "x"},
}


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, appenv_timeout=TIMEOUT) as made:
        yield made


@pytest.fixture
def app() -> Iterator[Listener]:
    made = Listener()
    yield made
    made.close()


def serve(app: Listener, path: str, body: Any, status: int = 200, **route: Any) -> str:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    app.routes[path] = Route(status=status, body=raw, **route)
    return f"{app.base}{path}"


async def ask(api: Api, url: str | None, token: str | None = "admin") -> Any:
    params = {} if url is None else {"url": url}
    return await api.get("/v1/AppEnv", token, params=params)


async def test_a_valid_schema_is_answered_as_sent(api: Api, app: Listener) -> None:
    r = await ask(api, serve(app, "/call", SCHEMA))
    assert r.status_code == 200, r.text
    assert r.json() == SCHEMA
    (request,) = app.headers
    assert app.seen[0][:2] == ("OPTIONS", "/call")
    assert request["accept"] == "application/json"
    assert "jambonz-signature" not in request


async def test_ws_urls_are_asked_over_http(api: Api, app: Listener) -> None:
    serve(app, "/ws", SCHEMA)
    r = await ask(api, f"WS://127.0.0.1:{app.port}/ws")
    assert r.status_code == 200 and r.json() == SCHEMA
    assert app.seen[0][:2] == ("OPTIONS", "/ws")


@pytest.mark.parametrize(
    "body",
    [
        {},
        [],
        1,
        "text",
        {"bad-name": {"type": "string", "description": "x"}},
        {"A": {"type": "date", "description": "x"}},
        {"A": {"type": "string"}},
        {"A": {"description": "x"}},
        {"A": "string"},
        {"A": {"type": "string", "description": "x", "required": "yes"}},
        {"A": {"type": "string", "description": "x", "default": None}},
        {"A": {"type": "string", "description": "x", "default": [1]}},
        {"A": {"type": "string", "description": "x", "enum": "a"}},
        {"A": {"type": "string", "description": "x", "obscure": 1}},
    ],
)
async def test_other_json_is_an_invalid_schema(api: Api, app: Listener, body: Any) -> None:
    r = await ask(api, serve(app, "/call", body))
    assert r.status_code == 400
    assert r.json() == {"msg": "Invalid appenv schema"}


@pytest.mark.parametrize(
    ("body", "status", "content_type"),
    [
        (SCHEMA, 404, "application/json"),
        (SCHEMA, 500, "application/json"),
        (b"not json", 200, "text/plain"),
        (b"", 204, "application/json"),
        (b"null", 200, "application/json"),
        (b"false", 200, "application/json"),
        (b"0", 200, "application/json"),
        (b'""', 200, "application/json"),
    ],
)
async def test_no_schema_is_204(
    api: Api, app: Listener, body: Any, status: int, content_type: str
) -> None:
    url = serve(app, "/call", body, status, headers={"Content-Type": content_type})
    r = await ask(api, url)
    assert r.status_code == 204, r.text
    assert r.content == b""


async def test_unreachable_slow_and_large_answers_are_204(api: Api, app: Listener) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    assert (await ask(api, f"http://127.0.0.1:{closed}/call")).status_code == 204
    assert (await ask(api, "http://no-such-host.invalid/call")).status_code == 204
    slow = serve(app, "/slow", SCHEMA, delay=TIMEOUT * 2)
    started = time.monotonic()
    assert (await ask(api, slow)).status_code == 204
    assert time.monotonic() - started < TIMEOUT * 1.8
    big = {f"V{i}": {"type": "string", "description": "x" * 100} for i in range(3000)}
    assert (await ask(api, serve(app, "/big", big))).status_code == 204


async def test_redirects_are_followed(api: Api, app: Listener) -> None:
    serve(app, "/env", SCHEMA)
    app.routes["/call"] = Route(status=302, headers={"Location": "/env"})
    r = await ask(api, f"{app.base}/call")
    assert r.status_code == 200 and r.json() == SCHEMA
    app.routes["/bad"] = Route(status=302, headers={"Location": "http://MX\u00bb4/"})
    assert (await ask(api, f"{app.base}/bad")).status_code == 204


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "app.example.com/call",
        "ftp://127.0.0.1/x",
        "http://",
        "https://?x=1",
        "javascript:alert(1)",
        "wS://MX\u00bb4",
        "http://127.0.0.1:99999/",
    ],
)
async def test_a_missing_or_bad_url_is_400(api: Api, url: str | None) -> None:
    r = await ask(api, url)
    assert r.status_code == 400, r.text
    assert set(r.json()) == {"msg"}


async def test_every_scope_may_ask(api: Api, app: Listener, tenants: list[Tenant]) -> None:
    url = serve(app, "/call", SCHEMA)
    for token in (tenants[0].sp_token, tenants[0].account_tokens[0], "admin"):
        r = await ask(api, url, token)
        assert r.status_code == 200 and r.json() == SCHEMA
    assert (await ask(api, url, None)).status_code == 401


async def test_metadata_is_never_asked(api: Api) -> None:
    started = time.monotonic()
    for url in ("http://169.254.169.254/latest/meta-data", "http://metadata.google.internal/"):
        r = await ask(api, url)
        assert r.status_code == 204
    assert time.monotonic() - started < TIMEOUT


async def test_private_addresses_when_the_policy_refuses_them(database_url: str) -> None:
    trap = Trap()
    try:
        async with app_api(database_url, webhook_allow_private=False) as strict:
            for host in ("127.0.0.1", "2130706433", "[::ffff:127.0.0.1]", "localhost"):
                r = await ask(strict, f"http://{host}:{trap.port}/call")
                assert r.status_code == 204
        time.sleep(0.2)
        assert trap.connections == 0
    finally:
        trap.close()


def test_request_url_and_schema_rules() -> None:
    assert request_url("wss://app.example.com/x?y=1") == "https://app.example.com/x?y=1"
    assert request_url("Http://app.example.com") == "http://app.example.com"
    assert is_env_schema(SCHEMA)
    assert is_env_schema({"A": {"type": "number", "description": "x", "default": True}})
    assert not is_env_schema({"A B": {"type": "number", "description": "x"}})


# -- env_vars checked against the app's env-schema, as jambonz checks them ------------------


async def test_env_vars_are_checked_against_what_the_app_declares(
    api: Api, app: Listener, tenants: list[Tenant]
) -> None:
    account = tenants[0].accounts[0]
    call_hook = serve(app, "/call", SCHEMA)
    body = {
        "name": unique("envapp"),
        "account_sid": account,
        "call_hook": {"url": call_hook, "method": "POST"},
        "call_status_hook": {"url": f"{app.base}/status", "method": "POST"},
    }
    # A required variable missing: jambonz's words (side by side, jambonz answered this).
    r = await api.post("/v1/Applications", json={**body, "env_vars": {"GREETING": "x"}})
    assert r.status_code == 400 and r.json() == {"msg": "Missing required value env_vars.RETRIES"}
    assert app.seen[-1][:2] == ("OPTIONS", "/call")
    # A value of another type (JavaScript's typeof), or outside its enum.
    for env, name in (
        ({"RETRIES": "3"}, "RETRIES"),
        ({"RETRIES": 3, "LOUD": 1}, "LOUD"),
        ({"RETRIES": 3, "VOICE": "c"}, "VOICE"),
    ):
        r = await api.post("/v1/Applications", json={**body, "env_vars": env})
        assert r.status_code == 400, (env, r.text)
        assert r.json() == {"msg": f"Invalid value/type for env_vars.{name}"}
    # What the schema allows is stored; variables it does not name are kept too.
    env = {"RETRIES": 3, "LOUD": True, "VOICE": "b", "EXTRA": {"any": 1}}
    sid = await api.create("/v1/Applications", {**body, "env_vars": env})
    assert (await api.get(f"/v1/Applications/{sid}")).json()["env_vars"] == env
    # A change is checked against the stored call_hook's app, or the one it gives.
    r = await api.put(f"/v1/Applications/{sid}", json={"env_vars": {"LOUD": False}})
    assert r.status_code == 400 and r.json()["msg"] == "Missing required value env_vars.RETRIES"
    other = serve(
        app, "/other", {"TOKEN": {"type": "string", "description": "t", "required": True}}
    )
    r = await api.put(
        f"/v1/Applications/{sid}",
        json={"call_hook": {"url": other, "method": "POST"}, "env_vars": {"TOKEN": "t"}},
    )
    assert r.status_code == 204, r.text
    assert (await api.get(f"/v1/Applications/{sid}")).json()["env_vars"] == {"TOKEN": "t"}


async def test_env_vars_of_an_app_that_declares_none_are_stored_as_given(
    api: Api, app: Listener, tenants: list[Tenant]
) -> None:
    account = tenants[0].accounts[0]
    for route in ("/none", "/broken", "/invalid"):
        if route == "/broken":
            call_hook = serve(app, route, {"error": "x"}, status=500)
        elif route == "/invalid":
            call_hook = serve(app, route, {"bad-name": {"type": "string"}})
        else:
            call_hook = serve(app, route, b"")
        sid = await api.create(
            "/v1/Applications",
            {
                "name": unique("envapp"),
                "account_sid": account,
                "call_hook": call_hook,
                "call_status_hook": f"{app.base}/status",
                "env_vars": {"ANY": 1},
            },
        )
        assert (await api.get(f"/v1/Applications/{sid}")).json()["env_vars"] == {"ANY": 1}
    assert [seen[:2] for seen in app.seen] == [
        ("OPTIONS", "/none"),
        ("OPTIONS", "/broken"),
        ("OPTIONS", "/invalid"),
    ]
