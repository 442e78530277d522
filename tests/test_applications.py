"""/v1/Applications and /v1/Accounts/{AccountSid}/Applications over HTTP, on both stores."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update

from jambonz.db.tables import accounts, webhook_owners, webhooks
from tests.conftest import Api, Tenant, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
CALL = {"url": "https://app.example.com/call", "method": "POST"}
STATUS = {"url": "https://app.example.com/status", "method": "POST"}
HOOK_KEYS = {"webhook_sid", "url", "method", "username", "password"}


def app_body(account_sid: str | None = None, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"name": unique("app"), "call_hook": CALL, "call_status_hook": STATUS}
    if account_sid is not None:
        body["account_sid"] = account_sid
    return {**body, **fields}


async def webhook_count(api: Api, account_sid: str) -> int:
    async with api.core.db.read() as conn:
        query = select(func.count()).where(webhook_owners.c.account_sid == account_sid)
        return (await conn.execute(query)).scalar_one()


async def webhook_exists(api: Api, sid: str) -> bool:
    async with api.core.db.read() as conn:
        query = select(func.count()).where(webhooks.c.webhook_sid == sid)
        return (await conn.execute(query)).scalar_one() == 1


async def fresh_account(api: Api) -> tuple[str, str]:
    """A new provider with one account: `(service_provider_sid, account_sid)`."""
    sp = await api.service_provider()
    return sp, await api.account(sp)


# -- create and read -------------------------------------------------------------------


async def test_create_and_read_back(api: Api) -> None:
    sp, acct = await fresh_account(api)
    name = unique("app")
    app_json = '[{"verb":"say","text":"Hello"},{"verb":"hangup"}]'
    sid = await api.create(
        "/v1/Applications",
        {
            "name": name,
            "account_sid": acct,
            "service_provider_sid": sp,
            "call_hook": {
                "url": "https://app.example.com/call",
                "method": "GET",
                "username": "u",
                "password": "p",
            },
            "call_status_hook": "https://app.example.com/status",
            "messaging_hook": "https://app.example.com/sms",
            "app_json": app_json,
            "speech_synthesis_vendor": "microsoft",
            "speech_synthesis_language": "de-DE",
            "speech_synthesis_voice": "de-DE-KatjaNeural",
            "speech_synthesis_label": "azure-1",
            "speech_recognizer_vendor": "deepgram",
            "speech_recognizer_language": "de-DE",
            "use_for_fallback_speech": True,
            "fallback_speech_synthesis_vendor": "google",
            "fallback_speech_synthesis_language": "de-DE",
            "fallback_speech_recognizer_vendor": "google",
            "env_vars": {"GREETING": "Hallo", "RETRIES": 3, "NESTED": {"a": [1, 2]}},
            "record_all_calls": 1,
        },
    )
    r = await api.get(f"/v1/Applications/{sid}")
    assert r.status_code == 200
    body = r.json()
    assert body["application_sid"] == sid
    assert body["name"] == name
    assert body["account_sid"] == acct
    assert body["service_provider_sid"] == sp
    call_hook = body["call_hook"]
    assert set(call_hook) == HOOK_KEYS
    assert call_hook["url"] == "https://app.example.com/call"
    assert (call_hook["method"], call_hook["username"], call_hook["password"]) == ("GET", "u", "p")
    assert body["call_status_hook"]["url"] == "https://app.example.com/status"
    assert body["call_status_hook"]["method"] == "POST"
    assert body["messaging_hook"]["url"] == "https://app.example.com/sms"
    hook_sids = {
        body[h]["webhook_sid"] for h in ("call_hook", "call_status_hook", "messaging_hook")
    }
    assert len(hook_sids) == 3
    assert body["app_json"] == app_json
    assert body["speech_synthesis_vendor"] == "microsoft"
    assert body["speech_synthesis_language"] == "de-DE"
    assert body["speech_synthesis_voice"] == "de-DE-KatjaNeural"
    assert body["speech_synthesis_label"] == "azure-1"
    assert body["speech_recognizer_vendor"] == "deepgram"
    assert body["use_for_fallback_speech"] == 1
    assert body["fallback_speech_synthesis_vendor"] == "google"
    assert body["fallback_speech_recognizer_label"] is None
    assert body["env_vars"] == {"GREETING": "Hallo", "RETRIES": 3, "NESTED": {"a": [1, 2]}}
    assert body["record_all_calls"] == 1
    assert body["created_at"].endswith("Z") and len(body["created_at"]) == 24
    # the hooks are rows owned by the account and its provider
    async with api.core.db.read() as conn:
        rows = (
            await conn.execute(select(webhook_owners).where(webhook_owners.c.account_sid == acct))
        ).all()
    assert {r.webhook_sid for r in rows} == hook_sids
    assert {r.service_provider_sid for r in rows} == {sp}
    # an upper-case sid addresses the same application
    assert (await api.get(f"/v1/Applications/{sid.upper()}")).json()["application_sid"] == sid


async def test_create_defaults(api: Api) -> None:
    _, acct = await fresh_account(api)
    sid = await api.create("/v1/Applications", app_body(acct))
    body = (await api.get(f"/v1/Applications/{sid}")).json()
    assert body["service_provider_sid"] is None
    assert body["messaging_hook"] is None
    assert body["app_json"] is None
    assert body["env_vars"] is None
    assert (body["speech_synthesis_vendor"], body["speech_synthesis_language"]) == (
        "google",
        "en-US",
    )
    assert body["speech_synthesis_voice"] == "en-US-Standard-C"
    assert (body["speech_recognizer_vendor"], body["speech_recognizer_language"]) == (
        "google",
        "en-US",
    )
    assert (body["use_for_fallback_speech"], body["record_all_calls"]) == (0, 0)
    assert body["call_hook"]["method"] == "POST"
    assert body["call_hook"]["username"] is None


async def test_create_requires_both_hooks(api: Api) -> None:
    _, acct = await fresh_account(api)
    for missing in ("call_hook", "call_status_hook"):
        body = app_body(acct)
        del body[missing]
        r = await api.post("/v1/Applications", json=body)
        assert r.status_code == 400, r.text
        assert missing in r.json()["msg"]
        body[missing] = None
        r = await api.post("/v1/Applications", json=body)
        assert r.status_code == 400, r.text
    assert await webhook_count(api, acct) == 0


async def test_blank_required_hook_is_400(api: Api) -> None:
    """A blank hook object (`{"url": ""}`) means no hook, which an application cannot be
    without: its call_hook and call_status_hook."""
    _, acct = await fresh_account(api)
    for name in ("call_hook", "call_status_hook"):
        for blank in ({"url": "", "method": "POST"}, {"url": ""}):
            r = await api.post("/v1/Applications", json=app_body(acct, **{name: blank}))
            assert r.status_code == 400, r.text
            assert r.json()["msg"].startswith(name)
    assert await webhook_count(api, acct) == 0
    assert (await api.get(f"/v1/Accounts/{acct}/Applications")).json() == []
    sid = await api.create("/v1/Applications", app_body(acct))
    before = (await api.get(f"/v1/Applications/{sid}")).json()
    count = await webhook_count(api, acct)
    for name in ("call_hook", "call_status_hook"):
        r = await api.put(f"/v1/Applications/{sid}", json={name: {"url": "", "method": "GET"}})
        assert r.status_code == 400 and r.json()["msg"].startswith(name)
    after = (await api.get(f"/v1/Applications/{sid}")).json()
    assert (after["call_hook"], after["call_status_hook"]) == (
        before["call_hook"],
        before["call_status_hook"],
    )
    assert await webhook_count(api, acct) == count


async def test_blank_optional_hook_means_none(api: Api) -> None:
    _, acct = await fresh_account(api)
    sid = await api.create(
        "/v1/Applications", app_body(acct, messaging_hook={"url": "", "method": "POST"})
    )
    assert (await api.get(f"/v1/Applications/{sid}")).json()["messaging_hook"] is None
    assert await webhook_count(api, acct) == 2
    r = await api.put(f"/v1/Applications/{sid}", json={"messaging_hook": "https://m.example.com"})
    assert r.status_code == 204
    messaging = (await api.get(f"/v1/Applications/{sid}")).json()["messaging_hook"]
    assert messaging["url"] == "https://m.example.com"
    assert await webhook_count(api, acct) == 3
    # blank on update removes it and its row
    r = await api.put(f"/v1/Applications/{sid}", json={"messaging_hook": {"url": ""}})
    assert r.status_code == 204
    assert (await api.get(f"/v1/Applications/{sid}")).json()["messaging_hook"] is None
    assert not await webhook_exists(api, messaging["webhook_sid"])
    assert await webhook_count(api, acct) == 2


async def test_hook_methods_in_any_case_read_back_in_capitals(api: Api) -> None:
    _, acct = await fresh_account(api)
    sid = await api.create(
        "/v1/Applications",
        app_body(
            acct,
            call_hook={"url": "https://app.example.com/call", "method": "get"},
            call_status_hook={"url": "https://app.example.com/status", "method": "post"},
            messaging_hook={"url": "https://app.example.com/sms", "method": "gEt"},
        ),
    )
    body = (await api.get(f"/v1/Applications/{sid}")).json()
    assert body["call_hook"]["method"] == "GET"
    assert body["call_status_hook"]["method"] == "POST"
    assert body["messaging_hook"]["method"] == "GET"
    r = await api.put(
        f"/v1/Applications/{sid}",
        json={"call_hook": {"url": "https://app.example.com/call", "method": "post"}},
    )
    assert r.status_code == 204
    assert (await api.get(f"/v1/Applications/{sid}")).json()["call_hook"]["method"] == "POST"
    listed = (await api.get(f"/v1/Accounts/{acct}/Applications")).json()
    assert [a["call_hook"]["method"] for a in listed] == ["POST"]
    r = await api.put(
        f"/v1/Applications/{sid}",
        json={"call_hook": {"url": "https://app.example.com/call", "method": "delete"}},
    )
    assert r.status_code == 400
    assert (await api.get(f"/v1/Applications/{sid}")).json()["call_hook"]["method"] == "POST"


async def test_create_validation_errors(api: Api) -> None:
    _, acct = await fresh_account(api)
    bad: list[dict[str, Any]] = [
        {"call_hook": "ftp://app.example.com/call"},
        {"call_hook": " https://app.example.com/call"},
        {"call_hook": "not a url"},
        {"call_status_hook": {"url": "https://app.example.com/s", "method": "PUT"}},
        {"messaging_hook": {"url": "https://app.example.com/s", "colour": "red"}},
        {"name": ""},
        {"name": "x" * 65},
        {"speech_synthesis_language": "x" * 13},
        {"use_for_fallback_speech": "yes"},
        {"env_vars": ["A", "B"]},
        {"env_vars": "A=B"},
        {"app_json": ["verb"]},
    ]
    for fields in bad:
        r = await api.post("/v1/Applications", json=app_body(acct, **fields))
        assert r.status_code == 400, (fields, r.text)
        assert r.json()["msg"]
    r = await api.post("/v1/Applications", json=app_body("not-a-sid"))
    assert r.status_code == 400 and "account_sid" in r.json()["msg"]
    r = await api.post("/v1/Applications", json=app_body(acct, colour="red"))
    assert r.status_code == 400 and "colour" in r.json()["msg"]
    r = await api.post("/v1/Applications", json=app_body(acct, application_sid=MISSING))
    assert r.status_code == 400 and "application_sid" in r.json()["msg"]
    r = await api.post("/v1/Applications", json={})
    assert r.status_code == 400 and "name" in r.json()["msg"]
    assert await webhook_count(api, acct) == 0
    assert (await api.get(f"/v1/Accounts/{acct}/Applications")).json() == []


async def test_create_rejects_bad_app_json(api: Api) -> None:
    _, acct = await fresh_account(api)
    r = await api.post("/v1/Applications", json=app_body(acct, app_json="[{not json"))
    assert r.status_code == 400
    assert "app_json" in r.json()["msg"] and "JSON" in r.json()["msg"]
    r = await api.post("/v1/Applications", json=app_body(acct, app_json='[{"verb": "say"}]'))
    assert r.status_code == 400
    assert "say" in r.json()["msg"] and "text" in r.json()["msg"]
    r = await api.post(
        "/v1/Applications", json=app_body(acct, app_json='[{"verb": "dance", "style": "tango"}]')
    )
    assert r.status_code == 400 and "dance" in r.json()["msg"]
    r = await api.post("/v1/Applications", json=app_body(acct, app_json='{"verb": "hangup"}'))
    assert r.status_code == 400 and "array" in r.json()["msg"]
    assert await webhook_count(api, acct) == 0


async def test_duplicate_name_is_422_per_account(api: Api) -> None:
    sp, acct = await fresh_account(api)
    other = await api.account(sp)
    name = unique("app")
    await api.create("/v1/Applications", app_body(acct, name=name))
    before = await webhook_count(api, acct)
    r = await api.post("/v1/Applications", json=app_body(acct, name=name))
    assert r.status_code == 422
    assert "name" in r.json()["msg"]
    assert await webhook_count(api, acct) == before  # no hook rows left behind
    # the same name in another account is fine
    await api.create("/v1/Applications", app_body(other, name=name))


async def test_create_account_rules(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    # admin and service provider keys must name the account
    for token in ("admin", t0.sp_token):
        r = await api.post("/v1/Applications", token, json=app_body())
        assert r.status_code == 400
        assert r.json() == {"msg": "missing required field: 'account_sid'"}
    # an account key may omit it: its own account is used
    sid = await api.create("/v1/Applications", app_body(), t0.account_tokens[0])
    assert (await api.get(f"/v1/Applications/{sid}")).json()["account_sid"] == t0.accounts[0]
    sid = await api.create("/v1/Applications", app_body(t0.accounts[1]), t0.sp_token)
    assert (await api.get(f"/v1/Applications/{sid}")).json()["account_sid"] == t0.accounts[1]
    # an unknown account: 400 for keys that could address it, 403 for those that cannot
    r = await api.post("/v1/Applications", json=app_body(MISSING))
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    r = await api.post("/v1/Applications", json=app_body("not-a-sid"))
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    r = await api.post("/v1/Applications", t0.sp_token, json=app_body(MISSING))
    assert r.status_code == 403 and r.json() == {"msg": "insufficient privileges"}
    r = await api.post("/v1/Applications", t0.account_tokens[0], json=app_body(MISSING))
    assert r.status_code == 403 and r.json() == {"msg": "insufficient privileges"}


async def test_create_for_foreign_account_is_403(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    name = unique("app")
    cases = [
        (t0.account_tokens[0], t0.accounts[1]),  # sibling account, same provider
        (t0.account_tokens[0], t1.accounts[0]),
        (t0.sp_token, t1.accounts[0]),
    ]
    for token, foreign in cases:
        r = await api.post("/v1/Applications", token, json=app_body(foreign, name=name))
        assert r.status_code == 403, r.text
        # jambonz's words, the same whether the account exists or not
        assert r.json() == {"msg": "insufficient privileges"}
        r = await api.post(f"/v1/Accounts/{foreign}/Applications", token, json=app_body(name=name))
        assert r.status_code == 404
    for acct in (t0.accounts[1], t1.accounts[0]):
        r = await api.get(f"/v1/Accounts/{acct}/Applications", params={"name": name})
        assert r.json() == []


async def test_service_provider_sid_must_be_the_accounts(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    sid = await api.create(
        "/v1/Applications", app_body(service_provider_sid=t0.sp), t0.account_tokens[0]
    )
    assert (await api.get(f"/v1/Applications/{sid}")).json()["service_provider_sid"] == t0.sp
    r = await api.post(
        "/v1/Applications", json=app_body(t0.accounts[0], service_provider_sid=t1.sp)
    )
    assert r.status_code == 422 and "service_provider_sid" in r.json()["msg"]
    r = await api.post(
        "/v1/Applications", json=app_body(t0.accounts[0], service_provider_sid=MISSING)
    )
    assert r.status_code == 400 and r.json() == {"msg": "unknown service_provider_sid"}
    r = await api.post(
        "/v1/Applications", t0.sp_token, json=app_body(t0.accounts[0], service_provider_sid=t1.sp)
    )
    assert r.status_code == 403
    # update: may be cleared, may not name another provider
    r = await api.put(f"/v1/Applications/{sid}", json={"service_provider_sid": t1.sp})
    assert r.status_code == 422
    r = await api.put(f"/v1/Applications/{sid}", json={"service_provider_sid": None})
    assert r.status_code == 204
    assert (await api.get(f"/v1/Applications/{sid}")).json()["service_provider_sid"] is None


# -- lists, filters, pagination -----------------------------------------------------------


async def test_list_sorted_filtered_and_paginated(api: Api) -> None:
    _, acct = await fresh_account(api)
    tag = unique("pg")
    names = [f"{tag}-{c}" for c in ("delta", "Alpha", "charlie", "bravo", "echo")]
    for name in names:
        await api.create("/v1/Applications", app_body(acct, name=name))
    await api.create("/v1/Applications", app_body(acct, name="unrelated%_name"))
    expected = sorted(names)
    base = f"/v1/Accounts/{acct}/Applications"

    r = await api.get(base, params={"name": tag})
    assert r.status_code == 200
    assert [a["name"] for a in r.json()] == expected
    # a bare array without page, even when page_size is given
    r = await api.get(base, params={"name": tag, "page_size": 2})
    assert isinstance(r.json(), list) and len(r.json()) == 5
    # the same filter on the flat list
    r = await api.get("/v1/Applications", params={"name": tag})
    assert [a["name"] for a in r.json()] == expected
    # substring match, case-insensitive; % and _ are literal
    r = await api.get(base, params={"name": "ALPHA"})
    assert [a["name"] for a in r.json()] == [f"{tag}-Alpha"]
    r = await api.get(base, params={"name": "%_"})
    assert [a["name"] for a in r.json()] == ["unrelated%_name"]
    r = await api.get(base, params={"name": "_"})
    assert [a["name"] for a in r.json()] == ["unrelated%_name"]

    r = await api.get(base, params={"name": tag, "page": 1})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"total", "page", "page_size", "data"}
    assert (body["total"], body["page"], body["page_size"]) == (5, 1, None)
    assert [a["name"] for a in body["data"]] == expected
    page2 = (await api.get(base, params={"name": tag, "page": 2, "page_size": 2})).json()
    assert (page2["total"], page2["page"], page2["page_size"]) == (5, 2, 2)
    assert [a["name"] for a in page2["data"]] == expected[2:4]
    page3 = await api.get("/v1/Applications", params={"name": tag, "page": 3, "page_size": 2})
    assert [a["name"] for a in page3.json()["data"]] == expected[4:]
    beyond = (await api.get(base, params={"name": tag, "page": 9, "page_size": 2})).json()
    assert (beyond["total"], beyond["data"]) == (5, [])
    # an unfiltered page counts everything of the account
    whole = (await api.get(base, params={"page": 1, "page_size": 500})).json()
    assert whole["total"] == 6 and len(whole["data"]) == 6
    assert [a["name"] for a in whole["data"]] == sorted(a["name"] for a in whole["data"])

    for params in ({"page": 0}, {"page": "x"}, {"page": 1, "page_size": 0}, {"page_size": 501}):
        r = await api.get(base, params=params)
        assert r.status_code == 400, params
    r = await api.get(base, params={"colour": "red"})
    assert r.status_code == 400


async def test_lists_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    owned = {}
    for t in tenants:
        for acct in t.accounts:
            owned[acct] = await api.create("/v1/Applications", app_body(acct))

    async def visible(token: str, path: str = "/v1/Applications") -> set[str]:
        r = await api.get(path, token)
        assert r.status_code == 200
        return {a["application_sid"] for a in r.json()}

    everything = await visible("admin")
    assert set(owned.values()) <= everything
    sp_view = await visible(t0.sp_token)
    assert {owned[a] for a in t0.accounts} <= sp_view
    assert not sp_view & {owned[a] for a in t1.accounts}
    acct_view = await visible(t0.account_tokens[0])
    assert owned[t0.accounts[0]] in acct_view
    assert not acct_view & {owned[a] for a in (*t0.accounts[1:], *t1.accounts)}
    # the paginated view is narrowed the same way
    r = await api.get("/v1/Applications", t0.account_tokens[0], params={"page": 1})
    assert {a["application_sid"] for a in r.json()["data"]} == acct_view
    assert r.json()["total"] == len(acct_view)
    # nested lists: own account fine, foreign accounts 404
    assert owned[t0.accounts[1]] in await visible(
        t0.sp_token, f"/v1/Accounts/{t0.accounts[1]}/Applications"
    )
    for token, acct in (
        (t0.sp_token, t1.accounts[0]),
        (t0.account_tokens[0], t0.accounts[1]),
        (t0.account_tokens[0], t1.accounts[0]),
    ):
        r = await api.get(f"/v1/Accounts/{acct}/Applications", token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    r = await api.get(f"/v1/Accounts/{MISSING}/Applications")
    assert r.status_code == 404


# -- nested paths -----------------------------------------------------------------------


async def test_nested_paths(api: Api) -> None:
    sp, acct = await fresh_account(api)
    other = await api.account(sp)
    base = f"/v1/Accounts/{acct}/Applications"
    sid = await api.create(base, app_body())
    assert (await api.get(f"/v1/Applications/{sid}")).json()["account_sid"] == acct
    # a body account_sid must match the path
    assert (await api.post(base, json=app_body(acct))).status_code == 201
    r = await api.post(base, json=app_body(other))
    assert r.status_code == 422 and "account_sid" in r.json()["msg"]

    r = await api.get(f"{base}/{sid}")
    assert r.status_code == 200 and r.json()["application_sid"] == sid
    r = await api.put(f"{base}/{sid}", json={"name": "renamed-" + unique()})
    assert r.status_code == 204
    assert (await api.get(f"{base}/{sid}")).json()["name"].startswith("renamed-")

    # under another account's path the application does not exist
    wrong = f"/v1/Accounts/{other}/Applications/{sid}"
    assert (await api.get(wrong)).status_code == 404
    assert (await api.put(wrong, json={"name": unique()})).status_code == 404
    assert (await api.delete(wrong)).status_code == 404
    assert (await api.get(f"/v1/Accounts/{MISSING}/Applications/{sid}")).status_code == 404

    assert (await api.delete(f"{base}/{sid}")).status_code == 204
    assert (await api.get(f"{base}/{sid}")).status_code == 404
    assert (await api.get(f"/v1/Applications/{sid}")).status_code == 404


# -- update -------------------------------------------------------------------------------


async def test_update_changes_only_given_properties(api: Api) -> None:
    _, acct = await fresh_account(api)
    sid = await api.create(
        "/v1/Applications",
        app_body(acct, speech_synthesis_voice="en-US-Wavenet-A", env_vars={"A": "1"}),
    )
    before = (await api.get(f"/v1/Applications/{sid}")).json()
    app_json = '[{"verb":"pause","length":2}]'
    r = await api.put(
        f"/v1/Applications/{sid}",
        json={
            "speech_recognizer_language": "fr-FR",
            "record_all_calls": True,
            "env_vars": {"B": 2},
            "app_json": app_json,
        },
    )
    assert r.status_code == 204 and r.content == b""
    after = (await api.get(f"/v1/Applications/{sid}")).json()
    assert after["speech_recognizer_language"] == "fr-FR"
    assert after["record_all_calls"] == 1
    assert after["env_vars"] == {"B": 2}
    assert after["app_json"] == app_json
    unchanged = {"speech_recognizer_language", "record_all_calls", "env_vars", "app_json"}
    assert {k: v for k, v in after.items() if k not in unchanged} == {
        k: v for k, v in before.items() if k not in unchanged
    }
    r = await api.put(f"/v1/Applications/{sid}", json={"app_json": None, "env_vars": None})
    assert r.status_code == 204
    after = (await api.get(f"/v1/Applications/{sid}")).json()
    assert (after["app_json"], after["env_vars"]) == (None, None)


async def test_update_hooks_in_place_and_clear(api: Api) -> None:
    _, acct = await fresh_account(api)
    sid = await api.create("/v1/Applications", app_body(acct))
    before = (await api.get(f"/v1/Applications/{sid}")).json()
    call_sid = before["call_hook"]["webhook_sid"]
    count = await webhook_count(api, acct)
    new_call = {"url": "https://app.example.com/v2/call", "method": "GET", "username": "u"}
    r = await api.put(
        f"/v1/Applications/{sid}",
        json={
            "call_hook": new_call,
            "call_status_hook": {**before["call_status_hook"], "url": "https://b.example.com/s"},
        },
    )
    assert r.status_code == 204, r.text
    after = (await api.get(f"/v1/Applications/{sid}")).json()
    assert after["call_hook"] == {
        "webhook_sid": call_sid,
        "url": "https://app.example.com/v2/call",
        "method": "GET",
        "username": "u",
        "password": None,
    }
    assert after["call_status_hook"]["webhook_sid"] == before["call_status_hook"]["webhook_sid"]
    assert after["call_status_hook"]["url"] == "https://b.example.com/s"
    assert await webhook_count(api, acct) == count

    # adding a messaging hook makes a row; null removes it and its row
    r = await api.put(f"/v1/Applications/{sid}", json={"messaging_hook": "https://m.example.com"})
    assert r.status_code == 204
    messaging = (await api.get(f"/v1/Applications/{sid}")).json()["messaging_hook"]
    assert messaging["url"] == "https://m.example.com"
    assert await webhook_count(api, acct) == count + 1
    r = await api.put(f"/v1/Applications/{sid}", json={"messaging_hook": None})
    assert r.status_code == 204
    assert (await api.get(f"/v1/Applications/{sid}")).json()["messaging_hook"] is None
    assert not await webhook_exists(api, messaging["webhook_sid"])
    assert await webhook_count(api, acct) == count

    # the required hooks cannot be removed; another hook's webhook_sid is refused
    for name in ("call_hook", "call_status_hook"):
        r = await api.put(f"/v1/Applications/{sid}", json={name: None})
        assert r.status_code == 400 and name in r.json()["msg"]
    r = await api.put(
        f"/v1/Applications/{sid}",
        json={"call_hook": {"webhook_sid": before["call_status_hook"]["webhook_sid"], **CALL}},
    )
    assert r.status_code == 422 and "webhook_sid" in r.json()["msg"]
    assert (await api.get(f"/v1/Applications/{sid}")).json()["call_hook"] == after["call_hook"]


async def test_update_errors(api: Api) -> None:
    _, acct = await fresh_account(api)
    sid = await api.create("/v1/Applications", app_body(acct))
    other_name = unique("app")
    other_sid = await api.create("/v1/Applications", app_body(acct, name=other_name))
    url = f"/v1/Applications/{sid}"
    assert (await api.put(url, json={})).status_code == 400
    # Its own ids sent back (as the portal does) change nothing; others are refused.
    assert (await api.put(url, json={"account_sid": acct})).status_code == 204
    assert (await api.put(url, json={"application_sid": sid})).status_code == 204
    _, elsewhere = await fresh_account(api)
    r = await api.put(url, json={"account_sid": elsewhere})
    assert r.status_code == 400 and "account_sid" in r.json()["msg"]
    r = await api.put(url, json={"application_sid": other_sid})
    assert r.status_code == 400 and "application_sid" in r.json()["msg"]
    r = await api.put(url, json={"colour": "red"})
    assert r.status_code == 400 and "colour" in r.json()["msg"]
    r = await api.put(url, json={"call_hook": "ftp://x.example.com"})
    assert r.status_code == 400
    r = await api.put(url, json={"speech_synthesis_vendor": None})
    assert r.status_code == 400
    r = await api.put(url, json={"app_json": "nope"})
    assert r.status_code == 400 and "app_json" in r.json()["msg"]
    r = await api.put(url, json={"app_json": '[{"verb": "play"}]'})
    assert r.status_code == 400 and "play" in r.json()["msg"] and "url" in r.json()["msg"]
    r = await api.put(url, json={"name": other_name})
    assert r.status_code == 422 and "name" in r.json()["msg"]
    assert (await api.put(f"/v1/Applications/{MISSING}", json={"name": "x"})).status_code == 404
    body = (await api.get(url)).json()
    assert body["app_json"] is None and body["name"] != other_name


# -- delete -------------------------------------------------------------------------------


async def test_delete_removes_hooks_and_clears_account_references(api: Api) -> None:
    _, acct = await fresh_account(api)
    keep = await api.create("/v1/Applications", app_body(acct))
    sid = await api.create(
        "/v1/Applications", app_body(acct, messaging_hook="https://m.example.com/sms")
    )
    hook_sids = [
        h["webhook_sid"]
        for h in (await api.get(f"/v1/Applications/{sid}")).json().values()
        if isinstance(h, dict) and "webhook_sid" in h
    ]
    assert len(hook_sids) == 3
    count = await webhook_count(api, acct)
    async with api.core.db.write() as conn:
        await conn.execute(
            update(accounts)
            .where(accounts.c.account_sid == acct)
            .values(device_calling_application_sid=sid, siprec_hook_sid=sid)
        )
    r = await api.delete(f"/v1/Applications/{sid}")
    assert r.status_code == 204 and r.content == b""
    assert (await api.get(f"/v1/Applications/{sid}")).status_code == 404
    assert (await api.delete(f"/v1/Applications/{sid}")).status_code == 404
    assert await webhook_count(api, acct) == count - 3
    for hook_sid in hook_sids:
        assert not await webhook_exists(api, hook_sid)
    async with api.core.db.read() as conn:
        row = (await conn.execute(select(accounts).where(accounts.c.account_sid == acct))).one()
    assert (row.device_calling_application_sid, row.siprec_hook_sid) == (None, None)
    # the other application is untouched
    assert (await api.get(f"/v1/Applications/{keep}")).json()["call_hook"] is not None


# -- scope --------------------------------------------------------------------------------


async def test_single_operations_are_scoped(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    own_acct_app = await api.create("/v1/Applications", app_body(t0.accounts[0]))
    sibling_app = await api.create("/v1/Applications", app_body(t0.accounts[1]))
    foreign_app = await api.create("/v1/Applications", app_body(t1.accounts[0]))

    allowed = [
        ("admin", foreign_app),
        (t0.sp_token, own_acct_app),
        (t0.sp_token, sibling_app),
        (t0.account_tokens[0], own_acct_app),
    ]
    for token, sid in allowed:
        assert (await api.get(f"/v1/Applications/{sid}", token)).status_code == 200
        r = await api.put(f"/v1/Applications/{sid}", token, json={"speech_synthesis_label": "ok"})
        assert r.status_code == 204

    refused = [
        (t0.sp_token, foreign_app),
        (t0.account_tokens[0], sibling_app),
        (t0.account_tokens[0], foreign_app),
        (t1.account_tokens[1], foreign_app),
    ]
    for token, sid in refused:
        r = await api.get(f"/v1/Applications/{sid}", token)
        assert r.status_code == 404 and r.json() == {"msg": "application not found"}
        r = await api.put(f"/v1/Applications/{sid}", token, json={"speech_synthesis_label": "x"})
        assert r.status_code == 404
        assert (await api.delete(f"/v1/Applications/{sid}", token)).status_code == 404
    for sid in (sibling_app, foreign_app):
        body = (await api.get(f"/v1/Applications/{sid}")).json()
        assert body["speech_synthesis_label"] != "x"

    # deletes within scope
    assert (
        await api.delete(f"/v1/Applications/{own_acct_app}", t0.account_tokens[0])
    ).status_code == 204
    assert (await api.delete(f"/v1/Applications/{sibling_app}", t0.sp_token)).status_code == 204
    assert (await api.delete(f"/v1/Applications/{foreign_app}")).status_code == 204


async def test_auth_and_bad_sid(api: Api) -> None:
    assert (await api.get("/v1/Applications", None)).status_code == 401
    assert (await api.post("/v1/Applications", None, json=app_body(MISSING))).status_code == 401
    r = await api.get("/v1/Applications/not-a-uuid")
    assert r.status_code == 400 and "not-a-uuid" in r.json()["msg"]
    r = await api.get(f"/v1/Accounts/not-a-uuid/Applications/{MISSING}")
    assert r.status_code == 400
    r = await api.get(f"/v1/Applications/{MISSING}")
    assert r.status_code == 404 and r.json() == {"msg": "application not found"}


async def test_delete_refused_while_a_number_points_to_it(api: Api, tenants: list[Tenant]) -> None:
    acct = tenants[0].accounts[0]
    sid = await api.application(acct)
    number = "1508555" + str(uuid.uuid4().int)[:4]
    number_sid = await api.create(
        "/v1/PhoneNumbers", {"number": f"+{number}", "account_sid": acct, "application_sid": sid}
    )
    r = await api.delete(f"/v1/Applications/{sid}")
    assert r.status_code == 422
    assert number in r.json()["msg"]
    assert (await api.get(f"/v1/Applications/{sid}")).status_code == 200
    # re-point the number elsewhere; then the delete goes through
    other = await api.application(acct)
    r = await api.put(f"/v1/PhoneNumbers/{number_sid}", json={"application_sid": other})
    assert r.status_code == 204
    assert (await api.delete(f"/v1/Applications/{sid}")).status_code == 204


async def test_a_name_filter_with_nul_matches_nothing_on_every_store(api: Api) -> None:
    """PostgreSQL cannot compare text with a NUL and SQLite can: such a filter matches
    nothing on both, for applications and carriers alike."""
    account = await api.account(await api.service_provider())
    await api.application(account, name="nul-probe")
    assert [a["name"] for a in (await api.get("/v1/Applications?name=nul-probe")).json()] == [
        "nul-probe"
    ]
    for path in ("/v1/Applications", "/v1/VoipCarriers"):
        for query in ("name=nul%00probe", "name=%00&page=1"):
            r = await api.get(f"{path}?{query}")
            assert r.status_code == 200, r.text
            body = r.json()
            assert (body["data"] if isinstance(body, dict) else body) == []
