"""SIP and SMPP gateways: the network endpoints of a carrier (§2.7, §2.8).

Both kinds work the same way, so the operations are written once and parameterised by a
`GatewayKind` (table, sid column, read model, flags, cross-field rules). A gateway has no
owner of its own: it is scoped through its carrier (see `voip_carriers`): a key sees the
gateways of the carriers it sees, and changes those of the carriers it may change.
jambonz does not check the scope on a gateway GET at all; here it is checked everywhere.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Select, Table, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import SipGateway, SmppGateway
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import sip_gateways, smpp_gateways, voip_carriers
from jambonz.errors import BadRequest, Forbidden, NotFound
from jambonz.services import voip_carriers as carriers
from jambonz.services.common import changes, drop_repeated_ids, flag, new_sid, norm_sid


def _no_rules(_state: dict[str, Any]) -> None:
    """SMPP gateways have no cross-field rules (jambonz has none either)."""


def is_ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def _sip_rules(state: dict[str, Any]) -> None:
    """jambonz's SIP gateway rules, on the gateway as it would be stored; 400 in jambonz's
    words, as jambonz answers them."""
    if state["inbound"]:
        if not is_ipv4(state["ipv4"]):
            raise BadRequest("Inbound gateway must be IPv4 address")
    elif state["netmask"] != 32:
        raise BadRequest("For outbound only gateway netmask can only be 32")


@dataclass(frozen=True, slots=True)
class GatewayKind:
    """What differs between SIP and SMPP gateways."""

    table: Table
    sid_column: str
    label: str
    model: type[BaseModel]
    flags: tuple[str, ...]
    rules: Callable[[dict[str, Any]], None]

    @property
    def not_found(self) -> str:
        return f"{self.label} not found"


SIP = GatewayKind(
    table=sip_gateways,
    sid_column="sip_gateway_sid",
    label="sip gateway",
    model=SipGateway,
    flags=(
        "inbound",
        "outbound",
        "is_active",
        "send_options_ping",
        "use_sips_scheme",
        "pad_crypto",
        "remove_ice",
        "dtls_off",
    ),
    rules=_sip_rules,
)

SMPP = GatewayKind(
    table=smpp_gateways,
    sid_column="smpp_gateway_sid",
    label="smpp gateway",
    model=SmppGateway,
    flags=("is_primary", "inbound", "outbound", "use_tls"),
    rules=_no_rules,
)


def _to_model(kind: GatewayKind, row: Any) -> Any:
    values = {name: getattr(row, name) for name in kind.model.model_fields}
    for name in kind.flags:
        values[name] = flag(values[name])
    return kind.model(**values)


def _column_values(kind: GatewayKind, values: dict[str, Any]) -> dict[str, Any]:
    for name in kind.flags:
        if name in values:
            values[name] = bool(values[name])
    return values


def _scoped(kind: GatewayKind, principal: Principal) -> Select:
    """The gateways of the carriers the key may see, with their carrier's account."""
    table = kind.table
    return (
        select(table, voip_carriers.c.account_sid.label("carrier_account_sid"))
        .select_from(
            table.join(voip_carriers, voip_carriers.c.voip_carrier_sid == table.c.voip_carrier_sid)
        )
        .where(carriers.visible(principal))
    )


async def _find(
    conn: AsyncConnection,
    principal: Principal,
    kind: GatewayKind,
    sid: str,
    *,
    for_change: bool = False,
) -> Any:
    """The addressed gateway: 404 when the key cannot see its carrier; with `for_change`,
    403 when it can see but not change it (an account key and an SP-wide carrier)."""
    query = _scoped(kind, principal).where(kind.table.c[kind.sid_column] == norm_sid(sid))
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(kind.not_found)
    if for_change and not carriers.may_change(principal, row.carrier_account_sid):
        raise Forbidden(carriers.READ_ONLY)
    return row


async def create(db: Database, principal: Principal, kind: GatewayKind, data: Any) -> str:
    values = data.model_dump()
    carrier_sid = values.pop("voip_carrier_sid")
    async with db.write() as conn:
        carrier = await carriers.carrier_in_body(conn, principal, carrier_sid)
        return await insert_gateway(conn, kind, carrier.voip_carrier_sid, values)


async def insert_gateway(
    conn: AsyncConnection, kind: GatewayKind, voip_carrier_sid: str, values: dict[str, Any]
) -> str:
    """Insert a gateway of a carrier the key may change, inside the caller's transaction,
    and return its sid. `values` are the columns of a `SipGatewayCreate` or
    `SmppGatewayCreate` but `voip_carrier_sid`; the kind's rules apply (400)."""
    kind.rules(values)
    sid = new_sid()
    await conn.execute(
        insert(kind.table).values(
            {
                kind.sid_column: sid,
                "voip_carrier_sid": voip_carrier_sid,
                **_column_values(kind, values),
            }
        )
    )
    return sid


async def list_for_carrier(
    db: Database, principal: Principal, kind: GatewayKind, voip_carrier_sid: str
) -> list[Any]:
    """The gateways of one carrier; 404 when the key cannot see the carrier. An admin key
    asking for a carrier that does not exist gets `[]`, as jambonz answers it (the portal
    asks again for the gateways of the carrier it has just deleted)."""
    async with db.read() as conn:
        try:
            carrier = await carriers.carrier_at_path(conn, principal, voip_carrier_sid)
        except NotFound:
            if principal.is_admin:
                return []
            raise
        table = kind.table
        query = (
            select(table)
            .where(table.c.voip_carrier_sid == carrier.voip_carrier_sid)
            .order_by(table.c.ipv4, table.c[kind.sid_column])
        )
        rows = (await conn.execute(query)).all()
    return [_to_model(kind, row) for row in rows]


async def get(db: Database, principal: Principal, kind: GatewayKind, sid: str) -> Any:
    async with db.read() as conn:
        return _to_model(kind, await _find(conn, principal, kind, sid))


async def update_one(
    db: Database, principal: Principal, kind: GatewayKind, sid: str, data: Any
) -> None:
    values = changes(data)
    async with db.write() as conn:
        row = await _find(conn, principal, kind, sid, for_change=True)
        drop_repeated_ids(values, row, ("voip_carrier_sid", kind.sid_column))
        stored = {name: getattr(row, name) for name in kind.model.model_fields}
        kind.rules({**stored, **values})
        table = kind.table
        if values:
            await conn.execute(
                update(table)
                .where(table.c[kind.sid_column] == getattr(row, kind.sid_column))
                .values(**_column_values(kind, values))
            )


async def delete_one(db: Database, principal: Principal, kind: GatewayKind, sid: str) -> None:
    async with db.write() as conn:
        row = await _find(conn, principal, kind, sid, for_change=True)
        table = kind.table
        await conn.execute(
            delete(table).where(table.c[kind.sid_column] == getattr(row, kind.sid_column))
        )
