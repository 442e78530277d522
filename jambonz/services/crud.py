"""Scoped CRUD: the shape most of jambonz's resources share, written once.

A resource is a table whose rows belong to a tenant: to a service provider, to an account,
to either, or (where the resource allows it) to nobody, which makes the row shared by the
whole platform. A `Resource` says which of these apply and what is its own (its read model,
its cross-field rules, what a delete must check); the functions below do the rest the same
way for every resource:

- **seeing**: admin keys see every row; a service provider key sees its provider's rows and
  those of its accounts; an account key its account's rows and its provider's
  provider-wide ones. Shared rows are seen by everybody.
- **changing**: admin keys change every row; a provider key its provider's and its
  accounts' rows; an account key its account's. `writers` narrows who may write at all
  (403). A row a key sees but may not change is 403; one it cannot see is 404.
- **owning**: a new row's owner comes from the key (an account key's rows are its
  account's, a provider key's its provider's) or, for admin and provider keys, from the
  body's `account_sid` / `service_provider_sid` (403 outside the key's scope, 400
  `unknown <field>` when missing). What an admin key creates without an owner is shared
  where the resource allows it, else 400 `missing field <column>`, as jambonz answers.

- **sealing**: the columns listed in `sealed` hold secrets (a SIP client's password):
  they are sealed at rest with the server's `Sealer`, bound to the row's sid, and opened
  for `present` (which masks them), so that no secret sits in the table in plain text.

The storage errors a body can provoke are already mapped by the database layer (a
duplicate is 422), so a resource adds only the rules jambonz has and the schema cannot
express.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Table, and_, delete, false, insert, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncConnection

from jambonz.auth import Principal, Scope
from jambonz.db import Database
from jambonz.db.tables import accounts
from jambonz.errors import BadRequest, Forbidden, NotFound
from jambonz.sealing import Seals, Unsealable
from jambonz.services import scope
from jambonz.services.common import flag, iso, new_sid, norm_sid

ACCOUNT = "account_sid"
SERVICE_PROVIDER = "service_provider_sid"
ALL_SCOPES: frozenset[Scope] = frozenset({"admin", "service_provider", "account"})

Rule = Callable[
    [AsyncConnection, Principal, dict[str, Any], Mapping[str, Any] | None], Awaitable[None]
]
Check = Callable[[AsyncConnection, Any], Awaitable[None]]
Present = Callable[[dict[str, Any]], dict[str, Any]]
Encode = Callable[[dict[str, Any]], dict[str, Any]]


async def _no_rule(
    _conn: AsyncConnection,
    _principal: Principal,
    _state: dict[str, Any],
    _stored: Mapping[str, Any] | None,
) -> None:
    """A resource without cross-field rules."""


async def _no_check(_conn: AsyncConnection, _row: Any) -> None:
    """A resource whose rows may always be deleted."""


def _same(values: dict[str, Any]) -> dict[str, Any]:
    return values


@dataclass(frozen=True)
class Resource:
    """What one scoped resource is: its table, its owners, and its own rules.

    `owners` lists the owner columns the table has (`account_sid`, `service_provider_sid`);
    `shared` allows rows with no owner (admin keys only create them); `writers` are the
    scopes that may create, change or delete at all. `flags` are boolean columns read back
    as 0/1. `rules(conn, principal, state, stored)` checks a row as it would be stored
    (`stored` is the current row on an update); `before_delete(conn, row)` refuses a
    delete (a row still in use); `encode` turns body values into column values (sealing a
    secret); `present` turns a read item into what clients see (obfuscating one).
    `sealed` columns are sealed at rest (the operations then need the server's `Sealer`)
    and reach `present` opened (None when they cannot be opened).
    """

    table: Table
    sid_column: str
    label: str
    model: type[BaseModel]
    owners: tuple[str, ...]
    shared: bool = False
    writers: Collection[Scope] = ALL_SCOPES
    flags: tuple[str, ...] = ()
    rules: Rule = _no_rule
    before_delete: Check = _no_check
    encode: Encode = _same
    present: Present = _same
    read_only_msg: str = scope.INSUFFICIENT_PERMISSIONS
    writers_msg: str = scope.INSUFFICIENT_PERMISSIONS
    order_by: tuple[str, ...] = field(default=())
    sealed: tuple[str, ...] = ()

    @property
    def not_found(self) -> str:
        return f"{self.label} not found"

    def column(self, name: str) -> Any:
        return self.table.c[name]

    # -- who sees and changes what -------------------------------------------------------

    def _account_of_provider(self, provider_sid: str | None) -> ColumnElement[bool]:
        """Rows of the accounts of a provider, for a table without a provider column."""
        if provider_sid is None:
            return false()
        inside = select(accounts.c.account_sid).where(
            accounts.c.service_provider_sid == provider_sid
        )
        return self.column(ACCOUNT).in_(inside)

    def _shared_rows(self) -> ColumnElement[bool]:
        if not self.shared:
            return false()
        return and_(*(self.column(name).is_(None) for name in self.owners))

    def visible(self, principal: Principal) -> ColumnElement[bool]:
        """The rows the key may see, as a condition on the table."""
        if principal.is_admin:
            return true()
        has_sp, has_account = SERVICE_PROVIDER in self.owners, ACCOUNT in self.owners
        provider = principal.service_provider_sid
        if principal.scope == "service_provider":
            own = (
                self.column(SERVICE_PROVIDER) == provider
                if has_sp and provider is not None
                else self._account_of_provider(provider)
                if has_account
                else false()
            )
            return or_(own, self._shared_rows())
        mine = self.column(ACCOUNT) == principal.account_sid if has_account else false()
        provider_wide: ColumnElement[bool] = false()
        if has_sp and provider is not None:
            provider_wide = self.column(SERVICE_PROVIDER) == provider
            if has_account:
                provider_wide = and_(self.column(ACCOUNT).is_(None), provider_wide)
        return or_(mine, provider_wide, self._shared_rows())

    def may_change(self, principal: Principal, row: Any) -> bool:
        """Whether the key may change a row it can see."""
        if principal.is_admin:
            return True
        owners = {name: getattr(row, name) for name in self.owners}
        if all(value is None for value in owners.values()):
            return False  # a shared row is the platform's
        if principal.scope == "account":
            return owners.get(ACCOUNT) == principal.account_sid
        return True  # a provider key sees only its provider's rows and shared ones

    def check_writer(self, principal: Principal) -> None:
        if principal.scope not in self.writers:
            raise Forbidden(self.writers_msg)

    # -- reading -------------------------------------------------------------------------

    def _sealer(self, sealer: Seals | None) -> Seals | None:
        if self.sealed and sealer is None:
            raise RuntimeError(f"{self.label}: sealed columns need the server's Sealer")
        return sealer

    def seal(self, values: dict[str, Any], sid: str, sealer: Seals | None) -> dict[str, Any]:
        """Column values with the `sealed` ones sealed for the row `sid`."""
        if not self.sealed:
            return values
        opener = self._sealer(sealer)
        assert opener is not None
        return {
            name: opener.seal(str(value), sid)
            if name in self.sealed and value is not None
            else value
            for name, value in values.items()
        }

    def _opened(self, value: Any, sid: str, sealer: Seals | None) -> Any:
        if value is None:
            return None
        opener = self._sealer(sealer)
        assert opener is not None
        try:
            return opener.open(value, sid)
        except Unsealable:
            return None  # sealed under another secret: read as absent

    def item(self, row: Any, sealer: Seals | None = None) -> dict[str, Any]:
        """A row as the read model has it, through `present`."""
        values: dict[str, Any] = {}
        for name in self.model.model_fields:
            value = getattr(row, name, None)
            if name in self.sealed:
                value = self._opened(value, getattr(row, self.sid_column), sealer)
            elif name in self.flags:
                value = flag(value)
            elif isinstance(value, datetime):
                value = iso(value)
            values[name] = value
        return self.model.model_validate(self.present(values)).model_dump()

    async def find(
        self, conn: AsyncConnection, principal: Principal, sid: str, *, for_change: bool = False
    ) -> Any:
        """The row a path sid addresses: 404 unseen; with `for_change`, 403 when seen but
        not the key's to change."""
        query = select(self.table).where(
            self.column(self.sid_column) == norm_sid(sid), self.visible(principal)
        )
        row = (await conn.execute(query)).first()
        if row is None:
            raise NotFound(self.not_found)
        if for_change:
            self.check_writer(principal)
            if not self.may_change(principal, row):
                raise Forbidden(self.read_only_msg)
        return row

    def listing(self, principal: Principal, *conditions: ColumnElement[bool]) -> Any:
        """The query of a list: the rows the key sees that meet `conditions`."""
        query = select(self.table).where(self.visible(principal), *conditions)
        order = self.order_by or (self.sid_column,)
        return query.order_by(*(self.column(name) for name in order))

    # -- owning --------------------------------------------------------------------------

    @property
    def account_required(self) -> bool:
        """Rows belong to an account when the table has no provider column, or when its
        account column may not be null."""
        if ACCOUNT not in self.owners:
            return False
        return SERVICE_PROVIDER not in self.owners or not self.column(ACCOUNT).nullable

    async def owner(
        self,
        conn: AsyncConnection,
        principal: Principal,
        body: dict[str, Any],
        *,
        account_sid: str | None = None,
        service_provider_sid: str | None = None,
    ) -> dict[str, str | None]:
        """The owner columns of a new row, from the path (keywords), the body and the key."""
        has_sp, has_account = SERVICE_PROVIDER in self.owners, ACCOUNT in self.owners
        if has_account:
            wanted = account_sid or body.get(ACCOUNT)
            if wanted is None and principal.scope == "account":
                wanted = principal.account_sid
            if wanted is not None:
                if account_sid is not None:
                    row = await scope.account_at_path(conn, principal, account_sid)
                else:
                    row = await scope.account_in_body(conn, principal, wanted)
                    if row is None:
                        raise BadRequest(scope.unknown(ACCOUNT))
                owners: dict[str, str | None] = {ACCOUNT: row.account_sid}
                if has_sp:
                    named = body.get(SERVICE_PROVIDER)
                    if named is not None and norm_sid(named) != row.service_provider_sid:
                        raise BadRequest(f"{ACCOUNT} does not belong to that {SERVICE_PROVIDER}")
                    owners[SERVICE_PROVIDER] = row.service_provider_sid
                return owners
            if self.account_required:
                raise BadRequest(f"missing field {ACCOUNT}")
        owners = {name: None for name in self.owners}
        wanted_sp = service_provider_sid or body.get(SERVICE_PROVIDER)
        if wanted_sp is None and not principal.is_admin:
            wanted_sp = principal.service_provider_sid
        if wanted_sp is not None:
            if service_provider_sid is not None:
                sp = await scope.service_provider_at_path(conn, principal, service_provider_sid)
            else:
                sp = await scope.service_provider_in_body(conn, principal, wanted_sp)
            owners[SERVICE_PROVIDER] = sp.service_provider_sid
            return owners
        if self.shared:
            return owners
        raise BadRequest(f"missing field {SERVICE_PROVIDER}")


# -- the operations ----------------------------------------------------------------------


async def create(
    db: Database,
    principal: Principal,
    resource: Resource,
    body: dict[str, Any],
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
    sealer: Seals | None = None,
) -> str:
    """Insert a row owned within the key's scope; returns its sid."""
    resource.check_writer(principal)
    values = {k: v for k, v in body.items() if k not in resource.owners}
    async with db.write() as conn:
        owners = await resource.owner(
            conn,
            principal,
            body,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
        )
        state = {**values, **owners}
        await resource.rules(conn, principal, state, None)
        sid = new_sid()
        encoded = resource.seal(resource.encode(values), sid, sealer)
        row = {resource.sid_column: sid, **owners, **encoded}
        await conn.execute(insert(resource.table).values(**row))
    return sid


async def get(
    db: Database,
    principal: Principal,
    resource: Resource,
    sid: str,
    *,
    sealer: Seals | None = None,
) -> dict[str, Any]:
    async with db.read() as conn:
        return resource.item(await resource.find(conn, principal, sid), sealer)


async def list_items(
    db: Database,
    principal: Principal,
    resource: Resource,
    *conditions: ColumnElement[bool],
    sealer: Seals | None = None,
) -> list[dict[str, Any]]:
    async with db.read() as conn:
        rows = (await conn.execute(resource.listing(principal, *conditions))).all()
    return [resource.item(row, sealer) for row in rows]


async def update_one(
    db: Database,
    principal: Principal,
    resource: Resource,
    sid: str,
    body: dict[str, Any],
    *,
    sealer: Seals | None = None,
) -> None:
    """Change a row the key may change. Owners are not moved by an update: a body owner
    sid must name the row's own (jambonz would move the row into the caller's tenant)."""
    async with db.write() as conn:
        row = await resource.find(conn, principal, sid, for_change=True)
        for name in resource.owners:
            named = body.get(name)
            if named is not None and norm_sid(str(named)) != getattr(row, name):
                raise BadRequest(f"{name} may not be modified")
        values = {k: v for k, v in body.items() if k not in resource.owners}
        stored = row._mapping
        await resource.rules(conn, principal, {**stored, **values}, stored)
        if values:
            row_sid = getattr(row, resource.sid_column)
            await conn.execute(
                update(resource.table)
                .where(resource.column(resource.sid_column) == row_sid)
                .values(**resource.seal(resource.encode(values), row_sid, sealer))
            )


async def delete_one(db: Database, principal: Principal, resource: Resource, sid: str) -> None:
    async with db.write() as conn:
        row = await resource.find(conn, principal, sid, for_change=True)
        await resource.before_delete(conn, row)
        await conn.execute(
            delete(resource.table).where(
                resource.column(resource.sid_column) == getattr(row, resource.sid_column)
            )
        )
