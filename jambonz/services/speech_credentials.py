"""SpeechCredentials: the speech vendor credentials of a provider or of an account.

A credential belongs to a service provider (account_sid null: every account of the
provider may use it) or to one account (service_provider_sid is then the account's
provider too). Its vendor properties are JSON sealed with the row's sid as context
(`jambonz.sealing`): the `credential` column never holds a secret in plain text. Reads
show them through `jambonz.speech_vendors.shown` (secrets obscured).

Addressing, as jambonz does it and its clients expect:
- the path's tenant (`/ServiceProviders/{sid}` or `/Accounts/{sid}`) outside the key's
  scope is 403 `Insufficient privileges` for a non-admin key whether or not it exists
  (so the answer tells nothing), 404 for an admin key when it does not exist;
- a credential is reached under the path of its account or of its provider; one the key
  cannot see there is 404. Account keys see their provider's credentials in lists
  (without secret properties) and may test them, but reading, changing or deleting one
  by sid is 403, as in jambonz.
"""

from __future__ import annotations

import json
from contextlib import suppress
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import SpeechCredential, SpeechCredentialCreate, SpeechCredentialUpdate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import (
    accounts,
    google_custom_voices,
    service_providers,
    speech_credentials,
    utcnow,
)
from jambonz.errors import BadRequest, Forbidden, NotFound, Unprocessable
from jambonz.sealing import Seals, Unsealable
from jambonz.services import scope
from jambonz.services.common import flag, iso, new_sid, norm_sid
from jambonz.speech_catalogue import languages_and_voices
from jambonz.speech_vendors import (
    Uses,
    credential_for,
    from_stored,
    shown,
    stored_form,
    test_result,
    updated,
)

INSUFFICIENT = "Insufficient privileges"
NOT_FOUND = "speech credential not found"
FLAGS_ONLY = "use_for_tts and use_for_stt are the only updateable fields"
UNREADABLE = (
    "the stored credential cannot be decrypted with this server's JAMBONZ_ENCRYPTION_SECRET; "
    "delete it and add it again"
)
_OWNER = ("vendor", "label", "use_for_tts", "use_for_stt", "account_sid", "service_provider_sid")
sc = speech_credentials


# -- the path's tenant ---------------------------------------------------------------


class Tenant:
    """The provider, or the account (with its provider), a request is addressed to."""

    def __init__(self, service_provider_sid: str, account_sid: str | None = None) -> None:
        self.service_provider_sid = service_provider_sid
        self.account_sid = account_sid

    def holds(self) -> ColumnElement[bool]:
        """The credentials reached under this path: an account's own and its provider's;
        a provider's own and its accounts'."""
        if self.account_sid is not None:
            return or_(
                sc.c.account_sid == self.account_sid,
                and_(
                    sc.c.account_sid.is_(None),
                    sc.c.service_provider_sid == self.service_provider_sid,
                ),
            )
        return _of_provider(self.service_provider_sid)


def _of_provider(service_provider_sid: str | None) -> ColumnElement[bool]:
    """A provider's credentials and its accounts' (also rows without the provider set,
    as jambonz writes an account key's)."""
    its_accounts = select(accounts.c.account_sid).where(
        accounts.c.service_provider_sid == service_provider_sid
    )
    return or_(
        sc.c.service_provider_sid == service_provider_sid, sc.c.account_sid.in_(its_accounts)
    )


def visible(principal: Principal) -> ColumnElement[bool]:
    """The credentials the key may see: all (admin), its provider's and its accounts'
    (service provider), its account's and its provider's own (account)."""
    if principal.is_admin:
        return true()
    if principal.scope == "service_provider":
        return _of_provider(principal.service_provider_sid)
    return or_(
        sc.c.account_sid == principal.account_sid,
        and_(
            sc.c.account_sid.is_(None), sc.c.service_provider_sid == principal.service_provider_sid
        ),
    )


async def tenant(
    conn: AsyncConnection,
    principal: Principal,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> Tenant:
    """The path's account or provider within the key's scope (403 / 404, see above)."""
    if account_sid is not None:
        row = (
            await conn.execute(
                select(accounts.c.account_sid, accounts.c.service_provider_sid).where(
                    accounts.c.account_sid == norm_sid(account_sid)
                )
            )
        ).first()
        if not principal.is_admin and (
            row is None or not principal.covers_account(row.account_sid, row.service_provider_sid)
        ):
            raise Forbidden(INSUFFICIENT)
        if row is None:
            raise NotFound(scope.ACCOUNT_NOT_FOUND)
        return Tenant(row.service_provider_sid, row.account_sid)
    sid = norm_sid(service_provider_sid or "")
    if not principal.is_admin and sid != principal.service_provider_sid:
        raise Forbidden(INSUFFICIENT)
    found = (
        await conn.execute(
            select(service_providers.c.service_provider_sid).where(
                service_providers.c.service_provider_sid == sid
            )
        )
    ).first()
    if found is None:
        if not principal.is_admin:
            raise Forbidden(INSUFFICIENT)
        raise NotFound(scope.SERVICE_PROVIDER_NOT_FOUND)
    return Tenant(sid)


# -- reading -------------------------------------------------------------------------


def _open(sealer: Seals, row: Any) -> dict[str, Any] | None:
    """The stored vendor properties, or None when they cannot be opened here."""
    try:
        value = json.loads(sealer.open(row.credential, row.speech_credential_sid))
    except (Unsealable, ValueError):
        return None
    return from_stored(row.vendor, value) if isinstance(value, dict) else None


def _sealed(sealer: Seals, vendor: str, props: dict[str, Any], sid: str) -> str:
    """The `credential` column's value: the properties in jambonz's shape, sealed."""
    return sealer.seal(json.dumps(stored_form(vendor, props), separators=(",", ":")), sid)


def _to_model(sealer: Seals, row: Any, *, without_secrets: bool = False) -> SpeechCredential:
    stored = _open(sealer, row) or {}
    values: dict[str, Any] = {
        "speech_credential_sid": row.speech_credential_sid,
        "service_provider_sid": row.service_provider_sid,
        "account_sid": row.account_sid,
        "vendor": row.vendor,
        "label": row.label,
        "use_for_tts": flag(row.use_for_tts),
        "use_for_stt": flag(row.use_for_stt),
        "last_used": iso(row.last_used),
        "last_tested": iso(row.last_tested),
        "tts_tested_ok": None if row.tts_tested_ok is None else flag(row.tts_tested_ok),
        "stt_tested_ok": None if row.stt_tested_ok is None else flag(row.stt_tested_ok),
        "created_at": iso(row.created_at),
    }
    # A vendor this server does not know (a row from elsewhere) shows its row alone;
    # properties it does not know (jambonz's PUT keeps whatever it was sent) are not shown.
    with suppress(BadRequest):
        props = shown(row.vendor, stored, without_secrets=without_secrets)
        values.update((k, v) for k, v in props.items() if k in SpeechCredential.model_fields)
    return SpeechCredential.model_validate(values)


_ORDER = (sc.c.created_at, sc.c.speech_credential_sid)


async def list_all(
    db: Database,
    sealer: Seals,
    principal: Principal,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> list[SpeechCredential]:
    """Under an account: its credentials, then its provider's own. Under a provider: its
    own (an account key's own account's first). Oldest first within each."""
    async with db.read() as conn:
        where = await tenant(
            conn, principal, account_sid=account_sid, service_provider_sid=service_provider_sid
        )
        own_account = where.account_sid
        if own_account is None and principal.scope == "account":
            own_account = principal.account_sid
        rows: list[Any] = []
        if own_account is not None:
            query = select(sc).where(sc.c.account_sid == own_account).order_by(*_ORDER)
            rows.extend((await conn.execute(query)).all())
        query = (
            select(sc)
            .where(
                sc.c.account_sid.is_(None), sc.c.service_provider_sid == where.service_provider_sid
            )
            .order_by(*_ORDER)
        )
        rows.extend((await conn.execute(query)).all())
    hide = principal.scope == "account"
    return [
        _to_model(sealer, row, without_secrets=hide and row.account_sid is None) for row in rows
    ]


async def _find(
    conn: AsyncConnection,
    principal: Principal,
    sid: str,
    *,
    account_sid: str | None,
    service_provider_sid: str | None,
    by_owner_only: bool = True,
) -> Any:
    """The credential under the path, visible to the key (404 otherwise). With
    `by_owner_only`, an account key may not address its provider's credential (403)."""
    where = await tenant(
        conn, principal, account_sid=account_sid, service_provider_sid=service_provider_sid
    )
    query = select(sc).where(
        sc.c.speech_credential_sid == norm_sid(sid), where.holds(), visible(principal)
    )
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    if by_owner_only and principal.scope == "account" and row.account_sid != principal.account_sid:
        raise Forbidden(INSUFFICIENT)
    return row


async def get(
    db: Database,
    sealer: Seals,
    principal: Principal,
    sid: str,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> SpeechCredential:
    async with db.read() as conn:
        row = await _find(
            conn, principal, sid, account_sid=account_sid, service_provider_sid=service_provider_sid
        )
    return _to_model(sealer, row)


async def supported_languages_and_voices(
    db: Database,
    principal: Principal,
    vendor: str | None,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> dict[str, Any]:
    """The vendor's catalogue (400 without a vendor, 422 for one without lists), once the
    path's tenant is known to be within the key's scope."""
    if not vendor:
        raise BadRequest("vendor is required")
    async with db.read() as conn:
        await tenant(
            conn, principal, account_sid=account_sid, service_provider_sid=service_provider_sid
        )
    return languages_and_voices(vendor)


# -- writing -------------------------------------------------------------------------


async def _owner(
    conn: AsyncConnection,
    principal: Principal,
    body: dict[str, Any],
    *,
    account_sid: str | None,
    service_provider_sid: str | None,
) -> tuple[str | None, str]:
    """`(account_sid, service_provider_sid)` of a new credential: the path's account,
    or under a provider the body's account (an account key: its own), else the
    provider itself. Body sids outside the scope are 403, unknown ones 400, ones that
    disagree with the path 422."""
    where = await tenant(
        conn, principal, account_sid=account_sid, service_provider_sid=service_provider_sid
    )
    owner_account = where.account_sid
    named = body.get("account_sid")
    if owner_account is not None:
        if named is not None and norm_sid(named) != owner_account:
            raise Unprocessable(
                f"account_sid {norm_sid(named)} differs from the account in the path "
                f"({owner_account})"
            )
    elif principal.scope == "account" or named is not None:
        if principal.scope == "account" and named is None:
            named = principal.account_sid or ""
        account = await scope.account_in_body(conn, principal, named or "")
        if account is None:
            raise BadRequest(scope.unknown("account_sid"))
        if account.service_provider_sid != where.service_provider_sid:
            raise Unprocessable(
                f"account_sid {account.account_sid} does not belong to the service provider "
                f"in the path ({where.service_provider_sid})"
            )
        owner_account = account.account_sid
    named_sp = body.get("service_provider_sid")
    if named_sp is not None and norm_sid(named_sp) != where.service_provider_sid:
        await scope.service_provider_in_body(conn, principal, named_sp)
        raise Unprocessable(
            f"service_provider_sid {norm_sid(named_sp)} is not the service provider of the "
            f"credential ({where.service_provider_sid})"
        )
    return owner_account, where.service_provider_sid


async def _refuse_taken_label(
    conn: AsyncConnection,
    vendor: str,
    label: str,
    account_sid: str | None,
    service_provider_sid: str,
    *,
    ignore_sid: str | None = None,
) -> None:
    """jambonz's rule: a label names one credential of a vendor for its owner (an account:
    among its own and its provider's; a provider: among all of its own and its accounts')."""
    if account_sid is not None:
        among = Tenant(service_provider_sid, account_sid).holds()
    else:
        among = _of_provider(service_provider_sid)
    query = select(sc.c.speech_credential_sid).where(
        sc.c.vendor == vendor, sc.c.label == label, among
    )
    if ignore_sid is not None:
        query = query.where(sc.c.speech_credential_sid != ignore_sid)
    if (await conn.execute(query.limit(1))).first() is not None:
        raise Unprocessable(f"Label {label} is already in use for another speech credential")


def _uses(values: dict[str, Any]) -> Uses:
    def given(name: str) -> bool | None:
        return None if values.get(name) is None else bool(values[name])

    return Uses(tts=given("use_for_tts"), stt=given("use_for_stt"))


def _vendor_values(values: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if name not in _OWNER}


async def create(
    db: Database,
    sealer: Seals,
    principal: Principal,
    data: SpeechCredentialCreate,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> str:
    values = data.model_dump(exclude_unset=True)
    vendor = values["vendor"]
    async with db.write() as conn:
        owner_account, owner_sp = await _owner(
            conn,
            principal,
            values,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
        )
        stored = credential_for(vendor, _vendor_values(values), _uses(values))
        label = values.get("label")
        if label:
            await _refuse_taken_label(conn, vendor, label, owner_account, owner_sp)
        sid = new_sid()
        row: dict[str, Any] = {
            "speech_credential_sid": sid,
            "service_provider_sid": owner_sp,
            "account_sid": owner_account,
            "vendor": vendor,
            "label": label,
            "credential": _sealed(sealer, vendor, stored, sid),
            "created_at": utcnow(),
        }
        for name in ("use_for_tts", "use_for_stt"):
            if values.get(name) is not None:
                row[name] = bool(values[name])
        await conn.execute(insert(sc).values(**row))
    return sid


async def update_one(
    db: Database,
    sealer: Seals,
    principal: Principal,
    sid: str,
    data: SpeechCredentialUpdate,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> None:
    values = data.model_dump(exclude_unset=True)
    if "use_for_tts" not in values and "use_for_stt" not in values:
        raise Unprocessable(FLAGS_ONLY)
    async with db.write() as conn:
        row = await _find(
            conn, principal, sid, account_sid=account_sid, service_provider_sid=service_provider_sid
        )
        stored = _open(sealer, row)
        if stored is None:
            raise Unprocessable(UNREADABLE)
        changed = updated(row.vendor, stored, _vendor_values(values), _uses(values))
        columns: dict[str, Any] = {
            "credential": _sealed(sealer, row.vendor, changed, row.speech_credential_sid)
        }
        for name in ("use_for_tts", "use_for_stt"):
            if name in values:
                columns[name] = bool(values[name])
        await conn.execute(
            update(sc)
            .where(sc.c.speech_credential_sid == row.speech_credential_sid)
            .values(**columns)
        )


async def delete_one(
    db: Database,
    principal: Principal,
    sid: str,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> None:
    async with db.write() as conn:
        row = await _find(
            conn, principal, sid, account_sid=account_sid, service_provider_sid=service_provider_sid
        )
        await delete_where(conn, sc.c.speech_credential_sid == row.speech_credential_sid)


async def test_one(
    db: Database,
    sealer: Seals,
    principal: Principal,
    sid: str,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
) -> dict[str, dict[str, str]]:
    """jambonz's test result, never `ok` (see `speech_vendors.test_result`); the test's
    time and the failed halves are recorded, as jambonz records them."""
    async with db.write() as conn:
        row = await _find(
            conn,
            principal,
            sid,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            by_owner_only=False,
        )
        result = test_result(
            row.vendor, _open(sealer, row), bool(row.use_for_tts), bool(row.use_for_stt)
        )
        columns: dict[str, Any] = {"last_tested": utcnow()}
        for half in ("tts", "stt"):
            if result[half]["status"] != "not tested":
                columns[f"{half}_tested_ok"] = result[half]["status"] == "ok"
        await conn.execute(
            update(sc)
            .where(sc.c.speech_credential_sid == row.speech_credential_sid)
            .values(**columns)
        )
    return result


# -- cascades ------------------------------------------------------------------------


async def delete_where(conn: AsyncConnection, condition: ColumnElement[bool]) -> None:
    """Delete the credentials matching `condition` with their custom voices, inside the
    caller's transaction (voices first: they refer to the credentials)."""
    matching = select(sc.c.speech_credential_sid).where(condition)
    await conn.execute(
        delete(google_custom_voices).where(
            google_custom_voices.c.speech_credential_sid.in_(matching)
        )
    )
    await conn.execute(delete(sc).where(condition))


async def delete_owned_by_account(conn: AsyncConnection, account_sid: str) -> None:
    """The account's cascade: its credentials go with it, as in jambonz."""
    await delete_where(conn, sc.c.account_sid == account_sid)


async def delete_owned_by_service_provider(
    conn: AsyncConnection, service_provider_sid: str
) -> None:
    """The provider's cascade (its accounts, and theirs, are gone by then)."""
    await delete_where(conn, sc.c.service_provider_sid == service_provider_sid)
