"""Bearer-token security for Connexion (`x-bearerInfoFunc` in the contract) and the fast
path: an API key's token or a signed-in user's (jambonz/sessions.py), and the view-only
rule."""

from __future__ import annotations

from typing import Any

from handlers.context import core, request_scope
from jambonz.auth import Principal, authenticate
from jambonz.errors import Forbidden
from jambonz.sessions import NOT_A_SESSION

BASE_PATH = "/v1"
VIEW_ONLY = "User has view-only access"
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


def _view_only_may(principal: Principal, method: str, path: str) -> bool:
    """What a view-only user may do besides reading: sign out, and change its own
    password (`PUT /Users/<its own sid>`; the Users service refuses any other change)."""
    if method == "POST" and path == BASE_PATH + "/logout":
        return True
    own = f"{BASE_PATH}/Users/{principal.user_sid}"
    return method == "PUT" and path.lower() == own.lower()


def check_view_only(principal: Principal, method: str, path: str) -> None:
    """403 for a view-only user's request that would change something, before any
    handler runs (jambonz answers these words)."""
    if principal.view_only and method not in _READS and not _view_only_may(principal, method, path):
        raise Forbidden(VIEW_ONLY)


async def principal_for(token: str, method: str, path: str) -> Principal | None:
    """The caller behind a bearer token: a user's session token first (as jambonz), else
    an API key; None when neither is valid."""
    found = core()
    principal = await found.sessions.principal(token)
    if principal is NOT_A_SESSION:
        principal = await authenticate(found.db, token)
    if principal is None:
        return None
    assert isinstance(principal, Principal)
    check_view_only(principal, method, path)
    return principal


async def bearer_info(token: str) -> dict[str, Any] | None:
    """Connexion answers 401 when this returns None."""
    scope = request_scope()
    principal = await principal_for(token, scope["method"], scope["path"])
    if principal is None:
        return None
    return {"sub": principal.subject, "principal": principal}
