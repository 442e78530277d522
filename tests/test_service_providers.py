"""/v1/ServiceProviders over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from jambonz.db.tables import api_keys, webhook_owners, webhooks
from tests.conftest import Api, Tenant, plain_words, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"


async def test_create_and_read_back(api: Api) -> None:
    name = unique("sp")
    sid = await api.create(
        "/v1/ServiceProviders",
        {"name": name, "description": "d", "registration_hook": "https://reg.example.com/hook"},
    )
    r = await api.get(f"/v1/ServiceProviders/{sid}")
    assert r.status_code == 200
    body = r.json()
    assert body["service_provider_sid"] == sid
    assert body["name"] == name
    assert body["description"] == "d"
    assert body["root_domain"] is None
    assert body["registration_hook"] == {
        "url": "https://reg.example.com/hook",
        "method": "POST",
        "username": None,
        "password": None,
    }
    assert "created_at" not in body  # jambonz's service_providers have none
    # upper-case sids address the same resource
    assert (await api.get(f"/v1/ServiceProviders/{sid.upper()}")).status_code == 200


async def test_create_validation_errors(api: Api) -> None:
    r = await api.post("/v1/ServiceProviders", json={})
    assert r.status_code == 400 and "name" in r.json()["msg"]
    r = await api.post("/v1/ServiceProviders", json={"name": unique(), "colour": "red"})
    assert r.status_code == 400 and "colour" in r.json()["msg"]
    r = await api.post("/v1/ServiceProviders", json={"name": "x" * 65})
    assert r.status_code == 400
    assert plain_words(r.json()["msg"], "name: must be at most 64 characters"), r.json()
    r = await api.post(
        "/v1/ServiceProviders", json={"name": unique(), "registration_hook": "ftp://x"}
    )
    assert r.status_code == 400
    r = await api.post(
        "/v1/ServiceProviders", json={"name": unique(), "service_provider_sid": MISSING}
    )
    assert r.status_code == 400


async def test_duplicate_name_is_422(api: Api) -> None:
    name = unique("sp")
    await api.service_provider(name=name)
    r = await api.post("/v1/ServiceProviders", json={"name": name})
    assert r.status_code == 422
    assert "name" in r.json()["msg"]


async def test_duplicate_leaves_no_hook_row_behind(api: Api) -> None:
    name = unique("sp")
    await api.service_provider(name=name)
    async with api.core.db.read() as conn:
        before = (await conn.execute(select(func.count()).select_from(webhooks))).scalar_one()
    r = await api.post(
        "/v1/ServiceProviders", json={"name": name, "registration_hook": "https://a.example.com/x"}
    )
    assert r.status_code == 422
    async with api.core.db.read() as conn:
        after = (await conn.execute(select(func.count()).select_from(webhooks))).scalar_one()
    assert after == before


async def test_only_admin_creates_and_deletes(api: Api, tenants: list[Tenant]) -> None:
    t = tenants[0]
    for token in (t.sp_token, t.account_tokens[0]):
        r = await api.post("/v1/ServiceProviders", token, json={"name": unique()})
        assert r.status_code == 403
        assert r.json()["msg"]
        r = await api.delete(f"/v1/ServiceProviders/{t.sp}", token)
        assert r.status_code == 403


async def test_list_and_get_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    r = await api.get("/v1/ServiceProviders")
    sids = {sp["service_provider_sid"] for sp in r.json()}
    assert {t0.sp, t1.sp} <= sids
    for token in (t0.sp_token, t0.account_tokens[1]):
        r = await api.get("/v1/ServiceProviders", token)
        assert [sp["service_provider_sid"] for sp in r.json()] == [t0.sp]
        assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200
        r = await api.get(f"/v1/ServiceProviders/{t1.sp}", token)
        assert r.status_code == 404
        assert r.json() == {"msg": "service provider not found"}


async def test_update_scope(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    r = await api.put(f"/v1/ServiceProviders/{t0.sp}", t0.sp_token, json={"description": "mine"})
    assert r.status_code == 204 and r.content == b""
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}")).json()["description"] == "mine"
    r = await api.put(f"/v1/ServiceProviders/{t1.sp}", t0.sp_token, json={"description": "x"})
    assert r.status_code == 404
    assert (await api.get(f"/v1/ServiceProviders/{t1.sp}")).json()["description"] != "x"
    r = await api.put(
        f"/v1/ServiceProviders/{t0.sp}", t0.account_tokens[0], json={"description": "x"}
    )
    assert r.status_code == 403


async def test_update_hook_in_place_then_clear(api: Api) -> None:
    sid = await api.service_provider(registration_hook={"url": "https://a.example.com/1"})
    async with api.core.db.read() as conn:
        hook_sid = (
            await conn.execute(
                select(webhook_owners.c.webhook_sid).where(
                    webhook_owners.c.service_provider_sid == sid
                )
            )
        ).scalar_one()
    r = await api.put(
        f"/v1/ServiceProviders/{sid}",
        json={
            "registration_hook": {
                "url": "https://a.example.com/2",
                "method": "GET",
                "username": "u",
                "password": "p",
            }
        },
    )
    assert r.status_code == 204
    hook = (await api.get(f"/v1/ServiceProviders/{sid}")).json()["registration_hook"]
    assert hook == {
        "url": "https://a.example.com/2",
        "method": "GET",
        "username": "u",
        "password": "p",
    }
    async with api.core.db.read() as conn:
        rows = (
            (
                await conn.execute(
                    select(webhook_owners.c.webhook_sid).where(
                        webhook_owners.c.service_provider_sid == sid
                    )
                )
            )
            .scalars()
            .all()
        )
    assert rows == [hook_sid]  # updated in place, not replaced
    # omitting the hook keeps it (jambonz would clear it)
    assert (
        await api.put(f"/v1/ServiceProviders/{sid}", json={"description": "x"})
    ).status_code == 204
    assert (await api.get(f"/v1/ServiceProviders/{sid}")).json()["registration_hook"] is not None
    # null clears it and removes the row
    assert (
        await api.put(f"/v1/ServiceProviders/{sid}", json={"registration_hook": None})
    ).status_code == 204
    assert (await api.get(f"/v1/ServiceProviders/{sid}")).json()["registration_hook"] is None
    async with api.core.db.read() as conn:
        count = (
            await conn.execute(
                select(func.count()).where(webhook_owners.c.service_provider_sid == sid)
            )
        ).scalar_one()
    assert count == 0


async def test_update_errors(api: Api) -> None:
    sid = await api.service_provider()
    assert (await api.put(f"/v1/ServiceProviders/{sid}", json={})).status_code == 400
    r = await api.put(f"/v1/ServiceProviders/{sid}", json={"service_provider_sid": MISSING})
    assert r.status_code == 400
    assert (
        await api.put(f"/v1/ServiceProviders/{MISSING}", json={"name": unique()})
    ).status_code == 404
    r = await api.put(
        f"/v1/ServiceProviders/{sid}",
        json={"registration_hook": {"webhook_sid": MISSING, "url": "https://a.example.com/"}},
    )
    assert r.status_code == 422 and "webhook_sid" in r.json()["msg"]
    other = unique("sp")
    await api.service_provider(name=other)
    r = await api.put(f"/v1/ServiceProviders/{sid}", json={"name": other})
    assert r.status_code == 422


async def test_delete_refused_while_accounts_exist(api: Api) -> None:
    sp = await api.service_provider()
    acct_name = unique("acct")
    await api.account(sp, name=acct_name)
    r = await api.delete(f"/v1/ServiceProviders/{sp}")
    assert r.status_code == 422
    assert acct_name in r.json()["msg"]
    assert (await api.get(f"/v1/ServiceProviders/{sp}")).status_code == 200


async def test_delete_cascades_keys_and_hooks(api: Api) -> None:
    sp = await api.service_provider(registration_hook="https://r.example.com/x")
    token = await api.key(service_provider_sid=sp)
    assert (await api.get("/v1/ServiceProviders", token)).status_code == 200
    r = await api.delete(f"/v1/ServiceProviders/{sp}")
    assert r.status_code == 204
    assert (await api.get(f"/v1/ServiceProviders/{sp}")).status_code == 404
    assert (await api.delete(f"/v1/ServiceProviders/{sp}")).status_code == 404
    async with api.core.db.read() as conn:
        keys = (
            await conn.execute(select(func.count()).where(api_keys.c.service_provider_sid == sp))
        ).scalar_one()
        hooks = (
            await conn.execute(
                select(func.count()).where(webhook_owners.c.service_provider_sid == sp)
            )
        ).scalar_one()
    assert (keys, hooks) == (0, 0)
    assert (await api.get("/v1/ServiceProviders", token)).status_code == 401


async def test_bad_sid_is_400(api: Api) -> None:
    r = await api.get("/v1/ServiceProviders/not-a-uuid")
    assert r.status_code == 400
    assert "not-a-uuid" in r.json()["msg"]


async def test_deleting_a_provider_jambonz_made_removes_its_registration_hook(api: Api) -> None:
    """jambonz's api-server keeps no owner row for the webhooks it makes: the provider's
    registration hook is found through the provider's own column."""
    sid = await api.service_provider(registration_hook={"url": "https://a.example.com/jz"})
    async with api.core.db.write() as conn:
        hook_sid = (
            await conn.execute(
                select(webhook_owners.c.webhook_sid).where(
                    webhook_owners.c.service_provider_sid == sid
                )
            )
        ).scalar_one()
        # as jambonz's api-server would have left it
        await conn.execute(delete(webhook_owners).where(webhook_owners.c.webhook_sid == hook_sid))
    assert (await api.delete(f"/v1/ServiceProviders/{sid}")).status_code == 204
    async with api.core.db.read() as conn:
        left = await conn.execute(select(func.count()).where(webhooks.c.webhook_sid == hook_sid))
        assert left.scalar_one() == 0
