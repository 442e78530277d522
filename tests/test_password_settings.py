"""/v1/PasswordSettings: the policy, who may set it, and that every password change meets
it (operator facts §2.6)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from sqlalchemy import func, select

from jambonz.db.migrate import upgrade
from jambonz.db.tables import password_settings
from tests.conftest import Api, Tenant, app_api, unique
from tests.signin import make_user, user_token


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    upgrade(database_url)
    async with app_api(database_url, login_failure_delay=0) as made:
        yield made


async def _create(api: Api, password: str):
    name = unique("pw")
    body = {"name": name, "email": f"{name}@example.com", "initial_password": password}
    return await api.post("/v1/Users", json=body)


async def test_the_policy_end_to_end(api: Api, tenants: list[Tenant]) -> None:
    # No policy stored: jambonz's default, 8 to 20 characters, read by any caller.
    for token in ("admin", tenants[0].account_tokens[0]):
        got = await api.get("/v1/PasswordSettings", token)
        assert got.status_code == 200 and got.json() == {"min_password_length": 8}
    assert (await _create(api, "a" * 7)).json()["msg"] == (
        "password must be between 8 and 20 characters long"
    )
    assert (await _create(api, "a" * 21)).status_code == 400
    assert (await _create(api, "a" * 8)).status_code == 201

    # Only admins set it; a user's token of admin scope may.
    for token in (tenants[0].sp_token, tenants[0].account_tokens[0]):
        refused = await api.post("/v1/PasswordSettings", token, json={"min_password_length": 10})
        assert refused.status_code == 403
    _, admin_user = await user_token(api)
    stored = await api.post(
        "/v1/PasswordSettings",
        admin_user,
        json={"min_password_length": 15, "require_digit": 1, "require_special_character": True},
    )
    assert stored.status_code == 201 and stored.json() == {}
    assert (await api.get("/v1/PasswordSettings")).json() == {
        "min_password_length": 15,
        "require_digit": 1,
        "require_special_character": 1,
    }
    cases = [
        ("abcdefgh12-", "password must be at least 15 characters long"),
        ("abcdefghijklmno-", "password must contain at least one digit"),
        ("abcdefghijklmno1", "password must contain at least one special character"),
    ]
    for password, words in cases:
        response = await _create(api, password)
        assert response.status_code == 400 and response.json()["msg"].startswith(words)
    assert (await _create(api, "abcdefghijklmno1-" + "x" * 30)).status_code == 201  # no maximum

    # Every way of setting a password meets it.
    sid, _ = await make_user(api, initial_password="abcdefghijklmno1-")
    weak = await api.put(f"/v1/Users/{sid}", json={"initial_password": "short1-"})
    assert weak.status_code == 400 and "at least 15" in weak.json()["msg"]
    weak = await api.put(
        f"/v1/Users/{sid}",
        json={"old_password": "abcdefghijklmno1-", "new_password": "abcdefghijklmnop1"},
    )
    assert weak.status_code == 400 and "special character" in weak.json()["msg"]

    # A partial update keeps the other rules; the table keeps one row.
    assert (
        await api.post(
            "/v1/PasswordSettings", json={"min_password_length": 10, "require_special_character": 0}
        )
    ).status_code == 201
    assert (await api.get("/v1/PasswordSettings")).json() == {
        "min_password_length": 10,
        "require_digit": 1,
        "require_special_character": 0,
    }
    async with api.core.db.read() as conn:
        rows = (await conn.execute(select(func.count()).select_from(password_settings))).scalar()
    assert rows == 1


async def test_refused_settings(api: Api) -> None:
    for body in (
        {"min_password_length": 7},
        {"min_password_length": 21},
        {"min_password_length": 0},
    ):
        response = await api.post("/v1/PasswordSettings", json=body)
        assert response.status_code == 400
        assert response.json()["msg"] == (
            "invalid min_password_length property: should be between 8-20"
        )
    for body in ({"max_password_length": 30}, {"require_digit": "yes"}):
        assert (await api.post("/v1/PasswordSettings", json=body)).status_code == 400
