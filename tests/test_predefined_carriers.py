"""/v1/PredefinedCarriers and carriers created from them, over HTTP on both stores; and the
catalogue file itself (jambonz/data/predefined_carriers.json)."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import delete, func, insert, select

from jambonz.db.tables import predefined_carriers as predefined_carriers_table
from jambonz.db.tables import (
    predefined_sip_gateways,
    predefined_smpp_gateways,
    sip_gateways,
    smpp_gateways,
    voip_carriers,
)
from jambonz.predefined import (
    Catalogue,
    PredefinedCarrierTemplate,
    TemplateSipGateway,
    TemplateSmppGateway,
    catalogue,
    load_catalogue,
)
from jambonz.services import predefined_carriers
from jambonz.services.gateways import is_ipv4
from tests.conftest import Api, Tenant, unique

TWILIO = "7d509a18-bbff-4c5d-b21e-b99bf8f8c49a"
MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
FIELDS = {
    "predefined_carrier_sid",
    "name",
    "requires_static_ip",
    "e164_leading_plus",
    "requires_register",
    "register_username",
    "register_sip_realm",
    "register_password",
    "tech_prefix",
    "inbound_auth_username",
    "inbound_auth_password",
    "diversion",
    "trunk_type",
}
# The carrier fields a template sets, compared with the carrier read back.
COPIED = FIELDS - {"predefined_carrier_sid", "requires_static_ip"}
SUFFIXED = re.compile(r"^(?P<name>.+)-[1-9a-km-zA-HJ-NP-Z]{1,22}$")


def sp_path(sp: str, template: str = TWILIO) -> str:
    return f"/v1/ServiceProviders/{sp}/PredefinedCarriers/{template}"


def account_path(account: str, template: str = TWILIO) -> str:
    return f"/v1/Accounts/{account}/PredefinedCarriers/{template}"


async def carrier(api: Api, sid: str) -> dict[str, Any]:
    r = await api.get(f"/v1/VoipCarriers/{sid}")
    assert r.status_code == 200, r.text
    return r.json()


async def sip_of(api: Api, sid: str) -> list[dict[str, Any]]:
    r = await api.get("/v1/SipGateways", params={"voip_carrier_sid": sid})
    assert r.status_code == 200, r.text
    return r.json()


async def count_where(api: Api, table: Any, condition: Any) -> int:
    async with api.core.db.read() as conn:
        query = select(func.count()).select_from(table).where(condition)
        return (await conn.execute(query)).scalar_one()


# -- the list ----------------------------------------------------------------------------


async def test_list_is_a_bare_array_of_templates_without_gateways(api: Api) -> None:
    r = await api.get("/v1/PredefinedCarriers", token=None)
    assert r.status_code == 200, r.text
    items = r.json()
    assert isinstance(items, list) and len(items) == len(catalogue().carriers)
    for item in items:
        assert set(item) == FIELDS
        for name in ("requires_static_ip", "e164_leading_plus", "requires_register"):
            assert item[name] in (0, 1)
    names = [item["name"] for item in items]
    assert names == sorted(names, key=str.casefold)
    twilio = next(item for item in items if item["predefined_carrier_sid"] == TWILIO)
    assert twilio["name"] == "Twilio"
    assert twilio["e164_leading_plus"] == 1


async def test_list_needs_no_token_and_checks_none(api: Api, tenants: list[Tenant]) -> None:
    """As jambonz: the path is outside authentication, so any key (or none, or a bad
    one) gets the same answer."""
    expected = (await api.get("/v1/PredefinedCarriers", token=None)).json()
    for token in ("admin", tenants[0].sp_token, tenants[0].account_tokens[0], "not-a-token"):
        r = await api.get("/v1/PredefinedCarriers", token)
        assert r.status_code == 200 and r.json() == expected


# -- create under a service provider and under an account ---------------------------------


async def test_create_for_service_provider_reads_back(api: Api) -> None:
    sp = await api.service_provider()
    r = await api.post(sp_path(sp))
    assert r.status_code == 201, r.text
    assert set(r.json()) == {"sid"}
    sid = r.json()["sid"]
    body = await carrier(api, sid)
    template = catalogue().find(TWILIO)
    assert template is not None
    assert body["service_provider_sid"] == sp and body["account_sid"] is None
    assert body["name"] == "Twilio"
    assert body["e164_leading_plus"] == 1 and body["requires_register"] == 0
    assert body["trunk_type"] == template.trunk_type
    assert body["register_username"] == template.register_username
    assert body["is_active"] == 1 and body["dtmf_type"] == "rfc2833"
    listed = (await api.get(f"/v1/ServiceProviders/{sp}/VoipCarriers")).json()
    assert [c["voip_carrier_sid"] for c in listed] == [sid]

    gateways = await sip_of(api, sid)
    assert len(gateways) == len(template.sip_gateways)
    stored = {(g["ipv4"], g["netmask"], g["port"], g["inbound"], g["outbound"]) for g in gateways}
    wanted = {
        (g.ipv4, g.netmask, g.port, int(g.inbound), int(g.outbound)) for g in template.sip_gateways
    }
    assert stored == wanted
    for g in gateways:
        assert g["voip_carrier_sid"] == sid and g["is_active"] == 1 and g["protocol"] == "udp"
        r = await api.get(f"/v1/SipGateways/{g['sip_gateway_sid']}")
        assert r.status_code == 200 and r.json() == g


async def test_create_for_account_reads_back(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    r = await api.post(account_path(account))
    assert r.status_code == 201, r.text
    sid = r.json()["sid"]
    body = await carrier(api, sid)
    assert body["account_sid"] == account and body["service_provider_sid"] == sp
    listed = (await api.get(f"/v1/Accounts/{account}/VoipCarriers")).json()
    assert [c["voip_carrier_sid"] for c in listed] == [sid]
    assert len(await sip_of(api, sid)) == len(catalogue().find(TWILIO).sip_gateways)


async def test_every_template_creates_a_valid_carrier(api: Api) -> None:
    """The shipped catalogue: each entry makes a carrier that reads back with the
    template's fields, and gateways that obey the gateway rules."""
    sp = await api.service_provider()
    for template in catalogue().carriers:
        r = await api.post(sp_path(sp, template.predefined_carrier_sid))
        assert r.status_code == 201, (template.name, r.text)
        body = await carrier(api, r.json()["sid"])
        listed = _listed(template.predefined_carrier_sid)
        for field in COPIED:
            assert body[field] == listed[field], (template.name, field)
        gateways = await sip_of(api, body["voip_carrier_sid"])
        assert len(gateways) == len(template.sip_gateways) > 0
        assert any(g["outbound"] for g in gateways), template.name
        for g in gateways:
            if g["inbound"]:
                assert is_ipv4(g["ipv4"]), (template.name, g["ipv4"])
            else:
                assert g["netmask"] == 32, (template.name, g["ipv4"])


def _listed(sid: str) -> dict[str, Any]:
    template = catalogue().find(sid)
    assert template is not None
    return predefined_carriers._to_model(template).model_dump()


async def test_jambonz_s_own_table_is_used_when_it_holds_rows(api: Api) -> None:
    """On a jambonz database (its add-predefined-carriers.sql fills the table; found side by
    side, where this server listed its own catalogue), its rows and sids are served, and a
    carrier is made from them."""
    sid, smpp_sid = "1d3f0a2e-5b6c-4d7e-8f90-a1b2c3d4e5f6", "2e4f1b3f-6c7d-4e8f-9a01-b2c3d4e5f6a7"
    async with api.core.db.write() as conn:
        await conn.execute(
            insert(predefined_carriers_table).values(
                predefined_carrier_sid=sid,
                name="TableTrunk",
                requires_static_ip=True,
                e164_leading_plus=True,
                requires_register=False,
                trunk_type="static_ip",
            )
        )
        await conn.execute(
            insert(predefined_sip_gateways).values(
                predefined_sip_gateway_sid=str(uuid.uuid4()),
                predefined_carrier_sid=sid,
                ipv4="192.0.2.10",
                port=5060,
                inbound=True,
                outbound=True,
                netmask=32,
            )
        )
        await conn.execute(
            insert(predefined_carriers_table).values(
                predefined_carrier_sid=smpp_sid, name="another", trunk_type="static_ip"
            )
        )
        await conn.execute(
            insert(predefined_smpp_gateways).values(
                predefined_smpp_gateway_sid=str(uuid.uuid4()),
                predefined_carrier_sid=smpp_sid,
                ipv4="192.0.2.20",
                port=2775,
                inbound=False,
                outbound=True,
                netmask=32,
                is_primary=True,
                use_tls=False,
            )
        )
    try:
        listed = (await api.get("/v1/PredefinedCarriers", None)).json()
        assert [item["predefined_carrier_sid"] for item in listed] == [smpp_sid, sid]
        table_trunk = listed[1]
        assert table_trunk["name"] == "TableTrunk"
        assert table_trunk["requires_static_ip"] == 1 and table_trunk["e164_leading_plus"] == 1
        assert catalogue().carriers[0].predefined_carrier_sid not in {smpp_sid, sid}
        sp = await api.service_provider()
        made = await api.post(f"/v1/ServiceProviders/{sp}/PredefinedCarriers/{sid}")
        assert made.status_code == 201, made.text
        gateways = await sip_of(api, made.json()["sid"])
        assert [(g["ipv4"], g["inbound"], g["outbound"]) for g in gateways] == [
            ("192.0.2.10", 1, 1)
        ]
        made = await api.post(f"/v1/ServiceProviders/{sp}/PredefinedCarriers/{smpp_sid}")
        assert made.status_code == 201, made.text
        smpp = await count_where(
            api, smpp_gateways, smpp_gateways.c.voip_carrier_sid == made.json()["sid"]
        )
        assert smpp == 1
        shipped = catalogue().carriers[0].predefined_carrier_sid
        r = await api.post(f"/v1/ServiceProviders/{sp}/PredefinedCarriers/{shipped}")
        assert r.status_code == 404, "the table replaces the catalogue"
    finally:
        async with api.core.db.write() as conn:
            await conn.execute(delete(predefined_sip_gateways))
            await conn.execute(delete(predefined_smpp_gateways))
            await conn.execute(delete(predefined_carriers_table))


async def test_the_created_carrier_deletes_with_its_gateways(api: Api) -> None:
    """What jambonz's service-providers.js does right after creating one."""
    sp = await api.service_provider()
    sid = (await api.post(sp_path(sp))).json()["sid"]
    assert (await api.delete(f"/v1/VoipCarriers/{sid}")).status_code == 204
    assert await count_where(api, sip_gateways, sip_gateways.c.voip_carrier_sid == sid) == 0
    assert (await api.get(f"/v1/VoipCarriers/{sid}")).status_code == 404


async def test_sids_are_case_insensitive_and_no_body_is_needed(api: Api) -> None:
    sp = await api.service_provider()
    r = await api.post(sp_path(sp.upper(), TWILIO.upper()))
    assert r.status_code == 201, r.text
    # a body, if one is sent, is not read (as in jambonz)
    r = await api.post(sp_path(sp), json={"name": "ignored"})
    assert r.status_code == 201, r.text
    assert (await carrier(api, r.json()["sid"]))["name"] != "ignored"


# -- names -------------------------------------------------------------------------------


async def test_a_taken_name_gets_a_short_id(api: Api) -> None:
    sp = await api.service_provider()
    first = (await api.post(sp_path(sp))).json()["sid"]
    second = (await api.post(sp_path(sp))).json()["sid"]
    assert (await carrier(api, first))["name"] == "Twilio"
    renamed = (await carrier(api, second))["name"]
    match = SUFFIXED.match(renamed)
    assert match and match["name"] == "Twilio" and len(renamed) <= 64
    # another provider's carriers do not count
    other = await api.service_provider()
    sid = (await api.post(sp_path(other))).json()["sid"]
    assert (await carrier(api, sid))["name"] == "Twilio"


async def test_names_compare_without_case(api: Api) -> None:
    sp = await api.service_provider()
    await api.create(f"/v1/ServiceProviders/{sp}/VoipCarriers", {"name": "TWILIO"})
    sid = (await api.post(sp_path(sp))).json()["sid"]
    assert SUFFIXED.match((await carrier(api, sid))["name"])


async def test_an_account_sees_its_own_and_its_providers_names_only(api: Api) -> None:
    sp = await api.service_provider()
    mine, other = await api.account(sp), await api.account(sp)
    # another account's carrier of that name does not rename this account's
    await api.post(account_path(other))
    sid = (await api.post(account_path(mine))).json()["sid"]
    assert (await carrier(api, sid))["name"] == "Twilio"
    # its own does
    sid = (await api.post(account_path(mine))).json()["sid"]
    assert SUFFIXED.match((await carrier(api, sid))["name"])
    # and so does an SP-wide one of its provider
    sp1 = await api.service_provider()
    fresh = await api.account(sp1)
    await api.post(sp_path(sp1))
    sid = (await api.post(account_path(fresh))).json()["sid"]
    assert SUFFIXED.match((await carrier(api, sid))["name"])
    # an SP-wide carrier counts every carrier of the provider, accounts' included
    sp2 = await api.service_provider()
    await api.post(account_path(await api.account(sp2)))
    sid = (await api.post(sp_path(sp2))).json()["sid"]
    assert SUFFIXED.match((await carrier(api, sid))["name"])


# -- not found and malformed -------------------------------------------------------------


async def test_unknown_template_provider_or_account_is_404(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    for path in (sp_path(sp, MISSING), account_path(account, MISSING)):
        r = await api.post(path)
        assert r.status_code == 404 and r.json() == {"msg": "predefined carrier not found"}
    r = await api.post(sp_path(MISSING))
    assert r.status_code == 404 and r.json() == {"msg": "service provider not found"}
    r = await api.post(account_path(MISSING))
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    assert await count_where(api, voip_carriers, voip_carriers.c.service_provider_sid == sp) == 0


async def test_malformed_sids_are_400(api: Api) -> None:
    sp = await api.service_provider()
    for path in (sp_path("nope"), sp_path(sp, "nope"), account_path("nope")):
        r = await api.post(path)
        assert r.status_code == 400, (path, r.text)
        assert "msg" in r.json()


async def test_a_token_is_needed_to_create(api: Api) -> None:
    sp = await api.service_provider()
    r = await api.post(sp_path(sp), token=None)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = await api.post(sp_path(sp), token="not-a-token")
    assert r.status_code == 401


# -- scope -------------------------------------------------------------------------------


async def test_service_provider_keys(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    r = await api.post(sp_path(t0.sp), t0.sp_token)
    assert r.status_code == 201, r.text
    body = await carrier(api, r.json()["sid"])
    assert body["service_provider_sid"] == t0.sp and body["account_sid"] is None
    r = await api.get(f"/v1/VoipCarriers/{body['voip_carrier_sid']}", t0.sp_token)
    assert r.status_code == 200
    r = await api.post(account_path(t0.accounts[0]), t0.sp_token)
    assert r.status_code == 201, r.text
    body = await carrier(api, r.json()["sid"])
    assert body["account_sid"] == t0.accounts[0] and body["service_provider_sid"] == t0.sp
    # another provider, or one of its accounts: not within the key's scope
    r = await api.post(sp_path(t1.sp), t0.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "service provider not found"}
    r = await api.post(account_path(t1.accounts[0]), t0.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}


async def test_account_keys(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    token = t0.account_tokens[0]
    r = await api.post(account_path(t0.accounts[0]), token)
    assert r.status_code == 201, r.text
    sid = r.json()["sid"]
    body = await carrier(api, sid)
    assert body["account_sid"] == t0.accounts[0] and body["service_provider_sid"] == t0.sp
    # the key sees and changes its carrier and the gateways
    assert (await api.get(f"/v1/VoipCarriers/{sid}", token)).status_code == 200
    r = await api.get("/v1/SipGateways", token, params={"voip_carrier_sid": sid})
    assert r.status_code == 200 and len(r.json()) > 0
    r = await api.put(f"/v1/VoipCarriers/{sid}", token, json={"is_active": False})
    assert r.status_code == 204
    # another account of its provider, or of another provider
    for other in (t0.accounts[1], t1.accounts[0]):
        r = await api.post(account_path(other), token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # an SP-wide carrier: never for an account key (403 on its own provider, as jambonz)
    r = await api.post(sp_path(t0.sp), token)
    assert r.status_code == 403
    assert r.json()["msg"] == predefined_carriers.ACCOUNT_KEY_ON_PROVIDER
    r = await api.post(sp_path(t1.sp), token)
    assert r.status_code == 404


# -- one transaction ---------------------------------------------------------------------


def _broken_template(name: str) -> PredefinedCarrierTemplate:
    """A template the loader would refuse: its second SIP gateway is inbound on a DNS
    name, which the gateway rules reject while the carrier is being created."""
    return PredefinedCarrierTemplate.model_construct(
        predefined_carrier_sid="11111111-2222-4333-8444-555555555555",
        name=name,
        source="test",
        requires_static_ip=False,
        e164_leading_plus=False,
        requires_register=False,
        register_username=None,
        register_sip_realm=None,
        register_password=None,
        tech_prefix=None,
        inbound_auth_username=None,
        inbound_auth_password=None,
        diversion=None,
        trunk_type="static_ip",
        sip_gateways=(
            TemplateSipGateway(ipv4="192.0.2.1", inbound=True, outbound=True),
            TemplateSipGateway.model_construct(
                ipv4="gw.example.com", netmask=32, port=5060, inbound=True, outbound=True
            ),
        ),
        smpp_gateways=(TemplateSmppGateway(ipv4="smpp.example.com", inbound=False, outbound=True),),
    )


def _with_smpp(name: str) -> PredefinedCarrierTemplate:
    return PredefinedCarrierTemplate(
        predefined_carrier_sid="66666666-7777-4888-8999-000000000000",
        name=name,
        source="test",
        sip_gateways=[TemplateSipGateway(ipv4="192.0.2.7", inbound=True, outbound=True)],
        smpp_gateways=[
            TemplateSmppGateway(ipv4="smpp.example.com", port=2776, inbound=False, outbound=True)
        ],
    )


async def test_a_failing_gateway_leaves_nothing_behind(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = unique("broken")
    broken = _broken_template(name)
    fake = Catalogue.model_construct(about="test", carriers=(broken,))
    monkeypatch.setattr(predefined_carriers, "catalogue", lambda: fake)
    inserted: list[str] = []
    real_insert = predefined_carriers.insert_gateway

    async def spying_insert(*args: Any) -> str:
        sid = await real_insert(*args)
        inserted.append(sid)
        return sid

    monkeypatch.setattr(predefined_carriers, "insert_gateway", spying_insert)
    sp = await api.service_provider()
    account = await api.account(sp)
    before = (
        await count_where(api, voip_carriers, voip_carriers.c.voip_carrier_sid.is_not(None)),
        await count_where(api, sip_gateways, sip_gateways.c.sip_gateway_sid.is_not(None)),
        await count_where(api, smpp_gateways, smpp_gateways.c.smpp_gateway_sid.is_not(None)),
    )
    for path in (
        sp_path(sp, broken.predefined_carrier_sid),
        account_path(account, broken.predefined_carrier_sid),
    ):
        r = await api.post(path)
        assert r.status_code == 400, r.text
        assert r.json() == {"msg": "Inbound gateway must be IPv4 address"}
    # the carrier and the first gateway were written before the second failed ...
    assert len(inserted) == 2
    # ... and went with it: nothing of either attempt is left
    after = (
        await count_where(api, voip_carriers, voip_carriers.c.voip_carrier_sid.is_not(None)),
        await count_where(api, sip_gateways, sip_gateways.c.sip_gateway_sid.is_not(None)),
        await count_where(api, smpp_gateways, smpp_gateways.c.smpp_gateway_sid.is_not(None)),
    )
    assert after == before
    assert await count_where(api, voip_carriers, voip_carriers.c.name == name) == 0
    for sid in inserted:
        assert await count_where(api, sip_gateways, sip_gateways.c.sip_gateway_sid == sid) == 0
    # the store is usable afterwards
    monkeypatch.undo()
    assert (await api.post(sp_path(sp))).status_code == 201


async def test_smpp_gateways_are_created_too(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    template = _with_smpp(unique("smpp"))
    fake = Catalogue(about="test", carriers=[template])
    monkeypatch.setattr(predefined_carriers, "catalogue", lambda: fake)
    sp = await api.service_provider()
    sid = (await api.post(sp_path(sp, template.predefined_carrier_sid))).json()["sid"]
    r = await api.get("/v1/SmppGateways", params={"voip_carrier_sid": sid})
    assert r.status_code == 200, r.text
    (gateway,) = r.json()
    assert gateway["ipv4"] == "smpp.example.com" and gateway["port"] == 2776
    assert gateway["inbound"] == 0 and gateway["outbound"] == 1 and gateway["is_primary"] == 1
    assert await count_where(api, smpp_gateways, smpp_gateways.c.voip_carrier_sid == sid) == 1
    assert len(await sip_of(api, sid)) == 1


# -- the catalogue file ------------------------------------------------------------------


def test_the_shipped_catalogue_is_valid() -> None:
    shipped = load_catalogue()
    assert shipped == catalogue()
    sids = [t.predefined_carrier_sid for t in shipped.carriers]
    assert TWILIO in sids and len(set(sids)) == len(sids)
    for template in shipped.carriers:
        assert "https://" in template.source
        assert template.sip_gateways
        template.carrier()  # a valid VoipCarrierCreate
        for gateway in template.sip_gateways:
            values = gateway.create_values()
            if values["inbound"]:
                assert is_ipv4(values["ipv4"])
            else:
                assert values["netmask"] == 32


def test_the_catalogue_is_package_data() -> None:
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert '"data/*.json"' in pyproject


def _write(tmp_path: Path, carriers: list[dict[str, Any]]) -> Path:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"about": "test", "carriers": carriers}))
    return path


def _entry(**fields: Any) -> dict[str, Any]:
    return {
        "predefined_carrier_sid": "66666666-7777-4888-8999-000000000000",
        "name": "Example",
        "source": "https://carrier.example.com/docs",
        "sip_gateways": [{"ipv4": "192.0.2.7", "inbound": True, "outbound": True}],
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        (
            {"sip_gateways": [{"ipv4": "sip.example.com", "inbound": True, "outbound": True}]},
            "Inbound gateway must be IPv4 address",
        ),
        (
            {
                "sip_gateways": [
                    {"ipv4": "sip.example.com", "netmask": 30, "inbound": False, "outbound": True}
                ]
            },
            "For outbound only gateway netmask can only be 32",
        ),
        (
            {"sip_gateways": [{"ipv4": "192.0.2.7", "port": 0, "inbound": True, "outbound": True}]},
            "port",
        ),
        ({"requires_register": True}, "register_username is required"),
        ({"register_sip_realm": "sip:realm.example.com"}, "register_sip_realm must be a valid"),
        ({"name": "x" * 42}, "name"),
        ({"trunk_type": "pstn"}, "trunk_type"),
        ({"predefined_carrier_sid": "not-a-sid"}, "predefined_carrier_sid"),
        ({"colour": "blue"}, "colour"),
        ({"sip_gateways": []}, "at least one gateway"),
        ({"source": ""}, "source"),
    ],
)
def test_the_loader_refuses_a_broken_entry(
    tmp_path: Path, fields: dict[str, Any], says: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(says)):
        load_catalogue(_write(tmp_path, [_entry(**fields)]))


def test_the_loader_refuses_duplicates(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="appears twice"):
        load_catalogue(_write(tmp_path, [_entry(), _entry(name="Other")]))
    other_sid = "77777777-7777-4888-8999-000000000000"
    with pytest.raises(ValidationError, match="appears twice"):
        load_catalogue(
            _write(tmp_path, [_entry(), _entry(predefined_carrier_sid=other_sid, name="EXAMPLE")])
        )
    assert len(load_catalogue(_write(tmp_path, [_entry()])).carriers) == 1
