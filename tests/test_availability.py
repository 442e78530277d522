"""/v1/Availability: is a user's e-mail or phone, or an account's SIP realm, still free?
(jambonz's route, found missing side by side: the portal asks it before offering a name)."""

from __future__ import annotations

import uuid

from sqlalchemy import update

from jambonz.db.tables import users
from tests.conftest import Api, Tenant
from tests.signin import make_user


async def available(api: Api, token: str | None = "admin", **query: str) -> bool:
    r = await api.get("/v1/Availability", token, params=query)
    assert r.status_code == 200, r.text
    assert set(r.json()) == {"available"}
    return bool(r.json()["available"])


async def test_taken_and_free_for_any_caller(api: Api, tenants: list[Tenant]) -> None:
    mine = tenants[0]
    realm = f"avail-{uuid.uuid4().hex[:8]}.sip.example.com"
    r = await api.put(f"/v1/Accounts/{mine.accounts[0]}", json={"sip_realm": realm})
    assert r.status_code == 204, r.text
    sid, name = await make_user(api)
    phone = f"1508{uuid.uuid4().int % 10**7:07d}"
    async with api.core.db.write() as conn:
        await conn.execute(update(users).where(users.c.user_sid == sid).values(phone=phone))
    # every scope may ask, as in jambonz
    for token in ("admin", mine.sp_token, mine.account_tokens[1], tenants[1].sp_token):
        assert await available(api, token, type="subdomain", value=realm) is False
        assert await available(api, token, type="subdomain", value=realm.upper()) is False
        assert await available(api, token, type="subdomain", value="free." + realm) is True
        assert await available(api, token, type="email", value=f"{name}@example.com") is False
        assert (
            await available(api, token, type="email", value=f"{name.upper()}@EXAMPLE.com") is False
        )
        assert await available(api, token, type="email", value=f"x{name}@example.com") is True
        assert await available(api, token, type="phone", value=phone) is False
        assert await available(api, token, type="phone", value=phone + "9") is True


async def test_refusals(api: Api) -> None:
    for query, msg in (
        ({"type": "name", "value": "x"}, "invalid type: name"),
        ({"value": "x"}, "invalid type: undefined"),
        ({"type": "email"}, "the query parameter value is required"),
    ):
        r = await api.get("/v1/Availability", params=query)
        assert r.status_code == 400 and r.json() == {"msg": msg}, r.text
    assert (
        await api.get("/v1/Availability", None, params={"type": "email", "value": "a"})
    ).status_code == 401


async def test_a_value_with_nul_is_free_on_every_store(api: Api) -> None:
    assert await available(api, type="email", value="a\x00b@example.com") is True
    assert await available(api, type="subdomain", value="\x00") is True
