"""Invite codes (`beta_invite_codes`): six characters a sign-up page asks for.

Only their creation is served, as jambonz's tests use it; what a hosted sign-up does with
them is out of scope. Codes are drawn with `secrets`, so they cannot be predicted from
earlier ones.
"""

from __future__ import annotations

import secrets

from sqlalchemy import insert, select

from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import beta_invite_codes
from jambonz.services.common import require_scope

ALPHABET = "0123456789ABCXZ"
LENGTH = 6


def _new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


async def create(db: Database, principal: Principal, count: int | None) -> list[str]:
    """Create `count` unused codes (at least one) that do not exist yet; return them."""
    require_scope(principal, ["admin"], "insufficient permissions")
    wanted = max(count or 1, 1)
    async with db.write() as conn:
        taken = set((await conn.execute(select(beta_invite_codes.c.invite_code))).scalars())
        codes: list[str] = []
        while len(codes) < wanted:
            code = _new_code()
            if code not in taken:
                taken.add(code)
                codes.append(code)
        await conn.execute(insert(beta_invite_codes), [{"invite_code": c} for c in codes])
    return codes
