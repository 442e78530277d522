"""The platform's settings (jambonz's `/SystemInformation`, operator facts §3): one row of
`system_information`, read and written by admins only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from generated.models import SystemInformation, SystemInformationRead, SystemInformationUpdate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import system_information
from jambonz.services.common import changes, require_scope, write_single_row

# jambonz's words for its admin-only mounts.
ADMIN_ONLY = "insufficient privileges"
FIELDS = (
    "domain_name",
    "sip_domain_name",
    "monitoring_domain_name",
    "private_network_cidr",
    "log_level",
)


async def _row(conn: Any) -> SystemInformation | None:
    row = (await conn.execute(select(system_information).limit(1))).first()
    if row is None:
        return None
    return SystemInformation(**{name: getattr(row, name) for name in FIELDS})


async def get(db: Database, principal: Principal) -> SystemInformationRead:
    require_scope(principal, ["admin"], ADMIN_ONLY)
    async with db.read() as conn:
        found = await _row(conn)
    return SystemInformationRead() if found is None else SystemInformationRead(**found.model_dump())


async def update(
    db: Database, principal: Principal, data: SystemInformationUpdate
) -> SystemInformation:
    require_scope(principal, ["admin"], ADMIN_ONLY)
    values = changes(data)
    async with db.write() as conn:
        if await _row(conn) is None:
            values = {"log_level": "info", **values}
        await write_single_row(conn, system_information, values)
        stored = await _row(conn)
    assert stored is not None
    return stored
