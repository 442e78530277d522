"""Phone numbers: what routes an inbound call or message to an application (reference §2.9).

A number is stored normalised (digits only, the leading `+` dropped) and is unique across
the platform, enforced by the database (`uq_phone_numbers_number`) so that two concurrent
creates cannot both succeed. It belongs to an account, or only to a service provider (an
SP-level test number), or, made by an admin key that names no owner, to no one (as in
jambonz: only admin keys see it until it is given to an account). A provider's numbers
have `service_provider_sid` filled in, so that they are one column away. A number may
point to one application of its account and be reached through a carrier the account may
use; the platform's ownerless carriers are usable by every account.

Besides the HTTP operations this module exports what other services need:
`find_by_number` (inbound routing), `numbers_pointing_to_application` (blocks deleting an
application) and `numbers_using_carrier` (blocks deleting a carrier).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import PhoneNumber, PhoneNumberCreate, PhoneNumberPage, PhoneNumberUpdate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.engine import duplicate_columns
from jambonz.db.tables import accounts, applications, phone_numbers, voip_carriers
from jambonz.errors import BadRequest, Forbidden, NotFound, Unprocessable
from jambonz.services import scope
from jambonz.services.common import PageRequest, changes, new_sid, norm_sid

NOT_FOUND = "phone number not found"

_E164 = re.compile(r"\+?([0-9]{1,15})")


# -- normalisation ---------------------------------------------------------------------


def normalise_number(raw: str) -> str:
    """The stored form of a number: its digits without the leading `+`.

    Raises ValueError unless `raw` is E.164 (1-15 ASCII digits after an optional `+`); the
    contract's pattern rejects such input first, this is the same rule for callers that do
    not come through HTTP.
    """
    match = _E164.fullmatch(raw)
    if match is None:
        raise ValueError(f"{raw!r} is not an E.164 number (1 to 15 digits after an optional +)")
    return match.group(1)


def _digits_filter(raw: str) -> str:
    """A `filter` query value as digits to search for (the stored numbers have no `+`)."""
    return raw[1:] if raw.startswith("+") else raw


# -- reading ---------------------------------------------------------------------------


def _to_model(row: Any) -> PhoneNumber:
    return PhoneNumber(
        phone_number_sid=row.phone_number_sid,
        number=row.number,
        voip_carrier_sid=row.voip_carrier_sid,
        account_sid=row.account_sid,
        application_sid=row.application_sid,
        service_provider_sid=row.service_provider_sid,
    )


def _of_service_provider(service_provider_sid: str):
    """Numbers of a provider: its SP-level ones and those of its accounts.

    The account test keeps rows correct even if `service_provider_sid` was left empty
    (jambonz leaves it empty for numbers created by account keys).
    """
    return or_(
        phone_numbers.c.service_provider_sid == service_provider_sid,
        phone_numbers.c.account_sid.in_(
            select(accounts.c.account_sid).where(
                accounts.c.service_provider_sid == service_provider_sid
            )
        ),
    )


def _scoped(principal: Principal) -> Select:
    """The numbers the key may see."""
    query = select(phone_numbers)
    if principal.is_admin:
        return query
    if principal.scope == "service_provider":
        return query.where(_of_service_provider(principal.service_provider_sid))
    return query.where(phone_numbers.c.account_sid == principal.account_sid)


async def _find(conn: AsyncConnection, principal: Principal, sid: str) -> Any:
    query = _scoped(principal).where(phone_numbers.c.phone_number_sid == norm_sid(sid))
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return row


# -- checks on referenced rows ---------------------------------------------------------


def _outside(field: str, sid: str) -> Forbidden:
    return Forbidden(f"{field} {sid} is outside the scope of this API key")


async def _owner(conn: AsyncConnection, principal: Principal, data: PhoneNumberCreate) -> Any:
    """(account row or None, service provider sid or None) that will own a new number;
    an admin key naming neither gets the SP of an SP-wide carrier, else no owner."""
    account_sid = data.account_sid
    if principal.scope == "account" and account_sid is None:
        account_sid = principal.account_sid
    account = await scope.account_in_body(conn, principal, account_sid) if account_sid else None
    if account_sid and account is None:  # an account key whose account just vanished
        raise BadRequest(scope.unknown("account_sid"))
    sp_sid = None
    if data.service_provider_sid:
        provider = await scope.service_provider_in_body(conn, principal, data.service_provider_sid)
        sp_sid = provider.service_provider_sid
    if account is not None:
        if sp_sid is not None and sp_sid != account.service_provider_sid:
            raise Unprocessable(
                f"account_sid {account.account_sid} does not belong to "
                f"service_provider_sid {sp_sid}"
            )
        sp_sid = account.service_provider_sid
    if sp_sid is None and principal.scope == "service_provider":
        sp_sid = principal.service_provider_sid
    if sp_sid is None and data.voip_carrier_sid:
        carrier = select(voip_carriers.c.service_provider_sid).where(
            voip_carriers.c.voip_carrier_sid == norm_sid(data.voip_carrier_sid),
            voip_carriers.c.account_sid.is_(None),
        )
        sp_sid = (await conn.execute(carrier)).scalar()
    return account, sp_sid


async def _check_carrier(
    conn: AsyncConnection,
    principal: Principal,
    carrier_sid: str,
    account_sid: str | None,
    sp_sid: str | None,
) -> None:
    """The carrier must exist, be within the key's scope and be usable by the owner: its
    own, an SP-wide one of its provider, or one of the platform's (ownerless)."""
    carrier_sid = norm_sid(carrier_sid)
    query = (
        select(
            voip_carriers.c.account_sid,
            voip_carriers.c.service_provider_sid,
            accounts.c.service_provider_sid.label("account_service_provider_sid"),
        )
        .select_from(
            voip_carriers.outerjoin(accounts, accounts.c.account_sid == voip_carriers.c.account_sid)
        )
        .where(voip_carriers.c.voip_carrier_sid == carrier_sid)
    )
    row = (await conn.execute(query)).first()
    if not principal.is_admin:
        visible = False
        if row is not None and principal.scope == "service_provider":
            owner_sp = row.account_service_provider_sid if row.account_sid else None
            visible = principal.service_provider_sid in (owner_sp, row.service_provider_sid)
        elif row is not None:
            visible = row.account_sid == principal.account_sid or (
                row.account_sid is None
                and row.service_provider_sid == principal.service_provider_sid
            )
        if not visible:
            raise _outside("voip_carrier_sid", carrier_sid)
    if row is None:
        raise BadRequest(f"voip_carrier not found for sid {carrier_sid}")
    shared = row.account_sid is None and row.service_provider_sid in (sp_sid, None)
    if account_sid is not None:
        if not (shared or row.account_sid == account_sid):
            raise BadRequest(
                f"voip_carrier_sid {carrier_sid} is not usable by the account {account_sid}"
            )
    elif not shared and sp_sid is None:
        raise BadRequest(
            f"voip_carrier_sid {carrier_sid} belongs to a tenant: a number with no owner "
            "needs a carrier of the platform (or give account_sid)"
        )
    elif not shared:
        raise BadRequest(
            f"voip_carrier_sid {carrier_sid} is not usable by the service provider {sp_sid} "
            "(an SP-level number needs an SP-wide carrier)"
        )


async def _check_application(
    conn: AsyncConnection, principal: Principal, application_sid: str, account_sid: str | None
) -> None:
    """The application must exist, be within the key's scope and belong to the account."""
    application_sid = norm_sid(application_sid)
    query = (
        select(applications.c.account_sid, accounts.c.service_provider_sid)
        .select_from(
            applications.join(accounts, accounts.c.account_sid == applications.c.account_sid)
        )
        .where(applications.c.application_sid == application_sid)
    )
    row = (await conn.execute(query)).first()
    if not principal.is_admin and (
        row is None or not principal.covers_account(row.account_sid, row.service_provider_sid)
    ):
        raise _outside("application_sid", application_sid)
    if row is None:
        raise BadRequest(scope.unknown("application_sid"))
    if account_sid is None:
        raise BadRequest(
            f"application_sid {application_sid}: a number with no account_sid "
            "cannot point to an application"
        )
    if row.account_sid != account_sid:
        raise BadRequest(
            f"application_sid {application_sid} does not belong to the account {account_sid}"
        )


async def _refuse_duplicate(conn: AsyncConnection, number: str) -> None:
    """A clear 422 for the common case; the unique constraint covers concurrent creates."""
    query = select(phone_numbers.c.phone_number_sid).where(phone_numbers.c.number == number)
    if (await conn.execute(query)).first() is not None:
        raise Unprocessable(_duplicate_message(number))


def _duplicate_message(number: str) -> str:
    return f"phone number {number} already exists"


# -- operations ------------------------------------------------------------------------


async def create(db: Database, principal: Principal, data: PhoneNumberCreate) -> str:
    try:
        number = normalise_number(data.number)
    except ValueError as exc:
        raise BadRequest(f"number {exc}") from None
    sid = new_sid()
    async with db.write() as conn:
        account, sp_sid = await _owner(conn, principal, data)
        account_sid = account.account_sid if account is not None else None
        carrier_sid = norm_sid(data.voip_carrier_sid) if data.voip_carrier_sid else None
        application_sid = norm_sid(data.application_sid) if data.application_sid else None
        if carrier_sid:
            await _check_carrier(conn, principal, carrier_sid, account_sid, sp_sid)
        if application_sid:
            await _check_application(conn, principal, application_sid, account_sid)
        await _refuse_duplicate(conn, number)
        try:
            await conn.execute(
                insert(phone_numbers).values(
                    phone_number_sid=sid,
                    number=number,
                    voip_carrier_sid=carrier_sid,
                    account_sid=account_sid,
                    application_sid=application_sid,
                    service_provider_sid=sp_sid,
                )
            )
        except IntegrityError as exc:
            # Another request inserted the same number since `_refuse_duplicate` looked.
            if duplicate_columns(exc) == "number":
                raise Unprocessable(_duplicate_message(number)) from None
            raise
    return sid


async def _check_filters(
    conn: AsyncConnection,
    principal: Principal,
    account_sid: str | None,
    service_provider_sid: str | None,
) -> None:
    """A filter naming a tenant outside the key's scope is 403 (existing or not)."""
    if principal.is_admin:
        return
    if service_provider_sid is not None and (
        norm_sid(service_provider_sid) != principal.service_provider_sid
    ):
        raise _outside("service_provider_sid", norm_sid(service_provider_sid))
    if account_sid is not None:
        sid = norm_sid(account_sid)
        row = (
            await conn.execute(
                select(accounts.c.service_provider_sid).where(accounts.c.account_sid == sid)
            )
        ).first()
        if row is None or not principal.covers_account(sid, row.service_provider_sid):
            raise _outside("account_sid", sid)


async def list_all(
    db: Database,
    principal: Principal,
    *,
    path_service_provider_sid: str | None = None,
    number_filter: str | None = None,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
    page: PageRequest | None = None,
) -> list[PhoneNumber] | PhoneNumberPage:
    """The numbers in scope, narrowed by the filters, sorted by number; a page on request."""
    query = _scoped(principal)
    async with db.read() as conn:
        if path_service_provider_sid is not None:
            provider = await scope.service_provider_at_path(
                conn, principal, path_service_provider_sid
            )
            query = query.where(_of_service_provider(provider.service_provider_sid))
        await _check_filters(conn, principal, account_sid, service_provider_sid)
        if number_filter:
            query = query.where(
                phone_numbers.c.number.contains(_digits_filter(number_filter), autoescape=True)
            )
        if account_sid is not None:
            query = query.where(phone_numbers.c.account_sid == norm_sid(account_sid))
        if service_provider_sid is not None:
            query = query.where(_of_service_provider(norm_sid(service_provider_sid)))
        total = None
        if page is not None:
            total = (
                await conn.execute(select(func.count()).select_from(query.subquery()))
            ).scalar_one()
        query = query.order_by(phone_numbers.c.number)
        if page is not None:
            query = query.limit(page.limit).offset(page.offset)
        rows = (await conn.execute(query)).all()
    items = [_to_model(row) for row in rows]
    if page is None:
        return items
    return PhoneNumberPage(total=total, page=page.page, page_size=page.page_size, data=items)


async def get(db: Database, principal: Principal, sid: str) -> PhoneNumber:
    async with db.read() as conn:
        row = await _find(conn, principal, sid)
    return _to_model(row)


async def update_one(db: Database, principal: Principal, sid: str, data: PhoneNumberUpdate) -> None:
    values = changes(data)
    async with db.write() as conn:
        row = await _find(conn, principal, sid)
        account_sid = row.account_sid
        sp_sid = row.service_provider_sid
        new_values: dict[str, Any] = {}
        moved = False
        if "account_sid" in values:
            account = await scope.account_in_body(conn, principal, values["account_sid"])
            if account is None:
                raise BadRequest(scope.unknown("account_sid"))
            moved = account.account_sid != row.account_sid
            account_sid, sp_sid = account.account_sid, account.service_provider_sid
            new_values.update(account_sid=account_sid, service_provider_sid=sp_sid)
        application_sid = row.application_sid
        if "application_sid" in values:
            application_sid = norm_sid(values["application_sid"]) if data.application_sid else None
            new_values["application_sid"] = application_sid
        if moved and row.voip_carrier_sid:
            await _check_carrier(conn, principal, row.voip_carrier_sid, account_sid, sp_sid)
        if application_sid and (moved or "application_sid" in values):
            await _check_application(conn, principal, application_sid, account_sid)
        await conn.execute(
            update(phone_numbers)
            .where(phone_numbers.c.phone_number_sid == row.phone_number_sid)
            .values(**new_values)
        )


async def delete_one(db: Database, principal: Principal, sid: str) -> None:
    async with db.write() as conn:
        row = await _find(conn, principal, sid)
        await conn.execute(
            delete(phone_numbers).where(phone_numbers.c.phone_number_sid == row.phone_number_sid)
        )


# -- for other services ----------------------------------------------------------------


async def find_by_number(conn: AsyncConnection, number: str) -> Any | None:
    """The number's row, for routing an inbound call (any scope); None when unknown.

    `number` may carry the leading `+` or not; anything that is not E.164 finds nothing.
    """
    try:
        digits = normalise_number(number.strip())
    except ValueError:
        return None
    query = select(phone_numbers).where(phone_numbers.c.number == digits)
    return (await conn.execute(query)).first()


async def numbers_pointing_to_application(conn: AsyncConnection, application_sid: str) -> list[str]:
    """The numbers routed to an application, sorted (deleting it is refused while any)."""
    query = (
        select(phone_numbers.c.number)
        .where(phone_numbers.c.application_sid == norm_sid(application_sid))
        .order_by(phone_numbers.c.number)
    )
    return list((await conn.execute(query)).scalars().all())


async def numbers_using_carrier(conn: AsyncConnection, voip_carrier_sid: str) -> list[str]:
    """The numbers reached through a carrier, sorted (deleting it is refused while any)."""
    query = (
        select(phone_numbers.c.number)
        .where(phone_numbers.c.voip_carrier_sid == norm_sid(voip_carrier_sid))
        .order_by(phone_numbers.c.number)
    )
    return list((await conn.execute(query)).scalars().all())
