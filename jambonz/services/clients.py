"""Clients: SIP users that jambonz authenticates itself (table `clients`).

A client belongs to an account, and its user name is unique within it (jambonz answers a
duplicate 400 `the client's username already exists`, checked before the unique index
would answer 422). The password is sealed at rest, bound to the client's sid, and read
back masked as jambonz masks it: its first character and an `X` for each other one.

jambonz checks no owner on `PUT` and `DELETE`, and writes the caller's account into the
row (another account's key moves the client to itself); here the scoped CRUD's rules
apply, so a client outside the key's scope is 404 and never changes account.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import SipClient
from jambonz.auth import Principal
from jambonz.db.tables import clients
from jambonz.errors import BadRequest
from jambonz.services import crud

USERNAME_EXISTS = "the client's username already exists"
FLAGS = (
    "is_active",
    "allow_direct_app_calling",
    "allow_direct_queue_calling",
    "allow_direct_user_calling",
)


def mask(password: str | None) -> str | None:
    """jambonz's reading of a secret: the first character, then an `X` for each other one
    (a one-character password reads `X`: jambonz shows it whole)."""
    if password is None:
        return None
    if len(password) <= 1:
        return "X"
    return password[0] + "X" * (len(password) - 1)


async def _unique_username(
    conn: AsyncConnection,
    _principal: Principal,
    state: dict[str, Any],
    _stored: Mapping[str, Any] | None,
) -> None:
    """No other client of the account has the user name (400, in jambonz's words)."""
    query = select(clients.c.client_sid).where(
        clients.c.account_sid == state["account_sid"], clients.c.username == state["username"]
    )
    sid = state.get("client_sid")
    if sid is not None:
        query = query.where(clients.c.client_sid != sid)
    if (await conn.execute(query.limit(1))).first() is not None:
        raise BadRequest(USERNAME_EXISTS)


def _encode(values: dict[str, Any]) -> dict[str, Any]:
    """Flags as booleans (a body may send 0/1)."""
    return {k: bool(v) if k in FLAGS and v is not None else v for k, v in values.items()}


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {**values, "password": mask(values.get("password"))}


CLIENTS = crud.Resource(
    table=clients,
    sid_column="client_sid",
    label="client",
    model=SipClient,
    owners=(crud.ACCOUNT,),
    flags=FLAGS,
    rules=_unique_username,
    encode=_encode,
    present=_present,
    sealed=("password",),
    order_by=("username", "client_sid"),
)


async def registration_flags(conn: AsyncConnection, account_sid: str, username: str) -> Any:
    """The calling permissions of the account's client of that user name, or None."""
    query = select(
        clients.c.allow_direct_app_calling,
        clients.c.allow_direct_queue_calling,
        clients.c.allow_direct_user_calling,
    ).where(clients.c.account_sid == account_sid, clients.c.username == username)
    return (await conn.execute(query)).first()
