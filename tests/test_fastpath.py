"""The fast path answers exactly as Connexion would (handlers/fastpath.py).

Every request below is sent twice on the same database: once to the app as served (the
fast path in front of Connexion) and once to an app with the fast path off (Connexion
alone). Status, JSON body and the headers a client reads must be the same. The requests
are the kinds the fast path serves itself (valid reads and writes, unknown or missing
tokens) and the kinds it must hand over (bad parameters, unknown query parameters,
malformed bodies, other content types, unknown routes and methods).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import pytest_asyncio

from handlers.app import BASE_PATH, create_app, load_spec
from handlers.fastpath import Routes
from tests.conftest import Api, Tenant, unique

pytestmark = pytest.mark.asyncio(loop_scope="session")

HEADERS_COMPARED = ("content-type", "www-authenticate", "allow")


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def connexion_only(api: Api) -> Any:
    app = create_app(api.core, validate_responses=True, fast_path=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def _shape(response: httpx.Response) -> tuple[int, Any, dict[str, str]]:
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    headers = {h: response.headers[h] for h in HEADERS_COMPARED if h in response.headers}
    if response.status_code == 204:  # no body: a content type means nothing there
        headers.pop("content-type", None)
    return response.status_code, body, headers


async def both(
    api: Api,
    slow: httpx.AsyncClient,
    method: str,
    path: str,
    token: str | None = "admin",
    **kwargs: Any,
) -> tuple[tuple[int, Any, dict[str, str]], tuple[int, Any, dict[str, str]]]:
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers.setdefault(
            "Authorization", f"Bearer {api.admin_token if token == 'admin' else token}"
        )
    fast = await api.client.request(method, path, headers=headers, **kwargs)
    conn = await slow.request(method, path, headers=headers, **kwargs)
    return _shape(fast), _shape(conn)


def app_body(account_sid: str, **fields: Any) -> dict[str, Any]:
    return {
        "name": unique("app"),
        "account_sid": account_sid,
        "call_hook": {"url": "https://app.example.com/call", "method": "POST"},
        "call_status_hook": {"url": "https://app.example.com/status", "method": "POST"},
        **fields,
    }


async def test_every_bearer_operation_is_compiled() -> None:
    routes = Routes(load_spec(), BASE_PATH)
    assert "handlers.applications.get_application" in routes.compiled
    assert "handlers.accounts.list_accounts" in routes.compiled
    assert "handlers.calls.create_call" in routes.compiled
    # not bearer-secured: always through Connexion
    assert "handlers.health.get_health" not in routes.compiled
    assert "handlers.messages.receive_carrier_message" not in routes.compiled


async def test_reads_answer_the_same(api: Api, tenants: list[Tenant], connexion_only: Any) -> None:
    t = tenants[0]
    app = await api.application(t.accounts[0])
    other_tenant_token = tenants[1].account_tokens[0]
    cases: list[tuple[str, str | None]] = [
        (f"/v1/Applications/{app}", "admin"),
        (f"/v1/Applications/{app}", t.account_tokens[0]),
        (f"/v1/Applications/{app}", t.sp_token),
        (f"/v1/Applications/{app}", other_tenant_token),
        (f"/v1/Applications/{app}/", "admin"),
        (f"/v1/Accounts/{t.accounts[0]}/Applications/{app}", t.account_tokens[0]),
        (f"/v1/Accounts/{t.accounts[1]}/Applications/{app}", t.sp_token),
        ("/v1/Applications/00000000-0000-0000-0000-000000000000", "admin"),
        ("/v1/Applications/too-short", "admin"),
        ("/v1/Applications", t.account_tokens[0]),
        ("/v1/Applications?name=nobody", "admin"),
        ("/v1/Applications?page=1&page_size=2", t.sp_token),
        ("/v1/Applications?page=0", "admin"),
        ("/v1/Applications?page=abc", "admin"),
        ("/v1/Applications?page=1&page=2", "admin"),
        ("/v1/Applications?page=", "admin"),
        ("/v1/Applications?unknown=1", "admin"),
        ("/v1/Accounts", t.account_tokens[0]),
        ("/v1/Accounts", t.sp_token),
        (f"/v1/Accounts/{t.accounts[0]}", other_tenant_token),
        (f"/v1/Accounts/{t.accounts[0]}/Calls", t.account_tokens[0]),
        (f"/v1/Accounts/{t.accounts[0]}/Calls?direction=inbound", t.account_tokens[0]),
        (f"/v1/Accounts/{t.accounts[0]}/Calls?direction=sideways", t.account_tokens[0]),
        (f"/v1/Accounts/{t.accounts[0]}/CallCount", t.account_tokens[0]),
        (f"/v1/Accounts/{t.accounts[0]}/Limits", t.sp_token),
        ("/v1/ServiceProviders", t.sp_token),
        ("/v1/Nowhere", "admin"),
        ("/v1/SipGateways", "admin"),
        ("/v1/SipGateways?voip_carrier_sid=00000000-0000-0000-0000-000000000000", "admin"),
        (f"/v1/Applications/{app}", None),
        (f"/v1/Applications/{app}", "not-a-real-token"),
        ("/v1/Nowhere", None),
    ]
    for path, token in cases:
        fast, conn = await both(api, connexion_only, "GET", path, token)
        assert fast == conn, path
    statuses = set()
    for path, token in cases:
        statuses.add((await api.get(path, token)).status_code)
    assert {200, 400, 401, 404} <= statuses


@pytest.mark.parametrize(
    "authorization",
    [
        "",
        "Bearer",
        "Bearer ",
        "bearer {token}",
        "BEARER {token}",
        "Basic dXNlcjpwYXNz",
        "Bearer {token} extra",
        "Token {token}",
    ],
)
async def test_authorization_headers_answer_the_same(
    api: Api, connexion_only: Any, authorization: str
) -> None:
    headers = {"Authorization": authorization.format(token=api.admin_token)}
    fast, conn = await both(api, connexion_only, "GET", "/v1/Accounts", None, headers=headers)
    assert fast == conn
    assert fast[0] in (200, 401)


async def test_methods_and_routes_answer_the_same(api: Api, connexion_only: Any) -> None:
    for method, path in [
        ("PATCH", "/v1/Applications"),
        ("DELETE", "/v1/Accounts"),
        ("POST", "/v1/Applications/00000000-0000-0000-0000-000000000000"),
    ]:
        fast, conn = await both(api, connexion_only, method, path)
        assert fast == conn, (method, path)
        assert fast[0] in (404, 405)
    for method, path in [("HEAD", "/v1/Accounts"), ("GET", "/v1/openapi.json")]:
        fast, conn = await both(api, connexion_only, method, path)
        assert fast[0] == conn[0] == 200, (method, path)


async def test_writes_answer_the_same(api: Api, tenants: list[Tenant], connexion_only: Any) -> None:
    t = tenants[0]
    account = t.accounts[0]
    bad_bodies: list[dict[str, Any]] = [
        {"json": {"account_sid": account}},
        {"json": app_body(account, call_hook="not a url")},
        {"json": None},
        {"content": b"null", "headers": {"Content-Type": "application/json"}},
        {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
        {"content": b"", "headers": {"Content-Type": "application/json"}},
        {"content": b'{"name": "\xff"}', "headers": {"Content-Type": "application/json"}},
        {"content": b"name=x", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        {"content": b'{"name": "x"}', "headers": {"Content-Type": "text/plain"}},
        {"json": [1, 2]},
    ]
    for kwargs in bad_bodies:
        fast, conn = await both(api, connexion_only, "POST", "/v1/Applications", **kwargs)
        assert fast == conn, kwargs
        assert 400 <= fast[0] < 500

    # Valid creates: one through each app. Same status, same shape of answer.
    for charset in ("application/json", "application/json; charset=utf-8"):
        body = app_body(account)
        fast = await api.client.post(
            "/v1/Applications",
            content=httpx.Request("POST", "/", json=body).content,
            headers={"Authorization": f"Bearer {t.account_tokens[0]}", "Content-Type": charset},
        )
        conn = await connexion_only.post(
            "/v1/Applications", json=app_body(account), headers=api.auth(t.account_tokens[0])
        )
        assert fast.status_code == conn.status_code == 201
        assert set(fast.json()) == set(conn.json()) == {"sid"}

    # A duplicate name is the core's 422, mapped the same way on both paths.
    body = app_body(account)
    assert (await api.post("/v1/Applications", json=body)).status_code == 201
    fast, conn = await both(api, connexion_only, "POST", "/v1/Applications", json=body)
    assert fast == conn and fast[0] == 422

    sid = await api.application(account)
    for change, expected in [
        ({"name": unique("renamed")}, 204),
        ({"name": ""}, 400),
        ({"nope": 1}, 400),
    ]:
        fast, conn = await both(api, connexion_only, "PUT", f"/v1/Applications/{sid}", json=change)
        assert fast == conn and fast[0] == expected, change
    fast, conn = await both(
        api, connexion_only, "DELETE", "/v1/Applications/00000000-0000-0000-0000-000000000000"
    )
    assert fast == conn and fast[0] == 404
    other = tenants[1].account_tokens[0]
    fast, conn = await both(api, connexion_only, "DELETE", f"/v1/Applications/{sid}", other)
    assert fast == conn and fast[0] == 404
    assert (await api.get(f"/v1/Applications/{sid}")).status_code == 200


async def test_fast_path_serves_what_it_compiled(api: Api, tenants: list[Tenant]) -> None:
    """The answers above really come from the fast path: with a handler swapped in its
    compiled table, a valid request reaches the replacement and an invalid one does not."""
    app = api.client._transport.app  # type: ignore[attr-defined]
    layer = app
    while not isinstance(getattr(layer, "routes", None), Routes):  # down to the FastPath
        layer = layer.app
    op, _ = layer.routes.match("GET", "/v1/Accounts")
    original = op.function
    seen: list[dict[str, Any]] = []

    async def spy(**kwargs: Any) -> Any:
        seen.append(kwargs)
        return await original(**kwargs)

    op.function = spy
    try:
        assert (await api.get("/v1/Accounts", tenants[0].sp_token)).status_code == 200
        assert (await api.get("/v1/Accounts?unknown=1")).status_code == 400
    finally:
        op.function = original
    assert len(seen) == 1
    assert seen[0]["token_info"]["principal"].service_provider_sid == tenants[0].sp


async def test_a_response_outside_the_contract_is_caught(api: Api) -> None:
    """With response validation on (as in every test), the fast path checks what a handler
    returns against the contract, as Connexion does: a stray shape is a logged 500."""
    layer = api.client._transport.app  # type: ignore[attr-defined]
    while not isinstance(getattr(layer, "routes", None), Routes):  # down to the FastPath
        layer = layer.app
    op, _ = layer.routes.match("GET", "/v1/Accounts")
    original = op.function

    async def broken(**_kwargs: Any) -> Any:
        return [{"account_sid": 123}], 200

    op.function = broken
    try:
        r = await api.get("/v1/Accounts")
    finally:
        op.function = original
    assert r.status_code == 500 and "conform" in r.json()["msg"]
    assert (await api.get("/v1/Accounts")).status_code == 200
