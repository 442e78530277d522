"""jambonz's own components see what this server writes, and the reverse, on MariaDB.

The database is made from the schema file that `@jambonz/db-helpers` 0.9.18 ships, with
the rows of its own test fixture file (written as jambonz writes them), before this server
first starts on it. jambonz's library (an npm devDependency, driven by
tests/db_helpers_driver.cjs) then runs the lookups an SBC and a feature server make on
what this server's API created, and writes as they write (SBC addresses, a carrier's
registration status, a gateway's state); this server's API reads, changes and deletes
those rows.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pymysql
import pytest
import pytest_asyncio
from sqlalchemy.engine import make_url

from jambonz.db.migrate import upgrade
from tests.conftest import Api, app_api, database_on, unique
from tests.test_mysql_store import DB_HELPERS_SCHEMA, _load_sql_file

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "db_helpers_driver.cjs"
FIXTURE_ROWS = DB_HELPERS_SCHEMA.with_name("populate-test-data.sql")
# Rows of that fixture file.
JAMBONZ_ACCOUNT = "ee9d7d49-b3e4-4fdb-9d66-661149f717e8"
JAMBONZ_CARRIER = "287c1452-620d-4195-9f19-c9814ef90d78"
JAMBONZ_GATEWAY = "124a5339-c62c-4075-9e19-f4de70a96597"
JAMBONZ_NUMBER = "5cd93593-fe66-443c-9ab3-4f52c13c3d28"
JAMBONZ_APP = "3b43e39f-4346-4218-8434-a53130e8be49"
# The cluster's ENCRYPTION_SECRET, which this server is given as JAMBONZ_ENCRYPTION_SECRET.
CLUSTER_SECRET = "peer-cluster-encryption-secret-0123"


@pytest.fixture(scope="module")
def jambonz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for url in database_on("mysql", tmp_path_factory):
        _load_sql_file(url, DB_HELPERS_SCHEMA)
        _load_sql_file(url, FIXTURE_ROWS)
        upgrade(url)
        yield url


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(jambonz_db: str) -> AsyncIterator[Api]:
    async with app_api(jambonz_db, encryption_secret=CLUSTER_SECRET) as made:
        yield made


def db_helpers(url: str, *calls: list[Any]) -> list[Any]:
    """The results of db-helpers' functions `[name, *args]`, run by node in order."""
    parts = make_url(url)
    mysql = {
        "host": parts.host,
        "port": parts.port or 3306,
        "user": parts.username,
        "password": parts.password or "",
        "database": parts.database,
    }
    done = subprocess.run(
        ["node", str(DRIVER)],
        input=json.dumps(
            {"mysql": mysql, "calls": list(calls), "encryptionSecret": CLUSTER_SECRET}
        ),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    for call, result in zip(calls, results, strict=True):
        assert not (isinstance(result, dict) and "error" in result), (call, result)
    return results


def _connect(url: str) -> pymysql.connections.Connection:
    parts = make_url(url)
    return pymysql.connect(
        host=parts.host,
        port=parts.port or 3306,
        user=parts.username,
        password=parts.password or "",
        database=parts.database,
        autocommit=True,
    )


def _rows(url: str, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Rows as MySQL holds them, past this server's types."""
    conn = _connect(url)
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql, args)
            return list(cursor.fetchall())
    finally:
        conn.close()


def _execute(url: str, sql: str, *args: Any) -> None:
    """A write made behind this server's back, as another of jambonz's components makes it."""
    conn = _connect(url)
    try:
        with conn.cursor() as cursor:
            assert cursor.execute(sql, args) == 1
    finally:
        conn.close()


async def _created(api: Api, number: str = "15085550177") -> dict[str, Any]:
    """A tenant with everything an SBC and a feature server look up, made through the API."""
    realm_domain = f"{unique('sp')}.example.net".lower()
    sp = await api.service_provider(root_domain=realm_domain)
    realm = f"acme.{realm_domain}"
    account = await api.account(
        sp, sip_realm=realm, registration_hook={"url": "https://auth.example.com/reg"}
    )
    app = await api.application(account)
    carrier = await api.create(
        "/v1/VoipCarriers",
        {
            "name": unique("trunk"),
            "account_sid": account,
            "application_sid": app,
            "e164_leading_plus": True,
            "requires_register": True,
            "register_username": "acme",
            "register_sip_realm": "trunk.example.com",
            "register_password": "regPw-peer",
        },
    )
    inbound = await api.create(
        "/v1/SipGateways",
        {
            "voip_carrier_sid": carrier,
            "ipv4": "192.0.2.10",
            "port": 5070,
            "inbound": True,
            "outbound": False,
        },
    )
    outbound = await api.create(
        "/v1/SipGateways",
        {
            "voip_carrier_sid": carrier,
            "ipv4": "198.51.100.20",
            "port": 5071,
            "inbound": False,
            "outbound": True,
        },
    )
    await api.create(
        "/v1/PhoneNumbers",
        {
            "number": number,
            "voip_carrier_sid": carrier,
            "account_sid": account,
            "application_sid": app,
        },
    )
    await api.create(
        f"/v1/Accounts/{account}/Limits", {"category": "voice_call_session", "quantity": 7}
    )
    lcr = await api.create("/v1/Lcrs", {"name": unique("lcr"), "account_sid": account})
    r = await api.post(
        f"/v1/Lcrs/{lcr}/Routes",
        json=[
            {
                "regex": "^4477",
                "priority": 1,
                "lcr_carrier_set_entries": [{"voip_carrier_sid": carrier, "priority": 1}],
            }
        ],
    )
    assert r.status_code == 204, r.text
    username = unique("alice")
    client = await api.create(
        "/v1/Clients", {"account_sid": account, "username": username, "password": "sipPw-peer"}
    )
    return {
        "sp": sp,
        "realm": realm,
        "account": account,
        "app": app,
        "carrier": carrier,
        "inbound": inbound,
        "outbound": outbound,
        "number": number,
        "username": username,
        "client": client,
    }


async def test_jambonzs_lookups_find_what_this_server_created(api: Api, jambonz_db: str) -> None:
    t = await _created(api)
    (
        app_by_number,
        app_by_number_and_carrier,
        account_by_realm,
        account_by_sid,
        account_by_number,
        limits,
        gateway,
        carrier,
        gateways,
        outbound_carrier,
        lcr_carrier,
        client_rows,
        auth_hook,
        capacities,
    ) = db_helpers(
        jambonz_db,
        ["lookupAppByPhoneNumber", t["number"]],
        ["lookupAppByPhoneNumber", t["number"], t["carrier"]],
        ["lookupAccountBySipRealm", t["realm"]],
        ["lookupAccountBySid", t["account"]],
        ["lookupAccountByPhoneNumber", t["number"]],
        ["queryCallLimits", t["sp"], t["account"]],
        ["lookupSipGatewayBySignalingAddress", "192.0.2.10", 5070],
        ["lookupCarrierBySid", t["carrier"]],
        ["lookupSipGatewaysByCarrier", t["carrier"]],
        ["lookupOutboundCarrierForAccount", t["account"]],
        ["lookupCarrierByAccountLcr", t["account"], "447700900123"],
        ["lookupClientByAccountAndUsername", t["account"], t["username"]],
        ["lookupAuthHook", t["realm"]],
        ["lookupAccountCapacitiesBySid", t["account"]],
    )
    # The application of a dialled number, with its hooks.
    for found in (app_by_number, app_by_number_and_carrier):
        assert found["application_sid"] == t["app"] and found["account_sid"] == t["account"]
        assert found["call_hook"]["url"] == "https://app.example.com/call"
        assert found["call_status_hook"]["url"] == "https://app.example.com/status"
    # The account of a SIP realm, by sid and by number, with its registration hook.
    assert account_by_realm["account_sid"] == t["account"]
    assert account_by_realm["registration_hook"]["url"] == "https://auth.example.com/reg"
    assert account_by_sid["account_sid"] == t["account"]
    assert account_by_sid["service_provider_sid"] == t["sp"]
    assert account_by_number["account_sid"] == t["account"]
    # Its webhook secret as jambonz's feature servers sign with it.
    secret = (await api.get(f"/v1/Accounts/{t['account']}/WebhookSecret")).json()
    assert account_by_sid["webhook_secret"] == secret["webhook_secret"]
    assert limits == {"account_limit": 7, "sp_limit": 0}
    # The carrier and gateways of a call.
    assert (
        gateway["voip_carrier_sid"] == t["carrier"] and gateway["sip_gateway_sid"] == t["inbound"]
    )
    assert gateway["application_sid"] == t["app"] and gateway["inbound"] == 1
    assert carrier["voip_carrier_sid"] == t["carrier"] and carrier["requires_register"] == 1
    # The SBC registers with the carrier's password: it must read it as it was given.
    assert carrier["register_password"] == "regPw-peer"
    assert carrier["e164_leading_plus"] == 1
    assert {g["sip_gateway_sid"]: (g["inbound"], g["outbound"]) for g in gateways} == {
        t["inbound"]: (1, 0),
        t["outbound"]: (0, 1),
    }
    assert outbound_carrier == t["carrier"]
    assert lcr_carrier == t["carrier"]
    # The SIP client a registration is checked against.
    assert [(c["client_sid"], c["username"], c["is_active"]) for c in client_rows] == [
        (t["client"], t["username"], 1)
    ]
    assert auth_hook["url"] == "https://auth.example.com/reg"
    assert capacities == []  # no subscription: jambonz's own billing tables are there, empty


async def test_rows_jambonz_wrote_are_read_changed_and_deleted_here(
    api: Api, jambonz_db: str
) -> None:
    # Rows of db-helpers' fixture, as jambonz wrote them, read through this API.
    account = (await api.get(f"/v1/Accounts/{JAMBONZ_ACCOUNT}")).json()
    assert account["name"] == "Account A1" and account["sip_realm"] == "sip.drachtio.org"
    assert account["webhook_secret"] == "secret"
    carrier = (await api.get(f"/v1/VoipCarriers/{JAMBONZ_CARRIER}")).json()
    assert carrier["name"] == "westco" and carrier["register_password"] == "test123"
    assert carrier["sms_outbound_url"] is None
    gateway = (await api.get(f"/v1/SipGateways/{JAMBONZ_GATEWAY}")).json()
    assert (gateway["ipv4"], gateway["port"], gateway["inbound"]) == ("3.3.3.3", 5060, 1)
    number = (await api.get(f"/v1/PhoneNumbers/{JAMBONZ_NUMBER}")).json()
    assert number["number"] == "15083084809" and number["application_sid"] == JAMBONZ_APP

    # What db-helpers writes, as the SBCs write it.
    ipv4 = "203.0.113.77"
    status = json.dumps({"status": "ok", "reason": "200 OK", "cseq": 1})
    db_helpers(
        jambonz_db,
        ["addSbcAddress", ipv4, 5060, 5061],
        # (its updateVoipCarriersRegisterStatus calls a callback-less execute on 0.9.18)
        ["updateCarrierBySid", JAMBONZ_CARRIER, {"register_status": status}],
        ["updateSipGatewayBySid", JAMBONZ_GATEWAY, {"is_active": False}],
    )
    sbcs = (await api.get("/v1/Sbcs")).json()
    (sbc,) = [s for s in sbcs if s["ipv4"] == ipv4]
    assert (sbc["port"], sbc["tls_port"]) == (5060, 5061)
    carrier = (await api.get(f"/v1/VoipCarriers/{JAMBONZ_CARRIER}")).json()
    assert carrier["register_status"]["status"] == "ok"  # read as an object, as jambonz reads it
    assert (await api.get(f"/v1/SipGateways/{JAMBONZ_GATEWAY}")).json()["is_active"] == 0

    # Changed here, seen there.
    r = await api.put(f"/v1/VoipCarriers/{JAMBONZ_CARRIER}", json={"register_password": "n3w"})
    assert r.status_code == 204, r.text
    r = await api.put(f"/v1/SipGateways/{JAMBONZ_GATEWAY}", json={"is_active": True, "port": 5080})
    assert r.status_code == 204, r.text
    carrier, gateway, by_address = db_helpers(
        jambonz_db,
        ["lookupCarrierBySid", JAMBONZ_CARRIER],
        ["lookupSipGatewayBySid", JAMBONZ_GATEWAY],
        ["lookupSipGatewayBySignalingAddress", "3.3.3.3", 5080],
    )
    assert carrier["register_password"] == "n3w"
    assert (gateway["is_active"], gateway["port"]) == (1, 5080)
    assert by_address["sip_gateway_sid"] == JAMBONZ_GATEWAY

    # Deleted here, gone there.
    assert (await api.delete(f"/v1/Sbcs/{sbc['sbc_address_sid']}")).status_code == 204
    assert (await api.delete(f"/v1/PhoneNumbers/{JAMBONZ_NUMBER}")).status_code == 204
    assert (await api.delete(f"/v1/SipGateways/{JAMBONZ_GATEWAY}")).status_code == 204
    sbc_rows, app, gateway = db_helpers(
        jambonz_db,
        ["lookUpSbcAddressesbyIpv4", ipv4],
        ["lookupAppByPhoneNumber", "15083084809"],
        ["lookupSipGatewayBySid", JAMBONZ_GATEWAY],
    )
    assert sbc_rows == [] and app is None and gateway is None


async def test_jambonzs_components_decrypt_the_secrets_this_server_encrypts(
    api: Api, jambonz_db: str
) -> None:
    """The four secrets jambonz encrypts, made here, decrypt in node as jambonz's feature
    servers and SBCs decrypt them; and values encrypted as jambonz's api-server encrypts
    them read here as jambonz would show them."""
    t = await _created(api, number="15085550178")
    env_vars = {"API_KEY": "envPw-peer", "MODE": "live"}
    r = await api.put(f"/v1/Applications/{t['app']}", json={"env_vars": env_vars})
    assert r.status_code == 204, r.text
    bucket = {
        "vendor": "aws_s3",
        "name": "recordings",
        "region": "us-east-1",
        "access_key_id": "AKIAPEER",
        "secret_access_key": "bucketSecret-peer-0123",
    }
    r = await api.put(f"/v1/Accounts/{t['account']}", json={"bucket_credential": bucket})
    assert r.status_code == 204, r.text
    speech = await api.create(
        f"/v1/Accounts/{t['account']}/SpeechCredentials",
        {"vendor": "deepgram", "api_key": "dgKey-peer-0123456789"},
    )
    (speech_row,) = _rows(
        jambonz_db,
        "SELECT credential FROM speech_credentials WHERE speech_credential_sid = %s",
        speech,
    )
    app, account, clients = db_helpers(
        jambonz_db,
        ["lookupAppBySid", t["app"]],
        ["lookupAccountBySid", t["account"]],
        ["lookupClientByAccountAndUsername", t["account"], t["username"]],
    )
    for stored in (app["env_vars"], account["bucket_credential"], clients[0]["password"]):
        assert stored.startswith('{"iv":') and "peer" not in stored
    env, bucket_seen, password, credential = db_helpers(
        jambonz_db,
        ["jambonzDecrypt", app["env_vars"]],
        ["jambonzDecrypt", account["bucket_credential"]],
        ["jambonzDecrypt", clients[0]["password"]],
        ["jambonzDecrypt", speech_row[0]],
    )
    assert json.loads(env) == env_vars
    assert json.loads(bucket_seen) == bucket
    assert password == "sipPw-peer"
    assert json.loads(credential)["api_key"] == "dgKey-peer-0123456789"

    # The reverse: what jambonz's api-server encrypted is read here.
    new_env, new_password, new_credential = db_helpers(
        jambonz_db,
        ["jambonzEncrypt", json.dumps({"FROM": "jambonz"})],
        ["jambonzEncrypt", "jzPassword"],
        ["jambonzEncrypt", json.dumps({"api_key": "jzDeepgramKey-987654"})],
    )
    _execute(
        jambonz_db,
        "UPDATE applications SET env_vars = %s WHERE application_sid = %s",
        new_env,
        t["app"],
    )
    _execute(
        jambonz_db,
        "UPDATE clients SET password = %s WHERE client_sid = %s",
        new_password,
        t["client"],
    )
    _execute(
        jambonz_db,
        "UPDATE speech_credentials SET credential = %s WHERE speech_credential_sid = %s",
        new_credential,
        speech,
    )
    seen = (await api.get(f"/v1/Applications/{t['app']}")).json()
    assert seen["env_vars"] == {"FROM": "jambonz"}
    assert (await api.get(f"/v1/Clients/{t['client']}")).json()["password"] == "jXXXXXXXXX"
    seen = (await api.get(f"/v1/Accounts/{t['account']}/SpeechCredentials/{speech}")).json()
    assert seen["api_key"] == "jzDeep" + "X" * (len("jzDeepgramKey-987654") - 6)
