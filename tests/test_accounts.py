"""/v1/Accounts and /v1/ServiceProviders/{sid}/Accounts over HTTP, on both stores."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from sqlalchemy import func, insert, select

from jambonz.db import tables
from jambonz.db.tables import (
    account_limits,
    accounts,
    api_keys,
    applications,
    webhook_owners,
    webhooks,
)
from tests.conftest import Api, Tenant, plain_words, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
SECRET = re.compile(r"^wh_secret_[1-9A-HJ-NP-Za-km-z]{22}$")
AWS = {
    "vendor": "aws_s3",
    "name": "recordings",
    "region": "us-east-1",
    "access_key_id": "AKIAIOSFODNN7EXAMPLE",
    "secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
}
AWS_OBSCURED = "wJalrX" + "X" * (len(AWS["secret_access_key"]) - 6)


async def fresh_account(api: Api, **fields: Any) -> tuple[str, str]:
    """A new provider with one account: `(service_provider_sid, account_sid)`."""
    sp = await api.service_provider()
    return sp, await api.account(sp, **fields)


async def count(api: Api, column: Any, value: str) -> int:
    async with api.core.db.read() as conn:
        return (await conn.execute(select(func.count()).where(column == value))).scalar_one()


async def stored_credential(api: Api, account_sid: str) -> dict[str, Any] | None:
    async with api.core.db.read() as conn:
        text = (
            await conn.execute(
                select(accounts.c.bucket_credential).where(accounts.c.account_sid == account_sid)
            )
        ).scalar_one()
    return None if text is None else json.loads(text)


async def account_hook_sids(api: Api, account_sid: str) -> list[str]:
    async with api.core.db.read() as conn:
        query = select(webhook_owners.c.webhook_sid).where(
            webhook_owners.c.account_sid == account_sid
        )
        return sorted((await conn.execute(query)).scalars().all())


async def read(api: Api, account_sid: str, token: str | None = "admin") -> dict[str, Any]:
    r = await api.get(f"/v1/Accounts/{account_sid}", token)
    assert r.status_code == 200, r.text
    return r.json()


# -- create --------------------------------------------------------------------------------


async def test_create_with_defaults_and_read_back(api: Api) -> None:
    sp = await api.service_provider()
    name = unique("acct")
    r = await api.post("/v1/Accounts", json={"name": name, "service_provider_sid": sp})
    assert r.status_code == 201
    sid = r.json()["sid"]
    body = await read(api, sid)
    secret = body.pop("webhook_secret")
    assert SECRET.match(secret)
    created_at = body.pop("created_at")
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", created_at)
    assert body == {
        "account_sid": sid,
        "name": name,
        "sip_realm": None,
        "service_provider_sid": sp,
        "registration_hook": None,
        "queue_event_hook": None,
        "device_calling_application_sid": None,
        "siprec_hook_sid": None,
        "is_active": 1,
        "plan_type": "trial",
        "stripe_customer_id": None,
        "disable_cdrs": 0,
        "trial_end_date": None,
        "deactivated_reason": None,
        "device_to_call_ratio": 5,
        "subspace_client_id": None,
        "subspace_client_secret": None,
        "subspace_sip_teleport_id": None,
        "subspace_sip_teleport_destinations": None,
        "record_all_calls": 0,
        "record_format": "mp3",
        "bucket_credential": None,
        "enable_debug_log": 0,
    }
    # upper-case sids address the same account
    assert (await read(api, sid.upper()))["account_sid"] == sid


async def test_create_with_every_field(api: Api) -> None:
    sp = await api.service_provider()
    realm = unique("Realm").upper() + ".Example.COM"
    sid = await api.account(
        sp,
        sip_realm=realm,
        registration_hook={"url": "https://reg.example.com/r", "method": "GET", "username": "u"},
        queue_event_hook="https://queue.example.com/q",
        is_active=0,
        plan_type="paid",
        stripe_customer_id="cus_123",
        disable_cdrs=True,
        trial_end_date="2030-01-01T02:30:00.5+02:00",
        deactivated_reason="testing",
        device_to_call_ratio=0,
        subspace_client_id="cid",
        subspace_client_secret="csecret",
        subspace_sip_teleport_id="tid",
        subspace_sip_teleport_destinations="dest",
        record_all_calls=1,
        record_format="wav",
        bucket_credential={**AWS, "tags": [{"Key": "team", "Value": "support"}]},
        enable_debug_log=True,
    )
    body = await read(api, sid)
    assert body["sip_realm"] == realm.lower()
    assert body["registration_hook"] == {
        "url": "https://reg.example.com/r",
        "method": "GET",
        "username": "u",
        "password": None,
    }
    assert body["queue_event_hook"] == {
        "url": "https://queue.example.com/q",
        "method": "POST",
        "username": None,
        "password": None,
    }
    assert (body["is_active"], body["disable_cdrs"], body["record_all_calls"]) == (0, 1, 1)
    assert body["enable_debug_log"] == 1
    assert body["plan_type"] == "paid"
    assert body["trial_end_date"] == "2030-01-01T00:30:00.500Z"
    assert body["device_to_call_ratio"] == 0
    assert body["record_format"] == "wav"
    assert body["subspace_client_secret"] == "csecret"
    assert body["bucket_credential"] == {
        **AWS,
        "secret_access_key": AWS_OBSCURED,
        "tags": [{"Key": "team", "Value": "support"}],
    }
    # hooks are webhook rows owned by the account and its provider
    async with api.core.db.read() as conn:
        owners = (
            await conn.execute(
                select(webhook_owners.c.service_provider_sid).where(
                    webhook_owners.c.account_sid == sid
                )
            )
        ).all()
    assert [o.service_provider_sid for o in owners] == [sp, sp]


async def test_create_validation_errors(api: Api) -> None:
    sp = await api.service_provider()

    async def rejected(body: dict[str, Any], message: str) -> None:
        """400 in plain words: `<property path>: <what is expected>`, never the value."""
        r = await api.post("/v1/Accounts", json=body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["msg"].startswith(message), r.json()

    base = {"name": unique(), "service_provider_sid": sp}
    await rejected({"service_provider_sid": sp}, "request body missing required property name")
    await rejected({**base, "name": "x" * 65}, "name: must be at most 64 characters")
    await rejected({**base, "colour": "red"}, "request body unknown property colour")
    await rejected({**base, "webhook_secret": ""}, "webhook_secret: must not be empty")
    await rejected(
        {**base, "webhook_secret": "x" * 37}, "webhook_secret: must be at most 36 characters"
    )
    await rejected({**base, "account_sid": MISSING}, "request body unknown property account_sid")
    await rejected({**base, "plan_type": "gold"}, "plan_type: must be one of trial, free, paid")
    await rejected({**base, "device_to_call_ratio": -1}, "device_to_call_ratio: must be at least 0")
    await rejected({**base, "record_format": "x" * 17}, "record_format: must be at most 16")
    await rejected({**base, "is_active": 2}, "is_active: ")
    await rejected({**base, "registration_hook": "ftp://x.example.com"}, "registration_hook: ")
    await rejected({**base, "sip_realm": "has space.example.com"}, "sip_realm: ")
    await rejected({**base, "service_provider_sid": "not-a-sid"}, "unknown service_provider_sid")
    await rejected({**base, "trial_end_date": "tomorrow"}, "trial_end_date: ")
    await rejected(
        {**base, "bucket_credential": {"vendor": "dropbox"}}, "bucket_credential.vendor: "
    )
    await rejected(
        {**base, "bucket_credential": {**AWS, "colour": "red"}},
        "bucket_credential: unknown property colour",
    )
    r = await api.post("/v1/Accounts", content=b"name=x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


async def test_create_service_provider_rules(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    # admin: must name an existing provider
    r = await api.post("/v1/Accounts", json={"name": unique()})
    assert r.status_code == 400 and "service_provider_sid" in r.json()["msg"]
    r = await api.post("/v1/Accounts", json={"name": unique(), "service_provider_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown service_provider_sid"}
    # provider key: its own provider, given or not
    for body in ({}, {"service_provider_sid": t0.sp}, {"service_provider_sid": t0.sp.upper()}):
        sid = await api.create("/v1/Accounts", {"name": unique(), **body}, t0.sp_token)
        assert (await read(api, sid))["service_provider_sid"] == t0.sp
    # ... never another one, whether it exists or not
    for other in (t1.sp, MISSING):
        r = await api.post(
            "/v1/Accounts", t0.sp_token, json={"name": unique(), "service_provider_sid": other}
        )
        assert r.status_code == 403, r.text
    # account keys never create accounts
    before = await count(api, accounts.c.service_provider_sid, t0.sp)
    for body in ({"name": unique()}, {"name": unique(), "service_provider_sid": t0.sp}):
        r = await api.post("/v1/Accounts", t0.account_tokens[0], json=body)
        assert r.status_code == 403
        assert r.json() == {"msg": "insufficient permissions"}
    assert await count(api, accounts.c.service_provider_sid, t0.sp) == before
    r = await api.post("/v1/Accounts", None, json={"name": unique(), "service_provider_sid": t0.sp})
    assert r.status_code == 401


async def test_create_refuses_application_sids(api: Api, tenants: list[Tenant]) -> None:
    app = await api.application(tenants[0].accounts[0])
    sp = tenants[0].sp
    for name in ("device_calling_application_sid", "siprec_hook_sid"):
        r = await api.post(
            "/v1/Accounts", json={"name": unique(), "service_provider_sid": sp, name: app}
        )
        assert r.status_code == 400
        assert name in r.json()["msg"]
    # null is fine
    await api.account(sp, device_calling_application_sid=None, siprec_hook_sid=None)


async def test_hook_methods_in_any_case_read_back_in_capitals(api: Api) -> None:
    sp = await api.service_provider()
    sid = await api.account(
        sp,
        registration_hook={"url": "https://reg.example.com/r", "method": "get"},
        queue_event_hook={"url": "https://queue.example.com/q", "method": "Post"},
    )
    body = await read(api, sid)
    assert body["registration_hook"]["method"] == "GET"
    assert body["queue_event_hook"]["method"] == "POST"
    async with api.core.db.read() as conn:
        stored = (
            await conn.execute(
                select(webhooks.c.method)
                .select_from(webhooks.join(webhook_owners))
                .where(webhook_owners.c.account_sid == sid)
            )
        ).scalars()
        assert sorted(stored) == ["GET", "POST"]
    r = await api.put(
        f"/v1/Accounts/{sid}",
        json={"registration_hook": {"url": "https://reg.example.com/r", "method": "post"}},
    )
    assert r.status_code == 204
    assert (await read(api, sid))["registration_hook"]["method"] == "POST"
    for method in ("put", "GETS", ""):
        r = await api.put(
            f"/v1/Accounts/{sid}",
            json={"registration_hook": {"url": "https://reg.example.com/r", "method": method}},
        )
        assert r.status_code == 400, method
        assert "registration_hook" in r.json()["msg"]
    assert (await read(api, sid))["registration_hook"]["method"] == "POST"


async def test_blank_hook_objects_on_create_mean_no_hook(api: Api) -> None:
    """What the jambonz portal sends for a hook left blank: `{"url": "", "method": ...}`."""
    sp = await api.service_provider()
    sid = await api.account(
        sp,
        registration_hook={"url": "", "method": "POST"},
        queue_event_hook={"url": ""},
    )
    body = await read(api, sid)
    assert body["registration_hook"] is None and body["queue_event_hook"] is None
    assert await account_hook_sids(api, sid) == []
    # one blank, one given
    sid = await api.account(
        sp,
        registration_hook={"url": "", "method": "GET"},
        queue_event_hook={"url": "https://queue.example.com/q", "method": "get"},
    )
    body = await read(api, sid)
    assert body["registration_hook"] is None
    assert body["queue_event_hook"]["url"] == "https://queue.example.com/q"
    assert len(await account_hook_sids(api, sid)) == 1


async def test_webhook_secret_is_generated_and_set_by_put(api: Api, tenants: list[Tenant]) -> None:
    """As jambonz: a create always generates the secret, ignoring one in the body (its
    tests send `webhook_secret: 'foobar'`; side by side on one database, jambonz stored
    its own); a PUT sets the one given (the portal sends the current one back)."""
    sp = tenants[0].sp
    for secret in ("foobar", "x", "s" * 36):
        sid = await api.account(sp, webhook_secret=secret)
        stored = (await read(api, sid))["webhook_secret"]
        assert stored != secret and SECRET.match(stored)
        r = await api.get(f"/v1/Accounts/{sid}/WebhookSecret")
        assert r.json() == {"webhook_secret": stored}
        r = await api.put(f"/v1/Accounts/{sid}", json={"webhook_secret": secret})
        assert r.status_code == 204, r.text
        assert (await read(api, sid))["webhook_secret"] == secret
    sid = await api.create(
        "/v1/Accounts", {"name": unique(), "webhook_secret": "from-the-sp"}, tenants[0].sp_token
    )
    assert SECRET.match((await read(api, sid))["webhook_secret"])
    # regenerating replaces it with a generated one
    r = await api.put(f"/v1/Accounts/{sid}", json={"webhook_secret": "from-the-sp"})
    r = await api.get(f"/v1/Accounts/{sid}/WebhookSecret", params={"regenerate": "true"})
    assert SECRET.match(r.json()["webhook_secret"])
    assert (await read(api, sid))["webhook_secret"] == r.json()["webhook_secret"]


async def test_body_errors_in_plain_words_never_echo_the_value(api: Api) -> None:
    """A 400 for a body names the property and says what is expected; it never quotes
    the value, however large."""
    sp = await api.service_provider()
    base = {"name": unique(), "service_provider_sid": sp}
    big = "Q" * (512 * 1024)  # large, yet under the 1 MiB body bound (413 above it)
    for extra, message in (
        ({"name": big}, "name: must be at most 64 characters"),
        ({"plan_type": big}, "plan_type: must be one of trial, free, paid"),
        ({"sip_realm": big}, "sip_realm: must be at most 132 characters"),
        ({"trial_end_date": big}, "trial_end_date: must be a valid date-time"),
        ({"device_to_call_ratio": big}, "device_to_call_ratio: must be an integer"),
        ({"registration_hook": big}, "registration_hook: must be at most 1024 characters"),
        ({"service_provider_sid": big}, "unknown service_provider_sid"),
        (
            {"bucket_credential": {**AWS, "region": big}},
            "bucket_credential.region: must be at most 64 characters",
        ),
    ):
        r = await api.post("/v1/Accounts", json={**base, **extra})
        assert r.status_code == 400, r.text[:200]
        assert plain_words(r.json()["msg"], message), r.json()
        assert "Q" * 100 not in r.text and len(r.content) < 200
    for body, message in (
        ({"service_provider_sid": sp}, "request body missing required property name"),
        ({**base, "name": 5}, "name: must be a string"),
        ({**base, "name": None}, "name: must be a string"),
        ({**base, "colour": "red", "size": 1}, "request body unknown properties colour, size"),
        ({**base, "is_active": "yes"}, "is_active: must be true or false or an integer"),
    ):
        r = await api.post("/v1/Accounts", json=body)
        assert r.status_code == 400 and plain_words(r.json()["msg"], message), r.text
    assert await count(api, accounts.c.service_provider_sid, sp) == 0


async def test_invalid_hook_object_names_the_property_at_fault(api: Api) -> None:
    """Inside a hook given as an object, the error names the property of the object
    (`registration_hook.method: ...`), not the other form a hook may take (a URL string)."""
    sp = await api.service_provider()
    base = {"name": unique(), "service_provider_sid": sp}
    for hook, prefix in (
        ({"url": "https://reg.example.com/r", "method": "PUT"}, "registration_hook.method: "),
        ({"url": "ftp://reg.example.com/r"}, "registration_hook.url: "),
        ({"method": "GET"}, "registration_hook: missing required property url"),
        (
            {"url": "https://reg.example.com/r", "colour": 1},
            "registration_hook: unknown property colour",
        ),
    ):
        r = await api.post("/v1/Accounts", json={**base, "registration_hook": hook})
        assert r.status_code == 400
        assert r.json()["msg"].startswith(prefix), (hook, r.json())


async def test_duplicate_sip_realm_is_422_and_leaves_nothing_behind(api: Api) -> None:
    realm = unique("realm") + ".example.com"
    sp, _ = await fresh_account(api, sip_realm=realm)
    async with api.core.db.read() as conn:
        hooks_before = (await conn.execute(select(func.count()).select_from(webhooks))).scalar_one()
    r = await api.post(
        "/v1/Accounts",
        json={
            "name": unique(),
            "service_provider_sid": sp,
            "sip_realm": realm.upper(),
            "registration_hook": "https://reg.example.com/x",
        },
    )
    assert r.status_code == 422 and "sip_realm" in r.json()["msg"]
    async with api.core.db.read() as conn:
        hooks_after = (await conn.execute(select(func.count()).select_from(webhooks))).scalar_one()
    assert hooks_after == hooks_before
    assert await count(api, accounts.c.service_provider_sid, sp) == 1


# -- read ----------------------------------------------------------------------------------


async def test_list_and_get_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    everything = {a["account_sid"] for a in (await api.get("/v1/Accounts")).json()}
    assert set(t0.accounts + t1.accounts) <= everything
    r = await api.get("/v1/Accounts", t0.sp_token)
    listed = r.json()
    assert {a["service_provider_sid"] for a in listed} == {t0.sp}
    assert set(t0.accounts) <= {a["account_sid"] for a in listed}
    names = [a["name"] for a in listed]
    assert names == sorted(names)
    for i, token in enumerate(t0.account_tokens):
        r = await api.get("/v1/Accounts", token)
        assert [a["account_sid"] for a in r.json()] == [t0.accounts[i]]
        assert (await read(api, t0.accounts[i], token))["account_sid"] == t0.accounts[i]
        for other in (t0.accounts[1 - i], t1.accounts[0]):
            r = await api.get(f"/v1/Accounts/{other}", token)
            assert r.status_code == 404
            assert r.json() == {"msg": "account not found"}
    assert (await read(api, t0.accounts[1], t0.sp_token))["service_provider_sid"] == t0.sp
    r = await api.get(f"/v1/Accounts/{t1.accounts[0]}", t0.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    assert (await api.get(f"/v1/Accounts/{MISSING}")).status_code == 404
    assert (await api.get("/v1/Accounts", None)).status_code == 401
    assert (await api.get(f"/v1/Accounts/{t0.accounts[0]}", None)).status_code == 401


async def test_list_service_provider_accounts(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    path = f"/v1/ServiceProviders/{t0.sp}/Accounts"
    for token in ("admin", t0.sp_token):
        r = await api.get(path, token)
        assert r.status_code == 200
        assert {a["service_provider_sid"] for a in r.json()} == {t0.sp}
        assert set(t0.accounts) <= {a["account_sid"] for a in r.json()}
    r = await api.get(path, t0.account_tokens[1])
    assert [a["account_sid"] for a in r.json()] == [t0.accounts[1]]
    for token in (t1.sp_token, t1.account_tokens[0]):
        r = await api.get(path, token)
        assert r.status_code == 404 and r.json() == {"msg": "service provider not found"}
    assert (await api.get(f"/v1/ServiceProviders/{MISSING}/Accounts")).status_code == 404
    assert (await api.get("/v1/ServiceProviders/nope/Accounts")).status_code == 400
    # an empty provider lists nothing
    empty = await api.service_provider()
    assert (await api.get(f"/v1/ServiceProviders/{empty}/Accounts")).json() == []


async def test_bad_sid_is_400(api: Api) -> None:
    for method in ("get", "put", "delete"):
        kwargs = {"json": {"name": "x"}} if method == "put" else {}
        r = await getattr(api, method)("/v1/Accounts/not-a-uuid", **kwargs)
        assert r.status_code == 400
        assert "not-a-uuid" in r.json()["msg"]


# -- update --------------------------------------------------------------------------------


async def test_update_fields(api: Api) -> None:
    _, sid = await fresh_account(api, stripe_customer_id="cus_1", trial_end_date=None)
    before = await read(api, sid)
    realm = unique("new") + ".example.com"
    changes = {
        "name": unique("renamed"),
        "sip_realm": realm.upper(),
        "is_active": False,
        "plan_type": "free",
        "stripe_customer_id": None,
        "disable_cdrs": 1,
        "trial_end_date": "2031-06-01T00:00:00Z",
        "device_to_call_ratio": 12,
        "record_all_calls": True,
        "record_format": "wav",
        "enable_debug_log": 1,
    }
    r = await api.put(f"/v1/Accounts/{sid}", json=changes)
    assert r.status_code == 204 and r.content == b""
    after = await read(api, sid)
    assert after["name"] == changes["name"]
    assert after["sip_realm"] == realm
    assert (after["is_active"], after["disable_cdrs"], after["record_all_calls"]) == (0, 1, 1)
    assert after["enable_debug_log"] == 1
    assert after["plan_type"] == "free"
    assert after["stripe_customer_id"] is None
    assert after["trial_end_date"] == "2031-06-01T00:00:00.000Z"
    assert after["device_to_call_ratio"] == 12
    assert after["record_format"] == "wav"
    # untouched properties stay as they were
    for key in ("webhook_secret", "created_at", "service_provider_sid", "deactivated_reason"):
        assert after[key] == before[key]
    # null clears what may be null
    r = await api.put(f"/v1/Accounts/{sid}", json={"sip_realm": None, "trial_end_date": None})
    assert r.status_code == 204
    after = await read(api, sid)
    assert (after["sip_realm"], after["trial_end_date"]) == (None, None)


async def test_update_errors(api: Api) -> None:
    sp, sid = await fresh_account(api)
    assert (await api.put(f"/v1/Accounts/{sid}", json={})).status_code == 400
    for body, word in (
        ({"account_sid": sid}, "account_sid"),
        ({"webhook_secret": ""}, "webhook_secret"),
        ({"created_at": "2024-05-01T12:00:00.000Z"}, "created_at"),
        ({"name": None}, "name"),
        ({"is_active": None}, "is_active"),
        ({"plan_type": "gold"}, "plan_type"),
    ):
        r = await api.put(f"/v1/Accounts/{sid}", json=body)
        assert r.status_code == 400, (body, r.text)
        assert word in r.json()["msg"]
    # the provider is fixed for life
    other_sp = await api.service_provider()
    for other in (other_sp, MISSING):
        r = await api.put(f"/v1/Accounts/{sid}", json={"service_provider_sid": other})
        assert r.status_code == 400
        assert r.json() == {"msg": "service_provider_sid may not be modified"}
    assert (await read(api, sid))["service_provider_sid"] == sp
    r = await api.put(f"/v1/Accounts/{sid}", json={"service_provider_sid": sp.upper()})
    assert r.status_code == 204
    # unknown account, duplicate realm
    assert (await api.put(f"/v1/Accounts/{MISSING}", json={"name": "x"})).status_code == 404
    realm = unique("taken") + ".example.com"
    await api.account(sp, sip_realm=realm)
    r = await api.put(f"/v1/Accounts/{sid}", json={"sip_realm": realm})
    assert r.status_code == 422 and "sip_realm" in r.json()["msg"]
    assert (await read(api, sid))["sip_realm"] is None


async def test_update_hooks(api: Api) -> None:
    _, sid = await fresh_account(api, registration_hook="https://reg.example.com/1")
    [hook_sid] = await account_hook_sids(api, sid)
    path = f"/v1/Accounts/{sid}"
    # an object updates the row in place (with or without its own webhook_sid)
    new_hook = {
        "url": "https://reg.example.com/2",
        "method": "GET",
        "username": "u",
        "password": "p",
    }
    assert (await api.put(path, json={"registration_hook": new_hook})).status_code == 204
    assert (await read(api, sid))["registration_hook"] == new_hook
    assert await account_hook_sids(api, sid) == [hook_sid]
    r = await api.put(
        path,
        json={"registration_hook": {"webhook_sid": hook_sid, "url": "https://r.example.com/3"}},
    )
    assert r.status_code == 204
    assert (await read(api, sid))["registration_hook"]["url"] == "https://r.example.com/3"
    assert await account_hook_sids(api, sid) == [hook_sid]
    # another webhook_sid is refused, and nothing changes
    r = await api.put(
        path, json={"registration_hook": {"webhook_sid": MISSING, "url": "https://x.example.com/"}}
    )
    assert r.status_code == 422 and "webhook_sid" in r.json()["msg"]
    assert (await read(api, sid))["registration_hook"]["url"] == "https://r.example.com/3"
    # a string URL, for a hook the account did not have yet, makes a new row
    r = await api.put(path, json={"queue_event_hook": "https://queue.example.com/q"})
    assert r.status_code == 204
    body = await read(api, sid)
    assert body["queue_event_hook"] == {
        "url": "https://queue.example.com/q",
        "method": "POST",
        "username": None,
        "password": None,
    }
    assert "webhook_sid" not in body["registration_hook"]
    assert len(await account_hook_sids(api, sid)) == 2
    # omitting a hook keeps it; null clears it and deletes its row
    assert (await api.put(path, json={"name": unique()})).status_code == 204
    assert (await read(api, sid))["registration_hook"] is not None
    assert (await api.put(path, json={"registration_hook": None})).status_code == 204
    body = await read(api, sid)
    assert body["registration_hook"] is None and body["queue_event_hook"] is not None
    assert hook_sid not in await account_hook_sids(api, sid)
    assert len(await account_hook_sids(api, sid)) == 1
    # a hook object with an empty url (what the jambonz portal sends) also clears it
    [queue_hook_sid] = await account_hook_sids(api, sid)
    r = await api.put(path, json={"queue_event_hook": {"url": "", "method": "POST"}})
    assert r.status_code == 204
    body = await read(api, sid)
    assert body["queue_event_hook"] is None and body["registration_hook"] is None
    assert queue_hook_sid not in await account_hook_sids(api, sid)
    assert await account_hook_sids(api, sid) == []
    # ... and, for a hook the account does not have, changes nothing
    r = await api.put(path, json={"registration_hook": {"url": ""}})
    assert r.status_code == 204
    assert (await read(api, sid))["registration_hook"] is None
    assert await account_hook_sids(api, sid) == []


async def test_update_application_references(api: Api) -> None:
    _, sid = await fresh_account(api)
    _, other = await fresh_account(api)
    mine, theirs = await api.application(sid), await api.application(other)
    path = f"/v1/Accounts/{sid}"
    for name in ("device_calling_application_sid", "siprec_hook_sid"):
        assert (await api.put(path, json={name: mine.upper()})).status_code == 204
        assert (await read(api, sid))[name] == mine
        for foreign in (theirs, MISSING):
            r = await api.put(path, json={name: foreign})
            assert r.status_code == 400
            assert r.json() == {"msg": f"{name} {foreign} is not an application of this account"}
        assert (await read(api, sid))[name] == mine
        assert (await api.put(path, json={name: None})).status_code == 204
        assert (await read(api, sid))[name] is None


async def test_update_scope(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    own, sibling, foreign = t0.accounts[0], t0.accounts[1], t1.accounts[0]
    # provider key: its accounts only
    r = await api.put(f"/v1/Accounts/{sibling}", t0.sp_token, json={"deactivated_reason": "sp"})
    assert r.status_code == 204
    assert (await read(api, sibling))["deactivated_reason"] == "sp"
    # another tenant's account is 403 in jambonz's words; one that does not exist 404
    r = await api.put(f"/v1/Accounts/{foreign}", t0.sp_token, json={"deactivated_reason": "x"})
    assert r.status_code == 403 and r.json() == {"msg": "insufficient permissions"}
    assert (await read(api, foreign))["deactivated_reason"] != "x"
    r = await api.put(f"/v1/Accounts/{MISSING}", t0.sp_token, json={"deactivated_reason": "x"})
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # account key: itself only
    token = t0.account_tokens[0]
    r = await api.put(f"/v1/Accounts/{own}", token, json={"record_format": "wav"})
    assert r.status_code == 204
    assert (await read(api, own))["record_format"] == "wav"
    for other in (sibling, foreign):
        r = await api.put(f"/v1/Accounts/{other}", token, json={"record_format": "x"})
        assert r.status_code == 403 and r.json() == {"msg": "insufficient permissions"}
        assert (await read(api, other))["record_format"] != "x"
    r = await api.put(f"/v1/Accounts/{MISSING}", token, json={"record_format": "x"})
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # ... and never its sip_realm (the current value is accepted)
    realm = unique("own") + ".example.com"
    r = await api.put(f"/v1/Accounts/{own}", t0.sp_token, json={"sip_realm": realm})
    assert r.status_code == 204
    r = await api.put(f"/v1/Accounts/{own}", token, json={"sip_realm": "other.example.com"})
    assert r.status_code == 403 and "sip_realm" in r.json()["msg"]
    r = await api.put(f"/v1/Accounts/{own}", token, json={"sip_realm": None})
    assert r.status_code == 403
    assert (await read(api, own))["sip_realm"] == realm
    r = await api.put(f"/v1/Accounts/{own}", token, json={"sip_realm": realm.upper()})
    assert r.status_code == 204
    r = await api.put(f"/v1/Accounts/{own}", None, json={"deactivated_reason": "x"})
    assert r.status_code == 401


# -- bucket credential ---------------------------------------------------------------------


async def test_bucket_credential_obscured_and_round_trip(api: Api) -> None:
    _, sid = await fresh_account(api, bucket_credential={**AWS, "service_key": "ignored"})
    stored = await stored_credential(api, sid)
    assert stored == {"vendor": "aws_s3", **{k: v for k, v in AWS.items() if k != "vendor"}}
    listed = [a for a in (await api.get("/v1/Accounts")).json() if a["account_sid"] == sid]
    assert listed[0]["bucket_credential"]["secret_access_key"] == AWS_OBSCURED
    got = (await read(api, sid))["bucket_credential"]
    assert got == {**AWS, "secret_access_key": AWS_OBSCURED}
    # sending back what was read keeps the real secret
    got["region"] = "eu-west-1"
    r = await api.put(f"/v1/Accounts/{sid}", json={"bucket_credential": got})
    assert r.status_code == 204
    assert await stored_credential(api, sid) == {**AWS, "region": "eu-west-1"}
    # a new secret replaces it
    new = {**AWS, "secret_access_key": "abcdefghijklmnop"}
    assert (
        await api.put(f"/v1/Accounts/{sid}", json={"bucket_credential": new})
    ).status_code == 204
    assert (await stored_credential(api, sid))["secret_access_key"] == "abcdefghijklmnop"
    assert (await read(api, sid))["bucket_credential"]["secret_access_key"] == "abcdefXXXXXXXXXX"
    # vendor none, or null, removes it
    for removal in ({"vendor": "none"}, None):
        await api.put(f"/v1/Accounts/{sid}", json={"bucket_credential": AWS})
        r = await api.put(f"/v1/Accounts/{sid}", json={"bucket_credential": removal})
        assert r.status_code == 204
        assert (await read(api, sid))["bucket_credential"] is None
        assert await stored_credential(api, sid) is None


async def test_bucket_credential_vendors(api: Api) -> None:
    sp = await api.service_provider()
    private_key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END"
    service_key = json.dumps({"type": "service_account", "private_key": private_key})
    cases = [
        (
            {"vendor": "google", "name": "b", "service_key": service_key},
            lambda c: (
                json.loads(c["service_key"])
                == {
                    "type": "service_account",
                    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQ"
                    + "X" * (len(private_key) - 28 - 6),
                }
            ),
        ),
        (
            {"vendor": "azure", "name": "c", "connection_string": "DefaultEndpoints=https"},
            lambda c: c["connection_string"] == "Defaul" + "X" * 16,
        ),
        (
            {**AWS, "vendor": "s3_compatible", "endpoint": "https://s3.example.com"},
            lambda c: (
                c["endpoint"] == "https://s3.example.com"
                and c["secret_access_key"] == AWS_OBSCURED
                and "region" not in c
            ),
        ),
        # a secret of 6 characters or fewer is shown as it is (as jambonz)
        ({**AWS, "secret_access_key": "short"}, lambda c: c["secret_access_key"] == "short"),
    ]
    for credential, check in cases:
        sid = await api.account(sp, bucket_credential=credential)
        got = (await read(api, sid))["bucket_credential"]
        assert check(got), got
    # what a vendor needs: missing or empty -> 422 naming it
    for credential, missing in (
        ({k: v for k, v in AWS.items() if k != "region"}, "region"),
        ({**AWS, "secret_access_key": ""}, "secret_access_key"),
        ({**AWS, "vendor": "s3_compatible"}, "endpoint"),
        ({"vendor": "google", "name": "b"}, "service_key"),
        ({"vendor": "azure", "connection_string": "x"}, "name"),
    ):
        r = await api.post(
            "/v1/Accounts",
            json={"name": unique(), "service_provider_sid": sp, "bucket_credential": credential},
        )
        assert r.status_code == 422
        assert r.json()["msg"] == (
            f"bucket_credential.{missing} is required for vendor {credential['vendor']}"
        )
    # vendor none on create stores nothing
    sid = await api.account(sp, bucket_credential={"vendor": "none"})
    assert (await read(api, sid))["bucket_credential"] is None


# -- webhook secret ------------------------------------------------------------------------


async def test_webhook_secret_and_regeneration(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    sid = t0.accounts[0]
    path = f"/v1/Accounts/{sid}/WebhookSecret"
    r = await api.get(path)
    assert r.status_code == 200
    secret = r.json()["webhook_secret"]
    assert r.json() == {"webhook_secret": secret} and SECRET.match(secret)
    assert (await read(api, sid))["webhook_secret"] == secret
    assert (await api.get(path, params={"regenerate": "false"})).json()["webhook_secret"] == secret
    r = await api.get(path, t0.account_tokens[0], params={"regenerate": "true"})
    assert r.status_code == 200
    new = r.json()["webhook_secret"]
    assert SECRET.match(new) and new != secret
    assert (await api.get(path, t0.sp_token)).json()["webhook_secret"] == new
    assert (await read(api, sid))["webhook_secret"] == new
    # only this account's secret changed
    assert (await read(api, t0.accounts[1]))["webhook_secret"] != new
    assert (await api.get(path, params={"regenerate": "maybe"})).status_code == 400
    # scope
    for token in (t0.account_tokens[1], t1.sp_token, t1.account_tokens[0]):
        r = await api.get(path, token, params={"regenerate": "true"})
        assert r.status_code == 404
    assert (await read(api, sid))["webhook_secret"] == new
    assert (await api.get(f"/v1/Accounts/{MISSING}/WebhookSecret")).status_code == 404
    assert (await api.get(path, None)).status_code == 401
    # every account gets its own secret
    secrets = {a["webhook_secret"] for a in (await api.get("/v1/Accounts")).json()}
    assert len(secrets) == len((await api.get("/v1/Accounts")).json())


# -- delete --------------------------------------------------------------------------------


async def test_delete_cascades_in_one_go(api: Api) -> None:
    sp, sid = await fresh_account(
        api, registration_hook="https://r.example.com/x", queue_event_hook="https://q.example.com/"
    )
    _, bystander = await fresh_account(api, registration_hook="https://r.example.com/y")
    bystander_app = await api.application(bystander)
    apps = [await api.application(sid), await api.application(sid)]
    await api.put(f"/v1/Accounts/{sid}", json={"device_calling_application_sid": apps[0]})
    token = await api.key(account_sid=sid)
    await api.key(account_sid=sid)
    await api.create("/v1/Webhooks", {"url": "https://standalone.example.com/"}, token)
    await api.create(
        f"/v1/Accounts/{sid}/Limits", {"category": "voice_call_session", "quantity": 5}
    )
    assert await count(api, api_keys.c.account_sid, sid) == 2
    assert await count(api, applications.c.account_sid, sid) == 2
    assert await count(api, webhook_owners.c.account_sid, sid) == 2 + 2 * 2 + 1
    assert await count(api, account_limits.c.account_sid, sid) == 1
    bystander_counts = [
        await count(api, applications.c.account_sid, bystander),
        await count(api, webhook_owners.c.account_sid, bystander),
    ]

    r = await api.delete(f"/v1/Accounts/{sid}")
    assert r.status_code == 204 and r.content == b""
    assert await count(api, accounts.c.account_sid, sid) == 0
    assert await count(api, api_keys.c.account_sid, sid) == 0
    assert await count(api, applications.c.account_sid, sid) == 0
    assert await count(api, webhook_owners.c.account_sid, sid) == 0
    assert await count(api, account_limits.c.account_sid, sid) == 0
    for app in apps:
        assert (await api.get(f"/v1/Applications/{app}")).status_code == 404
    # nothing of anyone else's went with it
    assert bystander_counts == [
        await count(api, applications.c.account_sid, bystander),
        await count(api, webhook_owners.c.account_sid, bystander),
    ]
    assert (await api.get(f"/v1/Applications/{bystander_app}")).status_code == 200
    assert (await read(api, bystander))["registration_hook"] is not None
    assert (await api.get(f"/v1/ServiceProviders/{sp}")).status_code == 200
    # the account's keys are gone with it; the account is gone
    assert (await api.get("/v1/Accounts", token)).status_code == 401
    assert (await api.get(f"/v1/Accounts/{sid}")).status_code == 404
    assert (await api.delete(f"/v1/Accounts/{sid}")).status_code == 404
    # with its last account gone, the provider can be deleted
    assert (await api.delete(f"/v1/ServiceProviders/{sp}")).status_code == 204


async def test_delete_scope(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    mine = await api.account(t0.sp)
    foreign = await api.account(t1.sp)
    own_token = await api.key(account_sid=mine)
    # an account key may not delete another tenant's account: 403 in jambonz's words
    for target in (foreign, t0.accounts[0]):
        r = await api.delete(f"/v1/Accounts/{target}", own_token)
        assert r.status_code == 403 and r.json() == {"msg": "insufficient permissions"}
        assert (await read(api, target))["account_sid"] == target
    # provider keys: their own accounts only
    r = await api.delete(f"/v1/Accounts/{foreign}", t0.sp_token)
    assert r.status_code == 403 and r.json() == {"msg": "insufficient permissions"}
    assert (await read(api, foreign))["account_sid"] == foreign
    # an account that does not exist is 404 to every key
    for token in ("admin", t0.sp_token, own_token):
        r = await api.delete(f"/v1/Accounts/{MISSING}", token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    assert (await api.delete(f"/v1/Accounts/{mine}", t0.sp_token)).status_code == 204
    assert (await api.get(f"/v1/Accounts/{mine}")).status_code == 404
    # as jambonz, an account key may close its own account (and its keys go with it)
    closing = await api.account(t0.sp)
    closing_token = await api.key(account_sid=closing)
    assert (await api.delete(f"/v1/Accounts/{closing}", closing_token)).status_code == 204
    assert (await api.get(f"/v1/Accounts/{closing}")).status_code == 404
    assert (await api.get("/v1/Accounts", closing_token)).status_code == 401
    # admin: any
    assert (await api.delete(f"/v1/Accounts/{foreign}")).status_code == 204
    assert (await api.delete(f"/v1/Accounts/{t0.accounts[0]}", None)).status_code == 401


async def test_account_key_may_not_change_operator_properties(
    api: Api, tenants: list[Tenant]
) -> None:
    acct, token = tenants[1].accounts[1], tenants[1].account_tokens[1]
    for body in ({"is_active": False}, {"plan_type": "paid"}, {"deactivated_reason": "x"}):
        r = await api.put(f"/v1/Accounts/{acct}", token, json=body)
        assert r.status_code == 403, body
        assert next(iter(body)) in r.json()["msg"]
    current = (await api.get(f"/v1/Accounts/{acct}")).json()
    assert current["is_active"] == 1 and current["plan_type"] == "trial"
    # sending the current values back is fine; the operator's own key may change them
    r = await api.put(f"/v1/Accounts/{acct}", token, json={"is_active": 1, "name": "renamed"})
    assert r.status_code == 204
    r = await api.put(f"/v1/Accounts/{acct}", tenants[1].sp_token, json={"plan_type": "paid"})
    assert r.status_code == 204
    assert (await api.get(f"/v1/Accounts/{acct}")).json()["plan_type"] == "paid"


async def test_delete_removes_the_rows_of_jambonzs_other_tables(api: Api) -> None:
    """Rows that jambonz's own components keep for an account (billing, static IPs, DNS
    records, regex call routes; no route here writes them) go with it, as in jambonz;
    an application that a call route points to cannot be deleted while it does."""
    _, sid = await fresh_account(api)
    _, bystander = await fresh_account(api)
    app = await api.application(sid)
    product, subscription, route = (str(uuid.uuid4()) for _ in range(3))
    async with api.core.db.write() as conn:
        await conn.execute(
            insert(tables.products).values(product_sid=product, name="p", category="device")
        )
        await conn.execute(
            insert(tables.account_subscriptions).values(
                account_subscription_sid=subscription, account_sid=sid
            )
        )
        await conn.execute(
            insert(tables.account_products).values(
                account_product_sid=str(uuid.uuid4()),
                account_subscription_sid=subscription,
                product_sid=product,
                quantity=2,
            )
        )
        for owner in (sid, bystander):
            await conn.execute(
                insert(tables.dns_records).values(
                    dns_record_sid=str(uuid.uuid4()),
                    account_sid=owner,
                    record_type="A",
                    record_id=1,
                )
            )
        await conn.execute(
            insert(tables.call_routes).values(
                call_route_sid=route, priority=1, account_sid=sid, regex="^1", application_sid=app
            )
        )
    r = await api.delete(f"/v1/Applications/{app}")
    assert r.status_code == 422
    assert r.json() == {"msg": f"cannot delete application with call routes: {route}"}

    assert (await api.delete(f"/v1/Accounts/{sid}")).status_code == 204
    for table in (tables.account_subscriptions, tables.dns_records, tables.call_routes):
        assert await count(api, table.c.account_sid, sid) == 0
    assert await count(api, tables.account_products.c.account_subscription_sid, subscription) == 0
    assert await count(api, tables.dns_records.c.account_sid, bystander) == 1
    assert await count(api, tables.products.c.product_sid, product) == 1
