"""/v1/VoipCarriers (and under /ServiceProviders and /Accounts) over HTTP, on both stores."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from jambonz.db.tables import phone_numbers, sip_gateways, smpp_gateways, voip_carriers
from jambonz.errors import Unprocessable
from jambonz.services.voip_carriers import delete_carriers_where
from tests.conftest import Api, Tenant, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
FIELDS = {
    "voip_carrier_sid",
    "name",
    "description",
    "account_sid",
    "service_provider_sid",
    "application_sid",
    "e164_leading_plus",
    "requires_register",
    "register_username",
    "register_password",
    "register_sip_realm",
    "register_from_user",
    "register_from_domain",
    "register_public_ip_in_contact",
    "register_status",
    "tech_prefix",
    "inbound_auth_username",
    "inbound_auth_password",
    "diversion",
    "is_active",
    "created_at",
    "smpp_system_id",
    "smpp_password",
    "smpp_enquire_link_interval",
    "smpp_inbound_system_id",
    "smpp_inbound_password",
    "dtmf_type",
    "outbound_sip_proxy",
    "trunk_type",
    "sms_outbound_url",
    "sms_username",
    "sms_password",
    "sms_bearer_token",
    "sms_inbound_username",
    "sms_inbound_password",
}


async def carrier(api: Api, token: str | None = "admin", **fields: Any) -> str:
    return await api.create("/v1/VoipCarriers", {"name": unique("vc"), **fields}, token)


async def read(api: Api, sid: str, token: str | None = "admin") -> dict[str, Any]:
    r = await api.get(f"/v1/VoipCarriers/{sid}", token)
    assert r.status_code == 200, r.text
    return r.json()


async def gateway_counts(api: Api, sid: str) -> tuple[int, int]:
    async with api.core.db.read() as conn:
        sip = (
            await conn.execute(select(func.count()).where(sip_gateways.c.voip_carrier_sid == sid))
        ).scalar_one()
        smpp = (
            await conn.execute(select(func.count()).where(smpp_gateways.c.voip_carrier_sid == sid))
        ).scalar_one()
    return sip, smpp


async def carrier_exists(api: Api, sid: str) -> bool:
    async with api.core.db.read() as conn:
        query = select(func.count()).where(voip_carriers.c.voip_carrier_sid == sid)
        return (await conn.execute(query)).scalar_one() == 1


async def add_number(api: Api, carrier_sid: str, account_sid: str | None = None) -> str:
    number = str(uuid.uuid4().int)[:11]
    async with api.core.db.write() as conn:
        await conn.execute(
            insert(phone_numbers).values(
                phone_number_sid=str(uuid.uuid4()),
                number=number,
                voip_carrier_sid=carrier_sid,
                account_sid=account_sid,
            )
        )
    return number


async def add_gateways(api: Api, carrier_sid: str, sip: int = 2, smpp: int = 1) -> None:
    for i in range(sip):
        await api.create(
            "/v1/SipGateways", {"voip_carrier_sid": carrier_sid, "ipv4": f"192.0.2.{i + 1}"}
        )
    for _ in range(smpp):
        await api.create(
            "/v1/SmppGateways", {"voip_carrier_sid": carrier_sid, "ipv4": "smpp.example.com"}
        )


# -- create and read ---------------------------------------------------------------------


async def test_create_sp_wide_and_read_back_defaults(api: Api) -> None:
    sp = await api.service_provider()
    name = unique("vc")
    sid = await api.create("/v1/VoipCarriers", {"name": name, "service_provider_sid": sp})
    body = await read(api, sid)
    assert set(body) == FIELDS
    assert body["voip_carrier_sid"] == sid
    assert body["name"] == name
    assert body["service_provider_sid"] == sp
    assert body["account_sid"] is None
    assert body["application_sid"] is None
    assert body["e164_leading_plus"] == 0
    assert body["requires_register"] == 0
    assert body["register_public_ip_in_contact"] == 0
    assert body["is_active"] == 1
    assert body["register_status"] == {}
    assert body["smpp_enquire_link_interval"] == 0
    assert body["dtmf_type"] == "rfc2833"
    assert body["trunk_type"] == "static_ip"
    for field in ("description", "register_username", "tech_prefix", "outbound_sip_proxy"):
        assert body[field] is None
    assert body["created_at"].endswith("Z") and len(body["created_at"]) == 24
    assert (await api.get(f"/v1/VoipCarriers/{sid.upper()}")).status_code == 200


async def test_create_every_field_round_trips(api: Api) -> None:
    sp = await api.service_provider()
    fields = {
        "name": unique("vc"),
        "description": "main trunk",
        "service_provider_sid": sp,
        "e164_leading_plus": True,
        "requires_register": 1,
        "register_username": "acme",
        "register_password": "s3cret",
        "register_sip_realm": "sip.carrier.example.com",
        "register_from_user": "fromuser",
        "register_from_domain": "203.0.113.7",
        "register_public_ip_in_contact": True,
        "tech_prefix": "99",
        "inbound_auth_username": "in-user",
        "inbound_auth_password": "in-pass",
        "diversion": "+15085550100",
        "is_active": False,
        "smpp_system_id": "sys",
        "smpp_password": "smpp-pass",
        "smpp_enquire_link_interval": 30,
        "smpp_inbound_system_id": "in-sys",
        "smpp_inbound_password": "in-smpp",
        "dtmf_type": "info",
        "outbound_sip_proxy": "sip:proxy.example.com",
        "trunk_type": "reg",
    }
    sid = await api.create("/v1/VoipCarriers", fields)
    body = await read(api, sid)
    flags = {
        "e164_leading_plus": 1,
        "requires_register": 1,
        "register_public_ip_in_contact": 1,
        "is_active": 0,
    }
    for field, value in fields.items():
        assert body[field] == flags.get(field, value), field


async def test_register_status_reads_back_as_object(api: Api) -> None:
    sp = await api.service_provider()
    sid = await carrier(api, service_provider_sid=sp)
    async with api.core.db.write() as conn:
        await conn.execute(
            voip_carriers.update()
            .where(voip_carriers.c.voip_carrier_sid == sid)
            .values(register_status='{"status":"fail","reason":"408 Request Timeout"}')
        )
    assert (await read(api, sid))["register_status"] == {
        "status": "fail",
        "reason": "408 Request Timeout",
    }
    async with api.core.db.write() as conn:
        await conn.execute(
            voip_carriers.update()
            .where(voip_carriers.c.voip_carrier_sid == sid)
            .values(register_status="not json")
        )
    assert (await read(api, sid))["register_status"] == {}


async def test_account_owned_carrier_stores_the_accounts_provider(api: Api) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    sid = await carrier(api, account_sid=acct)
    body = await read(api, sid)
    assert body["account_sid"] == acct
    assert body["service_provider_sid"] == sp
    # both given and agreeing
    sid = await carrier(api, account_sid=acct, service_provider_sid=sp)
    assert (await read(api, sid))["service_provider_sid"] == sp


async def test_admin_without_owner_creates_an_ownerless_carrier(api: Api) -> None:
    """As jambonz: an admin key that names no owner makes a carrier of the platform."""
    for extra in ({}, {"account_sid": None, "service_provider_sid": None}):
        sid = await carrier(api, **extra)
        body = await read(api, sid)
        assert body["account_sid"] is None and body["service_provider_sid"] is None
        assert set(body) == FIELDS


async def test_unknown_owner_is_400_inconsistent_owner_is_422(api: Api) -> None:
    sp = await api.service_provider()
    other_sp = await api.service_provider()
    acct = await api.account(sp)
    r = await api.post("/v1/VoipCarriers", json={"name": unique(), "account_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    r = await api.post("/v1/VoipCarriers", json={"name": unique(), "service_provider_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown service_provider_sid"}
    r = await api.post(
        "/v1/VoipCarriers",
        json={"name": unique(), "account_sid": acct, "service_provider_sid": other_sp},
    )
    assert r.status_code == 422 and "does not belong" in r.json()["msg"]


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        ({"name": None}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 65}, "name"),
        ({"register_status": "{}"}, "register_status"),
        ({"voip_carrier_sid": MISSING}, "voip_carrier_sid"),
        ({"created_at": "2024-05-01T12:00:00.000Z"}, "created_at"),
        ({"dtmf_type": "inband"}, "dtmf_type"),
        ({"trunk_type": "peer"}, "trunk_type"),
        ({"register_sip_realm": "sip:carrier.example.com"}, "register_sip_realm"),
        ({"register_sip_realm": "carrier example.com"}, "register_sip_realm"),
        ({"register_sip_realm": ""}, "register_sip_realm"),
        ({"register_from_domain": "sip:carrier.example.com"}, "register_from_domain"),
        ({"register_from_domain": "a b"}, "register_from_domain"),
        ({"register_from_domain": "Switch"}, "register_from_domain"),
        ({"register_sip_realm": "Switch"}, "register_sip_realm"),
        ({"register_sip_realm": " sip.example.com"}, "register_sip_realm"),
        ({"register_username": "ac me"}, "register_username"),
        ({"smpp_enquire_link_interval": -1}, "smpp_enquire_link_interval"),
        ({"e164_leading_plus": "yes"}, "e164_leading_plus"),
        ({"account_sid": "not-a-sid"}, "account_sid"),
        ({"application_sid": "1234"}, "application_sid"),
        ({"tech_prefix": "x" * 17}, "tech_prefix"),
    ],
)
async def test_create_schema_errors_are_400(api: Api, fields: dict, word: str) -> None:
    sp = await api.service_provider()
    body = {"name": unique("vc"), "service_provider_sid": sp, **fields}
    r = await api.post("/v1/VoipCarriers", json=body)
    assert r.status_code == 400, r.text
    assert word in r.json()["msg"]


async def test_realm_and_from_domain_accept_domains_and_ipv4(api: Api) -> None:
    sp = await api.service_provider()
    for value in ("sip.carrier.example.com", "203.0.113.5", "192.168.1.100"):
        sid = await carrier(
            api, service_provider_sid=sp, register_sip_realm=value, register_from_domain=value
        )
        body = await read(api, sid)
        assert body["register_sip_realm"] == value
        assert body["register_from_domain"] == value
    # as jambonz: an empty from-domain is taken as given, null realm falls back to the gateway
    sid = await carrier(
        api, service_provider_sid=sp, register_sip_realm=None, register_from_domain=""
    )
    body = await read(api, sid)
    assert body["register_sip_realm"] is None and body["register_from_domain"] == ""


REALM_INVALID = (
    "register_sip_realm must be a valid domain or IP address (no sip: prefix, no spaces)"
)
FROM_DOMAIN_INVALID = (
    "register_from_domain must be a valid domain or IP address (no sip: prefix, no spaces)"
)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"register_sip_realm": ""},
            "register_sip_realm must not be empty string; use null to fall back to gateway IP",
        ),
        ({"register_sip_realm": "Switch"}, REALM_INVALID),
        ({"register_sip_realm": "localhost"}, REALM_INVALID),
        ({"register_sip_realm": "sip:carrier.example.com"}, REALM_INVALID),
        ({"register_sip_realm": "SIPS:carrier.example.com"}, REALM_INVALID),
        ({"register_sip_realm": "carrier example.com"}, REALM_INVALID),
        ({"register_sip_realm": "sip.example.com "}, REALM_INVALID),
        ({"register_from_domain": "Switch"}, FROM_DOMAIN_INVALID),
        ({"register_from_domain": "sip:carrier.example.com"}, FROM_DOMAIN_INVALID),
        ({"register_from_domain": "a b.example.com"}, FROM_DOMAIN_INVALID),
        ({"register_username": "ac me"}, "register_username must not contain whitespace"),
    ],
)
async def test_registration_field_rules_in_jambonz_words(
    api: Api, fields: dict, message: str
) -> None:
    sp = await api.service_provider()
    r = await api.post(
        "/v1/VoipCarriers", json={"name": unique("vc"), "service_provider_sid": sp, **fields}
    )
    assert r.status_code == 400 and r.json() == {"msg": message}
    sid = await carrier(api, service_provider_sid=sp)
    r = await api.put(f"/v1/VoipCarriers/{sid}", json=fields)
    assert r.status_code == 400 and r.json() == {"msg": message}
    body = await read(api, sid)
    for field in fields:
        assert body[field] is None


USERNAME_REQUIRED = "register_username is required when requires_register is true"
PASSWORD_REQUIRED = "register_password is required when requires_register is true"


async def test_registration_needs_credentials(api: Api) -> None:
    sp = await api.service_provider()
    base = {"name": unique("vc"), "service_provider_sid": sp, "requires_register": True}
    r = await api.post("/v1/VoipCarriers", json=base)
    assert r.status_code == 400 and r.json() == {"msg": USERNAME_REQUIRED}
    r = await api.post("/v1/VoipCarriers", json={**base, "register_username": "u"})
    assert r.status_code == 400 and r.json() == {"msg": PASSWORD_REQUIRED}
    r = await api.post(
        "/v1/VoipCarriers",
        json={**base, "register_username": "", "register_password": "p"},
    )
    assert r.status_code == 400 and r.json() == {"msg": USERNAME_REQUIRED}
    r = await api.post(
        "/v1/VoipCarriers",
        json={**base, "register_username": "  ", "register_password": "p"},
    )
    assert r.status_code == 400 and r.json() == {"msg": USERNAME_REQUIRED}
    r = await api.post(
        "/v1/VoipCarriers",
        json={**base, "register_username": "u", "register_password": " "},
    )
    assert r.status_code == 400 and r.json() == {"msg": PASSWORD_REQUIRED}
    sid = await carrier(
        api,
        service_provider_sid=sp,
        requires_register=True,
        register_username="u",
        register_password="p",
    )
    # the rule holds for the carrier as it would be after an update
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"register_password": ""})
    assert r.status_code == 400 and r.json() == {"msg": PASSWORD_REQUIRED}
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"register_username": "a b"})
    assert r.status_code == 400
    assert r.json() == {"msg": "register_username must not contain whitespace"}
    assert (await read(api, sid))["register_password"] == "p"
    r = await api.put(
        f"/v1/VoipCarriers/{sid}", json={"requires_register": False, "register_password": None}
    )
    assert r.status_code == 204
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"requires_register": 1})
    assert r.status_code == 400 and r.json() == {"msg": PASSWORD_REQUIRED}
    body = await read(api, sid)
    assert body["requires_register"] == 0 and body["register_password"] is None


async def test_update_clearing_a_credential_of_a_registering_carrier_is_400(api: Api) -> None:
    """The contract checks an update "against the carrier as it would be after the
    change": clearing the password (null) of a carrier that keeps registering would leave
    it registering with no password."""
    sp = await api.service_provider()
    sid = await carrier(
        api,
        service_provider_sid=sp,
        requires_register=True,
        register_username="u",
        register_password="p",
    )
    for field, message in (
        ("register_password", PASSWORD_REQUIRED),
        ("register_username", USERNAME_REQUIRED),
    ):
        r = await api.put(f"/v1/VoipCarriers/{sid}", json={field: None})
        assert r.status_code == 400 and r.json() == {"msg": message}
    body = await read(api, sid)
    assert body["register_username"] == "u" and body["register_password"] == "p"


async def test_application_routing_rules(api: Api) -> None:
    sp = await api.service_provider()
    acct, other = await api.account(sp), await api.account(sp)
    app = await api.application(acct)
    foreign_app = await api.application(other)
    r = await api.post(
        "/v1/VoipCarriers",
        json={"name": unique(), "service_provider_sid": sp, "application_sid": app},
    )
    assert r.status_code == 400 and r.json() == {"msg": "account_sid missing"}
    for bad, message in (
        (foreign_app, "application_sid does not exist for specified account_sid"),
        (MISSING, "unknown application_sid"),
    ):
        r = await api.post(
            "/v1/VoipCarriers",
            json={"name": unique(), "account_sid": acct, "application_sid": bad},
        )
        assert r.status_code == 400 and r.json() == {"msg": message}
    sid = await carrier(api, account_sid=acct, application_sid=app.upper())
    assert (await read(api, sid))["application_sid"] == app
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"application_sid": foreign_app})
    assert r.status_code == 400
    assert r.json() == {"msg": "application_sid does not exist for specified account_sid"}
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"application_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown application_sid"}
    assert (await read(api, sid))["application_sid"] == app
    assert (
        await api.put(f"/v1/VoipCarriers/{sid}", json={"application_sid": None})
    ).status_code == 204
    assert (await read(api, sid))["application_sid"] is None
    sp_wide = await carrier(api, service_provider_sid=sp)
    r = await api.put(f"/v1/VoipCarriers/{sp_wide}", json={"application_sid": app})
    assert r.status_code == 400 and r.json() == {"msg": "account_sid missing"}
    assert (await read(api, sp_wide))["application_sid"] is None


# -- update ------------------------------------------------------------------------------


async def test_update_changes_only_what_is_sent(api: Api) -> None:
    sp = await api.service_provider()
    sid = await carrier(api, service_provider_sid=sp, description="before", tech_prefix="1")
    r = await api.put(
        f"/v1/VoipCarriers/{sid}",
        json={"description": "after", "is_active": 0, "dtmf_type": "tones", "diversion": "x"},
    )
    assert r.status_code == 204 and r.content == b""
    body = await read(api, sid)
    assert body["description"] == "after"
    assert body["is_active"] == 0
    assert body["dtmf_type"] == "tones"
    assert body["diversion"] == "x"
    assert body["tech_prefix"] == "1"
    assert body["service_provider_sid"] == sp


async def test_update_errors(api: Api) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    sid = await carrier(api, service_provider_sid=sp)
    # Its own ids sent back (as the portal does) change nothing; others are refused.
    for own in ({"service_provider_sid": sp}, {"voip_carrier_sid": sid}, {"account_sid": None}):
        r = await api.put(f"/v1/VoipCarriers/{sid}", json=own)
        assert r.status_code == 204, (own, r.text)
    for body in (
        {},
        {"account_sid": acct},
        {"service_provider_sid": await api.service_provider()},
        {"register_status": "{}"},
        {"voip_carrier_sid": MISSING},
        {"name": None},
        {"trunk_type": "x"},
        {"register_sip_realm": "sip:x"},
    ):
        r = await api.put(f"/v1/VoipCarriers/{sid}", json=body)
        assert r.status_code == 400, (body, r.text)
    r = await api.put(f"/v1/VoipCarriers/{MISSING}", json={"name": "x"})
    assert r.status_code == 404 and r.json() == {"msg": "voip carrier not found"}
    assert (await api.put("/v1/VoipCarriers/bad", json={"name": "x"})).status_code == 400
    body = await read(api, sid)
    assert body["account_sid"] is None


async def test_get_errors(api: Api) -> None:
    r = await api.get(f"/v1/VoipCarriers/{MISSING}")
    assert r.status_code == 404 and r.json() == {"msg": "voip carrier not found"}
    assert (await api.get("/v1/VoipCarriers/not-a-sid")).status_code == 400
    assert (await api.get("/v1/VoipCarriers", None)).status_code == 401


# -- lists -------------------------------------------------------------------------------


async def test_list_filters_sorting_and_pagination(api: Api) -> None:
    sp = await api.service_provider()
    acct = await api.account(sp)
    token = await api.key(service_provider_sid=sp)
    tag = uuid.uuid4().hex[:8]
    names = [f"b-{tag}", f"A-{tag}-x", f"c-{tag}"]
    sids = {
        names[0]: await carrier(api, name=names[0], service_provider_sid=sp),
        names[1]: await carrier(api, name=names[1], account_sid=acct),
        names[2]: await carrier(api, name=names[2], service_provider_sid=sp),
    }
    await carrier(api, name="100%_off", service_provider_sid=sp)

    r = await api.get("/v1/VoipCarriers", token)
    assert r.status_code == 200
    listed = [c["name"] for c in r.json()]
    assert listed == sorted(listed) or listed == sorted(listed, key=str)
    assert set(names) <= set(listed)

    r = await api.get("/v1/VoipCarriers", token, params={"name": tag.upper()})
    assert [c["name"] for c in r.json()] == sorted(names)
    r = await api.get("/v1/VoipCarriers", token, params={"name": f"{tag}-X"})
    assert [c["voip_carrier_sid"] for c in r.json()] == [sids[names[1]]]
    r = await api.get("/v1/VoipCarriers", token, params={"name": "%"})
    assert [c["name"] for c in r.json()] == ["100%_off"]
    r = await api.get("/v1/VoipCarriers", token, params={"account_sid": acct})
    assert [c["voip_carrier_sid"] for c in r.json()] == [sids[names[1]]]

    r = await api.get("/v1/VoipCarriers", token, params={"name": tag, "page": 1, "page_size": 2})
    assert r.status_code == 200
    page = r.json()
    assert set(page) == {"total", "page", "page_size", "data"}
    assert (page["total"], page["page"], page["page_size"]) == (3, 1, 2)
    assert [c["name"] for c in page["data"]] == sorted(names)[:2]
    r = await api.get("/v1/VoipCarriers", token, params={"name": tag, "page": 2, "page_size": 2})
    assert [c["name"] for c in r.json()["data"]] == sorted(names)[2:]
    r = await api.get("/v1/VoipCarriers", token, params={"name": tag, "page": 1})
    assert r.json()["page_size"] is None and r.json()["total"] == 3
    assert len(r.json()["data"]) == 3
    r = await api.get("/v1/VoipCarriers", token, params={"name": tag, "page": 9})
    assert r.json()["data"] == [] and r.json()["total"] == 3
    for params in ({"page": 0}, {"page": 1, "page_size": 0}, {"page_size": 501, "page": 1}):
        assert (await api.get("/v1/VoipCarriers", token, params=params)).status_code == 400
    assert (await api.get("/v1/VoipCarriers", token, params={"colour": "x"})).status_code == 400
    # an admin filtering by an unknown account simply finds nothing
    r = await api.get("/v1/VoipCarriers", params={"account_sid": MISSING})
    assert r.status_code == 200 and r.json() == []


# -- nested paths ------------------------------------------------------------------------


async def test_service_provider_paths(api: Api) -> None:
    sp, other_sp = await api.service_provider(), await api.service_provider()
    acct = await api.account(sp)
    base = f"/v1/ServiceProviders/{sp}/VoipCarriers"
    sid = await api.create(base, {"name": unique("vc")})
    body = await read(api, sid)
    assert body["service_provider_sid"] == sp and body["account_sid"] is None
    owned = await api.create(base, {"name": unique("vc"), "account_sid": acct})
    assert (await read(api, owned))["account_sid"] == acct
    r = await api.post(base, json={"name": unique(), "service_provider_sid": other_sp})
    assert r.status_code == 422 and "path" in r.json()["msg"]
    r = await api.post(base, json={"name": unique(), "service_provider_sid": sp})
    assert r.status_code == 201
    other_acct = await api.account(other_sp)
    r = await api.post(base, json={"name": unique(), "account_sid": other_acct})
    assert r.status_code == 422
    r = await api.post(f"/v1/ServiceProviders/{MISSING}/VoipCarriers", json={"name": "x"})
    assert r.status_code == 404

    r = await api.get(base)
    assert {c["voip_carrier_sid"] for c in r.json()} >= {sid, owned}
    assert all(c["service_provider_sid"] == sp for c in r.json())
    r = await api.get(base, params={"page": 1, "page_size": 1, "account_sid": acct})
    assert r.json()["total"] == 1 and r.json()["data"][0]["voip_carrier_sid"] == owned
    assert (await api.get(f"/v1/ServiceProviders/{MISSING}/VoipCarriers")).status_code == 404

    r = await api.put(f"{base}/{sid}", json={"description": "nested"})
    assert r.status_code == 204
    assert (await read(api, sid))["description"] == "nested"
    foreign = await carrier(api, service_provider_sid=other_sp)
    r = await api.put(f"{base}/{foreign}", json={"description": "x"})
    assert r.status_code == 404
    assert (await read(api, foreign))["description"] is None


async def test_account_paths(api: Api) -> None:
    sp = await api.service_provider()
    acct, other = await api.account(sp), await api.account(sp)
    base = f"/v1/Accounts/{acct}/VoipCarriers"
    sid = await api.create(base, {"name": unique("vc")})
    body = await read(api, sid)
    assert body["account_sid"] == acct and body["service_provider_sid"] == sp
    assert (await api.post(base, json={"name": unique(), "account_sid": acct})).status_code == 201
    r = await api.post(base, json={"name": unique(), "account_sid": other})
    assert r.status_code == 422 and "path" in r.json()["msg"]
    other_sp = await api.service_provider()
    r = await api.post(base, json={"name": unique(), "service_provider_sid": other_sp})
    assert r.status_code == 422
    r = await api.post(f"/v1/Accounts/{MISSING}/VoipCarriers", json={"name": "x"})
    assert r.status_code == 404

    sp_wide = await carrier(api, service_provider_sid=sp)
    others = await carrier(api, account_sid=other)
    r = await api.get(base)
    listed = {c["voip_carrier_sid"] for c in r.json()}
    assert sid in listed and sp_wide not in listed and others not in listed
    assert all(c["account_sid"] == acct for c in r.json())
    r = await api.get(base, params={"page": 1})
    assert r.json()["total"] == 2 and r.json()["page_size"] is None
    assert (await api.get(f"/v1/Accounts/{MISSING}/VoipCarriers")).status_code == 404

    assert (await api.put(f"{base}/{sid}", json={"tech_prefix": "7"})).status_code == 204
    assert (await read(api, sid))["tech_prefix"] == "7"
    for foreign in (sp_wide, others):
        r = await api.put(f"{base}/{foreign}", json={"tech_prefix": "7"})
        assert r.status_code == 404
        assert (await read(api, foreign))["tech_prefix"] is None


# -- delete ------------------------------------------------------------------------------


async def test_delete_cascades_to_gateways(api: Api) -> None:
    sp = await api.service_provider()
    sid = await carrier(api, service_provider_sid=sp)
    keep = await carrier(api, service_provider_sid=sp)
    await add_gateways(api, sid, sip=2, smpp=1)
    await add_gateways(api, keep, sip=1, smpp=1)
    assert await gateway_counts(api, sid) == (2, 1)
    r = await api.delete(f"/v1/VoipCarriers/{sid}")
    assert r.status_code == 204 and r.content == b""
    assert await gateway_counts(api, sid) == (0, 0)
    assert not await carrier_exists(api, sid)
    assert await gateway_counts(api, keep) == (1, 1)
    assert (await api.get(f"/v1/VoipCarriers/{sid}")).status_code == 404
    assert (await api.delete(f"/v1/VoipCarriers/{sid}")).status_code == 404


async def test_delete_blocked_by_phone_numbers(api: Api) -> None:
    sp = await api.service_provider()
    sid = await carrier(api, service_provider_sid=sp)
    await add_gateways(api, sid, sip=1, smpp=1)
    number = await add_number(api, sid)
    r = await api.delete(f"/v1/VoipCarriers/{sid}")
    assert r.status_code == 422
    assert r.json() == {"msg": "cannot delete voip carrier with active phone numbers"}
    assert await carrier_exists(api, sid)
    assert await gateway_counts(api, sid) == (1, 1)
    second = await add_number(api, sid)
    r = await api.delete(f"/v1/VoipCarriers/{sid}")
    assert r.status_code == 422
    assert r.json() == {"msg": "cannot delete voip carrier with active phone numbers"}
    assert await carrier_exists(api, sid)
    async with api.core.db.write() as conn:
        await conn.execute(
            phone_numbers.delete().where(phone_numbers.c.number.in_([number, second]))
        )
    assert (await api.delete(f"/v1/VoipCarriers/{sid}")).status_code == 204
    assert await gateway_counts(api, sid) == (0, 0)


async def test_delete_carriers_where_for_cascades(api: Api) -> None:
    sp = await api.service_provider()
    acct, other = await api.account(sp), await api.account(sp)
    mine = [await carrier(api, account_sid=acct) for _ in range(2)]
    kept = await carrier(api, account_sid=other)
    sp_wide = await carrier(api, service_provider_sid=sp)
    for sid in (*mine, kept, sp_wide):
        await add_gateways(api, sid, sip=1, smpp=1)
    number = await add_number(api, mine[0], acct)

    with pytest.raises(Unprocessable) as err:
        async with api.core.db.write() as conn:
            await delete_carriers_where(conn, voip_carriers.c.account_sid == acct)
    assert err.value.msg == "cannot delete voip carrier with active phone numbers"
    assert all([await carrier_exists(api, sid) for sid in mine])

    async with api.core.db.write() as conn:
        await conn.execute(phone_numbers.delete().where(phone_numbers.c.number == number))
        deleted = await delete_carriers_where(conn, voip_carriers.c.account_sid == acct)
    assert deleted == 2
    for sid in mine:
        assert not await carrier_exists(api, sid)
        assert await gateway_counts(api, sid) == (0, 0)
    for sid in (kept, sp_wide):
        assert await carrier_exists(api, sid)
        assert await gateway_counts(api, sid) == (1, 1)

    async with api.core.db.write() as conn:
        deleted = await delete_carriers_where(conn, voip_carriers.c.service_provider_sid == sp)
    assert deleted == 2
    assert await gateway_counts(api, kept) == (0, 0)


# -- scope -------------------------------------------------------------------------------


async def _world(api: Api, tenants: list[Tenant]) -> dict[str, str]:
    """A tagged carrier for each owner: both providers (SP-wide) and their accounts."""
    tag = uuid.uuid4().hex[:8]
    t0, t1 = tenants
    return {
        "tag": tag,
        "sp0": await carrier(api, name=f"sp0-{tag}", service_provider_sid=t0.sp),
        "a00": await carrier(api, name=f"a00-{tag}", account_sid=t0.accounts[0]),
        "a01": await carrier(api, name=f"a01-{tag}", account_sid=t0.accounts[1]),
        "sp1": await carrier(api, name=f"sp1-{tag}", service_provider_sid=t1.sp),
        "a10": await carrier(api, name=f"a10-{tag}", account_sid=t1.accounts[0]),
    }


async def test_each_key_lists_exactly_its_scope(api: Api, tenants: list[Tenant]) -> None:
    w = await _world(api, tenants)
    t0, t1 = tenants
    expected = {
        "admin": {"sp0", "a00", "a01", "sp1", "a10"},
        t0.sp_token: {"sp0", "a00", "a01"},
        t0.account_tokens[0]: {"sp0", "a00"},
        t0.account_tokens[1]: {"sp0", "a01"},
        t1.sp_token: {"sp1", "a10"},
        t1.account_tokens[0]: {"sp1", "a10"},
        t1.account_tokens[1]: {"sp1"},
    }
    for token, keys in expected.items():
        r = await api.get("/v1/VoipCarriers", token, params={"name": w["tag"]})
        assert r.status_code == 200
        assert {c["voip_carrier_sid"] for c in r.json()} == {w[k] for k in keys}
        r = await api.get("/v1/VoipCarriers", token, params={"name": w["tag"], "page": 1})
        assert r.json()["total"] == len(keys)
        for key in ("sp0", "a00", "a01", "sp1", "a10"):
            r = await api.get(f"/v1/VoipCarriers/{w[key]}", token)
            if key in keys:
                assert r.status_code == 200 and r.json()["voip_carrier_sid"] == w[key]
            else:
                assert r.status_code == 404 and r.json() == {"msg": "voip carrier not found"}


async def test_nested_lists_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    w = await _world(api, tenants)
    t0, t1 = tenants
    params = {"name": w["tag"]}
    # an account key may list its own provider's carriers: its own plus the SP-wide ones
    r = await api.get(
        f"/v1/ServiceProviders/{t0.sp}/VoipCarriers", t0.account_tokens[0], params=params
    )
    assert {c["voip_carrier_sid"] for c in r.json()} == {w["sp0"], w["a00"]}
    r = await api.get(f"/v1/ServiceProviders/{t0.sp}/VoipCarriers", t0.sp_token, params=params)
    assert {c["voip_carrier_sid"] for c in r.json()} == {w["sp0"], w["a00"], w["a01"]}
    for token in (t0.sp_token, t0.account_tokens[0]):
        r = await api.get(f"/v1/ServiceProviders/{t1.sp}/VoipCarriers", token)
        assert r.status_code == 404
        r = await api.post(f"/v1/ServiceProviders/{t1.sp}/VoipCarriers", token, json={"name": "x"})
        assert r.status_code == 404
    r = await api.get(f"/v1/Accounts/{t0.accounts[0]}/VoipCarriers", t0.sp_token, params=params)
    assert {c["voip_carrier_sid"] for c in r.json()} == {w["a00"]}
    for path_account in (t0.accounts[1], t1.accounts[0]):
        r = await api.get(f"/v1/Accounts/{path_account}/VoipCarriers", t0.account_tokens[0])
        assert r.status_code == 404
        r = await api.post(
            f"/v1/Accounts/{path_account}/VoipCarriers", t0.account_tokens[0], json={"name": "x"}
        )
        assert r.status_code == 404
    r = await api.get(f"/v1/Accounts/{t1.accounts[0]}/VoipCarriers", t0.sp_token)
    assert r.status_code == 404


async def test_account_filter_outside_scope_is_403(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    r = await api.get("/v1/VoipCarriers", t0.sp_token, params={"account_sid": t1.accounts[0]})
    assert r.status_code == 403
    r = await api.get("/v1/VoipCarriers", t0.sp_token, params={"account_sid": MISSING})
    assert r.status_code == 403
    r = await api.get(
        "/v1/VoipCarriers", t0.account_tokens[0], params={"account_sid": t0.accounts[1]}
    )
    assert r.status_code == 403
    r = await api.get(
        "/v1/VoipCarriers", t0.account_tokens[0], params={"account_sid": t0.accounts[0]}
    )
    assert r.status_code == 200
    assert all(c["account_sid"] == t0.accounts[0] for c in r.json())


async def test_changes_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    w = await _world(api, tenants)
    t0, _ = tenants
    acct_token = t0.account_tokens[0]
    # an account key reads its provider's SP-wide carrier but may not change or delete it
    r = await api.put(f"/v1/VoipCarriers/{w['sp0']}", acct_token, json={"description": "x"})
    assert r.status_code == 403
    r = await api.put(
        f"/v1/ServiceProviders/{t0.sp}/VoipCarriers/{w['sp0']}",
        acct_token,
        json={"description": "x"},
    )
    assert r.status_code == 403
    assert (await api.delete(f"/v1/VoipCarriers/{w['sp0']}", acct_token)).status_code == 403
    # carriers it cannot see are 404, whatever the operation
    for key in ("a01", "sp1", "a10"):
        r = await api.put(f"/v1/VoipCarriers/{w[key]}", acct_token, json={"description": "x"})
        assert r.status_code == 404
        assert (await api.delete(f"/v1/VoipCarriers/{w[key]}", acct_token)).status_code == 404
    for key in ("sp1", "a10"):
        r = await api.put(f"/v1/VoipCarriers/{w[key]}", t0.sp_token, json={"description": "x"})
        assert r.status_code == 404
        assert (await api.delete(f"/v1/VoipCarriers/{w[key]}", t0.sp_token)).status_code == 404
    for key in ("sp0", "a01", "sp1", "a10"):
        body = await read(api, w[key])
        assert body["description"] is None
    # within scope
    r = await api.put(f"/v1/VoipCarriers/{w['a00']}", acct_token, json={"description": "mine"})
    assert r.status_code == 204
    r = await api.put(
        f"/v1/Accounts/{t0.accounts[0]}/VoipCarriers/{w['a00']}",
        acct_token,
        json={"tech_prefix": "5"},
    )
    assert r.status_code == 204
    r = await api.put(f"/v1/VoipCarriers/{w['a01']}", t0.sp_token, json={"description": "sp"})
    assert r.status_code == 204
    assert (await read(api, w["a00"]))["description"] == "mine"
    assert (await read(api, w["a01"]))["description"] == "sp"
    assert (await api.delete(f"/v1/VoipCarriers/{w['a00']}", acct_token)).status_code == 204
    assert (await api.delete(f"/v1/VoipCarriers/{w['sp0']}", t0.sp_token)).status_code == 204


async def test_create_by_service_provider_key(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    sid = await carrier(api, t0.sp_token)
    body = await read(api, sid)
    assert body["service_provider_sid"] == t0.sp and body["account_sid"] is None
    sid = await carrier(api, t0.sp_token, account_sid=t0.accounts[1])
    body = await read(api, sid)
    assert body["account_sid"] == t0.accounts[1] and body["service_provider_sid"] == t0.sp
    for fields in (
        {"service_provider_sid": t1.sp},
        {"service_provider_sid": MISSING},
        {"account_sid": t1.accounts[0]},
        {"account_sid": MISSING},
    ):
        r = await api.post("/v1/VoipCarriers", t0.sp_token, json={"name": unique(), **fields})
        assert r.status_code == 403, fields
    # an application of another of its accounts is named as such; another provider's
    # application reads as unknown, like one that does not exist
    own_app = await api.application(t0.accounts[0])
    sibling_app = await api.application(t0.accounts[1])
    foreign_app = await api.application(t1.accounts[0])
    for app_sid, message in (
        (sibling_app, "application_sid does not exist for specified account_sid"),
        (foreign_app, "unknown application_sid"),
        (MISSING, "unknown application_sid"),
    ):
        r = await api.post(
            "/v1/VoipCarriers",
            t0.sp_token,
            json={"name": unique(), "account_sid": t0.accounts[0], "application_sid": app_sid},
        )
        assert r.status_code == 400 and r.json() == {"msg": message}, app_sid
    sid = await carrier(api, t0.sp_token, account_sid=t0.accounts[0], application_sid=own_app)
    assert (await read(api, sid))["application_sid"] == own_app
    # the 403 for a foreign account is the same whether it exists or not
    a = await api.post(
        "/v1/VoipCarriers", t0.sp_token, json={"name": "x", "account_sid": t1.accounts[0]}
    )
    b = await api.post("/v1/VoipCarriers", t0.sp_token, json={"name": "x", "account_sid": MISSING})
    assert a.json()["msg"].replace(t1.accounts[0], "?") == b.json()["msg"].replace(MISSING, "?")


async def test_create_by_account_key(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    token = t0.account_tokens[0]
    sid = await carrier(api, token)
    body = await read(api, sid)
    assert body["account_sid"] == t0.accounts[0] and body["service_provider_sid"] == t0.sp
    sid = await carrier(api, token, service_provider_sid=t0.sp, account_sid=t0.accounts[0])
    assert (await read(api, sid))["account_sid"] == t0.accounts[0]
    # under its provider's path it still creates its own account's carrier
    sid = await api.create(f"/v1/ServiceProviders/{t0.sp}/VoipCarriers", {"name": unique()}, token)
    assert (await read(api, sid))["account_sid"] == t0.accounts[0]
    for fields in (
        {"account_sid": t0.accounts[1]},
        {"account_sid": t1.accounts[0]},
        {"account_sid": MISSING},
        {"service_provider_sid": t1.sp},
    ):
        r = await api.post("/v1/VoipCarriers", token, json={"name": unique(), **fields})
        assert r.status_code == 403, fields
    # an application of another account is refused without saying whether it exists
    foreign_app = await api.application(t0.accounts[1])
    r = await api.post(
        "/v1/VoipCarriers", token, json={"name": unique(), "application_sid": foreign_app}
    )
    assert r.status_code == 400 and r.json() == {"msg": "unknown application_sid"}
    r2 = await api.post(
        "/v1/VoipCarriers", token, json={"name": unique(), "application_sid": MISSING}
    )
    assert r2.status_code == 400 and r2.json() == r.json()


async def test_ownerless_carrier_only_admin_keys_see_and_change(
    api: Api, tenants: list[Tenant]
) -> None:
    t0, t1 = tenants
    tag = uuid.uuid4().hex[:8]
    sid = await carrier(api, name=f"platform-{tag}", description="before")
    sp_wide = await carrier(api, name=f"sp0-{tag}", service_provider_sid=t0.sp)
    # admin lists include it, flat and paged; nested lists (which name an owner) do not
    r = await api.get("/v1/VoipCarriers", params={"name": tag})
    assert {c["voip_carrier_sid"] for c in r.json()} == {sid, sp_wide}
    r = await api.get("/v1/VoipCarriers", params={"name": tag, "page": 1})
    assert r.json()["total"] == 2
    r = await api.get(f"/v1/ServiceProviders/{t0.sp}/VoipCarriers", params={"name": tag})
    assert {c["voip_carrier_sid"] for c in r.json()} == {sp_wide}
    others = [t0.sp_token, t0.account_tokens[0], t1.sp_token, t1.account_tokens[1]]
    for token in others:
        r = await api.get(f"/v1/VoipCarriers/{sid}", token)
        assert r.status_code == 404 and r.json() == {"msg": "voip carrier not found"}
        r = await api.get("/v1/VoipCarriers", token, params={"name": tag})
        assert sid not in {c["voip_carrier_sid"] for c in r.json()}
        r = await api.get("/v1/VoipCarriers", token, params={"name": tag, "page": 1})
        assert sid not in {c["voip_carrier_sid"] for c in r.json()["data"]}
        r = await api.put(f"/v1/VoipCarriers/{sid}", token, json={"description": "x"})
        assert r.status_code == 404
        assert (await api.delete(f"/v1/VoipCarriers/{sid}", token)).status_code == 404
        # nor may they hang gateways on it
        for path, body in (
            ("/v1/SipGateways", {"voip_carrier_sid": sid, "ipv4": "192.0.2.1"}),
            ("/v1/SmppGateways", {"voip_carrier_sid": sid, "ipv4": "smpp.example.com"}),
        ):
            r = await api.post(path, token, json=body)
            assert r.status_code == 403, (path, r.text)
    body = await read(api, sid)
    assert body["description"] == "before"
    assert body["account_sid"] is None and body["service_provider_sid"] is None
    assert await gateway_counts(api, sid) == (0, 0)
    # an ownerless carrier cannot route to an application: it has no account
    app = await api.application(t0.accounts[0])
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"application_sid": app})
    assert r.status_code == 400 and r.json() == {"msg": "account_sid missing"}
    # the admin key changes it, gives it gateways and deletes it
    r = await api.put(f"/v1/VoipCarriers/{sid}", json={"description": "after"})
    assert r.status_code == 204
    assert (await read(api, sid))["description"] == "after"
    await add_gateways(api, sid, sip=1, smpp=1)
    assert await gateway_counts(api, sid) == (1, 1)
    assert (await api.delete(f"/v1/VoipCarriers/{sid}")).status_code == 204
    assert not await carrier_exists(api, sid)
    assert await gateway_counts(api, sid) == (0, 0)


async def test_delete_message_hides_other_tenants_numbers(api: Api, tenants: list[Tenant]) -> None:
    t0, _ = tenants
    token = t0.account_tokens[0]
    sid = await carrier(api, token)
    # an SP-level number (no account) uses the account's carrier
    hidden = await add_number(api, sid, None)
    # jambonz's words name no number, so no key learns another tenant's
    for key in (token, t0.sp_token, "admin"):
        r = await api.delete(f"/v1/VoipCarriers/{sid}", key)
        assert r.status_code == 422
        assert r.json() == {"msg": "cannot delete voip carrier with active phone numbers"}
        assert hidden not in r.text
    assert await carrier_exists(api, sid)


async def test_a_page_past_the_end_is_empty(api: Api) -> None:
    """The last page the contract allows, far past the data: empty, never a 500; beyond
    the contract's maximum: 400."""
    sp = await api.service_provider()
    await carrier(api, service_provider_sid=sp)
    path = f"/v1/ServiceProviders/{sp}/VoipCarriers"
    r = await api.get(path, params={"page": 1000000, "page_size": 371})
    assert r.status_code == 200
    assert r.json() == {
        "total": 1,
        "page": 1000000,
        "page_size": 371,
        "data": [],
    }


async def test_a_page_beyond_the_maximum_is_400(api: Api) -> None:
    r = await api.get("/v1/VoipCarriers", params={"page": 71420060295870398464})
    assert r.status_code == 400
    assert "page" in r.json()["msg"] or "1000000" in r.json()["msg"]
