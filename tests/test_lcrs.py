"""Least-cost routing over HTTP, on both stores: /Lcrs (and its batch /Routes), /LcrRoutes
and /LcrCarrierSetEntries with jambonz's scope rules, words and cascades, and the carrier
the simulator records for outbound calls and dial legs to phone numbers."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import func, select

from jambonz.db.migrate import upgrade
from jambonz.db.tables import lcr, lcr_carrier_set_entry, lcr_routes
from jambonz.services.lcrs import route_matches
from tests.conftest import Api, Tenant, app_api, unique
from tests.voice_app import VoiceApp

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, sim_speed=50.0, webhook_timeout=5.0) as made:
        yield made


@pytest.fixture(scope="module")
def voice() -> Iterator[VoiceApp]:
    with VoiceApp() as voice_app:
        yield voice_app


# -- helpers -------------------------------------------------------------------------------


async def carrier(api: Api, token: str | None = "admin", **fields: Any) -> str:
    return await api.create("/v1/VoipCarriers", {"name": unique("vc"), **fields}, token)


async def table(api: Api, token: str | None = "admin", **body: Any) -> str:
    return await api.create("/v1/Lcrs", {"name": unique("lcr"), **body}, token)


async def post_routes(
    api: Api, lcr_sid: str, routes: list[dict[str, Any]], token: str | None = "admin"
) -> None:
    r = await api.post(f"/v1/Lcrs/{lcr_sid}/Routes", token, json=routes)
    assert r.status_code == 204, r.text


async def routes_of(api: Api, lcr_sid: str, token: str | None = "admin") -> list[dict[str, Any]]:
    r = await api.get("/v1/LcrRoutes", token, params={"lcr_sid": lcr_sid})
    assert r.status_code == 200, r.text
    return r.json()


def route(regex: str, priority: int, *carriers: str, **fields: Any) -> dict[str, Any]:
    entries = [{"voip_carrier_sid": c, "priority": n} for n, c in enumerate(carriers)]
    return {"regex": regex, "priority": priority, "lcr_carrier_set_entries": entries, **fields}


async def rejected(response: Any, status: int, msg: str) -> None:
    assert (response.status_code, response.json()) == (status, {"msg": msg}), response.text


async def counts(api: Api) -> tuple[int, ...]:
    """Rows of the three tables, in the order lcr, lcr_routes, lcr_carrier_set_entry."""
    found = []
    async with api.core.db.read() as conn:
        for t in (lcr, lcr_routes, lcr_carrier_set_entry):
            found.append((await conn.execute(select(func.count()).select_from(t))).scalar_one())
    return tuple(found)


# -- /Lcrs ---------------------------------------------------------------------------------


async def test_lcr_crud_as_jambonz_test_suite_does(api: Api) -> None:
    sid = await api.create("/v1/Lcrs", {"name": "name"})
    listed = (await api.get("/v1/Lcrs")).json()
    assert [item for item in listed if item["lcr_sid"] == sid] == [
        {
            "lcr_sid": sid,
            "name": "name",
            "is_active": 1,
            "default_carrier_set_entry_sid": None,
            "service_provider_sid": None,
            "account_sid": None,
            "number_routes": 0,
        }
    ]
    assert (await api.put(f"/v1/Lcrs/{sid}", json={"name": "name2"})).status_code == 204
    assert (await api.get(f"/v1/Lcrs/{sid}")).json()["name"] == "name2"
    assert (await api.put(f"/v1/Lcrs/{sid}", json={"is_active": False})).status_code == 204
    assert (await api.get(f"/v1/Lcrs/{sid}")).json()["is_active"] == 0
    assert (await api.delete(f"/v1/Lcrs/{sid}")).status_code == 204
    await rejected(await api.delete(f"/v1/Lcrs/{sid}"), 404, "lcr not found")
    await rejected(await api.get(f"/v1/Lcrs/{sid}"), 404, "lcr not found")


async def test_the_owner_comes_from_the_key_as_in_jambonz(api: Api) -> None:
    t = (await _fresh_tenants(api))[0]
    acct, other = t.accounts
    # an account key's table is its account's, stored without the provider
    mine = await table(api, t.account_tokens[0], service_provider_sid=t.sp)
    got = (await api.get(f"/v1/Lcrs/{mine}", t.account_tokens[0])).json()
    assert (got["account_sid"], got["service_provider_sid"]) == (acct, None)
    # a provider key's table is its provider's, whatever account the body names
    sp_table = await table(api, t.sp_token, account_sid=other)
    got = (await api.get(f"/v1/Lcrs/{sp_table}", t.sp_token)).json()
    assert (got["account_sid"], got["service_provider_sid"]) == (None, t.sp)
    # an admin key's: the body's account (the portal sends the provider along) ...
    theirs = await table(api, account_sid=other, service_provider_sid=t.sp)
    got = (await api.get(f"/v1/Lcrs/{theirs}")).json()
    assert (got["account_sid"], got["service_provider_sid"]) == (other, None)
    # ... or with an empty account (what the portal sends) the provider's, or nobody's
    for sid in (mine, sp_table, theirs):
        assert (await api.delete(f"/v1/Lcrs/{sid}")).status_code == 204
    provider = await table(api, account_sid="", service_provider_sid=t.sp)
    got = (await api.get(f"/v1/Lcrs/{provider}")).json()
    assert (got["account_sid"], got["service_provider_sid"]) == (None, t.sp)
    nobody = await table(api, account_sid="", service_provider_sid=None)
    got = (await api.get(f"/v1/Lcrs/{nobody}")).json()
    assert (got["account_sid"], got["service_provider_sid"]) == (None, None)


async def _fresh_tenants(api: Api) -> list[Tenant]:
    """Tenants of one test only: the one-table-per-owner rule makes shared ones awkward."""
    made = []
    for _ in range(2):
        sp = await api.service_provider()
        accts = [await api.account(sp) for _ in range(2)]
        made.append(
            Tenant(
                sp=sp,
                sp_token=await api.key(service_provider_sid=sp),
                accounts=accts,
                account_tokens=[await api.key(account_sid=a) for a in accts],
            )
        )
    return made


async def test_one_table_per_owner_in_jambonz_words(api: Api) -> None:
    sp = await api.service_provider(name=unique("acme"))
    acct_name = unique("shop")
    acct = await api.account(sp, name=acct_name)
    sp_name = (await api.get(f"/v1/ServiceProviders/{sp}")).json()["name"]
    first = await table(api, service_provider_sid=sp)
    await rejected(
        await api.post("/v1/Lcrs", json={"name": "again", "service_provider_sid": sp}),
        400,
        f"Service Provider: {sp_name} already has an active call routing table.",
    )
    await table(api, account_sid=acct)
    await rejected(
        await api.post("/v1/Lcrs", json={"name": "again", "account_sid": acct}),
        400,
        f"Account: {acct_name} already has an active call routing table.",
    )
    # moving the provider's table to the account that has one is refused the same way
    await rejected(
        await api.put(f"/v1/Lcrs/{first}", json={"account_sid": acct}),
        400,
        f"Account: {acct_name} already has an active call routing table.",
    )
    # an update naming its own owner is no move
    assert (
        await api.put(f"/v1/Lcrs/{first}", json={"service_provider_sid": sp, "name": "x"})
    ).status_code == 204


async def test_create_errors_in_jambonz_words(api: Api, tenants: list[Tenant]) -> None:
    await rejected(await api.post("/v1/Lcrs", json={}), 400, "missing field name")
    await rejected(
        await api.post("/v1/Lcrs", json={"name": "n", "account_sid": MISSING}),
        400,
        "unknown account_sid",
    )
    await rejected(
        await api.post("/v1/Lcrs", json={"name": "n", "service_provider_sid": MISSING}),
        400,
        "unknown service_provider_sid",
    )
    await rejected(
        await api.post("/v1/Lcrs", json={"name": "n", "default_carrier_set_entry_sid": MISSING}),
        400,
        "unknown default_carrier_set_entry_sid",
    )
    mine, theirs = tenants
    r = await api.post(
        "/v1/Lcrs", mine.account_tokens[0], json={"name": "n", "account_sid": theirs.accounts[0]}
    )
    assert r.status_code == 403
    r = await api.post(
        "/v1/Lcrs", mine.sp_token, json={"name": "n", "service_provider_sid": theirs.sp}
    )
    assert r.status_code == 403
    r = await api.post("/v1/Lcrs", json={"name": "x" * 65})
    assert r.status_code == 400 and r.json()["msg"].startswith("name: must be at most 64")


async def test_each_key_sees_and_changes_what_jambonz_shows_it(api: Api) -> None:
    mine, theirs = await _fresh_tenants(api)
    sp_table = await table(api, service_provider_sid=mine.sp)
    acct_table = await table(api, account_sid=mine.accounts[0])
    foreign = await table(api, service_provider_sid=theirs.sp)
    ownerless = await table(api)

    def sids(r: Any) -> set[str]:
        return {item["lcr_sid"] for item in r.json()}

    assert {sp_table, acct_table, foreign, ownerless} <= sids(await api.get("/v1/Lcrs"))
    # a provider key: its provider's table only, not its accounts' (as jambonz lists it)
    assert sids(await api.get("/v1/Lcrs", mine.sp_token)) == {sp_table}
    assert sids(await api.get("/v1/Lcrs", mine.account_tokens[0])) == {acct_table}
    assert sids(await api.get("/v1/Lcrs", mine.account_tokens[1])) == set()
    for token, unseen in (
        (mine.sp_token, acct_table),
        (mine.sp_token, foreign),
        (mine.sp_token, ownerless),
        (mine.account_tokens[0], sp_table),
        (mine.account_tokens[1], acct_table),
    ):
        await rejected(await api.get(f"/v1/Lcrs/{unseen}", token), 404, "lcr not found")
        await rejected(
            await api.put(f"/v1/Lcrs/{unseen}", token, json={"name": "stolen"}),
            400,
            "unknown lcr_sid",
        )
        r = await api.delete(f"/v1/Lcrs/{unseen}", token)
        if token == mine.sp_token:  # jambonz let a provider key delete any table
            await rejected(r, 404, "lcr not found")
        else:
            await rejected(r, 400, "unknown lcr_sid")
    assert {sp_table, acct_table, foreign, ownerless} <= sids(await api.get("/v1/Lcrs"))
    names = {item["name"] for item in (await api.get("/v1/Lcrs")).json()}
    assert "stolen" not in names
    # what a key sees, it changes and deletes
    r = await api.put(f"/v1/Lcrs/{sp_table}", mine.sp_token, json={"name": "mine"})
    assert r.status_code == 204
    assert (await api.delete(f"/v1/Lcrs/{acct_table}", mine.account_tokens[0])).status_code == 204


async def test_a_table_moves_only_within_the_keys_scope(api: Api) -> None:
    mine, theirs = await _fresh_tenants(api)
    sp_table = await table(api, mine.sp_token)
    r = await api.put(
        f"/v1/Lcrs/{sp_table}", mine.sp_token, json={"account_sid": theirs.accounts[0]}
    )
    assert r.status_code == 403
    r = await api.put(
        f"/v1/Lcrs/{sp_table}", mine.sp_token, json={"service_provider_sid": theirs.sp}
    )
    assert r.status_code == 403
    # routes using another account's carrier cannot follow the table to this account
    elsewhere = await carrier(api, account_sid=mine.accounts[1])
    await post_routes(api, sp_table, [route(".*", 9999, elsewhere)], mine.sp_token)
    await rejected(
        await api.put(
            f"/v1/Lcrs/{sp_table}", mine.sp_token, json={"account_sid": mine.accounts[0]}
        ),
        400,
        "the routes use carriers the new owner may not use: change their carriers first",
    )
    assert (await api.get(f"/v1/Lcrs/{sp_table}")).json()["service_provider_sid"] == mine.sp


async def test_default_entry_must_be_the_tables_own(api: Api) -> None:
    vc = await carrier(api)
    one, two = await table(api), await table(api)
    await post_routes(api, one, [route("^1", 0, vc)])
    await post_routes(api, two, [route("^1", 0, vc)])
    entry_of_two = (await routes_of(api, two))[0]["lcr_carrier_set_entries"][0]
    await rejected(
        await api.put(
            f"/v1/Lcrs/{one}",
            json={"default_carrier_set_entry_sid": entry_of_two["lcr_carrier_set_entry_sid"]},
        ),
        400,
        "unknown default_carrier_set_entry_sid",
    )
    own = (await routes_of(api, one))[0]["lcr_carrier_set_entries"][0]["lcr_carrier_set_entry_sid"]
    body = {"default_carrier_set_entry_sid": own}
    assert (await api.put(f"/v1/Lcrs/{one}", json=body)).status_code == 204
    assert (await api.get(f"/v1/Lcrs/{one}")).json()["default_carrier_set_entry_sid"] == own
    body = {"default_carrier_set_entry_sid": ""}  # the portal's "none"
    assert (await api.put(f"/v1/Lcrs/{one}", json=body)).status_code == 204
    assert (await api.get(f"/v1/Lcrs/{one}")).json()["default_carrier_set_entry_sid"] is None


# -- batch routes ----------------------------------------------------------------------------


async def test_batch_routes_as_the_portal_sends_them(api: Api) -> None:
    a, b = await carrier(api), await carrier(api)
    sid = await table(api)
    # the portal's body: empty sids for what it leaves unset, the default route last
    await post_routes(
        api,
        sid,
        [
            {
                "lcr_route_sid": "",
                "regex": "^1",
                "lcr_sid": "",
                "priority": 0,
                "description": "US",
                "lcr_carrier_set_entries": [
                    {"lcr_route_sid": "", "voip_carrier_sid": a, "priority": 0},
                    {"lcr_route_sid": "", "voip_carrier_sid": b, "priority": 1},
                ],
            },
            {
                "lcr_sid": sid,
                "regex": ".*",
                "description": "System Default Route",
                "priority": 9999,
                "lcr_carrier_set_entries": [{"lcr_route_sid": "", "voip_carrier_sid": b}],
            },
        ],
    )
    got = await routes_of(api, sid)
    assert [(r["regex"], r["priority"], r["description"]) for r in got] == [
        ("^1", 0, "US"),
        (".*", 9999, "System Default Route"),
    ]
    assert [
        (e["voip_carrier_sid"], e["priority"], e["workload"])
        for e in got[0]["lcr_carrier_set_entries"]
    ] == [(a, 0, 1), (b, 1, 1)]
    default_entry = got[1]["lcr_carrier_set_entries"][0]
    item = (await api.get(f"/v1/Lcrs/{sid}")).json()
    assert item["default_carrier_set_entry_sid"] == default_entry["lcr_carrier_set_entry_sid"]
    assert item["number_routes"] == 2
    # the single route reads back the same way
    one = (await api.get(f"/v1/LcrRoutes/{got[0]['lcr_route_sid']}")).json()
    assert one == got[0]


async def test_batch_errors_in_jambonz_words_and_nothing_half_written(api: Api) -> None:
    vc = await carrier(api)
    sid = await table(api)
    before = await counts(api)
    cases = [
        ([route("^1", 0, vc), {"regex": "^2", "priority": 1}], NO_ENTRIES),
        ([route("^1", 0), {"regex": "^2", "priority": 1}], NO_ENTRIES),
        (
            [route("^1", 0, vc), {**route("^2", 1), "lcr_carrier_set_entries": [{"priority": 0}]}],
            "One of lcr_carrier_set_entries is missing voip_carrier_sid",
        ),
        ([route("^1", 0, vc), route("^2", 1, MISSING)], "unknown voip_carrier_sid"),
        ([route("^1", 0, vc), route("(", 1, vc)], "[1].regex: not a valid regular expression"),
    ]
    for body, msg in cases:
        r = await api.post(f"/v1/Lcrs/{sid}/Routes", json=body)
        assert r.status_code == 400 and r.json()["msg"].startswith(msg), r.text
    assert await counts(api) == before
    await rejected(await api.post(f"/v1/Lcrs/{MISSING}/Routes", json=[]), 404, "lcr not found")
    r = await api.post(f"/v1/Lcrs/{sid}/Routes", json={"regex": "^1"})
    assert r.status_code == 400  # an array, as jambonz takes it


NO_ENTRIES = "Lcr Route batch process require lcr_carrier_set_entries"


async def test_batch_put_updates_what_it_names_and_adds_the_rest(api: Api) -> None:
    a, b = await carrier(api), await carrier(api)
    sid, other = await table(api), await table(api)
    await post_routes(api, sid, [route("^1", 0, a)])
    await post_routes(api, other, [route("^9", 0, a)])
    (us,) = await routes_of(api, sid)
    (foreign,) = await routes_of(api, other)
    entry = us["lcr_carrier_set_entries"][0]
    body = [
        {
            **us,
            "regex": "^1[2-9]",
            "lcr_carrier_set_entries": [
                {**entry, "voip_carrier_sid": b, "priority": 5},
                {"voip_carrier_sid": a, "priority": 6},  # jambonz dropped this one
            ],
        },
        route("^44", 1, a),
    ]
    r = await api.put(f"/v1/Lcrs/{sid}/Routes", json=body)
    assert r.status_code == 204, r.text
    got = await routes_of(api, sid)
    assert [(x["lcr_route_sid"] == us["lcr_route_sid"], x["regex"]) for x in got] == [
        (True, "^1[2-9]"),
        (False, "^44"),
    ]
    assert [
        (
            e["lcr_carrier_set_entry_sid"] == entry["lcr_carrier_set_entry_sid"],
            e["voip_carrier_sid"],
        )
        for e in got[0]["lcr_carrier_set_entries"]
    ] == [(True, b), (False, a)]
    # another table's route or entry is not this table's to update
    before = await counts(api)
    r = await api.put(f"/v1/Lcrs/{sid}/Routes", json=[{**foreign, "regex": "^0"}])
    await rejected(r, 400, "unknown lcr_route_sid")
    foreign_entry = foreign["lcr_carrier_set_entries"][0]
    r = await api.put(
        f"/v1/Lcrs/{sid}/Routes",
        json=[{**got[0], "lcr_carrier_set_entries": [foreign_entry]}],
    )
    await rejected(r, 400, "unknown lcr_carrier_set_entry_sid")
    assert await counts(api) == before
    assert (await routes_of(api, other)) == [foreign]


async def test_batch_needs_the_table_and_carriers_within_scope(api: Api) -> None:
    mine, theirs = await _fresh_tenants(api)
    foreign_table = await table(api, service_provider_sid=theirs.sp)
    own_carrier = await carrier(api, service_provider_sid=mine.sp)
    r = await api.post(
        f"/v1/Lcrs/{foreign_table}/Routes", mine.sp_token, json=[route(".*", 0, own_carrier)]
    )
    await rejected(r, 404, "lcr not found")
    sp_table = await table(api, mine.sp_token)
    foreign_carrier = await carrier(api, service_provider_sid=theirs.sp)
    ownerless = await carrier(api)
    for vc in (foreign_carrier, ownerless):
        r = await api.post(f"/v1/Lcrs/{sp_table}/Routes", mine.sp_token, json=[route(".*", 0, vc)])
        await rejected(r, 400, "unknown voip_carrier_sid")
    # an account's table: its own carriers and its provider's provider-wide ones
    acct_table = await table(api, mine.account_tokens[0])
    own = await carrier(api, mine.account_tokens[0])
    sibling = await carrier(api, account_sid=mine.accounts[1])
    body = [route("^1", 0, own, own_carrier)]
    assert (
        await api.post(f"/v1/Lcrs/{acct_table}/Routes", mine.account_tokens[0], json=body)
    ).status_code == 204
    # even an admin key cannot route an account's calls through a sibling's trunk
    r = await api.post(f"/v1/Lcrs/{acct_table}/Routes", json=[route("^2", 1, sibling)])
    await rejected(r, 400, "unknown voip_carrier_sid")


# -- /LcrRoutes ------------------------------------------------------------------------------


async def test_route_crud_as_jambonz_test_suite_does(api: Api) -> None:
    lcr_sid = await table(api)
    body = {"lcr_sid": lcr_sid, "regex": "1*", "description": "description", "priority": 1}
    sid = await api.create("/v1/LcrRoutes", body)
    assert [r["lcr_route_sid"] for r in await routes_of(api, lcr_sid)] == [sid]
    assert (await api.get(f"/v1/LcrRoutes/{sid}")).json() == {
        "lcr_route_sid": sid,
        "lcr_sid": lcr_sid,
        "regex": "1*",
        "description": "description",
        "priority": 1,
        "lcr_carrier_set_entries": [],
    }
    assert (await api.put(f"/v1/LcrRoutes/{sid}", json={"priority": 2})).status_code == 204
    assert (await api.get(f"/v1/LcrRoutes/{sid}")).json()["priority"] == 2
    assert (await api.delete(f"/v1/LcrRoutes/{sid}")).status_code == 204
    await rejected(await api.get(f"/v1/LcrRoutes/{sid}"), 404, "lcr route not found")
    assert (await api.delete(f"/v1/Lcrs/{lcr_sid}")).status_code == 204


async def test_route_errors_are_400s_in_jambonz_words_never_500s(
    api: Api, tenants: list[Tenant]
) -> None:
    lcr_sid = await table(api)
    ok = {"lcr_sid": lcr_sid, "regex": "^1", "priority": 0}
    await rejected(
        await api.post("/v1/LcrRoutes", json={"regex": "^1", "priority": 0}),
        400,
        "missing parameter lcr_sid",
    )
    await rejected(
        await api.post("/v1/LcrRoutes", json={**ok, "lcr_sid": ""}),
        400,
        "missing parameter lcr_sid",
    )
    await rejected(
        await api.post("/v1/LcrRoutes", json={**ok, "lcr_sid": MISSING}), 400, "unknown lcr_sid"
    )
    await rejected(await api.get("/v1/LcrRoutes"), 400, "missing lcr_sid")
    # jambonz answers 500 for these: a NOT NULL column, a column too short
    for body, words in (
        ({"lcr_sid": lcr_sid, "priority": 0}, "missing required property regex"),
        ({"lcr_sid": lcr_sid, "regex": "^1"}, "missing required property priority"),
        ({**ok, "regex": "1" * 33}, "regex: must be at most 32 characters"),
        ({**ok, "priority": 2**31}, "priority: must be at most 2147483647"),
    ):
        r = await api.post("/v1/LcrRoutes", json=body)
        assert r.status_code == 400 and words in r.json()["msg"], r.text
    # an invalid pattern is a clear 400 on every way in
    sid = await api.create("/v1/LcrRoutes", ok)
    for pattern, reason in (("(", "missing )"), ("(?<=1)2", "invalid perl operator"), ("\\1", "")):
        for r in (
            await api.post("/v1/LcrRoutes", json={**ok, "regex": pattern}),
            await api.put(f"/v1/LcrRoutes/{sid}", json={"regex": pattern}),
            await api.post(f"/v1/Lcrs/{lcr_sid}/Routes", json=[route(pattern, 0, MISSING)]),
        ):
            assert r.status_code == 400, r.text
        r = await api.post("/v1/LcrRoutes", json={**ok, "regex": pattern})
        assert r.json()["msg"].startswith("regex: not a valid regular expression (")
        assert reason in r.json()["msg"]
    assert (await api.get(f"/v1/LcrRoutes/{sid}")).json()["regex"] == "^1"
    await rejected(
        await api.put(f"/v1/LcrRoutes/{sid}", json={"lcr_sid": MISSING}), 400, "unknown lcr_sid"
    )
    # another tenant's table and routes are unknown to a provider or account key
    t = tenants[0]
    await rejected(
        await api.get("/v1/LcrRoutes", t.sp_token, params={"lcr_sid": lcr_sid}),
        400,
        "unknown lcr_sid",
    )
    assert (await api.get("/v1/LcrRoutes", params={"lcr_sid": MISSING})).json() == []
    await rejected(await api.post("/v1/LcrRoutes", t.sp_token, json=ok), 400, "unknown lcr_sid")
    for r in (
        await api.get(f"/v1/LcrRoutes/{sid}", t.account_tokens[0]),
        await api.put(f"/v1/LcrRoutes/{sid}", t.sp_token, json={"priority": 9}),
        await api.delete(f"/v1/LcrRoutes/{sid}", t.sp_token),
    ):
        await rejected(r, 404, "lcr route not found")
    assert (await api.get(f"/v1/LcrRoutes/{sid}")).json()["priority"] == 0


async def test_routes_list_by_priority_with_their_entries(api: Api) -> None:
    a, b = await carrier(api), await carrier(api)
    sid = await table(api)
    await post_routes(api, sid, [route(".*", 9999, b), route("^44", 1, b, a), route("^1", 0, a)])
    got = await routes_of(api, sid)
    assert [r["regex"] for r in got] == ["^1", "^44", ".*"]
    assert [e["voip_carrier_sid"] for e in got[1]["lcr_carrier_set_entries"]] == [b, a]


# -- /LcrCarrierSetEntries -------------------------------------------------------------------


async def test_entry_crud_as_jambonz_test_suite_does(api: Api) -> None:
    lcr_sid = await table(api)
    route_sid = await api.create(
        "/v1/LcrRoutes", {"lcr_sid": lcr_sid, "regex": "1*", "priority": 1}
    )
    vc = await carrier(api)
    body = {"workload": 1, "lcr_route_sid": route_sid, "voip_carrier_sid": vc, "priority": 1}
    sid = await api.create("/v1/LcrCarrierSetEntries", body)
    listed = (await api.get("/v1/LcrCarrierSetEntries", params={"lcr_route_sid": route_sid})).json()
    assert listed == [{"lcr_carrier_set_entry_sid": sid, **body}]
    assert (await api.get(f"/v1/LcrCarrierSetEntries/{sid}")).json()["workload"] == 1
    assert (
        await api.put(f"/v1/LcrCarrierSetEntries/{sid}", json={"priority": 2})
    ).status_code == 204
    assert (await api.get(f"/v1/LcrCarrierSetEntries/{sid}")).json()["priority"] == 2
    assert (await api.delete(f"/v1/LcrCarrierSetEntries/{sid}")).status_code == 204
    await rejected(
        await api.get(f"/v1/LcrCarrierSetEntries/{sid}"), 404, "lcr carrier set entry not found"
    )
    assert (await api.delete(f"/v1/LcrRoutes/{route_sid}")).status_code == 204
    assert (await api.delete(f"/v1/Lcrs/{lcr_sid}")).status_code == 204
    # defaults: priority 0, workload 1
    lcr_sid = await table(api)
    route_sid = await api.create("/v1/LcrRoutes", {"lcr_sid": lcr_sid, "regex": "^", "priority": 0})
    sid = await api.create(
        "/v1/LcrCarrierSetEntries", {"lcr_route_sid": route_sid, "voip_carrier_sid": vc}
    )
    got = (await api.get(f"/v1/LcrCarrierSetEntries/{sid}")).json()
    assert (got["priority"], got["workload"]) == (0, 1)


async def test_entry_errors_in_jambonz_words_and_order(api: Api, tenants: list[Tenant]) -> None:
    lcr_sid = await table(api)
    route_sid = await api.create(
        "/v1/LcrRoutes", {"lcr_sid": lcr_sid, "regex": "^1", "priority": 0}
    )
    vc = await carrier(api)
    path = "/v1/LcrCarrierSetEntries"
    await rejected(
        await api.post(path, json={"voip_carrier_sid": vc}), 400, "missing lcr_route_sid"
    )
    await rejected(
        await api.post(path, json={"lcr_route_sid": MISSING}), 400, "unknown lcr_route_sid"
    )
    await rejected(
        await api.post(path, json={"lcr_route_sid": route_sid}), 400, "missing voip_carrier_sid"
    )
    await rejected(
        await api.post(path, json={"lcr_route_sid": route_sid, "voip_carrier_sid": MISSING}),
        400,
        "unknown voip_carrier_sid",
    )
    await rejected(await api.get(path), 400, "missing lcr_route_sid")
    sid = await api.create(path, {"lcr_route_sid": route_sid, "voip_carrier_sid": vc})
    for body, msg in (
        ({"lcr_route_sid": MISSING}, "unknown lcr_route_sid"),
        ({"voip_carrier_sid": MISSING}, "unknown voip_carrier_sid"),
    ):
        await rejected(await api.put(f"{path}/{sid}", json=body), 400, msg)
    # another tenant's entries and routes: unknown or unseen
    t = tenants[0]
    assert (await api.get(path, t.sp_token, params={"lcr_route_sid": route_sid})).json() == []
    for r in (
        await api.get(f"{path}/{sid}", t.sp_token),
        await api.put(f"{path}/{sid}", t.account_tokens[0], json={"priority": 3}),
        await api.delete(f"{path}/{sid}", t.sp_token),
    ):
        await rejected(r, 404, "lcr carrier set entry not found")
    own = await carrier(api, service_provider_sid=t.sp)
    r = await api.post(path, t.sp_token, json={"lcr_route_sid": route_sid, "voip_carrier_sid": own})
    await rejected(r, 400, "unknown lcr_route_sid")


# -- cascades --------------------------------------------------------------------------------


async def test_deleting_a_table_takes_its_routes_and_entries(api: Api) -> None:
    vc = await carrier(api)
    keep, gone = await table(api), await table(api)
    await post_routes(api, keep, [route("^1", 0, vc)])
    before = await counts(api)
    await post_routes(api, gone, [route("^1", 0, vc, vc), route(".*", 9999, vc)])
    assert await counts(api) == (before[0], before[1] + 2, before[2] + 3)
    assert (await api.delete(f"/v1/Lcrs/{gone}")).status_code == 204
    assert await counts(api) == (before[0] - 1, before[1], before[2])
    assert len(await routes_of(api, keep)) == 1


async def test_deleting_the_default_entry_or_its_route_clears_the_default(api: Api) -> None:
    vc = await carrier(api)
    sid = await table(api)
    await post_routes(api, sid, [route("^1", 0, vc), route(".*", 9999, vc)])
    default = (await api.get(f"/v1/Lcrs/{sid}")).json()["default_carrier_set_entry_sid"]
    assert default is not None
    assert (await api.delete(f"/v1/LcrCarrierSetEntries/{default}")).status_code == 204
    assert (await api.get(f"/v1/Lcrs/{sid}")).json()["default_carrier_set_entry_sid"] is None
    await post_routes(api, sid, [route(".*", 9999, vc)])
    default = (await api.get(f"/v1/Lcrs/{sid}")).json()["default_carrier_set_entry_sid"]
    (holder,) = [
        r["lcr_route_sid"]
        for r in await routes_of(api, sid)
        if default in {e["lcr_carrier_set_entry_sid"] for e in r["lcr_carrier_set_entries"]}
    ]
    assert (await api.delete(f"/v1/LcrRoutes/{holder}")).status_code == 204
    item = (await api.get(f"/v1/Lcrs/{sid}")).json()
    assert (item["default_carrier_set_entry_sid"], item["number_routes"]) == (None, 2)


async def test_a_carrier_in_a_route_is_not_deleted_and_owners_take_their_table(
    api: Api,
) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    own = await carrier(api, account_sid=acct)
    sp_wide = await carrier(api, service_provider_sid=sp)
    acct_table = await table(api, account_sid=acct)
    await post_routes(api, acct_table, [route(".*", 9999, own, sp_wide)])
    r = await api.delete(f"/v1/VoipCarriers/{sp_wide}")
    assert r.status_code == 422 and "least-cost routing" in r.json()["msg"]
    # the account goes with its table, whose routes used its own carrier
    before = await counts(api)
    assert (await api.delete(f"/v1/Accounts/{acct}")).status_code == 204, "account delete"
    assert await counts(api) == (before[0] - 1, before[1] - 1, before[2] - 2)
    await rejected(await api.get(f"/v1/Lcrs/{acct_table}"), 404, "lcr not found")
    # the provider's table goes with the provider
    sp_table = await table(api, service_provider_sid=sp)
    await post_routes(api, sp_table, [route(".*", 9999, sp_wide)])
    assert (await api.delete(f"/v1/ServiceProviders/{sp}")).status_code == 204
    await rejected(await api.get(f"/v1/Lcrs/{sp_table}"), 404, "lcr not found")
    assert await counts(api) == (before[0] - 1, before[1] - 1, before[2] - 2)


# -- routing outbound calls ------------------------------------------------------------------


def test_route_patterns_match_as_jambonz_sbc_does() -> None:
    # a literal prefix, or the pattern anywhere in the number
    assert route_matches("^1", "15085550100")
    assert route_matches("1*", "4912")  # matches the empty string, as in JavaScript
    assert route_matches("^49", "4912") and not route_matches("^49", "+4912")
    assert route_matches("555", "15085550100")
    assert route_matches("^\\+49", "+4912")
    assert not route_matches("^44", "15085550100")
    # a pattern RE2 refuses (written before the check, or by hand) matches only as text
    assert route_matches("(", "(12") and not route_matches("(", "12")


async def placed(api: Api, voice: VoiceApp, account: str, number: str, **target: Any) -> dict:
    """The record of a call placed to `number`, as soon as it exists."""
    body = {
        "from": target.pop("from_", "15085550100"),
        "to": {"type": "phone", "number": number, **target},
        "call_hook": f"{voice.url}/call",
        "call_status_hook": f"{voice.url}/status",
    }
    r = await api.post(f"/v1/Accounts/{account}/Calls", json=body)
    assert r.status_code == 201, r.text
    r = await api.get(f"/v1/Accounts/{account}/Calls/{r.json()['sid']}")
    assert r.status_code == 200, r.text
    return r.json()


async def carrier_of(api: Api, voice: VoiceApp, account: str, number: str, **target: Any) -> Any:
    return (await placed(api, voice, account, number, **target))["voip_carrier_sid"]


async def test_calls_follow_route_priority_then_entry_priority(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    a = await carrier(api, service_provider_sid=sp, name=unique("A"))
    b = await carrier(api, service_provider_sid=sp)
    sp_table = await table(api, service_provider_sid=sp)
    # the routes of operator facts §5.5, given out of order
    await post_routes(
        api,
        sp_table,
        [route(".*", 9999, a), route("^49", 2, b), route("^44", 1, a), route("^1", 0, a, b)],
    )
    for number, expected in (
        ("4912", b),
        ("+4912", a),  # the `+` defeats `^49`: the default route
        ("15551234567", a),
        ("+15551234567", a),
        ("4420", a),
    ):
        assert await carrier_of(api, voice, acct, number) == expected, number
    record = await placed(api, voice, acct, "4912")
    name_of_b = (await api.get(f"/v1/VoipCarriers/{b}")).json()["name"]
    assert (record["voip_carrier_sid"], record["trunk"]) == (b, name_of_b)
    # an inactive carrier is passed over for the route's next one
    assert (await api.put(f"/v1/VoipCarriers/{a}", json={"is_active": False})).status_code == 204
    assert await carrier_of(api, voice, acct, "15551234567") == b
    assert await carrier_of(api, voice, acct, "4420") is None  # its only carrier is off


async def test_the_accounts_table_first_then_its_providers(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    acct, sibling = await api.account(sp), await api.account(sp)
    mine = await carrier(api, account_sid=acct)
    provider_wide = await carrier(api, service_provider_sid=sp)
    acct_table = await table(api, account_sid=acct)
    await post_routes(api, acct_table, [route("^1", 0, mine)])
    await post_routes(
        api, await table(api, service_provider_sid=sp), [route(".*", 0, provider_wide)]
    )
    assert await carrier_of(api, voice, acct, "15085550199") == mine
    # no route of the account's table matches: its provider's table decides
    assert await carrier_of(api, voice, acct, "4412") == provider_wide
    assert await carrier_of(api, voice, sibling, "15085550199") == provider_wide
    # an inactive table is not consulted
    assert (await api.put(f"/v1/Lcrs/{acct_table}", json={"is_active": 0})).status_code == 204
    assert await carrier_of(api, voice, acct, "15085550199") == provider_wide
    # with no route matching, the table's default entry
    assert (await api.put(f"/v1/Lcrs/{acct_table}", json={"is_active": 1})).status_code == 204
    routes = await routes_of(api, acct_table)
    entry = routes[0]["lcr_carrier_set_entries"][0]["lcr_carrier_set_entry_sid"]
    body = {"default_carrier_set_entry_sid": entry}
    assert (await api.put(f"/v1/Lcrs/{acct_table}", json=body)).status_code == 204
    assert await carrier_of(api, voice, acct, "4412") == mine


async def test_no_table_crosses_tenants(api: Api, voice: VoiceApp) -> None:
    mine, theirs = await _fresh_tenants(api)
    foreign = await carrier(api, service_provider_sid=theirs.sp)
    await post_routes(
        api, await table(api, service_provider_sid=theirs.sp), [route(".*", 0, foreign)]
    )
    await post_routes(
        api, await table(api, account_sid=theirs.accounts[0]), [route(".*", 0, foreign)]
    )
    assert await carrier_of(api, voice, mine.accounts[0], "15085550199") is None
    assert await carrier_of(api, voice, theirs.accounts[1], "15085550199") == foreign


async def test_without_a_table_the_trunk_the_calling_number_then_the_accounts_carriers(
    api: Api, voice: VoiceApp
) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    assert await carrier_of(api, voice, acct, "15085550199") is None  # none at all
    provider_wide = await carrier(api, service_provider_sid=sp)
    await api.create(
        "/v1/SipGateways",
        {"voip_carrier_sid": provider_wide, "ipv4": "192.0.2.10", "outbound": True},
    )
    assert await carrier_of(api, voice, acct, "15085550199") == provider_wide
    own = await carrier(api, account_sid=acct)
    await api.create("/v1/SipGateways", {"voip_carrier_sid": own, "ipv4": "192.0.2.11"})
    assert await carrier_of(api, voice, acct, "15085550199") == own
    numbered = await carrier(api, account_sid=acct, name=unique("numbered"))
    number = "1508555" + str(int(time.time() * 1000))[-4:]
    await api.create(
        "/v1/PhoneNumbers", {"number": number, "account_sid": acct, "voip_carrier_sid": numbered}
    )
    assert await carrier_of(api, voice, acct, "15085550199", from_=number) == numbered
    # a named trunk wins over everything, a table included
    named = (await api.get(f"/v1/VoipCarriers/{provider_wide}")).json()["name"]
    await post_routes(api, await table(api, account_sid=acct), [route(".*", 0, own)])
    assert await carrier_of(api, voice, acct, "15085550199", trunk=named) == provider_wide
    assert await carrier_of(api, voice, acct, "15085550199", trunk="no-such") == own
    # other targets go through no carrier
    r = await api.post(
        f"/v1/Accounts/{acct}/Calls",
        json={
            "from": "15085550100",
            "to": {"type": "sip", "sipUri": "sip:bob@example.com"},
            "call_hook": f"{voice.url}/call",
        },
    )
    record = (await api.get(f"/v1/Accounts/{acct}/Calls/{r.json()['sid']}")).json()
    assert (record["voip_carrier_sid"], record["trunk"]) == (None, None)


async def test_a_dial_leg_to_a_number_records_its_carrier(api: Api, voice: VoiceApp) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    a, b = await carrier(api, account_sid=acct), await carrier(api, account_sid=acct)
    await post_routes(
        api, await table(api, account_sid=acct), [route("^44", 0, b), route(".*", 1, a)]
    )
    dial = [{"verb": "dial", "target": [{"type": "phone", "number": "4420"}], "timeout": 5}]
    app = await api.application(
        acct,
        app_json=json.dumps(dial),
        call_hook={"url": f"{voice.url}/call", "method": "POST"},
        call_status_hook={"url": f"{voice.url}/status", "method": "POST"},
    )
    r = await api.post(
        f"/v1/Accounts/{acct}/Calls",
        json={
            "application_sid": app,
            "from": "15085550100",
            "to": {"type": "phone", "number": "15085550199"},
        },
    )
    assert r.status_code == 201, r.text
    parent = r.json()["sid"]
    deadline = time.monotonic() + 10
    while True:
        legs = (await api.get(f"/v1/Accounts/{acct}/Calls")).json()
        child = [leg for leg in legs if leg["parent_call_sid"] == parent]
        if child or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.02)
    assert [leg["voip_carrier_sid"] for leg in child] == [b]
    assert (await api.get(f"/v1/Accounts/{acct}/Calls/{parent}")).json()["voip_carrier_sid"] == a


async def test_a_pathological_pattern_cannot_stall_calls(api: Api, voice: VoiceApp) -> None:
    """`(1*)*2` against a long run of 1s backtracks exponentially in Python's `re`; RE2
    answers in linear time, so placing the call stays quick."""
    sp = await api.service_provider()
    acct = await api.account(sp)
    vc = await carrier(api, account_sid=acct)
    await post_routes(
        api, await table(api, account_sid=acct), [route("(1*)*2", 0, vc), route("^1+$", 1, vc)]
    )
    started = time.monotonic()
    assert await carrier_of(api, voice, acct, "1" * 64) == vc
    assert time.monotonic() - started < 2.0


async def test_the_portals_update_body_keeps_the_owner(api: Api) -> None:
    """The portal sends every field back: the account (or `""`), the current provider and
    the default entry; neither kind of table moves."""
    sp = await api.service_provider()
    acct = await api.account(sp)
    sp_table = await table(api, service_provider_sid=sp)
    acct_table = await table(api, account_sid=acct)
    for sid, account in ((sp_table, ""), (acct_table, acct)):
        body = {
            "name": "edited",
            "is_active": True,
            "account_sid": account,
            "service_provider_sid": sp,
            "default_carrier_set_entry_sid": None,
        }
        assert (await api.put(f"/v1/Lcrs/{sid}", json=body)).status_code == 204
    got = {item["lcr_sid"]: item for item in (await api.get("/v1/Lcrs")).json()}
    assert (got[sp_table]["service_provider_sid"], got[sp_table]["account_sid"]) == (sp, None)
    assert (got[acct_table]["service_provider_sid"], got[acct_table]["account_sid"]) == (None, acct)
    assert got[sp_table]["name"] == got[acct_table]["name"] == "edited"
