"""/v1/PhoneNumbers and /v1/ServiceProviders/{sid}/PhoneNumbers over HTTP, on both stores."""

from __future__ import annotations

import asyncio
import random

import pytest
from sqlalchemy import func, select

from jambonz.db.tables import phone_numbers
from jambonz.services import phone_numbers as phone_numbers_service
from jambonz.services.phone_numbers import (
    find_by_number,
    normalise_number,
    numbers_pointing_to_application,
    numbers_using_carrier,
)
from tests.conftest import Api, Tenant, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
PN = "/v1/PhoneNumbers"


def new_number(prefix: str = "1") -> str:
    """A random E.164 number (digits only) that no other test uses."""
    return prefix + "".join(random.choices("0123456789", k=14 - len(prefix)))


async def carrier(
    api: Api, *, account_sid: str | None = None, service_provider_sid: str | None = None
) -> str:
    """A carrier made through POST /v1/VoipCarriers by an admin key; naming no owner
    makes one of the platform (no account, no provider), as in jambonz."""
    body: dict[str, str] = {"name": unique("carrier")}
    if account_sid:
        body["account_sid"] = account_sid
    if service_provider_sid:
        body["service_provider_sid"] = service_provider_sid
    return await api.create("/v1/VoipCarriers", body)


async def fresh_account(api: Api) -> tuple[str, str]:
    """A new provider with one account: `(service_provider_sid, account_sid)`."""
    sp = await api.service_provider()
    return sp, await api.account(sp)


async def create_number(api: Api, body: dict, token: str | None = "admin") -> str:
    return await api.create(PN, body, token)


async def rows_with_number(api: Api, number: str) -> int:
    async with api.core.db.read() as conn:
        query = select(func.count()).where(phone_numbers.c.number == number)
        return (await conn.execute(query)).scalar_one()


# -- normalisation (pure) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("+15085550100", "15085550100"),
        ("15085550100", "15085550100"),
        ("+1", "1"),
        ("0", "0"),
        ("+123456789012345", "123456789012345"),
        ("004930123456", "004930123456"),
    ],
)
def test_normalise_number(raw: str, stored: str) -> None:
    assert normalise_number(raw) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "+",
        "++15085550100",
        "1508555010x",
        "+1 508 555 0100",
        "1-508-555-0100",
        "1234567890123456",
        " 15085550100",
        "15085550100\n",
        "١٢٣",
        "+-1",
    ],
)
def test_normalise_number_rejects_non_e164(raw: str) -> None:
    with pytest.raises(ValueError, match=r"E\.164"):
        normalise_number(raw)


# -- create and read -------------------------------------------------------------------


async def test_create_and_read_back(api: Api) -> None:
    sp, acct = await fresh_account(api)
    trunk = await carrier(api, account_sid=acct)
    app = await api.application(acct)
    digits = new_number()
    sid = await create_number(
        api,
        {
            "number": "+" + digits,
            "account_sid": acct,
            "voip_carrier_sid": trunk,
            "application_sid": app,
        },
    )
    r = await api.get(f"{PN}/{sid}")
    assert r.status_code == 200
    body = r.json()
    assert body == {
        "phone_number_sid": sid,
        "number": digits,
        "voip_carrier_sid": trunk,
        "account_sid": acct,
        "application_sid": app,
        "service_provider_sid": sp,
    }
    assert (await api.get(f"{PN}/{sid.upper()}")).status_code == 200


async def test_create_minimal_and_sids_are_normalised(api: Api) -> None:
    sp, acct = await fresh_account(api)
    digits = new_number()
    sid = await create_number(api, {"number": digits, "account_sid": acct.upper()})
    body = (await api.get(f"{PN}/{sid}")).json()
    assert body["number"] == digits
    assert body["account_sid"] == acct
    assert body["service_provider_sid"] == sp
    assert body["voip_carrier_sid"] is None and body["application_sid"] is None


async def test_create_validation_errors(api: Api) -> None:
    _, acct = await fresh_account(api)
    for bad in ["", "+", "1508555010x", "+1 508 555 0100", "1-508-555-0100", "1234567890123456"]:
        r = await api.post(PN, json={"number": bad, "account_sid": acct})
        assert r.status_code == 400, bad
        assert ("number" in r.json()["msg"]) or (bad and repr(bad) in r.json()["msg"]), r.json()
    r = await api.post(PN, json={"account_sid": acct})
    assert r.status_code == 400 and "number" in r.json()["msg"]
    r = await api.post(PN, json={"number": 15085550100, "account_sid": acct})
    assert r.status_code == 400
    r = await api.post(PN, json={"number": new_number(), "account_sid": acct, "colour": "red"})
    assert r.status_code == 400 and "colour" in r.json()["msg"]
    r = await api.post(PN, json={"number": new_number(), "account_sid": "not-a-sid"})
    assert r.status_code == 400
    r = await api.post(PN, content=b"number=1", headers={"Content-Type": "text/plain"})
    assert r.status_code in (400, 415)


async def test_admin_unknown_references_are_400(api: Api) -> None:
    _, acct = await fresh_account(api)
    for message, body in [
        ("unknown account_sid", {"account_sid": MISSING}),
        ("unknown service_provider_sid", {"service_provider_sid": MISSING}),
        (
            f"voip_carrier not found for sid {MISSING}",
            {"account_sid": acct, "voip_carrier_sid": MISSING},
        ),
        (f"voip_carrier not found for sid {MISSING}", {"voip_carrier_sid": MISSING}),
        ("unknown application_sid", {"account_sid": acct, "application_sid": MISSING}),
    ]:
        digits = new_number()
        r = await api.post(PN, json={"number": digits, **body})
        assert r.status_code == 400, (body, r.text)
        assert r.json() == {"msg": message}
        assert await rows_with_number(api, digits) == 0


async def test_admin_account_and_provider_must_agree(api: Api) -> None:
    sp, acct = await fresh_account(api)
    other_sp = await api.service_provider()
    r = await api.post(
        PN, json={"number": new_number(), "account_sid": acct, "service_provider_sid": other_sp}
    )
    assert r.status_code == 422 and "does not belong" in r.json()["msg"]
    sid = await create_number(
        api, {"number": new_number(), "account_sid": acct, "service_provider_sid": sp}
    )
    assert (await api.get(f"{PN}/{sid}")).json()["service_provider_sid"] == sp


async def test_admin_creates_sp_level_number(api: Api) -> None:
    sp = await api.service_provider()
    trunk = await carrier(api, service_provider_sid=sp)
    sid = await create_number(
        api, {"number": new_number(), "service_provider_sid": sp, "voip_carrier_sid": trunk}
    )
    body = (await api.get(f"{PN}/{sid}")).json()
    assert body["account_sid"] is None and body["service_provider_sid"] == sp


async def test_admin_creates_ownerless_number(api: Api, tenants: list[Tenant]) -> None:
    """As jambonz (its tests provision numbers so): an admin key that names no owner makes
    a number of the platform, which only admin keys see until it is given to an account."""
    t0, t1 = tenants
    platform = await carrier(api)
    sid = await create_number(api, {"number": new_number(), "voip_carrier_sid": platform})
    bare = await create_number(api, {"number": new_number()})
    for number_sid, trunk in ((sid, platform), (bare, None)):
        body = (await api.get(f"{PN}/{number_sid}")).json()
        assert body["account_sid"] is None and body["service_provider_sid"] is None
        assert body["voip_carrier_sid"] == trunk and body["application_sid"] is None
    listed = {n["phone_number_sid"] for n in (await api.get(PN)).json()}
    assert {sid, bare} <= listed
    r = await api.get(PN, params={"service_provider_sid": t0.sp})
    assert not {sid, bare} & {n["phone_number_sid"] for n in r.json()}
    for token in (t0.sp_token, t0.account_tokens[0], t1.sp_token, t1.account_tokens[1]):
        for number_sid in (sid, bare):
            r = await api.get(f"{PN}/{number_sid}", token)
            assert r.status_code == 404 and r.json() == {"msg": "phone number not found"}
            r = await api.put(f"{PN}/{number_sid}", token, json={"application_sid": None})
            assert r.status_code == 404
            assert (await api.delete(f"{PN}/{number_sid}", token)).status_code == 404
        listed = {n["phone_number_sid"] for n in (await api.get(PN, token)).json()}
        assert not {sid, bare} & listed
        r = await api.get(PN, token, params={"page": 1, "page_size": 500})
        assert not {sid, bare} & {n["phone_number_sid"] for n in r.json()["data"]}
    # a number with no account cannot route to an application
    app = await api.application(t0.accounts[0])
    r = await api.put(f"{PN}/{sid}", json={"application_sid": app})
    assert r.status_code == 400 and "no account_sid" in r.json()["msg"]
    r = await api.post(
        PN, json={"number": new_number(), "voip_carrier_sid": platform, "application_sid": app}
    )
    assert r.status_code == 400 and "no account_sid" in r.json()["msg"]
    for number_sid in (sid, bare):
        assert (await api.get(f"{PN}/{number_sid}")).json()["application_sid"] is None


async def test_admin_number_without_owner_takes_the_sp_wide_carriers_provider(
    api: Api, tenants: list[Tenant]
) -> None:
    t0 = tenants[0]
    sp_wide = await carrier(api, service_provider_sid=t0.sp)
    sid = await create_number(api, {"number": new_number(), "voip_carrier_sid": sp_wide})
    body = (await api.get(f"{PN}/{sid}")).json()
    assert body["service_provider_sid"] == t0.sp and body["account_sid"] is None
    # so it is the provider's SP-level number, which its key sees
    r = await api.get(f"{PN}/{sid}", t0.sp_token)
    assert r.status_code == 200 and r.json()["phone_number_sid"] == sid
    assert (await api.get(f"{PN}/{sid}", t0.account_tokens[0])).status_code == 404
    # an account's carrier cannot carry a number with no account
    own = await carrier(api, account_sid=t0.accounts[0])
    digits = new_number()
    r = await api.post(PN, json={"number": digits, "voip_carrier_sid": own})
    assert (
        r.status_code == 400
        and "a number with no owner needs a carrier of the platform" in r.json()["msg"]
    )
    assert await rows_with_number(api, digits) == 0


async def test_ownerless_number_is_given_to_an_account_with_put(
    api: Api, tenants: list[Tenant]
) -> None:
    """As jambonz's accounts test: a number provisioned on the platform's carrier, then
    assigned with `PUT {account_sid}`."""
    t0, t1 = tenants
    platform = await carrier(api)
    sid = await create_number(api, {"number": new_number(), "voip_carrier_sid": platform})
    # keys that cannot see it cannot take it either
    r = await api.put(f"{PN}/{sid}", t0.sp_token, json={"account_sid": t0.accounts[0]})
    assert r.status_code == 404
    r = await api.put(f"{PN}/{sid}", json={"account_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    r = await api.put(f"{PN}/{sid}", json={"account_sid": t0.accounts[0]})
    assert r.status_code == 204 and r.content == b""
    body = (await api.get(f"{PN}/{sid}")).json()
    assert body["account_sid"] == t0.accounts[0]
    assert body["service_provider_sid"] == t0.sp
    assert body["voip_carrier_sid"] == platform
    # now the account and its provider see it, others still do not
    for token in (t0.account_tokens[0], t0.sp_token):
        r = await api.get(f"{PN}/{sid}", token)
        assert r.status_code == 200 and r.json()["phone_number_sid"] == sid
    for token in (t0.account_tokens[1], t1.sp_token):
        assert (await api.get(f"{PN}/{sid}", token)).status_code == 404
    # and it may be routed to the account's application and moved on to another provider
    app = await api.application(t0.accounts[0])
    r = await api.put(f"{PN}/{sid}", t0.account_tokens[0], json={"application_sid": app})
    assert r.status_code == 204
    assert (await api.get(f"{PN}/{sid}")).json()["application_sid"] == app
    r = await api.put(f"{PN}/{sid}", json={"account_sid": t1.accounts[0], "application_sid": None})
    assert r.status_code == 204
    body = (await api.get(f"{PN}/{sid}")).json()
    assert (body["account_sid"], body["service_provider_sid"]) == (t1.accounts[0], t1.sp)


# -- uniqueness ------------------------------------------------------------------------


async def test_number_is_unique_with_and_without_plus(api: Api) -> None:
    _, acct = await fresh_account(api)
    digits = new_number()
    await create_number(api, {"number": "+" + digits, "account_sid": acct})
    r = await api.post(PN, json={"number": digits, "account_sid": acct})
    assert r.status_code == 422
    assert r.json() == {"msg": f"phone number {digits} already exists"}
    r = await api.post(PN, json={"number": "+" + digits, "account_sid": acct})
    assert r.status_code == 422 and digits in r.json()["msg"]
    assert await rows_with_number(api, digits) == 1


async def test_number_is_unique_across_carriers_accounts_and_providers(api: Api) -> None:
    """jambonz only refuses the same number on the same carrier; this server is stricter."""
    sp1, acct1 = await fresh_account(api)
    sp2, acct2 = await fresh_account(api)
    digits = new_number()
    await create_number(
        api,
        {
            "number": digits,
            "account_sid": acct1,
            "voip_carrier_sid": await carrier(api, account_sid=acct1),
        },
    )
    for body in [
        {"account_sid": acct1, "voip_carrier_sid": await carrier(api, account_sid=acct1)},
        {"account_sid": acct2},
        {"service_provider_sid": sp2},
    ]:
        r = await api.post(PN, json={"number": "+" + digits, **body})
        assert r.status_code == 422 and digits in r.json()["msg"]
    # also for a key that cannot see the existing number: it learns only that it is taken
    token = await api.key(service_provider_sid=sp2)
    r = await api.post(PN, token, json={"number": digits})
    assert r.status_code == 422
    assert acct1 not in r.json()["msg"] and sp1 not in r.json()["msg"]
    assert await rows_with_number(api, digits) == 1


async def test_concurrent_creates_of_one_number(api: Api) -> None:
    """Two requests for the same number at once: exactly one 201 and one 422."""
    _, acct1 = await fresh_account(api)
    _, acct2 = await fresh_account(api)
    for _ in range(5):
        digits = new_number()
        responses = await asyncio.gather(
            api.post(PN, json={"number": digits, "account_sid": acct1}),
            api.post(PN, json={"number": "+" + digits, "account_sid": acct2}),
        )
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [201, 422], [r.text for r in responses]
        loser = next(r for r in responses if r.status_code == 422)
        assert loser.json() == {"msg": f"phone number {digits} already exists"}
        assert await rows_with_number(api, digits) == 1


async def test_database_constraint_backs_the_check(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the friendly pre-check (as when two creates race), the unique constraint
    still refuses the duplicate, with the same message and nothing written."""

    async def no_check(_conn: object, _number: str) -> None:
        return None

    monkeypatch.setattr(phone_numbers_service, "_refuse_duplicate", no_check)
    _, acct = await fresh_account(api)
    digits = new_number()
    await create_number(api, {"number": digits, "account_sid": acct})
    r = await api.post(PN, json={"number": "+" + digits, "account_sid": acct})
    assert r.status_code == 422
    assert r.json() == {"msg": f"phone number {digits} already exists"}
    assert await rows_with_number(api, digits) == 1


# -- carriers and applications ---------------------------------------------------------


async def test_carrier_usability(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    acct, sibling = t0.accounts
    own = await carrier(api, account_sid=acct)
    sp_wide = await carrier(api, service_provider_sid=t0.sp)
    siblings = await carrier(api, account_sid=sibling, service_provider_sid=t0.sp)
    foreign_sp_wide = await carrier(api, service_provider_sid=t1.sp)
    ownerless = await carrier(api)
    # usable: the account's own carrier, an SP-wide carrier of its provider
    for trunk in (own, sp_wide):
        for token in ("admin", t0.sp_token, t0.account_tokens[0]):
            await create_number(
                api, {"number": new_number(), "account_sid": acct, "voip_carrier_sid": trunk}, token
            )
    # a carrier of the platform (no owner) is usable by every account, through an admin key
    for account in (acct, t1.accounts[0]):
        sid = await create_number(
            api, {"number": new_number(), "account_sid": account, "voip_carrier_sid": ownerless}
        )
        body = (await api.get(f"{PN}/{sid}")).json()
        assert body["voip_carrier_sid"] == ownerless and body["account_sid"] == account
    # not usable by the account, but visible to the key: 400
    for trunk, tokens in [
        (siblings, ("admin", t0.sp_token)),
        (foreign_sp_wide, ("admin",)),
    ]:
        for token in tokens:
            digits = new_number()
            r = await api.post(
                PN, token, json={"number": digits, "account_sid": acct, "voip_carrier_sid": trunk}
            )
            assert r.status_code == 400, r.text
            assert r.json()["msg"] == (
                f"voip_carrier_sid {trunk} is not usable by the account {acct}"
            )
            assert await rows_with_number(api, digits) == 0
    # outside the key's scope entirely (or unknown to a non-admin key): 403
    for token, trunk in [
        (t0.sp_token, foreign_sp_wide),
        (t0.sp_token, ownerless),
        (t0.sp_token, MISSING),
        (t0.account_tokens[0], siblings),
        (t0.account_tokens[0], foreign_sp_wide),
        (t0.account_tokens[0], ownerless),
        (t0.account_tokens[0], MISSING),
    ]:
        r = await api.post(PN, token, json={"number": new_number(), "voip_carrier_sid": trunk})
        assert r.status_code == 403, r.text
        assert "voip_carrier_sid" in r.json()["msg"]


async def test_sp_level_number_needs_sp_wide_carrier(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sp_wide = await carrier(api, service_provider_sid=t0.sp)
    own = await carrier(api, account_sid=t0.accounts[0])
    await create_number(api, {"number": new_number(), "voip_carrier_sid": sp_wide}, t0.sp_token)
    r = await api.post(PN, t0.sp_token, json={"number": new_number(), "voip_carrier_sid": own})
    assert r.status_code == 400 and "SP-level" in r.json()["msg"]
    r = await api.post(
        PN,
        json={"number": new_number(), "service_provider_sid": t0.sp, "voip_carrier_sid": own},
    )
    assert r.status_code == 400 and "SP-level" in r.json()["msg"]
    # an SP-level number may also use a carrier of the platform (admin key)
    ownerless = await carrier(api)
    sid = await create_number(
        api,
        {"number": new_number(), "service_provider_sid": t0.sp, "voip_carrier_sid": ownerless},
    )
    body = (await api.get(f"{PN}/{sid}")).json()
    assert body["service_provider_sid"] == t0.sp and body["account_sid"] is None


async def test_application_must_belong_to_the_account(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    acct, sibling = t0.accounts
    app = await api.application(acct)
    sibling_app = await api.application(sibling)
    foreign_app = await api.application(t1.accounts[0])
    for token in ("admin", t0.sp_token, t0.account_tokens[0]):
        sid = await create_number(
            api, {"number": new_number(), "account_sid": acct, "application_sid": app}, token
        )
        assert (await api.get(f"{PN}/{sid}")).json()["application_sid"] == app
    for token in ("admin", t0.sp_token):
        r = await api.post(
            PN,
            token,
            json={"number": new_number(), "account_sid": acct, "application_sid": sibling_app},
        )
        assert r.status_code == 400
        assert r.json()["msg"] == (
            f"application_sid {sibling_app} does not belong to the account {acct}"
        )
    r = await api.post(
        PN, json={"number": new_number(), "account_sid": acct, "application_sid": foreign_app}
    )
    assert r.status_code == 400
    assert r.json()["msg"] == (
        f"application_sid {foreign_app} does not belong to the account {acct}"
    )
    for token, other in [
        (t0.account_tokens[0], sibling_app),
        (t0.account_tokens[0], MISSING),
        (t0.sp_token, foreign_app),
        (t0.sp_token, MISSING),
    ]:
        r = await api.post(PN, token, json={"number": new_number(), "application_sid": other})
        assert r.status_code == 403 and "application_sid" in r.json()["msg"]
    # an SP-level number has no account whose application it could reach
    r = await api.post(PN, t0.sp_token, json={"number": new_number(), "application_sid": app})
    assert r.status_code == 400
    assert r.json()["msg"] == (
        f"application_sid {app}: a number with no account_sid cannot point to an application"
    )


# -- who owns a new number -------------------------------------------------------------


async def test_account_key_creates_for_its_own_account(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    token = t0.account_tokens[0]
    sid = await create_number(api, {"number": new_number()}, token)
    body = (await api.get(f"{PN}/{sid}", token)).json()
    assert body["account_sid"] == t0.accounts[0]
    assert body["service_provider_sid"] == t0.sp
    sid = await create_number(
        api,
        {"number": new_number(), "account_sid": t0.accounts[0], "service_provider_sid": t0.sp},
        token,
    )
    assert (await api.get(f"{PN}/{sid}", token)).json()["account_sid"] == t0.accounts[0]
    for body in [
        {"account_sid": t0.accounts[1]},
        {"account_sid": t1.accounts[0]},
        {"account_sid": MISSING},
        {"service_provider_sid": t1.sp},
    ]:
        digits = new_number()
        r = await api.post(PN, token, json={"number": digits, **body})
        assert r.status_code == 403, body
        assert await rows_with_number(api, digits) == 0


async def test_sp_key_creates_within_its_provider(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    token = t0.sp_token
    sid = await create_number(api, {"number": new_number()}, token)
    body = (await api.get(f"{PN}/{sid}", token)).json()
    assert body["service_provider_sid"] == t0.sp and body["account_sid"] is None
    sid = await create_number(api, {"number": new_number(), "account_sid": t0.accounts[1]}, token)
    body = (await api.get(f"{PN}/{sid}", token)).json()
    assert body["service_provider_sid"] == t0.sp and body["account_sid"] == t0.accounts[1]
    for body in [
        {"account_sid": t1.accounts[0]},
        {"account_sid": MISSING},
        {"service_provider_sid": t1.sp},
        {"service_provider_sid": MISSING},
    ]:
        digits = new_number()
        r = await api.post(PN, token, json={"number": digits, **body})
        assert r.status_code == 403, body
        assert "outside the scope" in r.json()["msg"]
        assert await rows_with_number(api, digits) == 0


# -- update ----------------------------------------------------------------------------


async def test_repoint_and_unroute_by_put(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    acct = t0.accounts[0]
    first, second = await api.application(acct), await api.application(acct)
    sid = await create_number(
        api, {"number": new_number(), "account_sid": acct, "application_sid": first}
    )
    for token in ("admin", t0.sp_token, t0.account_tokens[0]):
        r = await api.put(f"{PN}/{sid}", token, json={"application_sid": second})
        assert r.status_code == 204 and r.content == b""
        assert (await api.get(f"{PN}/{sid}")).json()["application_sid"] == second
        r = await api.put(f"{PN}/{sid}", token, json={"application_sid": None})
        assert r.status_code == 204
        assert (await api.get(f"{PN}/{sid}")).json()["application_sid"] is None
        r = await api.put(f"{PN}/{sid}", token, json={"application_sid": first.upper()})
        assert r.status_code == 204
        assert (await api.get(f"{PN}/{sid}")).json()["application_sid"] == first


async def test_update_errors(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    acct = t0.accounts[0]
    digits = new_number()
    app = await api.application(acct)
    sid = await create_number(api, {"number": digits, "account_sid": acct, "application_sid": app})
    trunk = await carrier(api, account_sid=acct)
    # immutable properties are not part of the update schema
    for body in [{"number": new_number()}, {"voip_carrier_sid": trunk}, {"phone_number_sid": sid}]:
        r = await api.put(f"{PN}/{sid}", json=body)
        assert r.status_code == 400 and next(iter(body)) in r.json()["msg"]
    assert (await api.put(f"{PN}/{sid}", json={})).status_code == 400
    r = await api.put(f"{PN}/{sid}", json={"application_sid": "nope"})
    assert r.status_code == 400
    r = await api.put(f"{PN}/{MISSING}", json={"application_sid": None})
    assert r.status_code == 404 and r.json() == {"msg": "phone number not found"}
    r = await api.put(f"{PN}/{sid}", json={"application_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown application_sid"}
    sibling_app = await api.application(t0.accounts[1])
    r = await api.put(f"{PN}/{sid}", t0.sp_token, json={"application_sid": sibling_app})
    assert r.status_code == 400 and "does not belong" in r.json()["msg"]
    r = await api.put(f"{PN}/{sid}", t0.account_tokens[0], json={"application_sid": sibling_app})
    assert r.status_code == 403
    foreign_app = await api.application(t1.accounts[0])
    r = await api.put(f"{PN}/{sid}", t0.sp_token, json={"application_sid": foreign_app})
    assert r.status_code == 403
    body = (await api.get(f"{PN}/{sid}")).json()
    assert body["number"] == digits and body["application_sid"] == app
    assert body["voip_carrier_sid"] is None


async def test_move_number_between_accounts(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    acct, sibling = t0.accounts
    sp_wide = await carrier(api, service_provider_sid=t0.sp)
    own = await carrier(api, account_sid=acct)
    app = await api.application(acct)
    # an SP-level number assigned to an account by the SP key
    sid = await create_number(
        api, {"number": new_number(), "voip_carrier_sid": sp_wide}, t0.sp_token
    )
    r = await api.put(
        f"{PN}/{sid}", t0.sp_token, json={"account_sid": acct, "application_sid": app}
    )
    assert r.status_code == 204
    body = (await api.get(f"{PN}/{sid}")).json()
    assert (body["account_sid"], body["application_sid"], body["service_provider_sid"]) == (
        acct,
        app,
        t0.sp,
    )
    # the application would stay behind in the old account: 400 until it is re-pointed
    r = await api.put(f"{PN}/{sid}", t0.sp_token, json={"account_sid": sibling})
    assert r.status_code == 400 and app in r.json()["msg"]
    r = await api.put(
        f"{PN}/{sid}", t0.sp_token, json={"account_sid": sibling, "application_sid": None}
    )
    assert r.status_code == 204
    assert (await api.get(f"{PN}/{sid}")).json()["account_sid"] == sibling
    # a carrier of the old account is not usable by the new one
    bound = await create_number(
        api, {"number": new_number(), "account_sid": acct, "voip_carrier_sid": own}
    )
    r = await api.put(f"{PN}/{bound}", json={"account_sid": sibling})
    assert r.status_code == 400 and "not usable" in r.json()["msg"]
    # admin moving a number to another provider's account: the SP-wide carrier is not usable
    r = await api.put(f"{PN}/{sid}", json={"account_sid": t1.accounts[0]})
    assert r.status_code == 400 and "not usable" in r.json()["msg"]
    # outside the key's scope: 403; unknown to admin: 400
    r = await api.put(f"{PN}/{sid}", t0.sp_token, json={"account_sid": t1.accounts[0]})
    assert r.status_code == 403
    r = await api.put(f"{PN}/{bound}", t0.account_tokens[0], json={"account_sid": sibling})
    assert r.status_code == 403
    r = await api.put(f"{PN}/{sid}", json={"account_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    assert (await api.get(f"{PN}/{sid}")).json()["account_sid"] == sibling
    assert (await api.get(f"{PN}/{bound}")).json()["account_sid"] == acct
    # an unrouted number without a carrier moves across providers; its provider follows
    loose = await create_number(api, {"number": new_number(), "account_sid": acct})
    assert (await api.put(f"{PN}/{loose}", json={"account_sid": t1.accounts[1]})).status_code == 204
    body = (await api.get(f"{PN}/{loose}")).json()
    assert (body["account_sid"], body["service_provider_sid"]) == (t1.accounts[1], t1.sp)


# -- delete ----------------------------------------------------------------------------


async def test_delete(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    for token in ("admin", t0.sp_token, t0.account_tokens[0]):
        digits = new_number()
        sid = await create_number(api, {"number": digits, "account_sid": t0.accounts[0]})
        r = await api.delete(f"{PN}/{sid}", token)
        assert r.status_code == 204 and r.content == b""
        assert (await api.get(f"{PN}/{sid}")).status_code == 404
        assert (await api.delete(f"{PN}/{sid}", token)).status_code == 404
        # the number is free again
        await create_number(api, {"number": "+" + digits, "account_sid": t0.accounts[1]})
    assert (await api.delete(f"{PN}/not-a-sid")).status_code == 400


# -- scope -----------------------------------------------------------------------------


async def _tenant_numbers(api: Api, tenants: list[Tenant]) -> dict[str, str]:
    """One SP-level number per provider and one number per account: label -> sid."""
    made = {}
    for i, t in enumerate(tenants):
        made[f"sp{i}"] = await create_number(
            api, {"number": new_number(), "service_provider_sid": t.sp}
        )
        for j, acct in enumerate(t.accounts):
            made[f"a{i}{j}"] = await create_number(
                api, {"number": new_number(), "account_sid": acct}
            )
    return made


async def test_no_key_sees_or_changes_numbers_outside_its_scope(
    api: Api, tenants: list[Tenant]
) -> None:
    made = await _tenant_numbers(api, tenants)
    t0 = tenants[0]
    visible = {
        "admin": set(made),
        t0.sp_token: {"sp0", "a00", "a01"},
        t0.account_tokens[0]: {"a00"},
        t0.account_tokens[1]: {"a01"},
    }
    for token, labels in visible.items():
        listed = {n["phone_number_sid"] for n in (await api.get(PN, token)).json()}
        for label, sid in made.items():
            assert (sid in listed) == (label in labels), (label, token)
            r = await api.get(f"{PN}/{sid}", token)
            if label in labels:
                assert r.status_code == 200 and r.json()["phone_number_sid"] == sid
                continue
            assert r.status_code == 404 and r.json() == {"msg": "phone number not found"}
            r = await api.put(f"{PN}/{sid}", token, json={"application_sid": None})
            assert r.status_code == 404 and r.json() == {"msg": "phone number not found"}
            r = await api.delete(f"{PN}/{sid}", token)
            assert r.status_code == 404 and r.json() == {"msg": "phone number not found"}
    for sid in made.values():  # nothing was deleted by a foreign key
        assert (await api.get(f"{PN}/{sid}")).status_code == 200


async def test_list_filters_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    made = await _tenant_numbers(api, tenants)
    # admin: service_provider_sid = the provider's accounts' numbers and its SP-level ones
    r = await api.get(PN, params={"service_provider_sid": t1.sp})
    sids = {n["phone_number_sid"] for n in r.json()}
    assert {made["sp1"], made["a10"], made["a11"]} <= sids
    assert not {made["sp0"], made["a00"], made["a01"]} & sids
    r = await api.get(PN, params={"account_sid": t1.accounts[0]})
    assert made["a10"] in {n["phone_number_sid"] for n in r.json()}
    assert {n["account_sid"] for n in r.json()} == {t1.accounts[0]}
    # admin: an unknown sid is just an empty filter
    for param in ("account_sid", "service_provider_sid"):
        r = await api.get(PN, params={param: MISSING})
        assert r.status_code == 200 and r.json() == []
    # a filter naming a tenant outside the key's scope: 403, existing or not
    for token, params in [
        (t0.sp_token, {"service_provider_sid": t1.sp}),
        (t0.sp_token, {"service_provider_sid": MISSING}),
        (t0.sp_token, {"account_sid": t1.accounts[0]}),
        (t0.sp_token, {"account_sid": MISSING}),
        (t0.account_tokens[0], {"account_sid": t0.accounts[1]}),
        (t0.account_tokens[0], {"account_sid": MISSING}),
        (t0.account_tokens[0], {"service_provider_sid": t1.sp}),
    ]:
        r = await api.get(PN, token, params=params)
        assert r.status_code == 403, (params, r.text)
        assert "outside the scope" in r.json()["msg"]
    # filters within the scope narrow as for admin
    r = await api.get(PN, t0.sp_token, params={"account_sid": t0.accounts[1]})
    assert made["a01"] in {n["phone_number_sid"] for n in r.json()}
    assert {n["account_sid"] for n in r.json()} == {t0.accounts[1]}
    r = await api.get(PN, t0.sp_token, params={"service_provider_sid": t0.sp})
    assert {made["sp0"], made["a00"], made["a01"]} <= {n["phone_number_sid"] for n in r.json()}
    r = await api.get(PN, t0.account_tokens[0], params={"service_provider_sid": t0.sp})
    assert {n["account_sid"] for n in r.json()} == {t0.accounts[0]}


async def test_filter_and_pagination(api: Api) -> None:
    sp, acct = await fresh_account(api)
    stem = "".join(random.choices("0123456789", k=9))
    numbers = [f"44{stem}{i:02d}" for i in (7, 3, 11, 5, 1)]
    sids = {}
    for n in numbers:
        sids[n] = await create_number(api, {"number": "+" + n, "account_sid": acct})
    ordered = sorted(numbers)
    # filter: digits the number contains, with or without +
    for flt in (stem, "44" + stem, "+44" + stem):
        r = await api.get(PN, params={"filter": flt})
        assert r.status_code == 200
        assert [n["number"] for n in r.json()] == ordered
    r = await api.get(PN, params={"filter": stem + "11"})
    assert [n["number"] for n in r.json()] == [f"44{stem}11"]
    assert (await api.get(PN, params={"filter": "50x"})).status_code == 400
    assert (await api.get(PN, params={"filter": "%"})).status_code == 400
    # without page: a bare array sorted by number
    r = await api.get(PN, params={"account_sid": acct})
    assert [n["number"] for n in r.json()] == ordered
    # with page: {total, page, page_size, data}
    r = await api.get(PN, params={"account_sid": acct, "page": 1, "page_size": 2})
    assert r.json()["total"] == 5 and r.json()["page"] == 1 and r.json()["page_size"] == 2
    assert [n["number"] for n in r.json()["data"]] == ordered[:2]
    r = await api.get(PN, params={"account_sid": acct, "page": 3, "page_size": 2})
    assert [n["number"] for n in r.json()["data"]] == ordered[4:]
    r = await api.get(PN, params={"account_sid": acct, "page": 4, "page_size": 2})
    assert r.json()["data"] == [] and r.json()["total"] == 5
    r = await api.get(PN, params={"filter": stem, "page": 1})
    assert r.json()["page_size"] is None and len(r.json()["data"]) == 5
    for bad in ({"page": 0}, {"page": 1, "page_size": 0}, {"page": "x"}):
        assert (await api.get(PN, params=bad)).status_code == 400
    # the same under the provider's path
    path = f"/v1/ServiceProviders/{sp}/PhoneNumbers"
    r = await api.get(path, params={"page": 2, "page_size": 3})
    assert r.json()["total"] == 5
    assert [n["number"] for n in r.json()["data"]] == ordered[3:]
    r = await api.get(path, params={"filter": stem + "0"})
    assert [n["number"] for n in r.json()] == [f"44{stem}0{i}" for i in (1, 3, 5, 7)]


async def test_list_under_service_provider_path(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    made = await _tenant_numbers(api, tenants)
    path0 = f"/v1/ServiceProviders/{t0.sp}/PhoneNumbers"
    path1 = f"/v1/ServiceProviders/{t1.sp}/PhoneNumbers"
    for token, path, labels in [
        ("admin", path0, {"sp0", "a00", "a01"}),
        ("admin", path1, {"sp1", "a10", "a11"}),
        (t0.sp_token, path0, {"sp0", "a00", "a01"}),
        (t0.account_tokens[1], path0, {"a01"}),
    ]:
        r = await api.get(path, token)
        assert r.status_code == 200
        listed = {n["phone_number_sid"] for n in r.json()}
        for label, sid in made.items():
            assert (sid in listed) == (label in labels), (label, path)
        assert {n["service_provider_sid"] for n in r.json()} == {path.split("/")[3]}
    for token in (t0.sp_token, t0.account_tokens[0]):
        r = await api.get(path1, token)
        assert r.status_code == 404 and r.json() == {"msg": "service provider not found"}
    r = await api.get(f"/v1/ServiceProviders/{MISSING}/PhoneNumbers")
    assert r.status_code == 404
    r = await api.get(path0, t0.sp_token, params={"account_sid": t1.accounts[0]})
    assert r.status_code == 403
    r = await api.get(path0, params={"account_sid": t1.accounts[0]})
    assert r.status_code == 200 and r.json() == []


async def test_unauthenticated(api: Api) -> None:
    for method, path in [("GET", PN), ("POST", PN), ("GET", f"{PN}/{MISSING}")]:
        r = await api.request(method, path, token=None, json={"number": "1"})
        assert r.status_code == 401


# -- helpers for other services --------------------------------------------------------


async def test_exported_helpers(api: Api) -> None:
    _, acct = await fresh_account(api)
    app = await api.application(acct)
    trunk = await carrier(api, account_sid=acct)
    numbers = sorted(new_number() for _ in range(3))
    for n in reversed(numbers):
        await create_number(
            api,
            {"number": n, "account_sid": acct, "application_sid": app, "voip_carrier_sid": trunk},
        )
    async with api.core.db.read() as conn:
        assert await numbers_pointing_to_application(conn, app) == numbers
        assert await numbers_pointing_to_application(conn, app.upper()) == numbers
        assert await numbers_pointing_to_application(conn, MISSING) == []
        assert await numbers_using_carrier(conn, trunk) == numbers
        for form in (numbers[0], "+" + numbers[0], f" +{numbers[0]} "):
            row = await find_by_number(conn, form)
            assert row is not None and row.number == numbers[0]
            assert row.application_sid == app and row.account_sid == acct
        assert await find_by_number(conn, "not a number") is None
        assert await find_by_number(conn, new_number()) is None


async def test_a_malformed_number_is_explained_in_one_plain_line(api: Api) -> None:
    r = await api.post("/v1/PhoneNumbers", json={"number": "call me"})
    assert r.status_code == 400
    assert r.json() == {
        "msg": "number: is not in the expected form (A telephone number in E.164 form) "
        '(got "call me")'
    }
