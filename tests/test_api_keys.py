"""/v1/ApiKeys and the key lists over HTTP, and what a created key can do, on both stores."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select, update

from jambonz.auth import forget_keys
from jambonz.db.tables import api_keys, utcnow
from tests.conftest import Api, Tenant

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
FUTURE = "2099-01-01T00:00:00.000Z"
ACCOUNT_KEYS_OWN_ONLY = (
    "an account level token can only be used to create account level tokens for the same account"
)
SP_KEYS_OWN_ONLY = (
    "a service provider token can only be used to create tokens for the same service provider"
)


async def _create(api: Api, body: dict | None, token: str | None = "admin") -> httpx.Response:
    if body is None:
        return await api.post("/v1/ApiKeys", token)
    return await api.post("/v1/ApiKeys", token, json=body)


async def _new_key(api: Api, body: dict, token: str | None = "admin") -> tuple[str, str]:
    r = await _create(api, body, token)
    assert r.status_code == 201, r.text
    data = r.json()
    return data["sid"], data["token"]


async def _key_row(api: Api, sid: str):
    async with api.core.db.read() as conn:
        return (await conn.execute(select(api_keys).where(api_keys.c.api_key_sid == sid))).first()


async def _sp_keys(api: Api, sp: str) -> dict[str, dict]:
    r = await api.get(f"/v1/ServiceProviders/{sp}/ApiKeys")
    assert r.status_code == 200
    return {k["api_key_sid"]: k for k in r.json()}


async def _account_keys(api: Api, account: str) -> dict[str, dict]:
    r = await api.get(f"/v1/Accounts/{account}/ApiKeys")
    assert r.status_code == 200
    return {k["api_key_sid"]: k for k in r.json()}


# -- create ------------------------------------------------------------------------------


async def test_admin_creates_each_kind_and_the_token_works_at_once(
    api: Api, tenants: list[Tenant]
) -> None:
    t0, t1 = tenants
    r = await _create(api, {})
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"sid", "token"} and len(body["token"]) == 36
    admin_token = body["token"]
    # an admin key: sees both providers and may create one
    r = await api.get("/v1/ServiceProviders", admin_token)
    assert {t0.sp, t1.sp} <= {sp["service_provider_sid"] for sp in r.json()}
    r = await api.post("/v1/ServiceProviders", admin_token, json={"name": f"by-{body['sid']}"})
    assert r.status_code == 201

    # no body at all also makes an admin key
    r = await _create(api, None)
    assert r.status_code == 201
    assert (await api.post("/v1/ApiKeys", r.json()["token"], json={})).status_code == 201

    _, sp_token = await _new_key(api, {"service_provider_sid": t0.sp})
    r = await api.get("/v1/ServiceProviders", sp_token)
    assert [sp["service_provider_sid"] for sp in r.json()] == [t0.sp]
    assert (await api.post("/v1/ServiceProviders", sp_token, json={"name": "x"})).status_code == 403

    sid, account_token = await _new_key(
        api, {"account_sid": t0.accounts[1].upper(), "expires_at": FUTURE}
    )
    row = await _key_row(api, sid)
    assert (row.account_sid, row.service_provider_sid) == (t0.accounts[1], None)
    r = await api.get(f"/v1/Accounts/{t0.accounts[1]}/ApiKeys", account_token)
    assert r.status_code == 200 and sid in {k["api_key_sid"] for k in r.json()}
    r = await api.get(f"/v1/Accounts/{t0.accounts[0]}/ApiKeys", account_token)
    assert r.status_code == 404


async def test_create_validation_errors(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    # bodies the schema refuses: 400
    r = await _create(api, {"account_sid": "not-a-sid"})
    assert r.status_code == 400 and "account_sid" in r.json()["msg"]
    r = await _create(api, {"token": "mine"})
    assert r.status_code == 400 and "token" in r.json()["msg"]
    for bad in (
        "tomorrow",
        "2099-01-01T00:00:00",
        "2099-02-30T00:00:00Z",
        "2099-01-01T23:59:60Z",
        7,
    ):
        r = await _create(api, {"expires_at": bad})
        assert r.status_code == 400, bad
        assert "expires_at" in r.json()["msg"]
    r = await api.post("/v1/ApiKeys", content=b"[]", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    r = await api.post("/v1/ApiKeys", content=b"{}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    # bodies the schema accepts but a rule refuses: 422
    r = await _create(api, {"account_sid": t0.accounts[0], "service_provider_sid": t0.sp})
    assert r.status_code == 422
    assert r.json() == {"msg": "give account_sid or service_provider_sid, not both"}
    r = await _create(api, {"account_sid": t0.accounts[0], "expires_at": "2020-01-01T00:00:00Z"})
    assert r.status_code == 422 and "not in the future" in r.json()["msg"]
    past = (utcnow() - timedelta(seconds=5)).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
    r = await _create(api, {"expires_at": past})
    assert r.status_code == 422 and "not in the future" in r.json()["msg"]
    r = await _create(api, {"expires_at": "9999-12-31T23:59:59-05:00"})  # year 10000 in UTC
    assert r.status_code == 422 and "expires_at" in r.json()["msg"]
    # owners the admin could name but that do not exist
    r = await _create(api, {"account_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    r = await _create(api, {"service_provider_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown service_provider_sid"}
    # none of those left a key behind
    async with api.core.db.read() as conn:
        count = (await conn.execute(select(func.count()).select_from(api_keys))).scalar_one()
    assert (await _create(api, {})).status_code == 201
    async with api.core.db.read() as conn:
        assert (await conn.execute(select(func.count()).select_from(api_keys))).scalar_one() == (
            count + 1
        )
    # nulls mean "not given"
    r = await _create(api, {"account_sid": None, "service_provider_sid": t0.sp, "expires_at": None})
    assert r.status_code == 201
    assert (await _key_row(api, r.json()["sid"])).service_provider_sid == t0.sp
    assert (await api.post("/v1/ApiKeys", None, json={})).status_code == 401


async def test_expires_at_with_offset_is_stored_in_utc(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sid, _ = await _new_key(
        api, {"service_provider_sid": t0.sp, "expires_at": "2099-06-01T02:30:00.250+02:00"}
    )
    assert (await _sp_keys(api, t0.sp))[sid]["expires_at"] == "2099-06-01T00:30:00.250Z"


async def test_service_provider_key_creates_within_its_provider(
    api: Api, tenants: list[Tenant]
) -> None:
    t0, t1 = tenants
    sid, _ = await _new_key(api, {"service_provider_sid": t0.sp}, t0.sp_token)
    assert (await _key_row(api, sid)).service_provider_sid == t0.sp
    sid, token = await _new_key(api, {"account_sid": t0.accounts[1]}, t0.sp_token)
    row = await _key_row(api, sid)
    assert (row.account_sid, row.service_provider_sid) == (t0.accounts[1], None)
    # the new account key is an account key, not a provider key
    r = await api.post("/v1/ApiKeys", token, json={"service_provider_sid": t0.sp})
    assert r.status_code == 400 and r.json() == {"msg": ACCOUNT_KEYS_OWN_ONLY}

    # jambonz's answers: 400, in its words
    for empty in ({}, None, {"account_sid": None, "service_provider_sid": None}):  # admin keys
        r = await _create(api, empty, t0.sp_token)
        assert r.status_code == 400
        assert r.json() == {"msg": "service provider token may not be used to create admin token"}
    for body in (
        {"service_provider_sid": t1.sp},
        {"account_sid": t1.accounts[0]},
        {"account_sid": MISSING},  # outside the scope whether or not it exists
        {"service_provider_sid": MISSING},
    ):
        r = await _create(api, body, t0.sp_token)
        assert r.status_code == 400, body
        assert r.json() == {"msg": SP_KEYS_OWN_ONLY}, body


async def test_account_key_creates_only_for_its_account(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    token = t0.account_tokens[0]
    sid, new_token = await _new_key(api, {"account_sid": t0.accounts[0]}, token)
    row = await _key_row(api, sid)
    assert (row.account_sid, row.service_provider_sid) == (t0.accounts[0], None)
    assert (await api.get(f"/v1/Accounts/{t0.accounts[0]}/ApiKeys", new_token)).status_code == 200
    async with api.core.db.read() as conn:
        before = (await conn.execute(select(func.count()).select_from(api_keys))).scalar_one()
    for body in (
        {},  # an admin key
        {"service_provider_sid": t0.sp},  # even its own provider
        {"service_provider_sid": t1.sp},
        {"account_sid": t0.accounts[1]},
        {"account_sid": t1.accounts[0]},
        {"account_sid": MISSING},
    ):
        r = await _create(api, body, token)
        assert r.status_code == 400 and r.json() == {"msg": ACCOUNT_KEYS_OWN_ONLY}, body
    # none of the refusals made a key
    async with api.core.db.read() as conn:
        after = (await conn.execute(select(func.count()).select_from(api_keys))).scalar_one()
    assert after == before


# -- authentication with created keys ----------------------------------------------------


async def test_deleted_key_gets_401(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sid, token = await _new_key(api, {"account_sid": t0.accounts[0]})
    assert (await api.get(f"/v1/Accounts/{t0.accounts[0]}/ApiKeys", token)).status_code == 200
    assert (await api.delete(f"/v1/ApiKeys/{sid}")).status_code == 204
    r = await api.get(f"/v1/Accounts/{t0.accounts[0]}/ApiKeys", token)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert await _key_row(api, sid) is None


async def test_expired_key_gets_401(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sid, token = await _new_key(api, {"service_provider_sid": t0.sp, "expires_at": FUTURE})
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200
    async with api.core.db.write() as conn:
        await conn.execute(
            update(api_keys)
            .where(api_keys.c.api_key_sid == sid)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    # Not through the API, but through the database layer, as another worker's change is:
    # the key's cached principal is void at once (jambonz/db/cache.py's change counters).
    r = await api.get(f"/v1/ServiceProviders/{t0.sp}", token)
    assert r.status_code == 401
    assert "invalid_token" in r.headers["WWW-Authenticate"]


async def test_a_cached_key_stops_working_when_it_expires(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    soon = (datetime.now(UTC) + timedelta(seconds=1.5)).isoformat()
    _, token = await _new_key(api, {"service_provider_sid": t0.sp, "expires_at": soon})
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200
    await asyncio.sleep(2)
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 401


async def test_a_deleted_key_stops_working_at_once(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sid, token = await _new_key(api, {"service_provider_sid": t0.sp})
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200  # cached
    assert (await api.delete(f"/v1/ApiKeys/{sid}")).status_code == 204
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 401


async def test_last_used_is_recorded_at_most_once_a_minute(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sid, token = await _new_key(api, {"service_provider_sid": t0.sp})
    assert (await _sp_keys(api, t0.sp))[sid]["last_used"] is None
    before = utcnow().replace(microsecond=0)
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200
    first = (await _sp_keys(api, t0.sp))[sid]["last_used"]
    assert first is not None and first >= before.strftime("%Y-%m-%dT%H:%M:%S")
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200
    assert (await _sp_keys(api, t0.sp))[sid]["last_used"] == first  # not rewritten
    # a minute later it is written again
    async with api.core.db.write() as conn:
        await conn.execute(
            update(api_keys)
            .where(api_keys.c.api_key_sid == sid)
            .values(last_used=utcnow() - timedelta(minutes=2))
        )
    stale = (await _sp_keys(api, t0.sp))[sid]["last_used"]
    assert stale < first
    forget_keys(api.core.db)  # changed behind the API's back: drop the cached copy
    assert (await api.get(f"/v1/ServiceProviders/{t0.sp}", token)).status_code == 200
    assert (await _sp_keys(api, t0.sp))[sid]["last_used"] >= first


async def test_only_the_hash_is_stored_and_lists_show_tokens_masked(
    api: Api, tenants: list[Tenant]
) -> None:
    t0 = tenants[0]
    sp_sid, sp_token = await _new_key(api, {"service_provider_sid": t0.sp})
    acct_sid, acct_token = await _new_key(api, {"account_sid": t0.accounts[0]})
    for sid, token in ((sp_sid, sp_token), (acct_sid, acct_token)):
        row = await _key_row(api, sid)
        assert row.token == "#" + hashlib.sha256(token.encode()).hexdigest()[:31] + token[-4:]
        for column, value in row._mapping.items():
            assert token not in str(value), column
    for path in (
        f"/v1/ServiceProviders/{t0.sp}/ApiKeys",
        f"/v1/Accounts/{t0.accounts[0]}/ApiKeys",
    ):
        r = await api.get(path)
        assert r.status_code == 200
        assert sp_token not in r.text and acct_token not in r.text
        for token in (sp_token, acct_token):
            assert token[:-4] not in r.text  # at most its last 4 characters are known
        for item in r.json():
            assert item["token"].startswith("********-****-****-****-********")
            assert set(item) == {
                "api_key_sid",
                "token",
                "account_sid",
                "service_provider_sid",
                "expires_at",
                "last_used",
                "created_at",
            }


# -- delete ------------------------------------------------------------------------------


async def test_admin_deletes_any_key(api: Api, tenants: list[Tenant]) -> None:
    t1 = tenants[1]
    for body in ({}, {"service_provider_sid": t1.sp}, {"account_sid": t1.accounts[1]}):
        sid, _ = await _new_key(api, body)
        r = await api.delete(f"/v1/ApiKeys/{sid.upper()}")
        assert r.status_code == 204 and r.content == b""
        r = await api.delete(f"/v1/ApiKeys/{sid}")
        assert r.status_code == 404
        assert r.json() == {"msg": "api key not found"}
    assert (await api.delete(f"/v1/ApiKeys/{MISSING}")).status_code == 404
    r = await api.delete("/v1/ApiKeys/not-a-uuid")
    assert r.status_code == 400 and "not-a-uuid" in r.json()["msg"]
    assert (await api.delete(f"/v1/ApiKeys/{MISSING}", None)).status_code == 401


async def test_service_provider_key_deletes_within_its_provider(
    api: Api, tenants: list[Tenant]
) -> None:
    t0, t1 = tenants
    own_sp, _ = await _new_key(api, {"service_provider_sid": t0.sp})
    own_account, _ = await _new_key(api, {"account_sid": t0.accounts[1]})
    foreign = [
        (await _new_key(api, {}))[0],  # admin key
        (await _new_key(api, {"service_provider_sid": t1.sp}))[0],
        (await _new_key(api, {"account_sid": t1.accounts[0]}))[0],
    ]
    for sid in foreign:
        r = await api.delete(f"/v1/ApiKeys/{sid}", t0.sp_token)
        assert r.status_code == 404
        assert await _key_row(api, sid) is not None
    for sid in (own_sp, own_account):
        assert (await api.delete(f"/v1/ApiKeys/{sid}", t0.sp_token)).status_code == 204
        assert await _key_row(api, sid) is None


async def test_account_key_deletes_only_its_accounts_keys(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    own, _ = await _new_key(api, {"account_sid": t0.accounts[0]})
    foreign = [
        (await _new_key(api, {}))[0],
        (await _new_key(api, {"service_provider_sid": t0.sp}))[0],  # its own provider's
        (await _new_key(api, {"account_sid": t0.accounts[1]}))[0],  # its sibling's
        (await _new_key(api, {"account_sid": t1.accounts[0]}))[0],
    ]
    for sid in foreign:
        assert (await api.delete(f"/v1/ApiKeys/{sid}", t0.account_tokens[0])).status_code == 404
        assert await _key_row(api, sid) is not None
    assert (await api.delete(f"/v1/ApiKeys/{own}", t0.account_tokens[0])).status_code == 204
    assert await _key_row(api, own) is None


async def test_a_key_may_delete_itself(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    for body in ({}, {"service_provider_sid": t0.sp}, {"account_sid": t0.accounts[0]}):
        sid, token = await _new_key(api, body)
        assert (await api.delete(f"/v1/ApiKeys/{sid}", token)).status_code == 204
        assert (await api.delete(f"/v1/ApiKeys/{sid}", token)).status_code == 401


# -- lists -------------------------------------------------------------------------------


async def test_service_provider_list(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    sp = await api.service_provider()
    assert (await api.get(f"/v1/ServiceProviders/{sp}/ApiKeys")).json() == []
    first, first_token = await _new_key(api, {"service_provider_sid": sp, "expires_at": FUTURE})
    second, _ = await _new_key(api, {"service_provider_sid": sp})
    r = await api.get(f"/v1/ServiceProviders/{sp.upper()}/ApiKeys")
    assert r.status_code == 200
    items = r.json()
    assert [k["api_key_sid"] for k in items] == [first, second]  # oldest first
    # The token is masked to its last 4 characters (the portal shows it; the rest is
    # never stored).
    assert items[0]["token"] == "********-****-****-****-********" + first_token[-4:]
    assert first_token[:-4] not in r.text
    assert items[0]["service_provider_sid"] == sp and items[0]["account_sid"] is None
    assert items[0]["expires_at"] == FUTURE and items[1]["expires_at"] is None
    assert items[0]["created_at"].endswith("Z") and len(items[0]["created_at"]) == 24

    # provider-level keys only: not its accounts' keys, nor other providers'
    account_key, _ = await _new_key(api, {"account_sid": t0.accounts[0]})
    t0_keys = await _sp_keys(api, t0.sp)
    assert account_key not in t0_keys
    assert all(k["service_provider_sid"] == t0.sp for k in t0_keys.values())
    assert t0_keys  # t0.sp_token's own key is listed

    r = await api.get(f"/v1/ServiceProviders/{t0.sp}/ApiKeys", t0.sp_token)
    assert r.status_code == 200 and {k["api_key_sid"] for k in r.json()} == set(t0_keys)
    r = await api.get(f"/v1/ServiceProviders/{t1.sp}/ApiKeys", t0.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "service provider not found"}
    for sp_sid in (t0.sp, t1.sp):
        r = await api.get(f"/v1/ServiceProviders/{sp_sid}/ApiKeys", t0.account_tokens[0])
        assert r.status_code == 403
    assert (await api.get(f"/v1/ServiceProviders/{MISSING}/ApiKeys")).status_code == 404
    assert (await api.get("/v1/ServiceProviders/bad/ApiKeys")).status_code == 400
    assert (await api.get(f"/v1/ServiceProviders/{sp}/ApiKeys", None)).status_code == 401


async def test_account_list(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    account = t1.accounts[1]
    mine, _ = await _new_key(api, {"account_sid": account, "expires_at": FUTURE})
    r = await api.get(f"/v1/Accounts/{account}/ApiKeys")
    assert r.status_code == 200
    items = {k["api_key_sid"]: k for k in r.json()}
    assert mine in items
    assert items[mine]["account_sid"] == account
    assert items[mine]["service_provider_sid"] is None
    assert items[mine]["expires_at"] == FUTURE
    assert all(k["account_sid"] == account for k in items.values())
    # the provider's keys and the sibling account's keys are not in it
    sp_key, _ = await _new_key(api, {"service_provider_sid": t1.sp})
    sibling, _ = await _new_key(api, {"account_sid": t1.accounts[0]})
    assert not {sp_key, sibling} & set(await _account_keys(api, account))

    for token in (t1.sp_token, t1.account_tokens[1]):
        r = await api.get(f"/v1/Accounts/{account}/ApiKeys", token)
        assert r.status_code == 200 and mine in {k["api_key_sid"] for k in r.json()}
    for token in (t0.sp_token, t0.account_tokens[0], t1.account_tokens[0]):
        r = await api.get(f"/v1/Accounts/{account}/ApiKeys", token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    assert (await api.get(f"/v1/Accounts/{MISSING}/ApiKeys")).status_code == 404
    assert (await api.get("/v1/Accounts/bad/ApiKeys")).status_code == 400


async def test_no_get_or_list_on_api_keys(api: Api, tenants: list[Tenant]) -> None:
    sid, _ = await _new_key(api, {"service_provider_sid": tenants[0].sp})
    r = await api.get("/v1/ApiKeys")
    assert r.status_code == 405 and "POST" in r.headers["Allow"]
    r = await api.get(f"/v1/ApiKeys/{sid}")
    assert r.status_code == 405 and r.headers["Allow"] == "DELETE"
    # The slashed spelling is jambonz's: a method its path lacks is "no route" there.
    for path in ("/v1/ApiKeys/", f"/v1/ApiKeys/{sid}/"):
        r = await api.get(path)
        assert r.status_code == 404 and r.json()["msg"].startswith("no route for GET")
        assert "Allow" not in r.headers


async def test_a_key_stored_without_its_tail_lists_a_full_mask(api: Api) -> None:
    """A key kept in the tail-less form (a short token, or one from before this server kept
    the last 4 characters) shows nothing of its token."""
    sp = await api.service_provider()
    sid, token = await _new_key(api, {"service_provider_sid": sp})
    async with api.core.db.write() as conn:
        await conn.execute(
            update(api_keys)
            .where(api_keys.c.api_key_sid == sid)
            .values(token="=" + hashlib.sha256(token.encode()).hexdigest()[:35])
        )
    assert (await _sp_keys(api, sp))[sid]["token"] == "********-****-****-****-************"
