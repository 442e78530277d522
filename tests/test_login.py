"""POST /v1/login and /v1/logout: jambonz's answer, session tokens accepted wherever an API
key is (with the user's scope), expiry, revocation seen by another server on the same
store (database or Redis), and failed sign-ins slowed down (operator facts §2.1-2.5)."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import jwt
import pytest
import pytest_asyncio
import redis

from jambonz.db.migrate import upgrade
from jambonz.passwords import verify_password
from tests.conftest import Api, Tenant, app_api, unique
from tests.signin import PASSWORD, make_user, sign_in, user_token

SECRET = "a-test-secret-for-signing-tokens"
REDIS_URL = "redis://127.0.0.1:6379/14"  # a database of its own (TTS cache tests use 11)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(
        database_url, login_failure_delay=0, jwt_secret=SECRET, login_max_failures_per_address=1000
    ) as made:
        yield made


def _redis_up() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


async def _login(api: Api, username: str, password: str):
    return await api.post("/v1/login", None, json={"username": username, "password": password})


# --- the answer and the token ----------------------------------------------------------


async def test_login_answers_as_jambonz(api: Api, tenants: list[Tenant]) -> None:
    mine = tenants[0]
    sid, name = await make_user(api, account_sid=mine.accounts[0], force_change=True)
    body = await sign_in(api, name)
    assert set(body) == {
        "token",
        "user_sid",
        "scope",
        "force_change",
        "permissions",
        "service_provider_sid",
        "service_provider_name",
        "account_sid",
        "account_name",
    }
    assert body["user_sid"] == sid and body["scope"] == "account" and body["force_change"] is True
    assert body["permissions"] == [] and body["account_sid"] == mine.accounts[0]
    claims = jwt.decode(body["token"], SECRET, algorithms=["HS256"])
    assert claims["scope"] == "account" and claims["user_sid"] == sid and claims["name"] == name
    assert claims["account_sid"] == mine.accounts[0] and claims["service_provider_sid"] == mine.sp
    assert claims["is_view_only"] is False and claims["exp"] - claims["iat"] == 3600
    _, sp_name = await make_user(api, service_provider_sid=mine.sp, is_view_only=True)
    sp_body = await sign_in(api, sp_name)
    assert sp_body["scope"] == "service_provider" and "account_sid" not in sp_body
    assert sp_body["permissions"] == ["VIEW_ONLY"]
    assert jwt.decode(sp_body["token"], SECRET, algorithms=["HS256"])["is_view_only"] is True
    _, admin_name = await make_user(api)
    admin_body = await sign_in(api, admin_name)
    assert admin_body["scope"] == "admin" and "service_provider_sid" not in admin_body


async def test_a_token_has_the_users_scope(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    _, sp_token = await user_token(api, service_provider_sid=mine.sp)
    listed = await api.get("/v1/Accounts", sp_token)  # the fast path
    assert listed.status_code == 200
    assert {a["account_sid"] for a in listed.json()} == set(mine.accounts)
    assert (await api.get(f"/v1/Accounts/{other.accounts[0]}", sp_token)).status_code == 404
    # Through Connexion too (a server without the fast path), with the same secret.
    async with app_api(api.core.settings.database_url, jwt_secret=SECRET, fast_path=False) as slow:
        assert {a["account_sid"] for a in (await slow.get("/v1/Accounts", sp_token)).json()} == set(
            mine.accounts
        )
        refused = await slow.post("/v1/ServiceProviders", sp_token, json={"name": unique()})
        assert refused.status_code == 403
        _, viewer = await user_token(api, is_view_only=True)
        read_only = await slow.post("/v1/ServiceProviders", viewer, json={"name": unique()})
        assert read_only.status_code == 403
        assert read_only.json() == {"msg": "User has view-only access"}
    created = await api.post("/v1/Accounts", sp_token, json={"name": unique("by-user")})
    assert created.status_code == 201, created.text
    _, account_token = await user_token(api, account_sid=mine.accounts[1])
    apps = await api.get(f"/v1/Accounts/{mine.accounts[0]}/Applications", account_token)
    assert apps.status_code == 404
    refused = await api.post("/v1/ServiceProviders", account_token, json={"name": unique()})
    assert refused.status_code == 403


async def test_expired_foreign_and_unsigned_tokens_are_refused(api: Api) -> None:
    _, token = await user_token(api)
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    now = int(time.time())
    expired = jwt.encode({**claims, "iat": now - 7200, "exp": now - 1}, SECRET, algorithm="HS256")
    foreign = jwt.encode(claims, "another-secret-entirely-other-than-ours", algorithm="HS256")
    unsigned = jwt.encode(claims, None, algorithm="none")
    for bad in (expired, foreign, unsigned, token + "x"):
        response = await api.get("/v1/Users", bad)
        assert response.status_code == 401, response.text
        assert "WWW-Authenticate" in response.headers
    assert (await api.get("/v1/Users", token)).status_code == 200


def _service_token(claims: dict[str, object], *, lifetime: int | None = 3600) -> str:
    """A token minted by a component that holds the shared secret (no user, no session),
    as jambonz's own test suite mints them."""
    now = int(time.time())
    payload = {**claims, "iat": now}
    if lifetime is not None:
        payload["exp"] = now + lifetime
    return jwt.encode(payload, SECRET, algorithm="HS256")


async def test_service_tokens_carry_their_scope(api: Api, tenants: list[Tenant]) -> None:
    mine, other = tenants
    # The service provider claim is not trusted: the account's own is read from the store.
    token = _service_token(
        {"account_sid": mine.accounts[0], "service_provider_sid": other.sp, "scope": "account"}
    )
    own = await api.get(f"/v1/Accounts/{mine.accounts[0]}/Applications", token)
    assert own.status_code == 200, own.text
    assert (
        await api.get(f"/v1/Accounts/{mine.accounts[1]}/Applications", token)
    ).status_code == 404
    listed = await api.get("/v1/Accounts", token)
    assert [a["account_sid"] for a in listed.json()] == [mine.accounts[0]]
    sp_token = _service_token({"service_provider_sid": mine.sp, "scope": "service_provider"})
    accounts = await api.get("/v1/Accounts", sp_token)
    seen = {a["account_sid"] for a in accounts.json()}
    assert set(mine.accounts) <= seen and not seen & set(other.accounts)
    view_only = _service_token(
        {"account_sid": mine.accounts[0], "scope": "account", "permissions": ["VIEW_ONLY"]}
    )
    refused = await api.post(
        "/v1/Applications",
        view_only,
        json={
            "name": unique(),
            "account_sid": mine.accounts[0],
            "call_hook": {"url": "http://127.0.0.1:9/call"},
            "call_status_hook": {"url": "http://127.0.0.1:9/status"},
        },
    )
    assert refused.status_code == 403, refused.text


async def test_service_tokens_without_expiry_or_owner_are_refused(
    api: Api, tenants: list[Tenant]
) -> None:
    account = tenants[0].accounts[0]
    forever = _service_token({"account_sid": account, "scope": "account"}, lifetime=None)
    expired = _service_token({"account_sid": account, "scope": "account"}, lifetime=-10)
    ghost = _service_token({"account_sid": str(uuid.uuid4()), "scope": "account"})
    no_owner = _service_token({"scope": "service_provider"})
    odd_scope = _service_token({"account_sid": account, "scope": "superuser"})
    for bad in (forever, expired, ghost, no_owner, odd_scope):
        response = await api.get("/v1/Accounts", bad)
        assert response.status_code == 401, response.text


async def test_short_lived_tokens_expire(database_url: str) -> None:
    upgrade(database_url)
    async with app_api(
        database_url, login_failure_delay=0, jwt_secret=SECRET, jwt_expires_minutes=0
    ) as short:
        _, name = await make_user(short)
        token = (await sign_in(short, name))["token"]
        assert (await short.get("/v1/Users", token)).status_code == 401


# --- logout ----------------------------------------------------------------------------


async def test_logout_ends_every_token_of_the_user(api: Api) -> None:
    sid, name = await make_user(api)
    first = (await sign_in(api, name))["token"]
    second = (await sign_in(api, name))["token"]
    assert (await api.post("/v1/logout", first)).status_code == 204
    for token in (first, second):
        assert (await api.get("/v1/Users", token)).status_code == 401
    again = (await sign_in(api, name))["token"]  # a new sign-in opens a new session
    assert (await api.get(f"/v1/Users/{sid}", again)).status_code == 200
    refused = await api.post("/v1/logout")  # an API key has no session
    assert refused.status_code == 403


async def _revocation_is_seen_by_another_server(database_url: str, **settings: object) -> None:
    common = {"login_failure_delay": 0, "jwt_secret": SECRET, **settings}
    async with app_api(database_url, **common) as one, app_api(database_url, **common) as two:
        _, name = await make_user(one)
        token = (await sign_in(one, name))["token"]
        assert (await two.get("/v1/Users/me", token)).status_code == 200
        assert (await two.post("/v1/logout", token)).status_code == 204
        assert (await one.get("/v1/Users/me", token)).status_code == 401
        assert (await two.get("/v1/Users/me", token)).status_code == 401


async def test_logout_is_seen_by_another_server_on_the_same_database(database_url: str) -> None:
    await _revocation_is_seen_by_another_server(database_url)


@pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379")
async def test_logout_is_seen_by_another_server_on_the_same_redis(database_url: str) -> None:
    await _revocation_is_seen_by_another_server(
        database_url, redis_url=REDIS_URL, login_max_failures_per_address=10**6
    )


@pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379")
async def test_redis_keeps_jambonz_session_key_and_failure_counts(database_url: str) -> None:
    import hashlib

    async with app_api(
        database_url,
        login_failure_delay=0,
        jwt_secret=SECRET,
        redis_url=REDIS_URL,
        login_max_failures=2,
        login_max_failures_per_address=10**6,
    ) as api:
        sid, name = await make_user(api)
        await sign_in(api, name)
        key = f"jwt:{hashlib.md5(sid.encode()).hexdigest()}:version:v2"
        client = redis.Redis.from_url(REDIS_URL)
        assert 3590 <= client.ttl(key) <= 3600
        assert (await _login(api, name, "wrong-password-1")).status_code == 403
        assert (await _login(api, name, "wrong-password-2")).status_code == 403
        assert (await _login(api, name, PASSWORD)).status_code == 403  # locked out
        client.close()


async def test_an_unreachable_redis_is_503_never_a_pass(database_url: str) -> None:
    async with app_api(
        database_url, login_failure_delay=0, jwt_secret=SECRET, redis_url="redis://127.0.0.1:1/0"
    ) as api:
        _, name = await make_user(api)
        refused = await _login(api, name, PASSWORD)
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "1"
        claims = {
            "scope": "admin",
            "user_sid": str(uuid.uuid4()),
            "iat": int(time.time()),
            "exp": int(time.time()) + 60,
            "permissions": [],
        }
        forged_session = jwt.encode(claims, SECRET, algorithm="HS256")
        assert (await api.get("/v1/Users", forged_session)).status_code == 503


# --- failed sign-ins -------------------------------------------------------------------


async def test_failures_say_nothing_about_the_user(api: Api) -> None:
    _, name = await make_user(api)
    _, inactive = await make_user(api, is_active=False)
    answers = [
        await _login(api, name, "wrong-password-1"),
        await _login(api, unique("nobody"), PASSWORD),
        await _login(api, inactive, PASSWORD),
    ]
    assert {(r.status_code, r.text) for r in answers} == {
        (403, '{"msg": "invalid username or password"}')
    }
    for body in ({"username": name}, {"password": PASSWORD}, {"username": "", "password": "x"}):
        assert (await api.post("/v1/login", None, json=body)).status_code == 400


async def test_jambonz_argon2i_hashes_verify() -> None:
    """A store shared with jambonz: hashes made as jambonz makes them (argon2i, t=3,
    m=64 MiB, p=4, 32-byte salt and hash) verify here."""
    from argon2 import PasswordHasher, Type

    theirs = PasswordHasher(
        type=Type.I, time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, salt_len=32
    ).hash("their-password-1")
    assert theirs.startswith("$argon2i$")
    assert await verify_password(theirs, "their-password-1")
    assert not await verify_password(theirs, "their-password-2")


async def test_unknown_users_cost_a_password_check_too() -> None:
    started = time.perf_counter()
    assert not await verify_password(None, PASSWORD)
    assert time.perf_counter() - started > 0.005  # an argon2 check, not an early return


async def test_lockout_per_user_name(api: Api) -> None:
    _, name = await make_user(api)
    for _ in range(5):
        response = await _login(api, name, "wrong-password-1")
        assert response.json() == {"msg": "invalid username or password"}
    sixth = await _login(api, name, "wrong-password-1")
    assert sixth.status_code == 403
    assert sixth.json() == {"msg": "too many failed sign-ins: try again in 1800 seconds"}
    locked = await _login(api, name, PASSWORD)  # even the right password
    assert locked.status_code == 403 and "try again later" in locked.json()["msg"]
    # An unknown name is locked out alike (jambonz counts only existing users).
    nobody = unique("nobody")
    for _ in range(6):
        await _login(api, nobody, "wrong-password-1")
    assert "try again later" in (await _login(api, nobody, "x")).json()["msg"]


async def test_a_success_clears_the_names_count(api: Api) -> None:
    _, name = await make_user(api)
    for _ in range(5):
        await _login(api, name, "wrong-password-1")
    await sign_in(api, name)
    assert (await _login(api, name, "wrong-password-1")).json()["msg"].startswith("invalid")


async def test_lockout_per_client_address(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/address.db"
    upgrade(url)
    async with app_api(
        url, login_failure_delay=0, jwt_secret=SECRET, login_max_failures_per_address=3
    ) as api:
        _, name = await make_user(api)
        await sign_in(api, name)
        for _ in range(3):
            await _login(api, unique("guess"), "wrong-password-1")
        locked = await _login(api, name, PASSWORD)
        assert locked.status_code == 403 and "too many" in locked.json()["msg"]


async def test_failures_wait_a_random_moment(database_url: str) -> None:
    async with app_api(database_url, login_failure_delay=0.5, jwt_secret=SECRET) as api:
        started = time.perf_counter()
        await _login(api, unique("nobody"), "wrong-password-1")
        assert time.perf_counter() - started >= 0.1
