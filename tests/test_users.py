"""/v1/Users: who may see, create, change and delete which users, passwords and the
view-only permission (operator facts §2.6-2.8)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio
from sqlalchemy import func, select

from jambonz.db.migrate import upgrade
from jambonz.db.tables import user_permissions, users
from tests.conftest import Api, Tenant, app_api, unique
from tests.signin import PASSWORD, make_user, sign_in, user_token

UNKNOWN = "5d0c6a1e-1f9b-4c8e-9a77-3c2b1d0e9f88"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, login_failure_delay=0) as made:
        yield made


async def _row(api: Api, sid: str):
    async with api.core.db.read() as conn:
        return (await conn.execute(select(users).where(users.c.user_sid == sid))).first()


# --- create --------------------------------------------------------------------------


async def test_create_answers_user_sid_and_stores_only_a_hash(api: Api) -> None:
    sid, name = await make_user(api, force_change=True)
    row = await _row(api, sid)
    assert row.name == name and row.provider == "local" and row.force_change
    assert row.hashed_password.startswith("$argon2id$") and PASSWORD not in row.hashed_password
    assert row.account_sid is None and row.service_provider_sid is None


async def test_scope_in_the_body_is_kept_as_jambonz_keeps_it(api: Api) -> None:
    """jambonz's api-server stores a body's `scope` in `users.scope` (found side by side,
    where this server had refused it); what the user may do still follows from its sids."""
    sid, _ = await make_user(api, scope="admin", account_sid=None)
    assert (await _row(api, sid)).scope == "admin"
    assert (await api.get(f"/v1/Users/{sid}")).json()["scope"] == "admin"
    account_user, _ = await make_user(api, scope="admin")
    assert (await _row(api, account_user)).scope == "admin"
    plain, _ = await make_user(api)
    assert (await _row(api, plain)).scope == "read-write"
    body = {"name": unique(), "email": "z@example.com", "initial_password": PASSWORD}
    for bad in ("", "x" * 17, 3):
        refused = await api.post("/v1/Users", json={**body, "scope": bad})
        assert refused.status_code == 400 and "scope" in refused.json()["msg"], refused.text


async def test_create_refusals(api: Api, tenants: list[Tenant]) -> None:
    name = unique("dup")
    await make_user(api, name=name)
    cases = [
        ({"name": unique(), "email": "x@example.com"}, 400, "initial_password"),
        (
            {"name": unique(), "email": "x@example.com", "initial_password": "short1-"},
            400,
            "password must be between 8 and 20 characters long",
        ),
        (
            {"name": name, "email": "other@example.com", "initial_password": PASSWORD},
            422,
            "invalid username or email",
        ),
        (
            {"name": unique(), "email": f"{name}@example.com", "initial_password": PASSWORD},
            422,
            "invalid username or email",
        ),
        (
            {
                "name": unique(),
                "email": "y@example.com",
                "initial_password": PASSWORD,
                "account_sid": UNKNOWN,
            },
            400,
            "unknown account_sid",
        ),
        (
            {
                "name": unique(),
                "email": "y@example.com",
                "initial_password": PASSWORD,
                "service_provider_sid": UNKNOWN,
            },
            400,
            "unknown service_provider_sid",
        ),
        (
            {
                "name": unique(),
                "email": "y@example.com",
                "initial_password": PASSWORD,
                "service_provider_sid": tenants[0].sp,
                "account_sid": tenants[1].accounts[0],
            },
            400,
            "another service_provider_sid",
        ),
        (
            {
                "name": unique(),
                "email": "y@example.com",
                "initial_password": PASSWORD,
                "provider": "github",
            },
            400,
            "provider",
        ),
    ]
    for body, status, words in cases:
        response = await api.post("/v1/Users", json=body)
        assert response.status_code == status, (body, response.text)
        assert words in response.json()["msg"], (body, response.text)


async def test_owners_within_the_callers_scope(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    # An account's provider is implied by the account.
    sid, _ = await make_user(api, account_sid=mine.accounts[0])
    row = await _row(api, sid)
    assert (row.service_provider_sid, row.account_sid) == (mine.sp, mine.accounts[0])
    # A provider key's users belong to its provider; an account key's to its account.
    sid, _ = await make_user(api, mine.sp_token)
    assert (await _row(api, sid)).service_provider_sid == mine.sp
    sid, name = await make_user(api, mine.account_tokens[1])
    row = await _row(api, sid)
    assert (row.service_provider_sid, row.account_sid) == (mine.sp, mine.accounts[1])
    assert (await sign_in(api, name))["scope"] == "account"  # never a platform admin
    refused = [
        (mine.sp_token, {"service_provider_sid": other.sp}),
        (mine.sp_token, {"account_sid": other.accounts[0]}),
        (mine.account_tokens[0], {"account_sid": mine.accounts[1]}),
        (mine.account_tokens[0], {"service_provider_sid": other.sp}),
    ]
    for token, owners in refused:
        body = {"name": unique(), "email": "z@example.com", "initial_password": PASSWORD, **owners}
        response = await api.post("/v1/Users", token, json=body)
        assert response.status_code == 403, (owners, response.text)
    # What the portal sends for an admin user: null owners.
    sid, _ = await make_user(api, account_sid=None, service_provider_sid=None)
    assert (await _row(api, sid)).service_provider_sid is None


# --- read ----------------------------------------------------------------------------


async def test_list_scopes_and_shape(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    admin_sid, _ = await make_user(api)
    sp_sid, _ = await make_user(api, service_provider_sid=mine.sp)
    acct_sid, _ = await make_user(api, account_sid=mine.accounts[0])
    other_sid, _ = await make_user(api, account_sid=other.accounts[0])
    everyone = {u["user_sid"]: u for u in (await api.get("/v1/Users")).json()}
    assert {admin_sid, sp_sid, acct_sid, other_sid} <= set(everyone)
    assert set(everyone[admin_sid]) == {
        "user_sid",
        "name",
        "email",
        "scope",
        "force_change",
        "is_active",
    }
    assert everyone[admin_sid]["scope"] == "admin" and everyone[admin_sid]["is_active"] == 1
    assert everyone[sp_sid]["scope"] == "service_provider"
    assert everyone[acct_sid]["scope"] == "account"
    assert everyone[acct_sid]["account_sid"] == mine.accounts[0]
    assert everyone[acct_sid]["account_name"] and everyone[acct_sid]["service_provider_name"]
    provider_view = {u["user_sid"] for u in (await api.get("/v1/Users", mine.sp_token)).json()}
    assert {sp_sid, acct_sid} <= provider_view and not {admin_sid, other_sid} & provider_view
    account_view = {
        u["user_sid"] for u in (await api.get("/v1/Users", mine.account_tokens[0])).json()
    }
    assert acct_sid in account_view and not {admin_sid, sp_sid, other_sid} & account_view
    lonely = await api.service_provider()
    empty = await api.get("/v1/Users", await api.key(service_provider_sid=lonely))
    assert empty.status_code == 200 and empty.json() == []


async def test_get_one(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    sid, name = await make_user(api, account_sid=mine.accounts[0], is_view_only=True)
    got = await api.get(f"/v1/Users/{sid}", mine.sp_token)
    assert got.status_code == 200, got.text
    body = got.json()
    assert body["name"] == name and body["is_view_only"] is True and body["scope"] == "read-write"
    assert body["force_change"] == 0 and body["is_active"] == 1
    assert "hashed_password" not in body and "email_activation_code" not in body
    assert (await api.get(f"/v1/Users/{sid.upper()}")).status_code == 200
    for token in (other.sp_token, mine.account_tokens[1]):
        refused = await api.get(f"/v1/Users/{sid}", token)
        assert refused.status_code == 403 and refused.json() == {"msg": "insufficient permissions"}
    assert (await api.get(f"/v1/Users/{UNKNOWN}")).status_code == 404
    assert (await api.get("/v1/Users/not-a-sid")).status_code == 400


async def test_me(api: Api, tenants: list[Tenant]) -> None:
    mine = tenants[0]
    sid, token = await user_token(api, account_sid=mine.accounts[0])
    me = await api.get("/v1/Users/me", token)
    assert me.status_code == 200, me.text
    body = me.json()
    assert body["user"]["user_sid"] == sid and body["user"]["force_change"] is False
    assert body["account"]["account_sid"] == mine.accounts[0]
    assert body["sp"]["service_provider_sid"] == mine.sp
    _, admin_token = await user_token(api)
    alone = (await api.get("/v1/Users/me", admin_token)).json()
    assert alone["account"] is None and alone["sp"] is None
    refused = await api.get("/v1/Users/me")
    assert refused.status_code == 403


# --- update --------------------------------------------------------------------------


async def test_password_change_with_the_old_one(api: Api) -> None:
    sid, name = await make_user(api, force_change=True)
    token = (await sign_in(api, name))["token"]
    url = f"/v1/Users/{sid}"
    cases = [
        ({"old_password": PASSWORD}, 400, "new_password and old_password both required"),
        ({"new_password": "zyxwv98765-"}, 400, "new_password and old_password both required"),
        ({"old_password": PASSWORD, "new_password": "weak"}, 400, "between 8 and 20"),
        (
            {"old_password": PASSWORD, "new_password": "zyxwv98765-", "name": "x"},
            400,
            "can not change name and password simultaneously",
        ),
        (
            {"old_password": "wrong-pass-1", "new_password": "zyxwv98765-"},
            403,
            "old_password is incorrect",
        ),
        ({"old_password": PASSWORD, "new_password": PASSWORD}, 400, "cannot be your old"),
        ({}, 400, "no updates requested"),
        ({"initial_password": None}, 400, "no updates requested"),
    ]
    for body, status, words in cases:
        response = await api.put(url, token, json=body)
        assert response.status_code == status, (body, response.text)
        assert words in response.json()["msg"], (body, response.text)
    assert (await _row(api, sid)).force_change  # nothing was written
    done = await api.put(url, token, json={"old_password": PASSWORD, "new_password": "zyxwv98765-"})
    assert done.status_code == 204, done.text
    assert not (await _row(api, sid)).force_change
    # The session goes on (the portal keeps using it after the forced change) ...
    assert (await api.get("/v1/Users/me", token)).status_code == 200
    # ... and the new password signs in, the old one no more.
    await sign_in(api, name, "zyxwv98765-")
    old = await api.post("/v1/login", None, json={"username": name, "password": PASSWORD})
    assert old.status_code == 403


async def test_initial_password_reset_and_the_policy(api: Api) -> None:
    sid, name = await make_user(api)
    weak = await api.put(f"/v1/Users/{sid}", json={"initial_password": "abc", "name": unique()})
    assert weak.status_code == 400 and "between 8 and 20" in weak.json()["msg"]
    assert (await _row(api, sid)).name == name  # the failed change wrote nothing
    assert (
        await api.put(f"/v1/Users/{sid}", json={"initial_password": "fresh-pass-9"})
    ).status_code == 204
    await sign_in(api, name, "fresh-pass-9")


async def test_owner_changes(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    admin_sid, _ = await make_user(api)
    sp_sid, _ = await make_user(api, service_provider_sid=mine.sp)
    acct_sid, _ = await make_user(api, account_sid=mine.accounts[0])
    # The portal's edit form sends the owners the user already has, nulls included.
    same = {"name": unique(), "account_sid": None, "service_provider_sid": None}
    assert (await api.put(f"/v1/Users/{admin_sid}", json=same)).status_code == 204
    cases = [
        ("admin", sp_sid, {"service_provider_sid": None}, "user may not be promoted"),
        ("admin", acct_sid, {"account_sid": None}, "user may not be promoted"),
        (
            mine.account_tokens[0],
            acct_sid,
            {"account_sid": mine.accounts[1]},
            "moved to another account",
        ),
        (mine.sp_token, sp_sid, {"service_provider_sid": other.sp}, "another service provider"),
        (mine.sp_token, acct_sid, {"account_sid": other.accounts[0]}, "account_sid does not exist"),
        (
            "admin",
            acct_sid,
            {"account_sid": other.accounts[0]},
            "moved to another service provider",
        ),
        ("admin", acct_sid, {"account_sid": UNKNOWN}, "account_sid does not exist"),
    ]
    for token, sid, body, words in cases:
        response = await api.put(f"/v1/Users/{sid}", token, json=body)
        assert response.status_code == 400, (body, response.text)
        assert words in response.json()["msg"], (body, response.text)
    # Within its provider, a provider key moves an account user between its accounts.
    moved = await api.put(
        f"/v1/Users/{acct_sid}", mine.sp_token, json={"account_sid": mine.accounts[1]}
    )
    assert moved.status_code == 204
    assert (await _row(api, acct_sid)).account_sid == mine.accounts[1]
    # An admin gives an admin user a provider and an account at once.
    both = {"service_provider_sid": other.sp, "account_sid": other.accounts[1]}
    assert (await api.put(f"/v1/Users/{admin_sid}", json=both)).status_code == 204
    row = await _row(api, admin_sid)
    assert (row.service_provider_sid, row.account_sid) == (other.sp, other.accounts[1])


async def test_who_may_change_whom(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    sid, _ = await make_user(api, account_sid=mine.accounts[0])
    for token in (other.sp_token, other.account_tokens[0], mine.account_tokens[1]):
        refused = await api.put(f"/v1/Users/{sid}", token, json={"name": unique()})
        assert refused.status_code == 403, refused.text  # jambonz lets other tenants' keys in
    assert (
        await api.put(f"/v1/Users/{sid}", mine.sp_token, json={"name": unique()})
    ).status_code == 204
    assert (await api.put(f"/v1/Users/{UNKNOWN}", json={"name": unique()})).status_code == 404
    # A user may change itself, whatever its scope.
    me, token = await user_token(api, account_sid=mine.accounts[1])
    assert (
        await api.put(f"/v1/Users/{me}", token, json={"email": f"{unique()}@example.com"})
    ).status_code == 204
    taken = await api.put(f"/v1/Users/{me}", token, json={"name": (await _row(api, sid)).name})
    assert taken.status_code == 422 and taken.json()["msg"] == "invalid username or email"


async def test_flags_and_view_only(api: Api) -> None:
    sid, _ = await make_user(api)
    url = f"/v1/Users/{sid}"
    assert (await api.put(url, json={"force_change": True})).status_code == 204
    assert (await _row(api, sid)).force_change
    assert (await api.put(url, json={"is_view_only": True})).status_code == 204
    assert (await api.get(url)).json()["is_view_only"] is True
    # Leaving is_view_only out leaves it as it is (jambonz drops it).
    assert (await api.put(url, json={"name": unique()})).status_code == 204
    assert (await api.get(url)).json()["is_view_only"] is True
    assert (await api.put(url, json={"is_view_only": 0})).status_code == 204
    assert (await api.get(url)).json()["is_view_only"] is False
    assert (await api.put(url, json={"is_active": False})).status_code == 204  # alone: a change
    assert (await api.get(url)).json()["is_active"] == 0


async def test_view_only_user_reads_and_changes_only_its_password(api: Api) -> None:
    sid, token = await user_token(api, is_view_only=True)
    assert (await api.get("/v1/Users", token)).status_code == 200
    for method, path, body in [
        ("POST", "/v1/ServiceProviders", {"name": unique()}),
        ("PUT", f"/v1/Users/{sid}", {"name": unique()}),
        (
            "POST",
            "/v1/Users",
            {"name": unique(), "email": "v@example.com", "initial_password": PASSWORD},
        ),
        ("DELETE", f"/v1/Users/{sid}", None),
        # jambonz lets any body with both passwords through; here only the user's own PUT.
        ("DELETE", f"/v1/Users/{UNKNOWN}", {"old_password": "a", "new_password": "b"}),
    ]:
        response = await api.request(method, path, token, json=body)
        assert response.status_code == 403, (method, path, response.text)
        assert response.json() == {"msg": "User has view-only access"}
    changed = await api.put(
        f"/v1/Users/{sid}", token, json={"old_password": PASSWORD, "new_password": "zyxwv98765-"}
    )
    assert changed.status_code == 204, changed.text
    assert (await api.get(f"/v1/Users/{sid}")).json()["is_view_only"] is True  # still


# --- delete --------------------------------------------------------------------------


async def test_delete(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    sid, token = await user_token(api, service_provider_sid=mine.sp, is_view_only=True)
    assert (await api.delete(f"/v1/Users/{sid}", other.sp_token)).status_code == 403
    assert (await api.delete(f"/v1/Users/{sid}", mine.sp_token)).status_code == 204
    assert await _row(api, sid) is None
    async with api.core.db.read() as conn:
        left = (
            await conn.execute(
                select(func.count())
                .select_from(user_permissions)
                .where(user_permissions.c.user_sid == sid)
            )
        ).scalar_one()
    assert left == 0
    assert (await api.get("/v1/Users", token)).status_code == 401  # its session ended
    assert (await api.delete(f"/v1/Users/{sid}")).status_code == 404


async def test_deleting_an_account_deletes_its_users(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    sid, token = await user_token(api, account_sid=account)
    assert (await api.delete(f"/v1/Accounts/{account}")).status_code == 204
    assert await _row(api, sid) is None
    assert (await api.get("/v1/Users/me", token)).status_code == 401
    lonely_sp = await api.service_provider()
    await make_user(api, service_provider_sid=lonely_sp)
    refused = await api.delete(f"/v1/ServiceProviders/{lonely_sp}")
    assert refused.status_code == 422 and "user(s)" in refused.json()["msg"]


async def test_the_last_active_admin_user_stays(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/last.db"
    upgrade(url)
    async with app_api(url, login_failure_delay=0) as fresh:
        first, _ = await make_user(fresh)
        refused = await fresh.delete(f"/v1/Users/{first}")
        assert refused.status_code == 400 and "last active admin" in refused.json()["msg"]
        second, _ = await make_user(fresh)
        assert (
            await fresh.put(f"/v1/Users/{second}", json={"is_active": False})
        ).status_code == 204
        assert (
            await fresh.delete(f"/v1/Users/{first}")
        ).status_code == 400  # the other is inactive
        assert (await fresh.delete(f"/v1/Users/{second}")).status_code == 204


async def test_me_is_not_a_sid(api: Api) -> None:
    for method in ("PUT", "DELETE"):
        response = await api.request(method, "/v1/Users/me")
        assert response.status_code == 405 and response.headers["allow"] == "GET"
        assert response.json() == {"msg": f"method {method} not allowed on /v1/Users/me"}
