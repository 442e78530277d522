"""VoipCarriers: the SIP trunks between the platform and the telephone network (§2.6).

A carrier belongs either to a service provider (SP-wide: `account_sid` null) or to one of
its accounts (`account_sid` set). An account-owned row also stores its account's
`service_provider_sid`, so "the carriers of a provider" is one comparison.

A carrier an admin key creates without naming an owner belongs to no one (both sids null),
as in jambonz: the platform's own trunk, which only admin keys see, use and change.

Who sees what (one rule, used by the carriers and, through them, by their gateways):
- admin keys: every carrier, the ownerless ones included;
- service provider keys: the carriers of their provider, SP-wide or account-owned;
- account keys: their account's carriers plus the SP-wide carriers of their provider,
  which they may read but not change (403, since they can see them).
Anything else is 404 when addressed by a path sid; a body naming a carrier the key may not
change is 403 (also when it does not exist, so the answer reveals nothing), and 400 for
an admin key naming an unknown carrier (as jambonz).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, false, func, insert, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import VoipCarrier, VoipCarrierCreate, VoipCarrierPage, VoipCarrierUpdate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import (
    CARRIER_SMS_FIELDS,
    accounts,
    applications,
    carrier_sms,
    carriers_with_sms,
    lcr_carrier_set_entry,
    phone_numbers,
    sip_gateways,
    smpp_gateways,
    voip_carriers,
)
from jambonz.errors import BadRequest, Forbidden, NotFound, Unprocessable
from jambonz.services import scope
from jambonz.services.common import (
    PageRequest,
    changes,
    drop_repeated_ids,
    flag,
    iso,
    name_contains,
    new_sid,
    norm_sid,
)
from jambonz.services.hooks import check_url

NOT_FOUND = "voip carrier not found"
FLAGS = ("e164_leading_plus", "requires_register", "register_public_ip_in_contact", "is_active")
IN_USE = "cannot delete voip carrier with active phone numbers"
ROUTED = (
    "cannot delete voip carrier used by a least-cost routing table: remove it from the "
    "table's routes first"
)
READ_ONLY = (
    "account keys may not change or delete the carriers of their service provider "
    "(only their own account's)"
)


# -- scope ---------------------------------------------------------------------------


def visible(principal: Principal) -> ColumnElement[bool]:
    """The carriers the key may see, as a condition on `voip_carriers`."""
    if principal.is_admin:
        return true()
    if principal.service_provider_sid is None:
        # Only an account key whose account has vanished: its own carriers at most.
        own_sp = false()
    else:
        own_sp = voip_carriers.c.service_provider_sid == principal.service_provider_sid
    if principal.scope == "service_provider":
        return own_sp
    return or_(
        voip_carriers.c.account_sid == principal.account_sid,
        and_(voip_carriers.c.account_sid.is_(None), own_sp),
    )


def may_change(principal: Principal, carrier_account_sid: str | None) -> bool:
    """Whether the key may change a carrier it can see (and that carrier's gateways)."""
    return principal.scope != "account" or carrier_account_sid == principal.account_sid


async def carrier_at_path(
    conn: AsyncConnection, principal: Principal, sid: str, *, for_change: bool = False
) -> Any:
    """The carrier addressed by a path (or list-filter) sid: 404 when the key cannot see
    it; with `for_change`, 403 when it can see but not change it."""
    query = select(voip_carriers).where(
        voip_carriers.c.voip_carrier_sid == norm_sid(sid), visible(principal)
    )
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    if for_change and not may_change(principal, row.account_sid):
        raise Forbidden(READ_ONLY)
    return row


async def carrier_in_body(
    conn: AsyncConnection, principal: Principal, sid: str, field: str = "voip_carrier_sid"
) -> Any:
    """The carrier a body names as the parent of a new resource: 403 when the key may not
    change it (unknown ones included, for non-admin keys), 400 `invalid <field>` (jambonz's
    words) unknown to an admin key."""
    sid = norm_sid(sid)
    query = select(voip_carriers).where(voip_carriers.c.voip_carrier_sid == sid)
    row = (await conn.execute(query.where(visible(principal)))).first()
    if row is None:
        if principal.is_admin:
            raise BadRequest(f"invalid {field}")
        raise Forbidden(f"{field} {sid} is outside the scope of this API key")
    if not may_change(principal, row.account_sid):
        raise Forbidden(READ_ONLY)
    return row


# -- reading -------------------------------------------------------------------------


def _register_status(text: str | None) -> dict[str, Any]:
    """The SBC writes a JSON object; anything else (or nothing) reads as `{}`."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# The carrier's credentials: an account key reads those of its provider's SP-wide
# carriers masked (it may use such a carrier, never change it, so it needs no secret).
SECRETS = (
    "register_password",
    "inbound_auth_password",
    "smpp_password",
    "smpp_inbound_password",
    "sms_password",
    "sms_bearer_token",
    "sms_inbound_password",
)


def mask(value: str | None) -> str | None:
    """jambonz's obscuring of a password: its first character, then an X for each other
    one (`s3cret` reads `sXXXXX`)."""
    if not value:
        return value
    return value[0] + "X" * (len(value) - 1)


def _to_model(row: Any, principal: Principal | None = None) -> VoipCarrier:
    values = {name: getattr(row, name) for name in VoipCarrier.model_fields}
    if principal is not None and not may_change(principal, row.account_sid):
        for name in SECRETS:
            if name in values:
                values[name] = mask(values[name])
    for name in FLAGS:
        values[name] = flag(values[name])
    values["register_status"] = _register_status(row.register_status)
    values["created_at"] = iso(row.created_at)
    return VoipCarrier(**values)


async def _find(
    conn: AsyncConnection,
    principal: Principal,
    sid: str,
    *,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
) -> Any:
    """The addressed carrier, or 404 when missing, out of scope or (under a provider or
    account path) not belonging to the path's tenant."""
    query = carriers_with_sms().where(
        voip_carriers.c.voip_carrier_sid == norm_sid(sid), visible(principal)
    )
    if service_provider_sid is not None:
        sp = await scope.service_provider_at_path(conn, principal, service_provider_sid)
        query = query.where(voip_carriers.c.service_provider_sid == sp.service_provider_sid)
    if account_sid is not None:
        account = await scope.account_at_path(conn, principal, account_sid)
        query = query.where(voip_carriers.c.account_sid == account.account_sid)
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return row


async def list_all(
    db: Database,
    principal: Principal,
    *,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
    account_filter: str | None = None,
    name: str | None = None,
    page: PageRequest | None = None,
) -> list[VoipCarrier] | VoipCarrierPage:
    """The carriers in scope, by name; narrowed to a path's provider or account, to the
    `account_sid` filter and to `name`; one page on request."""
    query = carriers_with_sms().where(visible(principal))
    if name:
        query = query.where(name_contains(voip_carriers.c.name, name))
    async with db.read() as conn:
        if service_provider_sid is not None:
            sp = await scope.service_provider_at_path(conn, principal, service_provider_sid)
            query = query.where(voip_carriers.c.service_provider_sid == sp.service_provider_sid)
        if account_sid is not None:
            account = await scope.account_at_path(conn, principal, account_sid)
            query = query.where(voip_carriers.c.account_sid == account.account_sid)
        if account_filter is not None:
            account_filter = norm_sid(account_filter)
            if not principal.is_admin:
                # A filter naming a foreign account is 403, as a body naming it would be.
                await scope.account_in_body(conn, principal, account_filter, "account_sid")
            query = query.where(voip_carriers.c.account_sid == account_filter)
        total = None
        if page is not None:
            total = (
                await conn.execute(select(func.count()).select_from(query.subquery()))
            ).scalar_one()
        query = query.order_by(voip_carriers.c.name, voip_carriers.c.voip_carrier_sid)
        rows: list[Any] = []
        if page is None:
            rows = list((await conn.execute(query)).all())
        elif page.offset < (total or 0):
            # A page past the end is empty without asking the database (whose integers a
            # huge `page` would overflow).
            query = query.limit(page.limit).offset(page.offset)
            rows = list((await conn.execute(query)).all())
    items = [_to_model(row, principal) for row in rows]
    if page is None:
        return items
    return VoipCarrierPage(total=total, page=page.page, page_size=page.page_size, data=items)


async def get(db: Database, principal: Principal, sid: str) -> VoipCarrier:
    async with db.read() as conn:
        return _to_model(await _find(conn, principal, sid), principal)


# -- writing -------------------------------------------------------------------------


async def _owner(
    conn: AsyncConnection,
    principal: Principal,
    *,
    body_account: str | None,
    body_service_provider: str | None,
    path_account: str | None,
    path_service_provider: str | None,
) -> tuple[str | None, str]:
    """`(account_sid, service_provider_sid)` of a new carrier, from the path, the body
    and the key. Scope first (404 path / 403 body), then consistency (422). An admin key
    that names no owner makes an ownerless carrier `(None, None)`."""
    account = None
    if path_account is not None:
        account = await scope.account_at_path(conn, principal, path_account)
    if body_account is not None:
        named = await scope.account_in_body(conn, principal, body_account)
        if named is None:
            raise BadRequest(scope.unknown("account_sid"))
        if account is not None and named.account_sid != account.account_sid:
            raise Unprocessable(
                f"account_sid {named.account_sid} differs from the account in the path "
                f"({account.account_sid})"
            )
        account = named
    if account is None and principal.scope == "account":
        # An account key's carriers always belong to its own account.
        account = await scope.account_in_body(conn, principal, principal.account_sid or "")
        if account is None:
            raise BadRequest(scope.unknown("account_sid"))

    provider = None
    if path_service_provider is not None:
        provider = await scope.service_provider_at_path(conn, principal, path_service_provider)
    if body_service_provider is not None:
        named_sp = await scope.service_provider_in_body(conn, principal, body_service_provider)
        if provider is not None and named_sp.service_provider_sid != provider.service_provider_sid:
            raise Unprocessable(
                f"service_provider_sid {named_sp.service_provider_sid} differs from the "
                f"service provider in the path ({provider.service_provider_sid})"
            )
        provider = named_sp

    if account is not None:
        if provider is not None and provider.service_provider_sid != account.service_provider_sid:
            raise Unprocessable(
                f"account_sid {account.account_sid} does not belong to service_provider_sid "
                f"{provider.service_provider_sid}"
            )
        return account.account_sid, account.service_provider_sid
    if provider is not None:
        return None, provider.service_provider_sid
    if principal.scope == "service_provider" and principal.service_provider_sid:
        return None, principal.service_provider_sid
    return None, None


def _valid_realm(value: str) -> bool:
    """A SIP realm or domain as jambonz takes it: no `sip:` scheme, no whitespace, and
    either an IPv4 address or a name with a dot."""
    if value != value.strip() or re.match(r"^sips?:", value, re.IGNORECASE):
        return False
    if re.search(r"\s", value):
        return False
    return bool(re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", value)) or "." in value


def check_registration(body: dict[str, Any], stored: Mapping[str, Any] | None = None) -> None:
    """The registration fields, checked as jambonz checks them (400, its words): with
    `requires_register` (given, or already stored), a username without whitespace and a
    password; a realm or from-domain, when given, a domain or an IPv4 address."""

    def current(name: str) -> Any:
        """The value after the change: the body's when given (`null` included), else the
        stored one, so that clearing a credential of a registering carrier is refused."""
        return body[name] if name in body else (stored or {}).get(name)

    if current("requires_register"):
        username, password = current("register_username"), current("register_password")
        if not username or not str(username).strip():
            raise BadRequest("register_username is required when requires_register is true")
        if re.search(r"\s", str(username)):
            raise BadRequest("register_username must not contain whitespace")
        if not password or not str(password).strip():
            raise BadRequest("register_password is required when requires_register is true")
    if body.get("register_username") and re.search(r"\s", body["register_username"]):
        raise BadRequest("register_username must not contain whitespace")
    realm = body.get("register_sip_realm")
    if realm is not None:
        if realm == "":
            raise BadRequest(
                "register_sip_realm must not be empty string; use null to fall back to gateway IP"
            )
        if not _valid_realm(realm):
            raise BadRequest(
                "register_sip_realm must be a valid domain or IP address (no sip: prefix, "
                "no spaces)"
            )
    domain = body.get("register_from_domain")
    if domain and not _valid_realm(domain):
        raise BadRequest(
            "register_from_domain must be a valid domain or IP address (no sip: prefix, no spaces)"
        )


async def _check_application(
    conn: AsyncConnection,
    principal: Principal,
    application_sid: str | None,
    account_sid: str | None,
) -> str | None:
    """Inbound routing to an application needs an account-owned carrier and an application
    of that account (400, in jambonz's words). Another account's application is told
    apart from a missing one only when the key may see both accounts' carriers."""
    if application_sid is None:
        return None
    application_sid = norm_sid(application_sid)
    if account_sid is None:
        raise BadRequest("account_sid missing")
    query = select(applications.c.account_sid).where(
        applications.c.application_sid == application_sid
    )
    owner = (await conn.execute(query)).scalar()
    if owner is None or (owner != account_sid and principal.scope == "account"):
        raise BadRequest(scope.unknown("application_sid"))
    if owner != account_sid:
        if principal.scope == "service_provider":
            sp_of = select(accounts.c.service_provider_sid).where(accounts.c.account_sid == owner)
            if (await conn.execute(sp_of)).scalar() != principal.service_provider_sid:
                raise BadRequest(scope.unknown("application_sid"))
        raise BadRequest("application_sid does not exist for specified account_sid")
    return application_sid


def _split(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A carrier's columns, and its SMS settings (kept in `japi_carrier_sms`)."""
    sms = {name: values.pop(name) for name in CARRIER_SMS_FIELDS if name in values}
    return values, sms


async def _write_sms(conn: AsyncConnection, sid: str, sms: dict[str, Any]) -> None:
    """Change some of a carrier's SMS settings, making its row on the first."""
    has_row = select(carrier_sms.c.voip_carrier_sid).where(carrier_sms.c.voip_carrier_sid == sid)
    if (await conn.execute(has_row)).first() is None:
        await conn.execute(insert(carrier_sms).values(voip_carrier_sid=sid, **sms))
    else:
        await conn.execute(
            update(carrier_sms).where(carrier_sms.c.voip_carrier_sid == sid).values(**sms)
        )


def _column_values(values: dict[str, Any]) -> dict[str, Any]:
    for name in FLAGS:
        if name in values:
            values[name] = bool(values[name])
    return values


async def create(
    db: Database,
    principal: Principal,
    data: VoipCarrierCreate,
    *,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
) -> str:
    """Create a carrier; the keyword sids are a path's provider or account, if any."""
    values = data.model_dump()
    check_url("sms_outbound_url", values.get("sms_outbound_url"))
    body_account = values.pop("account_sid")
    body_service_provider = values.pop("service_provider_sid")
    async with db.write() as conn:
        owner_account, owner_sp = await _owner(
            conn,
            principal,
            body_account=body_account,
            body_service_provider=body_service_provider,
            path_account=account_sid,
            path_service_provider=service_provider_sid,
        )
        return await insert_carrier(
            conn, principal, values, account_sid=owner_account, service_provider_sid=owner_sp
        )


async def insert_carrier(
    conn: AsyncConnection,
    principal: Principal,
    values: dict[str, Any],
    *,
    account_sid: str | None,
    service_provider_sid: str | None,
) -> str:
    """Insert a carrier of an owner already resolved within the key's scope, inside the
    caller's transaction, and return its sid. `values` are the columns of a
    `VoipCarrierCreate` but the owner's; the cross-field rules apply (400)."""
    check_registration(values)
    values["application_sid"] = await _check_application(
        conn, principal, values["application_sid"], account_sid
    )
    sid = new_sid()
    carrier, sms = _split(_column_values(values))
    await conn.execute(
        insert(voip_carriers).values(
            voip_carrier_sid=sid,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            **carrier,
        )
    )
    if any(value is not None for value in sms.values()):
        await conn.execute(insert(carrier_sms).values(voip_carrier_sid=sid, **sms))
    return sid


async def update_one(
    db: Database,
    principal: Principal,
    sid: str,
    data: VoipCarrierUpdate,
    *,
    service_provider_sid: str | None = None,
    account_sid: str | None = None,
) -> None:
    values = changes(data)
    check_url("sms_outbound_url", values.get("sms_outbound_url"))
    async with db.write() as conn:
        row = await _find(
            conn, principal, sid, service_provider_sid=service_provider_sid, account_sid=account_sid
        )
        if not may_change(principal, row.account_sid):
            raise Forbidden(READ_ONLY)
        drop_repeated_ids(values, row, ("voip_carrier_sid", "account_sid", "service_provider_sid"))
        check_registration(values, row._mapping)
        if "application_sid" in values:
            values["application_sid"] = await _check_application(
                conn, principal, values["application_sid"], row.account_sid
            )
        carrier, sms = _split(_column_values(values))
        if carrier:
            await conn.execute(
                update(voip_carriers)
                .where(voip_carriers.c.voip_carrier_sid == row.voip_carrier_sid)
                .values(**carrier)
            )
        if sms:
            await _write_sms(conn, row.voip_carrier_sid, sms)


async def delete_one(db: Database, principal: Principal, sid: str) -> None:
    async with db.write() as conn:
        row = await _find(conn, principal, sid)
        if not may_change(principal, row.account_sid):
            raise Forbidden(READ_ONLY)
        await _refuse_if_used(conn, voip_carriers.c.voip_carrier_sid == row.voip_carrier_sid)
        await _delete_where(conn, voip_carriers.c.voip_carrier_sid == row.voip_carrier_sid)


async def _refuse_if_numbered(conn: AsyncConnection, condition: ColumnElement[bool]) -> None:
    """422 while phone numbers use one of the carriers matching `condition`, in jambonz's
    words (which name no number, so no key learns another tenant's)."""
    carriers = select(voip_carriers.c.voip_carrier_sid).where(condition)
    using = select(phone_numbers.c.phone_number_sid).where(
        phone_numbers.c.voip_carrier_sid.in_(carriers)
    )
    if (await conn.execute(using.limit(1))).first() is not None:
        raise Unprocessable(IN_USE)


async def _refuse_if_used(conn: AsyncConnection, condition: ColumnElement[bool]) -> None:
    """422 while phone numbers or least-cost routes use one of the carriers matching
    `condition` (jambonz answers 500 for the routes: a foreign key)."""
    await _refuse_if_numbered(conn, condition)
    carriers = select(voip_carriers.c.voip_carrier_sid).where(condition)
    routed = select(lcr_carrier_set_entry.c.lcr_carrier_set_entry_sid).where(
        lcr_carrier_set_entry.c.voip_carrier_sid.in_(carriers)
    )
    if (await conn.execute(routed.limit(1))).first() is not None:
        raise Unprocessable(ROUTED)


async def delete_carriers_where(conn: AsyncConnection, condition: ColumnElement[bool]) -> int:
    """Delete the carriers matching `condition` (a condition on `voip_carriers`) together
    with their SIP and SMPP gateways, inside the caller's transaction; return how many
    carriers went. For the account and service provider delete cascades: phone numbers or
    least-cost routes still using one of the carriers block it (422), so delete or
    re-point them first (the cascades delete the owner's own routing table before)."""
    await _refuse_if_used(conn, condition)
    return await _delete_where(conn, condition)


async def _delete_where(conn: AsyncConnection, condition: ColumnElement[bool]) -> int:
    """Gateways first (they reference the carriers), then the carriers."""
    carriers = select(voip_carriers.c.voip_carrier_sid).where(condition)
    await conn.execute(delete(sip_gateways).where(sip_gateways.c.voip_carrier_sid.in_(carriers)))
    await conn.execute(delete(smpp_gateways).where(smpp_gateways.c.voip_carrier_sid.in_(carriers)))
    await conn.execute(delete(carrier_sms).where(carrier_sms.c.voip_carrier_sid.in_(carriers)))
    result = await conn.execute(delete(voip_carriers).where(condition))
    return result.rowcount
