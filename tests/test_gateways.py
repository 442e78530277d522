"""/v1/SipGateways and /v1/SmppGateways over HTTP, on both stores."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Api, Tenant, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
SIP_FIELDS = {
    "sip_gateway_sid",
    "voip_carrier_sid",
    "ipv4",
    "netmask",
    "port",
    "inbound",
    "outbound",
    "is_active",
    "send_options_ping",
    "use_sips_scheme",
    "pad_crypto",
    "protocol",
    "remove_ice",
    "dtls_off",
}
SMPP_FIELDS = {
    "smpp_gateway_sid",
    "voip_carrier_sid",
    "ipv4",
    "port",
    "netmask",
    "is_primary",
    "inbound",
    "outbound",
    "use_tls",
}
KINDS = ["SipGateways", "SmppGateways"]
SID = {"SipGateways": "sip_gateway_sid", "SmppGateways": "smpp_gateway_sid"}


async def new_carrier(api: Api, token: str | None = "admin", **fields: Any) -> str:
    if token == "admin" and not fields:
        fields = {"service_provider_sid": await api.service_provider()}
    return await api.create("/v1/VoipCarriers", {"name": unique("vc"), **fields}, token)


async def gateway(
    api: Api, kind: str, carrier: str, token: str | None = "admin", **fields: Any
) -> str:
    body = {"voip_carrier_sid": carrier, "ipv4": "192.0.2.10", **fields}
    return await api.create(f"/v1/{kind}", body, token)


async def read(api: Api, kind: str, sid: str, token: str | None = "admin") -> dict[str, Any]:
    r = await api.get(f"/v1/{kind}/{sid}", token)
    assert r.status_code == 200, r.text
    return r.json()


# -- SIP gateways ------------------------------------------------------------------------


async def test_sip_gateway_defaults(api: Api) -> None:
    carrier = await new_carrier(api)
    sid = await gateway(api, "SipGateways", carrier)
    body = await read(api, "SipGateways", sid)
    assert set(body) == SIP_FIELDS
    assert body["sip_gateway_sid"] == sid
    assert body["voip_carrier_sid"] == carrier
    assert body["ipv4"] == "192.0.2.10"
    assert body["netmask"] == 32
    assert body["port"] is None
    assert body["protocol"] == "udp"
    assert (body["inbound"], body["outbound"], body["is_active"]) == (1, 1, 1)
    for flag in ("send_options_ping", "use_sips_scheme", "pad_crypto", "remove_ice", "dtls_off"):
        assert body[flag] == 0, flag
    assert (await api.get(f"/v1/SipGateways/{sid.upper()}")).status_code == 200


async def test_sip_gateway_every_field_round_trips(api: Api) -> None:
    carrier = await new_carrier(api)
    fields = {
        "ipv4": "203.0.113.0",
        "netmask": 24,
        "port": 5061,
        "inbound": 1,
        "outbound": False,
        "is_active": False,
        "send_options_ping": True,
        "use_sips_scheme": True,
        "pad_crypto": 1,
        "protocol": "tls/srtp",
        "remove_ice": True,
        "dtls_off": True,
    }
    sid = await gateway(api, "SipGateways", carrier, **fields)
    body = await read(api, "SipGateways", sid)
    expected = {k: (int(v) if isinstance(v, bool) else v) for k, v in fields.items()}
    assert {k: body[k] for k in fields} == expected


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        ({"voip_carrier_sid": None}, "voip_carrier_sid"),
        ({"voip_carrier_sid": "abc"}, "voip_carrier_sid"),
        ({"ipv4": None}, "ipv4"),
        ({"ipv4": ""}, "ipv4"),
        ({"ipv4": "192.0.2.1 "}, "ipv4"),
        ({"ipv4": "sip gw.example.com"}, "ipv4"),
        ({"netmask": 0}, "netmask"),
        ({"netmask": 33}, "netmask"),
        ({"port": 0}, "port"),
        ({"port": 65536}, "port"),
        ({"protocol": "sctp"}, "protocol"),
        ({"inbound": "yes"}, "inbound"),
        ({"sip_gateway_sid": MISSING}, "sip_gateway_sid"),
        ({"colour": "red"}, "colour"),
    ],
)
async def test_sip_gateway_schema_errors_are_400(api: Api, fields: dict, word: str) -> None:
    carrier = await new_carrier(api)
    body = {"voip_carrier_sid": carrier, "ipv4": "192.0.2.10", **fields}
    body = {k: v for k, v in body.items() if v is not None}
    r = await api.post("/v1/SipGateways", json=body)
    assert r.status_code == 400, r.text
    assert word in r.json()["msg"]


async def test_gateway_address_is_any_text_without_whitespace(api: Api) -> None:
    """As in jambonz, an address is refused only for whitespace: anything else is the
    carrier's to get right (an inbound SIP gateway still needs an IPv4 address)."""
    carrier = await new_carrier(api)
    for address in ("sip:gw.example.com", "gw.example.com:5060", "trunk_1.example.com"):
        body = {"voip_carrier_sid": carrier, "ipv4": address, "inbound": False}
        r = await api.post("/v1/SipGateways", json=body)
        assert r.status_code == 201, (address, r.text)
        assert (await read(api, "SipGateways", r.json()["sid"]))["ipv4"] == address
        r = await api.post("/v1/SipGateways", json={**body, "inbound": True})
        assert r.status_code == 400 and r.json()["msg"] == "Inbound gateway must be IPv4 address"
        r = await api.post("/v1/SmppGateways", json={"voip_carrier_sid": carrier, "ipv4": address})
        assert r.status_code == 201, (address, r.text)


async def test_sip_gateway_address_rules(api: Api) -> None:
    carrier = await new_carrier(api)
    # an inbound gateway needs a literal IPv4 address (jambonz's answer: 400, its words)
    for address in ("gw.example.com", "300.1.1.1", "localhost"):
        r = await api.post("/v1/SipGateways", json={"voip_carrier_sid": carrier, "ipv4": address})
        assert r.status_code == 400
        assert r.json() == {"msg": "Inbound gateway must be IPv4 address"}
    # an outbound-only gateway may use a DNS name, with a null port, but only netmask 32
    sid = await gateway(
        api, "SipGateways", carrier, ipv4="gw.example.com", inbound=False, port=None
    )
    body = await read(api, "SipGateways", sid)
    assert (body["ipv4"], body["inbound"], body["port"]) == ("gw.example.com", 0, None)
    r = await api.post(
        "/v1/SipGateways",
        json={"voip_carrier_sid": carrier, "ipv4": "192.0.2.1", "inbound": 0, "netmask": 24},
    )
    assert r.status_code == 400
    assert r.json() == {"msg": "For outbound only gateway netmask can only be 32"}
    # inbound address ranges are fine
    sid24 = await gateway(api, "SipGateways", carrier, ipv4="198.51.100.0", netmask=24)
    assert (await read(api, "SipGateways", sid24))["netmask"] == 24

    # the rules apply to the gateway as it would be after an update
    r = await api.put(f"/v1/SipGateways/{sid}", json={"inbound": True})
    assert r.status_code == 400 and r.json()["msg"] == "Inbound gateway must be IPv4 address"
    r = await api.put(f"/v1/SipGateways/{sid}", json={"inbound": True, "ipv4": "192.0.2.5"})
    assert r.status_code == 204
    r = await api.put(f"/v1/SipGateways/{sid24}", json={"inbound": False})
    assert r.status_code == 400
    assert r.json() == {"msg": "For outbound only gateway netmask can only be 32"}
    r = await api.put(f"/v1/SipGateways/{sid24}", json={"inbound": False, "netmask": 32})
    assert r.status_code == 204
    r = await api.put(f"/v1/SipGateways/{sid24}", json={"netmask": 16})
    assert r.status_code == 400
    assert r.json() == {"msg": "For outbound only gateway netmask can only be 32"}
    body = await read(api, "SipGateways", sid24)
    assert (body["inbound"], body["netmask"]) == (0, 32)


async def test_sip_gateway_update(api: Api) -> None:
    carrier = await new_carrier(api)
    sid = await gateway(api, "SipGateways", carrier, port=5060)
    r = await api.put(
        f"/v1/SipGateways/{sid}", json={"port": None, "protocol": "tcp", "send_options_ping": 1}
    )
    assert r.status_code == 204 and r.content == b""
    body = await read(api, "SipGateways", sid)
    assert (body["port"], body["protocol"], body["send_options_ping"]) == (None, "tcp", 1)
    assert body["ipv4"] == "192.0.2.10" and body["outbound"] == 1
    other = await new_carrier(api)
    for bad in (
        {},
        {"voip_carrier_sid": other},
        {"netmask": 40},
        {"protocol": "x"},
        {"ipv4": None},
    ):
        r = await api.put(f"/v1/SipGateways/{sid}", json=bad)
        assert r.status_code == 400, bad
    assert (await read(api, "SipGateways", sid))["voip_carrier_sid"] == carrier


# -- SMPP gateways -----------------------------------------------------------------------


async def test_smpp_gateway_defaults(api: Api) -> None:
    carrier = await new_carrier(api)
    sid = await gateway(api, "SmppGateways", carrier, ipv4="smpp.example.com")
    body = await read(api, "SmppGateways", sid)
    assert set(body) == SMPP_FIELDS
    assert body["smpp_gateway_sid"] == sid and body["voip_carrier_sid"] == carrier
    assert body["ipv4"] == "smpp.example.com"
    assert (body["port"], body["netmask"]) == (2775, 32)
    assert (body["is_primary"], body["inbound"], body["outbound"], body["use_tls"]) == (1, 0, 1, 0)


async def test_smpp_gateway_round_trip_and_update(api: Api) -> None:
    carrier = await new_carrier(api)
    fields = {
        "ipv4": "198.51.100.0",
        "port": 3550,
        "netmask": 28,
        "is_primary": False,
        "inbound": True,
        "outbound": 0,
        "use_tls": True,
    }
    sid = await gateway(api, "SmppGateways", carrier, **fields)
    body = await read(api, "SmppGateways", sid)
    assert {k: body[k] for k in fields} == {
        k: (int(v) if isinstance(v, bool) else v) for k, v in fields.items()
    }
    # no SIP-style address rule: an inbound SMPP gateway may be a DNS name
    assert (
        await api.put(f"/v1/SmppGateways/{sid}", json={"ipv4": "smsc.example.com"})
    ).status_code == 204
    assert (await api.put(f"/v1/SmppGateways/{sid}", json={"use_tls": 0})).status_code == 204
    body = await read(api, "SmppGateways", sid)
    assert (body["ipv4"], body["use_tls"], body["port"]) == ("smsc.example.com", 0, 3550)
    for bad in (
        {},
        {"port": None},
        {"port": 0},
        {"port": 70000},
        {"netmask": 0},
        {"voip_carrier_sid": await new_carrier(api)},
        {"ipv4": "a b"},
        {"protocol": "udp"},
    ):
        r = await api.put(f"/v1/SmppGateways/{sid}", json=bad)
        assert r.status_code == 400, bad
    for bad in ({"port": 0}, {"ipv4": "s x"}, {"netmask": 33}, {"use_tls": "no"}):
        r = await api.post(
            "/v1/SmppGateways", json={"voip_carrier_sid": carrier, "ipv4": "x.example.com", **bad}
        )
        assert r.status_code == 400, bad


# -- both kinds --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_list_requires_a_visible_carrier(api: Api, kind: str) -> None:
    carrier = await new_carrier(api)
    other = await new_carrier(api)
    sids = [
        await gateway(api, kind, carrier, ipv4=address)
        for address in ("192.0.2.30", "192.0.2.20", "192.0.2.40")
    ]
    await gateway(api, kind, other)
    r = await api.get(f"/v1/{kind}", params={"voip_carrier_sid": carrier})
    assert r.status_code == 200
    assert [g["ipv4"] for g in r.json()] == ["192.0.2.20", "192.0.2.30", "192.0.2.40"]
    assert {g[SID[kind]] for g in r.json()} == set(sids)
    r = await api.get(f"/v1/{kind}")
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/json")
    assert "voip_carrier_sid" in r.json()["msg"]
    r = await api.get(f"/v1/{kind}", params={"voip_carrier_sid": "nope"})
    assert r.status_code == 400
    # To an admin key, as in jambonz, a carrier that does not exist has no gateways.
    r = await api.get(f"/v1/{kind}", params={"voip_carrier_sid": MISSING})
    assert r.status_code == 200 and r.json() == []
    empty = await new_carrier(api)
    assert (await api.get(f"/v1/{kind}", params={"voip_carrier_sid": empty})).json() == []


@pytest.mark.parametrize("kind", KINDS)
async def test_unknown_gateway_and_carrier(api: Api, kind: str) -> None:
    label = "sip gateway" if kind == "SipGateways" else "smpp gateway"
    r = await api.get(f"/v1/{kind}/{MISSING}")
    assert r.status_code == 404 and r.json() == {"msg": f"{label} not found"}
    assert (await api.put(f"/v1/{kind}/{MISSING}", json={"ipv4": "192.0.2.1"})).status_code == 404
    assert (await api.delete(f"/v1/{kind}/{MISSING}")).status_code == 404
    assert (await api.get(f"/v1/{kind}/not-a-sid")).status_code == 400
    # an admin naming an unknown carrier: jambonz's answer
    r = await api.post(f"/v1/{kind}", json={"voip_carrier_sid": MISSING, "ipv4": "192.0.2.1"})
    assert r.status_code == 400 and r.json() == {"msg": "invalid voip_carrier_sid"}
    r = await api.post(f"/v1/{kind}", json={"ipv4": "192.0.2.1"})
    assert r.status_code == 400 and "voip_carrier_sid" in r.json()["msg"]
    r = await api.post(f"/v1/{kind}", json={"voip_carrier_sid": MISSING})
    assert r.status_code == 400 and "ipv4" in r.json()["msg"]
    assert (await api.get(f"/v1/{kind}/{MISSING}", None)).status_code == 401


@pytest.mark.parametrize("kind", KINDS)
async def test_delete(api: Api, kind: str) -> None:
    carrier = await new_carrier(api)
    sid = await gateway(api, kind, carrier)
    keep = await gateway(api, kind, carrier, ipv4="192.0.2.99")
    r = await api.delete(f"/v1/{kind}/{sid}")
    assert r.status_code == 204 and r.content == b""
    assert (await api.get(f"/v1/{kind}/{sid}")).status_code == 404
    assert (await api.delete(f"/v1/{kind}/{sid}")).status_code == 404
    r = await api.get(f"/v1/{kind}", params={"voip_carrier_sid": carrier})
    assert len(r.json()) == 1 and keep in str(r.json())


# -- scope -------------------------------------------------------------------------------


async def _world(api: Api, tenants: list[Tenant], kind: str) -> dict[str, tuple[str, str]]:
    """A carrier per owner (both providers SP-wide, three accounts), each with a gateway:
    name -> (carrier sid, gateway sid)."""
    t0, t1 = tenants
    owners = {
        "sp0": {"service_provider_sid": t0.sp},
        "a00": {"account_sid": t0.accounts[0]},
        "a01": {"account_sid": t0.accounts[1]},
        "sp1": {"service_provider_sid": t1.sp},
        "a10": {"account_sid": t1.accounts[0]},
    }
    world = {}
    for name, owner in owners.items():
        carrier = await new_carrier(api, "admin", **owner)
        world[name] = (carrier, await gateway(api, kind, carrier))
    return world


@pytest.mark.parametrize("kind", KINDS)
async def test_account_key_scope(api: Api, tenants: list[Tenant], kind: str) -> None:
    w = await _world(api, tenants, kind)
    token = tenants[0].account_tokens[0]
    # its own carrier: everything
    carrier, gw = w["a00"]
    sid = await gateway(api, kind, carrier, token, ipv4="192.0.2.77")
    assert (await read(api, kind, sid, token))["voip_carrier_sid"] == carrier
    assert (
        await api.put(f"/v1/{kind}/{gw}", token, json={"ipv4": "192.0.2.78"})
    ).status_code == 204
    r = await api.get(f"/v1/{kind}", token, params={"voip_carrier_sid": carrier})
    assert r.status_code == 200 and len(r.json()) == 2
    assert (await api.delete(f"/v1/{kind}/{sid}", token)).status_code == 204
    # its provider's SP-wide carrier: read only
    carrier, gw = w["sp0"]
    assert (await api.get(f"/v1/{kind}/{gw}", token)).status_code == 200
    r = await api.get(f"/v1/{kind}", token, params={"voip_carrier_sid": carrier})
    assert r.status_code == 200 and len(r.json()) == 1
    assert (await api.put(f"/v1/{kind}/{gw}", token, json={"ipv4": "192.0.2.9"})).status_code == 403
    assert (await api.delete(f"/v1/{kind}/{gw}", token)).status_code == 403
    r = await api.post(
        f"/v1/{kind}", token, json={"voip_carrier_sid": carrier, "ipv4": "192.0.2.9"}
    )
    assert r.status_code == 403
    assert (await read(api, kind, gw))["ipv4"] == "192.0.2.10"
    # everything else: invisible (404 by path, 403 by body)
    for name in ("a01", "sp1", "a10"):
        carrier, gw = w[name]
        r = await api.get(f"/v1/{kind}/{gw}", token)
        assert r.status_code == 404 and "192.0.2" not in r.text
        assert (
            await api.put(f"/v1/{kind}/{gw}", token, json={"ipv4": "192.0.2.9"})
        ).status_code == 404
        assert (await api.delete(f"/v1/{kind}/{gw}", token)).status_code == 404
        r = await api.get(f"/v1/{kind}", token, params={"voip_carrier_sid": carrier})
        assert r.status_code == 404 and r.json() == {"msg": "voip carrier not found"}
        r = await api.post(
            f"/v1/{kind}", token, json={"voip_carrier_sid": carrier, "ipv4": "192.0.2.9"}
        )
        assert r.status_code == 403
        assert (await read(api, kind, gw))["ipv4"] == "192.0.2.10"
    # an unknown carrier looks the same as a foreign one
    r = await api.post(
        f"/v1/{kind}", token, json={"voip_carrier_sid": MISSING, "ipv4": "192.0.2.9"}
    )
    assert r.status_code == 403
    r = await api.get(f"/v1/{kind}", token, params={"voip_carrier_sid": MISSING})
    assert r.status_code == 404 and r.json() == {"msg": "voip carrier not found"}


@pytest.mark.parametrize("kind", KINDS)
async def test_service_provider_key_scope(api: Api, tenants: list[Tenant], kind: str) -> None:
    w = await _world(api, tenants, kind)
    token = tenants[0].sp_token
    for name in ("sp0", "a00", "a01"):
        carrier, gw = w[name]
        assert (await api.get(f"/v1/{kind}/{gw}", token)).status_code == 200
        r = await api.get(f"/v1/{kind}", token, params={"voip_carrier_sid": carrier})
        assert r.status_code == 200 and [g["ipv4"] for g in r.json()] == ["192.0.2.10"]
        sid = await gateway(api, kind, carrier, token, ipv4="192.0.2.11")
        r = await api.put(f"/v1/{kind}/{sid}", token, json={"ipv4": "192.0.2.12"})
        assert r.status_code == 204
        assert (await api.delete(f"/v1/{kind}/{sid}", token)).status_code == 204
    for name in ("sp1", "a10"):
        carrier, gw = w[name]
        assert (await api.get(f"/v1/{kind}/{gw}", token)).status_code == 404
        assert (
            await api.put(f"/v1/{kind}/{gw}", token, json={"ipv4": "192.0.2.9"})
        ).status_code == 404
        assert (await api.delete(f"/v1/{kind}/{gw}", token)).status_code == 404
        r = await api.get(f"/v1/{kind}", token, params={"voip_carrier_sid": carrier})
        assert r.status_code == 404
        r = await api.post(
            f"/v1/{kind}", token, json={"voip_carrier_sid": carrier, "ipv4": "192.0.2.9"}
        )
        assert r.status_code == 403
        assert (await read(api, kind, gw))["ipv4"] == "192.0.2.10"
    r = await api.post(
        f"/v1/{kind}", token, json={"voip_carrier_sid": MISSING, "ipv4": "192.0.2.9"}
    )
    assert r.status_code == 403


@pytest.mark.parametrize("kind", KINDS)
async def test_admin_reaches_every_gateway(api: Api, tenants: list[Tenant], kind: str) -> None:
    w = await _world(api, tenants, kind)
    for carrier, gw in w.values():
        assert (await api.get(f"/v1/{kind}/{gw}")).status_code == 200
        r = await api.put(f"/v1/{kind}/{gw}", json={"ipv4": "192.0.2.13"})
        assert r.status_code == 204
        r = await api.get(f"/v1/{kind}", params={"voip_carrier_sid": carrier})
        assert [g["ipv4"] for g in r.json()] == ["192.0.2.13"]
        assert (await api.delete(f"/v1/{kind}/{gw}")).status_code == 204
