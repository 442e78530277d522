"""Small helpers shared by the services: sids, timestamps, flags, scope guards, paging."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, false, func, insert, select, text, update

from jambonz.auth import Principal, Scope
from jambonz.errors import BadRequest, Forbidden

T = TypeVar("T")


def new_sid() -> str:
    return str(uuid.uuid4())


def norm_sid(sid: str) -> str:
    """Path and body sids are matched case-insensitively; they are stored lowercase."""
    return sid.lower()


def drop_repeated_ids(values: dict[str, Any], row: Any, names: Iterable[str]) -> None:
    """Take the ids a client sent back in an update body out of `values`: the portal
    returns a resource's own sid and owner sids with every change. One that repeats the
    row's own (`None` for an owner it has not) is dropped; another is refused, since an
    update never moves a resource."""
    for name in names:
        if name not in values:
            continue
        given = values.pop(name)
        current = getattr(row, name)
        if (None if given is None else norm_sid(str(given))) != current:
            raise BadRequest(f"{name} may not be modified")


def iso(value: datetime | None) -> str | None:
    """jambonz's timestamp format: UTC with milliseconds and a `Z`."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def flag(value: Any) -> int:
    """Booleans read back as 0/1, as jambonz returns them."""
    return 1 if value else 0


def require_scope(principal: Principal, allowed: Iterable[Scope], msg: str) -> None:
    """403 when the key's scope may never perform this kind of operation."""
    if principal.scope not in allowed:
        raise Forbidden(msg)


def changes(model: Any) -> dict[str, Any]:
    """The properties a client actually sent in a create or update body."""
    return model.model_dump(exclude_unset=True)


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Opt-in pagination: present only when the client sent `page`."""

    page: int
    page_size: int | None

    @property
    def limit(self) -> int:
        return self.page_size or 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit


def page_request(page: int | None, page_size: int | None) -> PageRequest | None:
    return None if page is None else PageRequest(page, page_size)


def name_contains(column: Any, text: str) -> ColumnElement[bool]:
    """The `name` list filter: a case-insensitive substring, `%` and `_` taken literally.
    Text with a NUL matches nothing on every store (PostgreSQL cannot even compare it)."""
    if "\x00" in text:
        return false()
    return column.icontains(text, autoescape=True)


async def write_single_row(conn: Any, table: Any, values: dict[str, Any]) -> None:
    """Update the one row of a settings table (jambonz's `password_settings`,
        `system_information`: no key), or insert it. On PostgreSQL the table is locked for the
        transaction first (on MySQL, its rows and gaps), so two first writes at once cannot insert
    two rows; SQLite's
        writers take turns anyway."""
    if conn.dialect.name == "postgresql":
        await conn.execute(text(f"LOCK TABLE {table.name} IN SHARE ROW EXCLUSIVE MODE"))
    if conn.dialect.name in ("mysql", "mariadb"):
        # InnoDB's gap lock on the whole (empty or not) table: a second first writer waits.
        await conn.execute(select(func.count()).select_from(table).with_for_update())
    exists = (await conn.execute(select(func.count()).select_from(table))).scalar_one()
    if exists:
        if values:
            await conn.execute(update(table).values(**values))
    else:
        await conn.execute(insert(table).values(**values))
