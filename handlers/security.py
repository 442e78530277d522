"""Bearer-token security for Connexion (`x-bearerInfoFunc` in the contract)."""

from __future__ import annotations

from typing import Any

from handlers.context import core
from jambonz.auth import authenticate


async def bearer_info(token: str) -> dict[str, Any] | None:
    """Connexion answers 401 when this returns None."""
    principal = await authenticate(core().db, token)
    if principal is None:
        return None
    return {"sub": principal.api_key_sid, "principal": principal}
