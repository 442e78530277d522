"""Smpps: the platform's SMPP endpoints (table `smpp_addresses`).

An admin key manages every address, shared ones included; a service provider key its own
provider's. A list is one provider's addresses, or the shared ones when none is named,
as jambonz answers it.
"""

from __future__ import annotations

from generated.models import Smpp
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import smpp_addresses
from jambonz.services import crud
from jambonz.services.sbcs import provider_of_list

SMPPS = crud.Resource(
    table=smpp_addresses,
    sid_column="smpp_address_sid",
    label="smpp address",
    model=Smpp,
    owners=(crud.SERVICE_PROVIDER,),
    shared=True,
    writers=("admin", "service_provider"),
    flags=("use_tls", "is_primary"),
    order_by=("ipv4", "port"),
)


async def list_for_provider(
    db: Database, principal: Principal, service_provider_sid: str | None
) -> list[dict]:
    column = smpp_addresses.c.service_provider_sid
    if service_provider_sid is None:
        return await crud.list_items(db, principal, SMPPS, column.is_(None))
    provider = provider_of_list(principal, service_provider_sid)
    return await crud.list_items(db, principal, SMPPS, column == provider)
