"""/v1/Accounts/{AccountSid}/Limits and /v1/ServiceProviders/{ServiceProviderSid}/Limits
over HTTP, and `effective_limit`, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jambonz.db.tables import account_limits, service_provider_limits
from jambonz.services.limits import effective_limit
from tests.conftest import Api, Tenant

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
CATEGORIES = [
    "api_rate",
    "voice_call_session",
    "device",
    "voice_call_minutes",
    "voice_call_session_license",
    "voice_call_minutes_license",
]


def acct_path(sid: str) -> str:
    return f"/v1/Accounts/{sid}/Limits"


def sp_path(sid: str) -> str:
    return f"/v1/ServiceProviders/{sid}/Limits"


async def owner_path(api: Api, kind: str) -> tuple[str, str, str, str]:
    """A fresh owner of the given kind: (path, sid field, owner field, owner sid)."""
    sp = await api.service_provider()
    if kind == "account":
        account = await api.account(sp)
        return acct_path(account), "account_limits_sid", "account_sid", account
    return sp_path(sp), "service_provider_limits_sid", "service_provider_sid", sp


async def row_count(api: Api) -> int:
    async with api.core.db.read() as conn:
        a = (await conn.execute(select(func.count()).select_from(account_limits))).scalar_one()
        s = (
            await conn.execute(select(func.count()).select_from(service_provider_limits))
        ).scalar_one()
    return a + s


@pytest.mark.parametrize("kind", ["account", "service_provider"])
async def test_upsert_keeps_the_sid_and_replaces_the_quantity(api: Api, kind: str) -> None:
    path, sid_field, owner_field, owner = await owner_path(api, kind)
    first = await api.create(path, {"category": "voice_call_session", "quantity": 10})
    other = await api.create(path, {"category": "device", "quantity": 3})
    assert first != other
    again = await api.create(path, {"category": "voice_call_session", "quantity": 25})
    assert again == first
    r = await api.get(path)
    assert r.status_code == 200
    assert r.json() == [
        {sid_field: other, owner_field: owner, "category": "device", "quantity": 3},
        {sid_field: first, owner_field: owner, "category": "voice_call_session", "quantity": 25},
    ]
    # quantity 0 is a valid cap; the upper-case sid addresses the same owner
    upper = path.replace(owner, owner.upper())
    assert await api.create(upper, {"category": "device", "quantity": 0}) == other
    r = await api.get(path, params={"category": "device"})
    assert r.json() == [{sid_field: other, owner_field: owner, "category": "device", "quantity": 0}]


@pytest.mark.parametrize("kind", ["account", "service_provider"])
async def test_every_category_and_the_filter(api: Api, kind: str) -> None:
    path, _, _, _ = await owner_path(api, kind)
    for i, category in enumerate(CATEGORIES):
        await api.create(path, {"category": category, "quantity": i})
    r = await api.get(path)
    assert [item["category"] for item in r.json()] == sorted(CATEGORIES)
    for i, category in enumerate(CATEGORIES):
        r = await api.get(path, params={"category": category})
        assert r.status_code == 200
        assert [(x["category"], x["quantity"]) for x in r.json()] == [(category, i)]


@pytest.mark.parametrize("kind", ["account", "service_provider"])
async def test_filter_on_an_unset_category_is_empty(api: Api, kind: str) -> None:
    path, _, _, _ = await owner_path(api, kind)
    await api.create(path, {"category": "device", "quantity": 1})
    r = await api.get(path, params={"category": "api_rate"})
    assert r.status_code == 200 and r.json() == []
    path2, _, _, _ = await owner_path(api, kind)
    r = await api.get(path2)
    assert r.status_code == 200 and r.json() == []


@pytest.mark.parametrize("kind", ["account", "service_provider"])
async def test_delete_one_category_then_all(api: Api, kind: str) -> None:
    path, _, _, _ = await owner_path(api, kind)
    bystander, _, _, _ = await owner_path(api, kind)
    await api.create(bystander, {"category": "device", "quantity": 9})
    for category in ("api_rate", "device", "voice_call_session"):
        await api.create(path, {"category": category, "quantity": 5})
    r = await api.delete(path, params={"category": "device"})
    assert r.status_code == 204 and r.content == b""
    r = await api.get(path)
    assert [x["category"] for x in r.json()] == ["api_rate", "voice_call_session"]
    # a category that is not set: still 204, nothing else touched
    r = await api.delete(path, params={"category": "device"})
    assert r.status_code == 204
    assert len((await api.get(path)).json()) == 2
    r = await api.delete(path)
    assert r.status_code == 204
    assert (await api.get(path)).json() == []
    assert (await api.delete(path)).status_code == 204
    # another owner's limits are untouched
    assert [x["quantity"] for x in (await api.get(bystander)).json()] == [9]


async def test_account_and_provider_limits_are_independent(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    a_sid = await api.create(acct_path(account), {"category": "device", "quantity": 1})
    s_sid = await api.create(sp_path(sp), {"category": "device", "quantity": 2})
    assert a_sid != s_sid
    assert (await api.delete(sp_path(sp))).status_code == 204
    assert [x["quantity"] for x in (await api.get(acct_path(account))).json()] == [1]
    await api.create(sp_path(sp), {"category": "device", "quantity": 2})
    assert (await api.delete(acct_path(account))).status_code == 204
    assert [x["quantity"] for x in (await api.get(sp_path(sp))).json()] == [2]


@pytest.mark.parametrize("kind", ["account", "service_provider"])
async def test_validation_errors_are_400_and_change_nothing(api: Api, kind: str) -> None:
    path, _, _, _ = await owner_path(api, kind)
    await api.create(path, {"category": "device", "quantity": 4})
    before = await row_count(api)
    bad_bodies = [
        ({"category": "device", "quantity": -1}, "quantity"),
        ({"category": "minutes", "quantity": 1}, "minutes"),
        ({"category": "device"}, "quantity"),
        ({"quantity": 1}, "category"),
        ({"category": "device", "quantity": 1.5}, "1.5"),
        ({"category": "device", "quantity": "7"}, "quantity"),
        ({"category": "device", "quantity": 2**31}, "quantity"),
        ({"category": "device", "quantity": 1, "account_sid": MISSING}, "account_sid"),
        ({"category": None, "quantity": 1}, "category"),
    ]
    for body, word in bad_bodies:
        r = await api.post(path, json=body)
        assert r.status_code == 400, (body, r.status_code, r.text)
        assert word in r.json()["msg"], (body, r.json())
    r = await api.post(path, content=b"category=device", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    r = await api.post(path, content=b"{", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    for method in ("GET", "DELETE"):
        r = await api.request(method, path, params={"category": "minutes"})
        assert r.status_code == 400 and "minutes" in r.json()["msg"], r.text
    assert await row_count(api) == before
    assert [x["quantity"] for x in (await api.get(path)).json()] == [4]


async def test_bad_and_unknown_owner_sids(api: Api) -> None:
    body = {"category": "device", "quantity": 1}
    for path in (acct_path("not-a-sid"), sp_path("not-a-sid")):
        for method in ("GET", "DELETE", "POST"):
            r = await api.request(method, path, json=body if method == "POST" else None)
            assert r.status_code == 400, (method, path, r.text)
    for path, msg in ((acct_path(MISSING), "account"), (sp_path(MISSING), "service provider")):
        for method in ("GET", "DELETE", "POST"):
            r = await api.request(method, path, json=body if method == "POST" else None)
            assert r.status_code == 404, (method, path, r.text)
            assert msg in r.json()["msg"]


async def test_a_token_is_required(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    before = await row_count(api)
    for path in (acct_path(account), sp_path(sp)):
        assert (await api.get(path, token=None)).status_code == 401
        assert (await api.delete(path, token=None)).status_code == 401
        r = await api.post(path, token=None, json={"category": "device", "quantity": 1})
        assert r.status_code == 401
    assert await row_count(api) == before


async def test_effective_limit_falls_back_from_account_to_provider(api: Api) -> None:
    sp = await api.service_provider()
    account, sibling = await api.account(sp), await api.account(sp)
    lone_sp = await api.service_provider()
    lone = await api.account(lone_sp)

    async def effective(account_sid: str, category: str = "voice_call_session") -> int | None:
        async with api.core.db.read() as conn:
            return await effective_limit(conn, account_sid, category)

    assert await effective(account) is None
    await api.create(sp_path(sp), {"category": "voice_call_session", "quantity": 50})
    assert await effective(account) == 50
    assert await effective(sibling) == 50
    assert await effective(account, "device") is None
    await api.create(acct_path(account), {"category": "voice_call_session", "quantity": 5})
    assert await effective(account) == 5
    assert await effective(account.upper()) == 5
    assert await effective(sibling) == 50
    # an account limit of 0 is a limit, not "unset"
    await api.create(acct_path(account), {"category": "voice_call_session", "quantity": 0})
    assert await effective(account) == 0
    await api.delete(acct_path(account), params={"category": "voice_call_session"})
    assert await effective(account) == 50
    await api.delete(sp_path(sp))
    assert await effective(account) is None
    # another provider's limits never apply
    await api.create(sp_path(sp), {"category": "device", "quantity": 7})
    assert await effective(lone, "device") is None
    assert await effective(MISSING) is None


# -- scope rules ---------------------------------------------------------------------


async def snapshot(api: Api, tenants: list[Tenant]) -> list:
    """Every limit of every tenant, as the admin sees it."""
    result = []
    for t in tenants:
        result.append((await api.get(sp_path(t.sp))).json())
        for account in t.accounts:
            result.append((await api.get(acct_path(account))).json())
    return result


async def seed(api: Api, tenants: list[Tenant]) -> None:
    for n, t in enumerate(tenants):
        await api.create(sp_path(t.sp), {"category": "voice_call_session", "quantity": 100 + n})
        for i, account in enumerate(t.accounts):
            body = {"category": "voice_call_session", "quantity": 10 * n + i}
            await api.create(acct_path(account), body)


async def test_admin_reaches_every_tenant(api: Api, tenants: list[Tenant]) -> None:
    await seed(api, tenants)
    for t in tenants:
        assert len((await api.get(sp_path(t.sp))).json()) == 1
        for account in t.accounts:
            r = await api.get(acct_path(account))
            assert r.status_code == 200 and r.json()[0]["account_sid"] == account


async def test_service_provider_key_scope(api: Api, tenants: list[Tenant]) -> None:
    await seed(api, tenants)
    own, foreign = tenants
    body = {"category": "device", "quantity": 3}
    # its own provider and its accounts: read, set, delete
    for path in (sp_path(own.sp), *(acct_path(a) for a in own.accounts)):
        r = await api.post(path, own.sp_token, json=body)
        assert r.status_code == 201, (path, r.text)
        r = await api.get(path, own.sp_token, params={"category": "device"})
        assert r.status_code == 200 and r.json()[0]["quantity"] == 3
        r = await api.delete(path, own.sp_token, params={"category": "device"})
        assert r.status_code == 204
        assert (await api.get(path, own.sp_token, params={"category": "device"})).json() == []
    # another provider and its accounts: exactly as if they did not exist
    before = await snapshot(api, tenants)
    pairs = [(sp_path(foreign.sp), sp_path(MISSING))] + [
        (acct_path(a), acct_path(MISSING)) for a in foreign.accounts
    ]
    for path, missing in pairs:
        for method in ("GET", "POST", "DELETE"):
            kw = {"json": body} if method == "POST" else {}
            r = await api.request(method, path, own.sp_token, **kw)
            m = await api.request(method, missing, own.sp_token, **kw)
            assert r.status_code == 404, (method, path, r.text)
            assert (r.status_code, r.json()) == (m.status_code, m.json())
    assert await snapshot(api, tenants) == before


async def test_account_key_reads_but_never_changes_its_limits(
    api: Api, tenants: list[Tenant]
) -> None:
    await seed(api, tenants)
    t = tenants[0]
    token, account = t.account_tokens[0], t.accounts[0]
    before = await snapshot(api, tenants)
    r = await api.get(acct_path(account), token)
    assert r.status_code == 200
    assert r.json() == before[1]
    r = await api.get(acct_path(account), token, params={"category": "voice_call_session"})
    assert r.status_code == 200 and len(r.json()) == 1
    # may not raise (or lower, or remove) its own limits
    r = await api.post(
        acct_path(account), token, json={"category": "voice_call_session", "quantity": 10**6}
    )
    assert r.status_code == 403 and "account" in r.json()["msg"]
    r = await api.post(acct_path(account), token, json={"category": "device", "quantity": 1})
    assert r.status_code == 403
    for params in ({}, {"category": "voice_call_session"}):
        r = await api.delete(acct_path(account), token, params=params)
        assert r.status_code == 403
    assert await snapshot(api, tenants) == before


async def test_account_key_sees_nothing_beyond_its_account(api: Api, tenants: list[Tenant]) -> None:
    await seed(api, tenants)
    own, foreign = tenants
    token = own.account_tokens[0]
    before = await snapshot(api, tenants)
    body = {"category": "voice_call_session", "quantity": 1}
    # other accounts (sibling and foreign): reads are 404 exactly like a missing account
    missing = await api.get(acct_path(MISSING), token)
    assert missing.status_code == 404
    for account in (own.accounts[1], *foreign.accounts):
        r = await api.get(acct_path(account), token)
        assert (r.status_code, r.json()) == (404, missing.json())
        # writes are refused by kind (403) before the account is even looked up
        for method in ("POST", "DELETE"):
            kw = {"json": body} if method == "POST" else {}
            r = await api.request(method, acct_path(account), token, **kw)
            m = await api.request(method, acct_path(MISSING), token, **kw)
            assert r.status_code == 403
            assert (r.status_code, r.json()) == (m.status_code, m.json())
    # provider limits, even its own provider's: 403 for every method, same answer as missing
    for sp in (own.sp, foreign.sp, MISSING):
        for method in ("GET", "POST", "DELETE"):
            kw = {"json": body} if method == "POST" else {}
            r = await api.request(method, sp_path(sp), token, **kw)
            assert r.status_code == 403, (method, sp, r.text)
            assert "service provider limits" in r.json()["msg"]
    assert await snapshot(api, tenants) == before


async def test_deleting_an_account_removes_its_limits(api: Api) -> None:
    sp = await api.service_provider()
    account, sibling = await api.account(sp), await api.account(sp)
    await api.create(acct_path(account), {"category": "device", "quantity": 1})
    await api.create(acct_path(sibling), {"category": "device", "quantity": 2})
    before = await row_count(api)
    assert (await api.delete(f"/v1/Accounts/{account}")).status_code == 204
    assert await row_count(api) == before - 1
    assert (await api.get(acct_path(account))).status_code == 404
    assert [x["quantity"] for x in (await api.get(acct_path(sibling))).json()] == [2]


async def test_deleting_a_provider_removes_its_limits(api: Api) -> None:
    sp = await api.service_provider()
    await api.create(sp_path(sp), {"category": "device", "quantity": 1})
    r = await api.delete(f"/v1/ServiceProviders/{sp}")
    assert r.status_code == 204, r.text
    assert (await api.get(sp_path(sp))).status_code == 404
