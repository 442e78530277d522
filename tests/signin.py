"""Helpers for the tests of users and sessions: make a user through the API, sign it in."""

from __future__ import annotations

from typing import Any

from tests.conftest import Api, unique

PASSWORD = "abcde12345-"


async def make_user(api: Api, token: str | None = "admin", **fields: Any) -> tuple[str, str]:
    """A new user (through `POST /Users`); returns its sid and name."""
    name = fields.pop("name", None) or unique("user")
    body = {"name": name, "email": f"{name}@example.com", "initial_password": PASSWORD, **fields}
    response = await api.post("/v1/Users", token, json=body)
    assert response.status_code == 201, response.text
    return response.json()["user_sid"], name


async def sign_in(api: Api, name: str, password: str = PASSWORD) -> dict[str, Any]:
    response = await api.post("/v1/login", None, json={"username": name, "password": password})
    assert response.status_code == 200, response.text
    return response.json()


async def user_token(api: Api, token: str | None = "admin", **fields: Any) -> tuple[str, str]:
    """A new user, signed in: its sid and its session token."""
    sid, name = await make_user(api, token, **fields)
    return sid, (await sign_in(api, name))["token"]
