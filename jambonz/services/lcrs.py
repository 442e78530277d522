"""Least-cost routing (operator facts §5): the tables (`lcr`), their routes (`lcr_routes`)
and the carriers of each route (`lcr_carrier_set_entry`), with jambonz's scope rules and
words, made safe where jambonz is not.

Who owns a table, as jambonz decides it: an account key's table is its account's, a
service provider key's its provider's, an admin key's the body's account, else the body's
provider, else nobody. An account's table is stored with `service_provider_sid` null, as
jambonz stores it, so each owner column names one owner and is unique (one table each).

Who sees a table, as jambonz lists them: admin keys every table, a provider key its
provider's (not its accounts'), an account key its account's. The routes and entries are
reached only through a table the key sees; jambonz checks no scope on them at all. A key
changes what it sees.

A route's `regex` is checked when written (RE2 syntax, linear-time matching: see
`route_matches`); an entry's carrier must be one the key sees and the table's owner may
use, so that no table routes a tenant's calls through another tenant's trunk.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import re2
from sqlalchemy import ColumnElement, and_, delete, false, func, insert, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import Lcr, LcrCarrierSetEntry, LcrRoute
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import (
    accounts,
    lcr,
    lcr_carrier_set_entry,
    lcr_routes,
    service_providers,
    voip_carriers,
)
from jambonz.errors import BadRequest, NotFound
from jambonz.services import scope
from jambonz.services import voip_carriers as carriers
from jambonz.services.common import flag, new_sid, norm_sid

NOT_FOUND = "lcr not found"
ROUTE_NOT_FOUND = "lcr route not found"
ENTRY_NOT_FOUND = "lcr carrier set entry not found"
UNKNOWN_LCR = "unknown lcr_sid"
UNKNOWN_ROUTE = "unknown lcr_route_sid"
UNKNOWN_ENTRY = "unknown lcr_carrier_set_entry_sid"
UNKNOWN_CARRIER = "unknown voip_carrier_sid"
UNKNOWN_DEFAULT = "unknown default_carrier_set_entry_sid"
NO_ENTRIES = "Lcr Route batch process require lcr_carrier_set_entries"
ENTRY_WITHOUT_CARRIER = "One of lcr_carrier_set_entries is missing voip_carrier_sid"
# The portal's "System Default Route": the batch endpoints make its entry the default.
DEFAULT_ROUTE_PRIORITY = 9999
ENTRY_DEFAULTS = {"priority": 0, "workload": 1}


def _sid(value: Any) -> str | None:
    """A body sid, or None for what the portal sends for "none" (`""`, `null`)."""
    return norm_sid(str(value)) if value else None


# -- patterns ---------------------------------------------------------------------------

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # an invalid tenant pattern is a 400, not a log line


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str) -> Any | None:
    """The compiled pattern, or None when RE2 refuses it (a row written before this check,
    or by hand, then matches as literal text only)."""
    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error:
        return None


def check_regex(pattern: str, where: str = "regex") -> None:
    """400 naming the problem when RE2 refuses `pattern` (lookarounds, backreferences and
    plain syntax errors): a route that can never match as its author meant."""
    try:
        re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else "invalid"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise BadRequest(f"{where}: not a valid regular expression ({reason})") from None


def route_matches(pattern: str, number: str) -> bool:
    """jambonz's SBC rule: the number starts with the pattern as written, or the pattern
    finds a match anywhere in it. RE2 matches in time linear in the number's length, so a
    tenant's pattern cannot stall the event loop."""
    if number.startswith(pattern):
        return True
    compiled = _compiled(pattern)
    return compiled is not None and compiled.search(number) is not None


# -- scope ------------------------------------------------------------------------------


def visible(principal: Principal) -> ColumnElement[bool]:
    """The tables the key sees (and changes), as a condition on `lcr`."""
    if principal.is_admin:
        return true()
    if principal.scope == "service_provider":
        sp = principal.service_provider_sid
        return lcr.c.service_provider_sid == sp if sp is not None else false()
    return lcr.c.account_sid == principal.account_sid


async def _table(conn: AsyncConnection, principal: Principal, sid: str | None) -> Any | None:
    if not sid:
        return None
    query = select(lcr).where(lcr.c.lcr_sid == norm_sid(sid), visible(principal))
    return (await conn.execute(query)).first()


async def _owner_condition(conn: AsyncConnection, account_sid: Any, sp_sid: Any) -> Any:
    """The carriers a table's owner may route through, as a condition on `voip_carriers`:
    an account's own and its provider's provider-wide ones, a provider's (its accounts'
    included, as the portal offers them), and for everybody the platform's ownerless ones
    (only admin keys can name those)."""
    ownerless = and_(
        voip_carriers.c.account_sid.is_(None), voip_carriers.c.service_provider_sid.is_(None)
    )
    if account_sid is not None:
        provider = (
            await conn.execute(
                select(accounts.c.service_provider_sid).where(accounts.c.account_sid == account_sid)
            )
        ).scalar_one_or_none()
        own = voip_carriers.c.account_sid == account_sid
        if provider is not None:
            own = or_(
                own,
                and_(
                    voip_carriers.c.account_sid.is_(None),
                    voip_carriers.c.service_provider_sid == provider,
                ),
            )
        return or_(own, ownerless)
    if sp_sid is not None:
        return or_(voip_carriers.c.service_provider_sid == sp_sid, ownerless)
    return true()


class _Carriers:
    """The carrier checks of one request: each sid is looked up once."""

    def __init__(self, conn: AsyncConnection, principal: Principal, table: Any) -> None:
        self.conn, self.principal, self.table = conn, principal, table
        self._usable: Any = None
        self._seen: set[str] = set()

    async def check(self, sid: str) -> str:
        """The carrier's sid when the key sees it and the table's owner may use it; 400
        `unknown voip_carrier_sid` otherwise (the same answer whether it does not exist or
        is another tenant's, so the answer reveals nothing)."""
        sid = norm_sid(sid)
        if sid in self._seen:
            return sid
        if self._usable is None:
            self._usable = await _owner_condition(
                self.conn, self.table.account_sid, self.table.service_provider_sid
            )
        query = select(voip_carriers.c.voip_carrier_sid).where(
            voip_carriers.c.voip_carrier_sid == sid,
            carriers.visible(self.principal),
            self._usable,
        )
        if (await self.conn.execute(query)).first() is None:
            raise BadRequest(UNKNOWN_CARRIER)
        self._seen.add(sid)
        return sid


# -- reading ----------------------------------------------------------------------------


def _number_routes() -> Any:
    return (
        select(func.count())
        .where(lcr_routes.c.lcr_sid == lcr.c.lcr_sid)
        .scalar_subquery()
        .label("number_routes")
    )


def _lcr_item(row: Any) -> dict[str, Any]:
    return Lcr(
        lcr_sid=row.lcr_sid,
        name=row.name,
        is_active=flag(row.is_active),
        default_carrier_set_entry_sid=row.default_carrier_set_entry_sid,
        service_provider_sid=row.service_provider_sid,
        account_sid=row.account_sid,
        number_routes=row.number_routes or 0,
    ).model_dump()


async def list_lcrs(db: Database, principal: Principal) -> list[dict[str, Any]]:
    query = (
        select(lcr, _number_routes())
        .where(visible(principal))
        .order_by(lcr.c.name.is_(None), lcr.c.name, lcr.c.lcr_sid)
    )
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [_lcr_item(row) for row in rows]


async def get_lcr(db: Database, principal: Principal, sid: str) -> dict[str, Any]:
    query = select(lcr, _number_routes()).where(lcr.c.lcr_sid == norm_sid(sid), visible(principal))
    async with db.read() as conn:
        row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return _lcr_item(row)


def _entry_item(row: Any) -> dict[str, Any]:
    return LcrCarrierSetEntry(
        lcr_carrier_set_entry_sid=row.lcr_carrier_set_entry_sid,
        workload=row.workload,
        lcr_route_sid=row.lcr_route_sid,
        voip_carrier_sid=row.voip_carrier_sid,
        priority=row.priority,
    ).model_dump()


_ENTRY_ORDER = (lcr_carrier_set_entry.c.priority, lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid)


async def _routes_with_entries(conn: AsyncConnection, routes: list[Any]) -> list[dict[str, Any]]:
    """The routes as read models, each with its entries (lowest priority first)."""
    sids = [route.lcr_route_sid for route in routes]
    entries: dict[str, list[dict[str, Any]]] = {sid: [] for sid in sids}
    if sids:
        rows = (
            await conn.execute(
                select(lcr_carrier_set_entry)
                .where(lcr_carrier_set_entry.c.lcr_route_sid.in_(sids))
                .order_by(*_ENTRY_ORDER)
            )
        ).all()
        for row in rows:
            entries[row.lcr_route_sid].append(_entry_item(row))
    return [
        LcrRoute(
            lcr_route_sid=route.lcr_route_sid,
            lcr_sid=route.lcr_sid,
            regex=route.regex,
            description=route.description,
            priority=route.priority,
            lcr_carrier_set_entries=entries[route.lcr_route_sid],
        ).model_dump()
        for route in routes
    ]


async def _route(conn: AsyncConnection, principal: Principal, sid: str | None) -> Any | None:
    """A route of a table the key sees, with its table's owners; None otherwise."""
    if not sid:
        return None
    query = (
        select(lcr_routes, lcr.c.account_sid, lcr.c.service_provider_sid)
        .join(lcr, lcr.c.lcr_sid == lcr_routes.c.lcr_sid)
        .where(lcr_routes.c.lcr_route_sid == norm_sid(sid), visible(principal))
    )
    return (await conn.execute(query)).first()


async def list_routes(
    db: Database, principal: Principal, lcr_sid: str | None
) -> list[dict[str, Any]]:
    """jambonz's answers: 400 `missing lcr_sid`; a table a non-admin key does not see 400
    `unknown lcr_sid`; an admin key's unknown table an empty list."""
    if not lcr_sid:
        raise BadRequest("missing lcr_sid")
    async with db.read() as conn:
        if not principal.is_admin and await _table(conn, principal, lcr_sid) is None:
            raise BadRequest(UNKNOWN_LCR)
        routes = (
            await conn.execute(
                select(lcr_routes)
                .where(lcr_routes.c.lcr_sid == norm_sid(lcr_sid))
                .order_by(lcr_routes.c.priority, lcr_routes.c.lcr_route_sid)
            )
        ).all()
        return await _routes_with_entries(conn, list(routes))


async def get_route(db: Database, principal: Principal, sid: str) -> dict[str, Any]:
    async with db.read() as conn:
        route = await _route(conn, principal, sid)
        if route is None:
            raise NotFound(ROUTE_NOT_FOUND)
        return (await _routes_with_entries(conn, [route]))[0]


async def _entry(conn: AsyncConnection, principal: Principal, sid: str) -> Any | None:
    """An entry of a route of a table the key sees, with its route's table; or None."""
    query = (
        select(
            lcr_carrier_set_entry,
            lcr_routes.c.lcr_sid,
            lcr.c.default_carrier_set_entry_sid,
        )
        .join(lcr_routes, lcr_routes.c.lcr_route_sid == lcr_carrier_set_entry.c.lcr_route_sid)
        .join(lcr, lcr.c.lcr_sid == lcr_routes.c.lcr_sid)
        .where(
            lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid == norm_sid(sid),
            visible(principal),
        )
    )
    return (await conn.execute(query)).first()


async def list_entries(
    db: Database, principal: Principal, lcr_route_sid: str | None
) -> list[dict[str, Any]]:
    """The route's entries; an empty list for a route the key does not see, as for one
    that does not exist (jambonz lists another tenant's)."""
    if not lcr_route_sid:
        raise BadRequest("missing lcr_route_sid")
    query = (
        select(lcr_carrier_set_entry)
        .join(lcr_routes, lcr_routes.c.lcr_route_sid == lcr_carrier_set_entry.c.lcr_route_sid)
        .join(lcr, lcr.c.lcr_sid == lcr_routes.c.lcr_sid)
        .where(lcr_carrier_set_entry.c.lcr_route_sid == norm_sid(lcr_route_sid), visible(principal))
        .order_by(*_ENTRY_ORDER)
    )
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [_entry_item(row) for row in rows]


async def get_entry(db: Database, principal: Principal, sid: str) -> dict[str, Any]:
    async with db.read() as conn:
        row = await _entry(conn, principal, sid)
    if row is None:
        raise NotFound(ENTRY_NOT_FOUND)
    return _entry_item(row)


# -- tables -----------------------------------------------------------------------------


async def _named_owner(
    conn: AsyncConnection, principal: Principal, body: dict[str, Any]
) -> tuple[str | None, str | None] | None:
    """The owner a body names, within the key's scope, as (account_sid, sp_sid); None when
    it names none. An account key's table is always its account's; a provider key's
    body `service_provider_sid` must be its own, and a body account one of its
    provider's (in an update: jambonz ignores it on create)."""
    account_sid, sp_sid = _sid(body.get("account_sid")), _sid(body.get("service_provider_sid"))
    if principal.scope == "account":
        if account_sid is not None:
            await scope.account_in_body(conn, principal, account_sid)
        return (principal.account_sid, None)
    if account_sid is not None:
        row = await scope.account_in_body(conn, principal, account_sid)
        return (row.account_sid, None)
    if sp_sid is not None:
        row = await scope.service_provider_in_body(conn, principal, sp_sid)
        return (None, row.service_provider_sid)
    return None


async def _one_per_owner(
    conn: AsyncConnection, account_sid: str | None, sp_sid: str | None, itself: str | None = None
) -> None:
    """jambonz's rule and words: an owner has at most one table (the unique columns settle
    a race between two creates)."""
    if account_sid is not None:
        column, owner = lcr.c.account_sid, account_sid
        name_query = select(accounts.c.name).where(accounts.c.account_sid == account_sid)
        label = "Account"
    elif sp_sid is not None:
        column, owner = lcr.c.service_provider_sid, sp_sid
        name_query = select(service_providers.c.name).where(
            service_providers.c.service_provider_sid == sp_sid
        )
        label = "Service Provider"
    else:
        return
    query = select(lcr.c.lcr_sid).where(column == owner)
    if itself is not None:
        query = query.where(lcr.c.lcr_sid != itself)
    if (await conn.execute(query.limit(1))).first() is not None:
        name = (await conn.execute(name_query)).scalar_one_or_none()
        raise BadRequest(f"{label}: {name} already has an active call routing table.")


async def create_lcr(db: Database, principal: Principal, body: dict[str, Any]) -> str:
    if "name" not in body:
        raise BadRequest("missing field name")
    async with db.write() as conn:
        owner: tuple[str | None, str | None] | None
        if principal.scope == "account":
            named = _sid(body.get("account_sid")) or principal.account_sid or ""
            row = await scope.account_in_body(conn, principal, named)
            if row is None:  # the key's account has gone
                raise BadRequest(scope.unknown("account_sid"))
            owner = (row.account_sid, None)
        elif principal.scope == "service_provider":
            # jambonz: a provider key's table is its provider's, whatever the body says of
            # an account; naming another provider is 403 here.
            named = _sid(body.get("service_provider_sid"))
            if named is not None:
                await scope.service_provider_in_body(conn, principal, named)
            owner = (None, principal.service_provider_sid)
        else:
            owner = await _named_owner(conn, principal, body)
        account_sid, sp_sid = owner or (None, None)
        if _sid(body.get("default_carrier_set_entry_sid")) is not None:
            raise BadRequest(UNKNOWN_DEFAULT)
        await _one_per_owner(conn, account_sid, sp_sid)
        sid = new_sid()
        await conn.execute(
            insert(lcr).values(
                lcr_sid=sid,
                name=body["name"],
                is_active=bool(body.get("is_active", True)),
                account_sid=account_sid,
                service_provider_sid=sp_sid,
            )
        )
    return sid


async def _entries_usable(
    conn: AsyncConnection, route_condition: Any, account_sid: str | None, sp_sid: str | None
) -> None:
    """400 when entries (of the routes matching `route_condition`) use a carrier the new
    owner may not use: moving a table or a route must not hand a tenant another's trunk."""
    usable = select(voip_carriers.c.voip_carrier_sid).where(
        await _owner_condition(conn, account_sid, sp_sid)
    )
    query = (
        select(lcr_carrier_set_entry.c.voip_carrier_sid)
        .join(lcr_routes, lcr_routes.c.lcr_route_sid == lcr_carrier_set_entry.c.lcr_route_sid)
        .where(route_condition, lcr_carrier_set_entry.c.voip_carrier_sid.not_in(usable))
        .limit(1)
    )
    if (await conn.execute(query)).first() is not None:
        raise BadRequest(
            "the routes use carriers the new owner may not use: change their carriers first"
        )


async def update_lcr(db: Database, principal: Principal, sid: str, body: dict[str, Any]) -> None:
    async with db.write() as conn:
        row = await _table(conn, principal, sid)
        if row is None:
            raise BadRequest(UNKNOWN_LCR)
        values: dict[str, Any] = {}
        for name in ("name", "is_active"):
            if name in body:
                values[name] = body[name] if name == "name" else bool(body[name])
        owner = await _named_owner(conn, principal, body)
        if owner is not None and owner != (row.account_sid, row.service_provider_sid):
            account_sid, sp_sid = owner
            await _one_per_owner(conn, account_sid, sp_sid, itself=row.lcr_sid)
            await _entries_usable(conn, lcr_routes.c.lcr_sid == row.lcr_sid, account_sid, sp_sid)
            values.update(account_sid=account_sid, service_provider_sid=sp_sid)
        if "default_carrier_set_entry_sid" in body:
            entry_sid = _sid(body["default_carrier_set_entry_sid"])
            if entry_sid is not None and not await _entry_of_table(conn, entry_sid, row.lcr_sid):
                raise BadRequest(UNKNOWN_DEFAULT)
            values["default_carrier_set_entry_sid"] = entry_sid
        if values:
            await conn.execute(update(lcr).where(lcr.c.lcr_sid == row.lcr_sid).values(**values))


async def _entry_of_table(conn: AsyncConnection, entry_sid: str, lcr_sid: str) -> bool:
    query = (
        select(lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid)
        .join(lcr_routes, lcr_routes.c.lcr_route_sid == lcr_carrier_set_entry.c.lcr_route_sid)
        .where(
            lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid == entry_sid,
            lcr_routes.c.lcr_sid == lcr_sid,
        )
    )
    return (await conn.execute(query)).first() is not None


async def delete_lcr(db: Database, principal: Principal, sid: str) -> None:
    """The table with its routes and entries. An unseen table is 404, or for an account
    key jambonz's 400 `unknown lcr_sid`."""
    async with db.write() as conn:
        row = await _table(conn, principal, sid)
        if row is None:
            if principal.scope == "account":
                raise BadRequest(UNKNOWN_LCR)
            raise NotFound(NOT_FOUND)
        await delete_tables(conn, lcr.c.lcr_sid == row.lcr_sid)


async def delete_tables(conn: AsyncConnection, condition: ColumnElement[bool]) -> None:
    """Delete the tables matching `condition` (on `lcr`) with their routes and entries,
    inside the caller's transaction: for `DELETE /Lcrs/{sid}` and the account and service
    provider delete cascades (which run this before deleting their carriers, which the
    entries refer to)."""
    tables = select(lcr.c.lcr_sid).where(condition)
    routes = select(lcr_routes.c.lcr_route_sid).where(lcr_routes.c.lcr_sid.in_(tables))
    await conn.execute(
        delete(lcr_carrier_set_entry).where(lcr_carrier_set_entry.c.lcr_route_sid.in_(routes))
    )
    await conn.execute(delete(lcr_routes).where(lcr_routes.c.lcr_sid.in_(tables)))
    await conn.execute(delete(lcr).where(condition))


async def _release_default(conn: AsyncConnection, entries: Any) -> None:
    """Clear `default_carrier_set_entry_sid` where it names one of `entries` (a select of
    entry sids) that is about to go or to leave its table."""
    await conn.execute(
        update(lcr)
        .where(lcr.c.default_carrier_set_entry_sid.in_(entries))
        .values(default_carrier_set_entry_sid=None)
    )


# -- routes -----------------------------------------------------------------------------


def _route_values(body: dict[str, Any]) -> dict[str, Any]:
    return {name: body[name] for name in ("regex", "description", "priority") if name in body}


async def create_route(db: Database, principal: Principal, body: dict[str, Any]) -> str:
    lcr_sid = _sid(body.get("lcr_sid"))
    if lcr_sid is None:
        raise BadRequest("missing parameter lcr_sid")
    check_regex(body["regex"])
    async with db.write() as conn:
        table = await _table(conn, principal, lcr_sid)
        if table is None:
            raise BadRequest(UNKNOWN_LCR)
        sid = new_sid()
        await conn.execute(
            insert(lcr_routes).values(
                lcr_route_sid=sid, lcr_sid=table.lcr_sid, **_route_values(body)
            )
        )
    return sid


async def update_route(db: Database, principal: Principal, sid: str, body: dict[str, Any]) -> None:
    if "regex" in body:
        check_regex(body["regex"])
    async with db.write() as conn:
        route = await _route(conn, principal, sid)
        if route is None:
            raise NotFound(ROUTE_NOT_FOUND)
        values = _route_values(body)
        if "lcr_sid" in body:
            table = await _table(conn, principal, body["lcr_sid"])
            if table is None:
                raise BadRequest(UNKNOWN_LCR)
            if table.lcr_sid != route.lcr_sid:
                here = lcr_routes.c.lcr_route_sid == route.lcr_route_sid
                await _entries_usable(conn, here, table.account_sid, table.service_provider_sid)
                await _release_default(conn, _entry_sids(here))
                values["lcr_sid"] = table.lcr_sid
        if values:
            await conn.execute(
                update(lcr_routes)
                .where(lcr_routes.c.lcr_route_sid == route.lcr_route_sid)
                .values(**values)
            )


def _entry_sids(route_condition: Any) -> Any:
    return (
        select(lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid)
        .join(lcr_routes, lcr_routes.c.lcr_route_sid == lcr_carrier_set_entry.c.lcr_route_sid)
        .where(route_condition)
    )


async def delete_route(db: Database, principal: Principal, sid: str) -> None:
    async with db.write() as conn:
        route = await _route(conn, principal, sid)
        if route is None:
            raise NotFound(ROUTE_NOT_FOUND)
        await _release_default(conn, _entry_sids(lcr_routes.c.lcr_route_sid == route.lcr_route_sid))
        await conn.execute(
            delete(lcr_carrier_set_entry).where(
                lcr_carrier_set_entry.c.lcr_route_sid == route.lcr_route_sid
            )
        )
        await conn.execute(
            delete(lcr_routes).where(lcr_routes.c.lcr_route_sid == route.lcr_route_sid)
        )


# -- entries ----------------------------------------------------------------------------


def _entry_values(body: dict[str, Any]) -> dict[str, Any]:
    return {name: body[name] for name in ("priority", "workload") if name in body}


async def create_entry(db: Database, principal: Principal, body: dict[str, Any]) -> str:
    """jambonz's checks, in its order and words: the route, then the carrier."""
    route_sid = _sid(body.get("lcr_route_sid"))
    if route_sid is None:
        raise BadRequest("missing lcr_route_sid")
    async with db.write() as conn:
        route = await _route(conn, principal, route_sid)
        if route is None:
            raise BadRequest(UNKNOWN_ROUTE)
        carrier = _sid(body.get("voip_carrier_sid"))
        if carrier is None:
            raise BadRequest("missing voip_carrier_sid")
        carrier = await _Carriers(conn, principal, route).check(carrier)
        sid = new_sid()
        await conn.execute(
            insert(lcr_carrier_set_entry).values(
                lcr_carrier_set_entry_sid=sid,
                lcr_route_sid=route.lcr_route_sid,
                voip_carrier_sid=carrier,
                **{**ENTRY_DEFAULTS, **_entry_values(body)},
            )
        )
    return sid


async def update_entry(db: Database, principal: Principal, sid: str, body: dict[str, Any]) -> None:
    async with db.write() as conn:
        entry = await _entry(conn, principal, sid)
        if entry is None:
            raise NotFound(ENTRY_NOT_FOUND)
        values = _entry_values(body)
        route = await _route(conn, principal, entry.lcr_route_sid)
        if "lcr_route_sid" in body:
            route = await _route(conn, principal, body["lcr_route_sid"])
            if route is None:
                raise BadRequest(UNKNOWN_ROUTE)
            values["lcr_route_sid"] = route.lcr_route_sid
        moved = route.lcr_sid != entry.lcr_sid
        if "voip_carrier_sid" in body or moved:
            carrier = body.get("voip_carrier_sid") or entry.voip_carrier_sid
            values["voip_carrier_sid"] = await _Carriers(conn, principal, route).check(carrier)
        if moved and entry.default_carrier_set_entry_sid == entry.lcr_carrier_set_entry_sid:
            await conn.execute(
                update(lcr)
                .where(lcr.c.lcr_sid == entry.lcr_sid)
                .values(default_carrier_set_entry_sid=None)
            )
        if values:
            await conn.execute(
                update(lcr_carrier_set_entry)
                .where(
                    lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid
                    == entry.lcr_carrier_set_entry_sid
                )
                .values(**values)
            )


async def delete_entry(db: Database, principal: Principal, sid: str) -> None:
    async with db.write() as conn:
        entry = await _entry(conn, principal, sid)
        if entry is None:
            raise NotFound(ENTRY_NOT_FOUND)
        own = entry.lcr_carrier_set_entry_sid
        column = lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid
        await _release_default(conn, select(column).where(column == own))
        await conn.execute(
            delete(lcr_carrier_set_entry).where(
                lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid == own
            )
        )


# -- batches ----------------------------------------------------------------------------


async def _check_batch(
    conn: AsyncConnection, principal: Principal, table: Any, routes: list[dict[str, Any]]
) -> None:
    """Every check before any write: jambonz's, in its order and words, then the regexes."""
    checker = _Carriers(conn, principal, table)
    for route in routes:
        entries = route.get("lcr_carrier_set_entries") or []
        if not entries:
            raise BadRequest(NO_ENTRIES)
        for entry in entries:
            carrier = _sid(entry.get("voip_carrier_sid"))
            if carrier is None:
                raise BadRequest(ENTRY_WITHOUT_CARRIER)
            entry["voip_carrier_sid"] = await checker.check(carrier)
    for n, route in enumerate(routes):
        check_regex(route["regex"], f"[{n}].regex")


async def _sids_within(
    conn: AsyncConnection, column: Any, owner: Any, owner_sid: str, sids: set[str]
) -> set[str]:
    """Which of `sids` (values of `column`) belong to `owner_sid` (a value of `owner`)."""
    if not sids:
        return set()
    query = select(column).where(column.in_(sorted(sids)), owner == owner_sid)
    return {row[0] for row in (await conn.execute(query)).all()}


def _named_sids(items: Iterable[dict[str, Any]], name: str) -> set[str]:
    return {sid for sid in (_sid(item.get(name)) for item in items) if sid is not None}


async def _add_route(conn: AsyncConnection, lcr_sid: str, route: dict[str, Any]) -> None:
    """A new route with its entries; the entry of a priority-9999 route becomes the
    table's default, as jambonz's batch endpoints make it."""
    route_sid = new_sid()
    await conn.execute(
        insert(lcr_routes).values(lcr_route_sid=route_sid, lcr_sid=lcr_sid, **_route_values(route))
    )
    for entry in route["lcr_carrier_set_entries"]:
        entry_sid = await _add_entry(conn, route_sid, entry)
        if route["priority"] == DEFAULT_ROUTE_PRIORITY:
            await conn.execute(
                update(lcr)
                .where(lcr.c.lcr_sid == lcr_sid)
                .values(default_carrier_set_entry_sid=entry_sid)
            )


async def _add_entry(conn: AsyncConnection, route_sid: str, entry: dict[str, Any]) -> str:
    """A new entry of a batch (its carrier already checked), with the table's defaults."""
    entry_sid = new_sid()
    await conn.execute(
        insert(lcr_carrier_set_entry).values(
            lcr_carrier_set_entry_sid=entry_sid,
            lcr_route_sid=route_sid,
            voip_carrier_sid=entry["voip_carrier_sid"],
            **{**ENTRY_DEFAULTS, **_entry_values(entry)},
        )
    )
    return entry_sid


async def add_routes(
    db: Database, principal: Principal, lcr_sid: str, routes: list[dict[str, Any]]
) -> None:
    """`POST /Lcrs/{sid}/Routes`: every route with its entries, or nothing."""
    async with db.write() as conn:
        table = await _table(conn, principal, lcr_sid)
        if table is None:
            raise NotFound(NOT_FOUND)
        await _check_batch(conn, principal, table, routes)
        for route in routes:
            await _add_route(conn, table.lcr_sid, route)


async def update_routes(
    db: Database, principal: Principal, lcr_sid: str, routes: list[dict[str, Any]]
) -> None:
    """`PUT /Lcrs/{sid}/Routes`: routes and entries named by sid are updated (they must be
    this table's), the others added; nothing is deleted. All checked before any write."""
    async with db.write() as conn:
        table = await _table(conn, principal, lcr_sid)
        if table is None:
            raise NotFound(NOT_FOUND)
        await _check_batch(conn, principal, table, routes)
        named = _named_sids(routes, "lcr_route_sid")
        found = await _sids_within(
            conn, lcr_routes.c.lcr_route_sid, lcr_routes.c.lcr_sid, table.lcr_sid, named
        )
        if named - found:
            raise BadRequest(UNKNOWN_ROUTE)
        for route in routes:
            route_sid = _sid(route.get("lcr_route_sid"))
            if route_sid is None:
                continue
            entry_sids = _named_sids(route["lcr_carrier_set_entries"], "lcr_carrier_set_entry_sid")
            within = await _sids_within(
                conn,
                lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid,
                lcr_carrier_set_entry.c.lcr_route_sid,
                route_sid,
                entry_sids,
            )
            if entry_sids - within:
                raise BadRequest(UNKNOWN_ENTRY)
        for route in routes:
            route_sid = _sid(route.get("lcr_route_sid"))
            if route_sid is None:
                await _add_route(conn, table.lcr_sid, route)
                continue
            await conn.execute(
                update(lcr_routes)
                .where(lcr_routes.c.lcr_route_sid == route_sid)
                .values(**_route_values(route))
            )
            for entry in route["lcr_carrier_set_entries"]:
                entry_sid = _sid(entry.get("lcr_carrier_set_entry_sid"))
                if entry_sid is None:
                    await _add_entry(conn, route_sid, entry)
                    continue
                await conn.execute(
                    update(lcr_carrier_set_entry)
                    .where(lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid == entry_sid)
                    .values(voip_carrier_sid=entry["voip_carrier_sid"], **_entry_values(entry))
                )
