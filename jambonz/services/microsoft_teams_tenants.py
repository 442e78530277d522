"""MicrosoftTeamsTenants: Teams tenants whose Direct Routing traffic reaches an account
(table `ms_teams_tenants`).

A tenant belongs to an account (and so to its provider). jambonz checks no scope here at
all; this server applies the account rules of every other resource.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import MicrosoftTeamsTenant
from jambonz.auth import Principal
from jambonz.db.tables import applications, ms_teams_tenants
from jambonz.errors import BadRequest
from jambonz.services import crud, scope
from jambonz.services.common import norm_sid


async def _application_of_account(
    conn: AsyncConnection,
    _principal: Principal,
    state: dict[str, Any],
    _stored: Mapping[str, Any] | None,
) -> None:
    """An `application_sid` names one of the tenant's account's applications (400)."""
    sid = state.get("application_sid")
    if sid is None:
        return
    state["application_sid"] = norm_sid(sid)
    found = await conn.execute(
        select(applications.c.application_sid).where(
            applications.c.application_sid == state["application_sid"],
            applications.c.account_sid == state["account_sid"],
        )
    )
    if found.first() is None:
        raise BadRequest(scope.unknown("application_sid"))


def _lowercase_sid(values: dict[str, Any]) -> dict[str, Any]:
    if values.get("application_sid"):
        values = {**values, "application_sid": norm_sid(values["application_sid"])}
    return values


TENANTS = crud.Resource(
    table=ms_teams_tenants,
    sid_column="ms_teams_tenant_sid",
    label="ms teams tenant",
    model=MicrosoftTeamsTenant,
    owners=(crud.SERVICE_PROVIDER, crud.ACCOUNT),
    rules=_application_of_account,
    encode=_lowercase_sid,
    order_by=("tenant_fqdn",),
)
