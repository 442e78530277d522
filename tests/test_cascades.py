"""Deleting an account or a service provider: what goes with it, what blocks it, and
that nothing is left half-deleted (rows counted before and after, on both stores)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from jambonz.db import tables
from tests.conftest import Api, unique

COUNTED = (
    "accounts",
    "applications",
    "api_keys",
    "webhooks",
    "voip_carriers",
    "sip_gateways",
    "smpp_gateways",
    "phone_numbers",
    "account_limits",
    "service_provider_limits",
    "service_providers",
)


async def counts(api: Api) -> dict[str, int]:
    async with api.core.db.read() as conn:
        return {
            name: (
                await conn.execute(select(func.count()).select_from(getattr(tables, name)))
            ).scalar_one()
            for name in COUNTED
        }


async def furnish_account(api: Api, sp: str) -> dict[str, Any]:
    """An account with everything that can belong to it."""
    acct = await api.account(sp, registration_hook="https://reg.example.com/r")
    app = await api.application(acct, messaging_hook="https://app.example.com/sms")
    carrier = await api.create("/v1/VoipCarriers", {"name": unique("vc"), "account_sid": acct})
    await api.create(
        "/v1/SipGateways", {"voip_carrier_sid": carrier, "ipv4": "192.0.2.10", "port": 5060}
    )
    await api.create("/v1/SmppGateways", {"voip_carrier_sid": carrier, "ipv4": "192.0.2.11"})
    number = "1508555" + unique("")[-4:].translate(str.maketrans("abcdef", "123456"))
    await api.create(
        "/v1/PhoneNumbers",
        {
            "number": number,
            "account_sid": acct,
            "application_sid": app,
            "voip_carrier_sid": carrier,
        },
    )
    await api.create(
        f"/v1/Accounts/{acct}/Limits", {"category": "voice_call_session", "quantity": 5}
    )
    await api.key(account_sid=acct)
    await api.create(
        "/v1/Webhooks", {"url": "https://x.example.com/standalone"}, await api.key(account_sid=acct)
    )
    return {"account": acct, "application": app, "carrier": carrier}


async def test_deleting_an_account_removes_everything_it_owns(api: Api) -> None:
    sp = await api.service_provider()
    keep = await furnish_account(api, sp)  # a sibling that must stay untouched
    before = await counts(api)
    gone = await furnish_account(api, sp)
    added = {k: v - before[k] for k, v in (await counts(api)).items()}
    assert added["sip_gateways"] == added["smpp_gateways"] == added["phone_numbers"] == 1
    assert added["webhooks"] >= 4  # registration, call, status, messaging hooks + standalone

    r = await api.delete(f"/v1/Accounts/{gone['account']}")
    assert r.status_code == 204, r.text
    assert await counts(api) == before  # exactly what it added is gone
    for path in (
        f"/v1/Accounts/{keep['account']}",
        f"/v1/Applications/{keep['application']}",
        f"/v1/VoipCarriers/{keep['carrier']}",
    ):
        assert (await api.get(path)).status_code == 200
    assert (await api.get(f"/v1/Accounts/{gone['account']}")).status_code == 404


async def test_service_provider_delete_is_refused_with_accounts_then_cascades(api: Api) -> None:
    before = await counts(api)
    sp = await api.service_provider(registration_hook="https://reg.example.com/sp")
    stuff = await furnish_account(api, sp)
    sp_carrier = await api.create(
        f"/v1/ServiceProviders/{sp}/VoipCarriers", {"name": unique("sp-vc")}
    )
    await api.create("/v1/SipGateways", {"voip_carrier_sid": sp_carrier, "ipv4": "192.0.2.20"})
    await api.create(
        f"/v1/ServiceProviders/{sp}/Limits", {"category": "voice_call_session", "quantity": 9}
    )
    await api.key(service_provider_sid=sp)

    r = await api.delete(f"/v1/ServiceProviders/{sp}")
    assert r.status_code == 422
    assert "account" in r.json()["msg"]
    assert (await counts(api))["service_providers"] == before["service_providers"] + 1

    assert (await api.delete(f"/v1/Accounts/{stuff['account']}")).status_code == 204
    r = await api.delete(f"/v1/ServiceProviders/{sp}")
    assert r.status_code == 204, r.text
    assert await counts(api) == before


async def test_a_carrier_with_numbers_blocks_its_own_delete_but_not_the_account(api: Api) -> None:
    sp = await api.service_provider()
    stuff = await furnish_account(api, sp)
    r = await api.delete(f"/v1/VoipCarriers/{stuff['carrier']}")
    assert r.status_code == 422 and "phone number" in r.json()["msg"]
    r = await api.delete(f"/v1/Accounts/{stuff['account']}")
    assert r.status_code == 204
