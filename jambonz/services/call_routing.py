"""Which carrier an outbound call to a phone number goes out through (operator facts
§5.5), for calls placed through the API and for the legs a `dial` verb makes.

In jambonz the feature server and the SBC share this choice: a `trunk` named by the target
wins; otherwise the SBC consults the least-cost routing table of the account or of its
service provider; otherwise it falls back to the carrier of the calling number and then to
the account's carriers. Here the same order, made deterministic:

1. the active carrier named by the target's `trunk` that the account may use (its own
   before its provider's provider-wide ones);
2. the account's active routing table, then its provider's: routes by priority, the first
   whose pattern matches the dialled number and that has an active carrier gives its
   carriers by entry priority, the first is taken; when no route matches, the table's
   default entry;
3. the carrier of the calling number (one of the account's phone numbers), else the
   account's first active carrier with an active outbound SIP gateway, then its
   provider's (oldest first; jambonz picks at random);
4. none: the simulator places the call all the same (jambonz would answer 603).

Every read is a `Prepared` statement, so on the hot path of placing calls it is answered
from the read cache until one of its tables changes.
"""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import String, and_, bindparam, case, exists, or_, select, true

from jambonz.calls.engine import Carrier
from jambonz.db import Database
from jambonz.db.prepared import Prepared
from jambonz.db.tables import (
    lcr,
    lcr_carrier_set_entry,
    lcr_routes,
    phone_numbers,
    sip_gateways,
    voip_carriers,
)
from jambonz.services.lcrs import route_matches
from jambonz.services.phone_numbers import normalise_number

_ACCOUNT = bindparam("account_sid", type_=String)
_PROVIDER = bindparam("service_provider_sid", type_=String)

# The carriers the account may use: its own and its provider's provider-wide ones.
_USABLE = or_(
    voip_carriers.c.account_sid == _ACCOUNT,
    and_(voip_carriers.c.account_sid.is_(None), voip_carriers.c.service_provider_sid == _PROVIDER),
)
_OWN_FIRST = (voip_carriers.c.account_sid.is_(None), voip_carriers.c.created_at)

_NAMED = Prepared(
    select(voip_carriers.c.voip_carrier_sid, voip_carriers.c.name)
    .where(
        voip_carriers.c.name == bindparam("trunk", type_=String),
        voip_carriers.c.is_active == true(),
        _USABLE,
    )
    .order_by(*_OWN_FIRST, voip_carriers.c.voip_carrier_sid)
    .limit(1)
)

# Every usable (active) carrier of every route of the account's and its provider's active
# tables, the account's table first, then by route and entry priority. A table's entries
# were checked against its owner when written; the platform's ownerless carriers (which
# only admin keys can put in a table) are usable too.
_TABLE_ROWS = Prepared(
    select(
        lcr.c.lcr_sid,
        lcr.c.default_carrier_set_entry_sid,
        lcr_routes.c.lcr_route_sid,
        lcr_routes.c.regex,
        lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid,
        voip_carriers.c.voip_carrier_sid,
        voip_carriers.c.name,
    )
    .select_from(
        lcr.join(lcr_routes, lcr_routes.c.lcr_sid == lcr.c.lcr_sid)
        .join(
            lcr_carrier_set_entry,
            lcr_carrier_set_entry.c.lcr_route_sid == lcr_routes.c.lcr_route_sid,
        )
        .join(
            voip_carriers,
            voip_carriers.c.voip_carrier_sid == lcr_carrier_set_entry.c.voip_carrier_sid,
        )
    )
    .where(
        lcr.c.is_active == true(),
        or_(
            lcr.c.account_sid == _ACCOUNT,
            and_(lcr.c.account_sid.is_(None), lcr.c.service_provider_sid == _PROVIDER),
        ),
        voip_carriers.c.is_active == true(),
        or_(
            _USABLE,
            and_(
                voip_carriers.c.account_sid.is_(None),
                voip_carriers.c.service_provider_sid.is_(None),
            ),
        ),
    )
    .order_by(
        lcr.c.account_sid.is_(None),
        lcr.c.lcr_sid,
        lcr_routes.c.priority,
        lcr_routes.c.lcr_route_sid,
        lcr_carrier_set_entry.c.priority,
        lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid,
    )
)

_CALLING_NUMBER_CARRIER = (
    select(phone_numbers.c.voip_carrier_sid)
    .where(
        phone_numbers.c.number == bindparam("from_number", type_=String),
        phone_numbers.c.account_sid == _ACCOUNT,
    )
    .scalar_subquery()
)
_OUTBOUND_GATEWAY = exists().where(
    sip_gateways.c.voip_carrier_sid == voip_carriers.c.voip_carrier_sid,
    sip_gateways.c.outbound == true(),
    sip_gateways.c.is_active == true(),
)
_FALLBACK = Prepared(
    select(voip_carriers.c.voip_carrier_sid, voip_carriers.c.name)
    .where(
        voip_carriers.c.is_active == true(),
        _USABLE,
        or_(voip_carriers.c.voip_carrier_sid == _CALLING_NUMBER_CARRIER, _OUTBOUND_GATEWAY),
    )
    .order_by(
        case((voip_carriers.c.voip_carrier_sid == _CALLING_NUMBER_CARRIER, 0), else_=1),
        *_OWN_FIRST,
        voip_carriers.c.voip_carrier_sid,
    )
    .limit(1)
)


def _from_table(rows: list[Any], number: str) -> Carrier | None:
    """The carrier the first table that has one gives for `number` (see the module's
    docstring). `rows` come ordered by table, route priority, entry priority."""
    for _, group in itertools.groupby(rows, key=lambda row: row.lcr_sid):
        table = list(group)
        matched: dict[str, bool] = {}
        for row in table:
            route = row.lcr_route_sid
            if route not in matched:
                matched[route] = route_matches(row.regex, number)
            if matched[route]:
                return Carrier(voip_carrier_sid=row.voip_carrier_sid, name=row.name)
        for row in table:
            if row.lcr_carrier_set_entry_sid == row.default_carrier_set_entry_sid:
                return Carrier(voip_carrier_sid=row.voip_carrier_sid, name=row.name)
    return None


def _digits(number: str) -> str | None:
    """The calling number as phone numbers are stored, or None when it is not one."""
    try:
        return normalise_number(number.strip())
    except ValueError:
        return None


async def choose_carrier(
    conn: Any,
    account_sid: str,
    service_provider_sid: str | None,
    from_: str,
    target: dict[str, Any],
) -> Carrier | None:
    """The carrier for a leg to `target` placed by the account (None for a target that is
    not a phone number, or when no carrier applies)."""
    if target.get("type") != "phone":
        return None
    owners = {"account_sid": account_sid, "service_provider_sid": service_provider_sid}
    trunk = target.get("trunk")
    if trunk:
        row = await _NAMED.first(conn, trunk=str(trunk), **owners)
        if row is not None:
            return Carrier(voip_carrier_sid=row.voip_carrier_sid, name=row.name)
    chosen = _from_table(await _TABLE_ROWS.all(conn, **owners), str(target.get("number") or ""))
    if chosen is not None:
        return chosen
    row = await _FALLBACK.first(conn, from_number=_digits(from_), **owners)
    return Carrier(voip_carrier_sid=row.voip_carrier_sid, name=row.name) if row else None


class DatabaseCarrierRouter:
    """The engine's `CarrierRouter` on the project's database (for `dial` legs)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def carrier_for(
        self,
        account_sid: str,
        service_provider_sid: str | None,
        from_: str,
        target: dict[str, Any],
    ) -> Carrier | None:
        async with self.db.read() as conn:
            return await choose_carrier(conn, account_sid, service_provider_sid, from_, target)
