"""/v1/Webhooks over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from jambonz.db.tables import webhook_owners
from tests.conftest import Api, Tenant

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
URL = "https://app.example.com/hook"


async def _owner(api: Api, sid: str) -> tuple[str | None, str | None]:
    async with api.core.db.read() as conn:
        row = (
            await conn.execute(
                select(webhook_owners.c.service_provider_sid, webhook_owners.c.account_sid).where(
                    webhook_owners.c.webhook_sid == sid
                )
            )
        ).first()
    if row is None:
        return None, None
    return row.service_provider_sid, row.account_sid


async def test_create_and_read_back(api: Api) -> None:
    sid = await api.create("/v1/Webhooks", {"url": URL})
    r = await api.get(f"/v1/Webhooks/{sid}")
    assert r.status_code == 200
    assert r.json() == {
        "webhook_sid": sid,
        "url": URL,
        "method": "POST",
        "username": None,
        "password": None,
    }
    body = {"url": "wss://ws.example.com/x?y=1", "method": "GET", "username": "u", "password": "p"}
    sid = await api.create("/v1/Webhooks", body)
    r = await api.get(f"/v1/Webhooks/{sid.upper()}")
    assert r.status_code == 200
    assert r.json() == {"webhook_sid": sid, **body}


async def test_create_validation_errors(api: Api) -> None:
    for body in (
        {},
        {"method": "POST"},
        {"url": "ftp://files.example.com/x"},
        {"url": "not a url"},
        {"url": URL, "method": "PUT"},
        {"url": URL, "colour": "red"},
        {"url": URL, "webhook_sid": MISSING},
        {"url": URL, "username": "u" * 256},
        {"url": "https://x.example.com/" + "a" * 1024},
    ):
        r = await api.post("/v1/Webhooks", json=body)
        assert r.status_code == 400, body
        assert r.json()["msg"]
    r = await api.post(
        "/v1/Webhooks", content=b'{"url": "x"}', headers={"Content-Type": "text/plain"}
    )
    assert r.status_code == 415
    r = await api.post("/v1/Webhooks", content=b"{", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert (await api.post("/v1/Webhooks", None, json={"url": URL})).status_code == 401


async def test_owner_follows_the_key(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    admin = await api.create("/v1/Webhooks", {"url": URL})
    by_sp = await api.create("/v1/Webhooks", {"url": URL}, t0.sp_token)
    by_account = await api.create("/v1/Webhooks", {"url": URL}, t0.account_tokens[1])
    assert await _owner(api, admin) == (None, None)
    assert await _owner(api, by_sp) == (t0.sp, None)
    assert await _owner(api, by_account) == (t0.sp, t0.accounts[1])


async def test_reads_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    admin = await api.create("/v1/Webhooks", {"url": URL})
    sp = {t.sp: await api.create("/v1/Webhooks", {"url": URL}, t.sp_token) for t in tenants}
    acct = {
        a: await api.create("/v1/Webhooks", {"url": URL}, tok)
        for t in tenants
        for a, tok in zip(t.accounts, t.account_tokens, strict=True)
    }
    everything = [admin, *sp.values(), *acct.values()]

    async def readable(token: str) -> set[str]:
        seen = set()
        for sid in everything:
            r = await api.get(f"/v1/Webhooks/{sid}", token)
            if r.status_code == 200:
                assert r.json()["webhook_sid"] == sid
                seen.add(sid)
            else:
                assert r.status_code == 404
                assert r.json() == {"msg": "webhook not found"}
        return seen

    assert await readable("admin") == set(everything)
    assert await readable(t0.sp_token) == {sp[t0.sp], acct[t0.accounts[0]], acct[t0.accounts[1]]}
    assert await readable(t1.sp_token) == {sp[t1.sp], acct[t1.accounts[0]], acct[t1.accounts[1]]}
    for t in tenants:
        for a, tok in zip(t.accounts, t.account_tokens, strict=True):
            assert await readable(tok) == {acct[a]}


async def test_embedded_hooks_are_readable_by_their_owner(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    sp = await api.service_provider(registration_hook="https://reg.example.com/r")
    sp_token = await api.key(service_provider_sid=sp)
    async with api.core.db.read() as conn:
        hook = (
            await conn.execute(
                select(webhook_owners.c.webhook_sid).where(
                    webhook_owners.c.service_provider_sid == sp
                )
            )
        ).scalar_one()
    r = await api.get(f"/v1/Webhooks/{hook}", sp_token)
    assert r.status_code == 200
    assert r.json()["url"] == "https://reg.example.com/r"
    assert (await api.get(f"/v1/Webhooks/{hook}", t0.sp_token)).status_code == 404
    assert (await api.get(f"/v1/Webhooks/{hook}", t1.account_tokens[0])).status_code == 404


async def test_unknown_and_bad_sids(api: Api) -> None:
    r = await api.get(f"/v1/Webhooks/{MISSING}")
    assert r.status_code == 404 and r.json() == {"msg": "webhook not found"}
    r = await api.get("/v1/Webhooks/not-a-uuid")
    assert r.status_code == 400 and "not-a-uuid" in r.json()["msg"]
    assert (await api.get(f"/v1/Webhooks/{MISSING}", None)).status_code == 401
    r = await api.get("/v1/Webhooks")
    assert r.status_code == 405 and r.headers["Allow"] == "POST"
