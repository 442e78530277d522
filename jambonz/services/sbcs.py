"""Sbcs: the public addresses of the platform's session border controllers (table
`sbc_addresses`).

Only admin keys add and remove them. A list is one provider's addresses, or the shared
ones (no provider) when that provider has none, as jambonz answers it: the portal shows a
provider's customers where to send SIP.
"""

from __future__ import annotations

from generated.models import Sbc
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import sbc_addresses
from jambonz.errors import Forbidden
from jambonz.services import crud, scope
from jambonz.services.common import norm_sid

SBCS = crud.Resource(
    table=sbc_addresses,
    sid_column="sbc_address_sid",
    label="sbc address",
    model=Sbc,
    owners=(crud.SERVICE_PROVIDER,),
    shared=True,
    writers=("admin",),
    order_by=("ipv4", "port"),
)


def provider_of_list(principal: Principal, service_provider_sid: str | None) -> str | None:
    """The provider whose addresses a list shows: a non-admin key's own (naming another
    one is 403), an admin key's query value."""
    if principal.is_admin:
        return norm_sid(service_provider_sid) if service_provider_sid else None
    own = principal.service_provider_sid
    if service_provider_sid is not None and norm_sid(service_provider_sid) != own:
        raise Forbidden(scope.INSUFFICIENT_PERMISSIONS)
    return own


async def list_for_provider(
    db: Database, principal: Principal, service_provider_sid: str | None
) -> list[dict]:
    provider = provider_of_list(principal, service_provider_sid)
    column = sbc_addresses.c.service_provider_sid
    if provider is not None:
        own = await crud.list_items(db, principal, SBCS, column == provider)
        if own:
            return own
    return await crud.list_items(db, principal, SBCS, column.is_(None))
