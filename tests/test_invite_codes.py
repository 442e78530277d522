"""POST /v1/BetaInviteCodes over HTTP, on both stores."""

from __future__ import annotations

import re
from typing import Any

import httpx
from sqlalchemy import func, select

from jambonz.db.tables import beta_invite_codes
from tests.conftest import Api, Tenant

PATH = "/v1/BetaInviteCodes"
CODE = re.compile(r"^[0123456789ABCXZ]{6}$")


async def stored(api: Api) -> dict[str, bool]:
    """Every code in `beta_invite_codes`, with its `in_use` flag."""
    async with api.core.db.read() as conn:
        rows = (await conn.execute(select(beta_invite_codes))).all()
    return {row.invite_code: bool(row.in_use) for row in rows}


async def total(api: Api) -> int:
    async with api.core.db.read() as conn:
        query = select(func.count()).select_from(beta_invite_codes)
        return (await conn.execute(query)).scalar_one()


def created(r: httpx.Response, count: int) -> list[str]:
    """The codes of a successful answer, checked against jambonz's shape."""
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    assert set(body) == {"status", "added", "codes"}
    assert body["status"] == "ok" and body["added"] == count
    codes = body["codes"]
    assert len(codes) == count
    assert all(CODE.match(code) for code in codes), codes
    assert len(set(codes)) == count
    return codes


async def test_creates_the_codes_asked_for_and_stores_them(api: Api) -> None:
    before = await stored(api)
    codes = created(await api.post(PATH, json={"count": 2}), 2)
    after = await stored(api)
    assert set(after) == set(before) | set(codes)
    assert not set(codes) & set(before)
    assert all(after[code] is False for code in codes)  # not in use yet
    codes = created(await api.post(PATH, json={"count": 50}), 50)
    assert set(codes) <= set(await stored(api))
    assert await total(api) == len(before) + 52


async def test_count_defaults_to_one(api: Api) -> None:
    before = await total(api)
    requests = [
        api.post(PATH),  # no body at all
        api.post(PATH, json={}),
        api.post(PATH, json={"count": 0}),  # zero or less also means one, as in jambonz
        api.post(PATH, json={"count": -7}),
    ]
    codes = []
    for request in requests:
        r = await request
        codes += created(r, 1)
    assert len(set(codes)) == len(codes)
    assert await total(api) == before + len(requests)
    assert set(codes) <= set(await stored(api))


async def test_a_thousand_codes_are_distinct_and_new(api: Api) -> None:
    existing = set(await stored(api))
    codes = created(await api.post(PATH, json={"count": 1000}), 1000)
    assert not set(codes) & existing
    assert set(await stored(api)) == existing | set(codes)
    # the alphabet is used (not only digits, say): 1000 codes of 6 characters
    assert set("".join(codes)) == set("0123456789ABCXZ")


async def test_too_many_or_malformed_counts_are_400(api: Api) -> None:
    before = await total(api)
    for body in (
        {"count": 5000},
        {"count": 1001},
        {"count": "2"},
        {"count": 2.5},
        {"count": 2, "colour": "red"},
    ):
        r = await api.post(PATH, json=body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["msg"]
    r = await api.post(PATH, content=b"[1]", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert await total(api) == before


async def test_admin_keys_only(api: Api, tenants: list[Tenant]) -> None:
    before = await total(api)
    t0, _ = tenants
    for token in (t0.sp_token, t0.account_tokens[0]):
        for body in ({"count": 2}, None):
            r = await (api.post(PATH, token) if body is None else api.post(PATH, token, json=body))
            assert r.status_code == 403, r.text
            assert r.json() == {"msg": "insufficient permissions"}
    r = await api.post(PATH, None, json={"count": 2})
    assert r.status_code == 401
    assert await total(api) == before
