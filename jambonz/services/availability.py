"""Is an e-mail, phone or SIP realm still free? (jambonz's `/Availability`)

The portal asks before it offers a user's e-mail or an account's SIP realm: both must be
unique on the platform. E-mails and realms are compared without regard to case, as
jambonz's MySQL collation compares them, so the answer is the same on every store.
"""

from __future__ import annotations

from sqlalchemy import func, select

from jambonz.db import Database
from jambonz.db.tables import accounts, users
from jambonz.errors import BadRequest

_COLUMNS = {
    "email": (users.c.email, True),
    "phone": (users.c.phone, False),
    "subdomain": (accounts.c.sip_realm, True),
}


async def is_available(db: Database, kind: str | None, value: str | None) -> bool:
    found = _COLUMNS.get(kind or "")
    if found is None:
        raise BadRequest(f"invalid type: {'undefined' if kind is None else kind}")
    if value is None:
        raise BadRequest("the query parameter value is required")
    if "\x00" in value:  # no stored value holds a NUL (PostgreSQL refuses one in a query)
        return True
    column, folded = found
    condition = func.lower(column) == value.lower() if folded else column == value
    async with db.read() as conn:
        taken = (await conn.execute(select(column).where(condition).limit(1))).first()
    return taken is None
