"""GoogleCustomVoices: custom voice models of Google speech credentials.

A voice belongs to a speech credential and is seen, changed and deleted by whoever may see,
change and delete that credential (`speech_credentials.visible`; an account key changes
only its own account's). jambonz checks no scope when a voice is read, changed or deleted
by sid; here another tenant's voice is 404.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import GoogleCustomVoice, GoogleCustomVoiceCreate, GoogleCustomVoiceUpdate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import google_custom_voices, speech_credentials
from jambonz.errors import BadRequest, Forbidden, NotFound
from jambonz.services.common import changes, flag, new_sid, norm_sid
from jambonz.services.speech_credentials import INSUFFICIENT, Tenant, tenant, visible

NOT_FOUND = "google custom voice not found"
gcv = google_custom_voices
sc = speech_credentials


def _to_model(row: Any) -> GoogleCustomVoice:
    return GoogleCustomVoice(
        google_custom_voice_sid=row.google_custom_voice_sid,
        speech_credential_sid=row.speech_credential_sid,
        name=row.name,
        model=row.model,
        reported_usage=row.reported_usage,
        use_voice_cloning_key=flag(row.use_voice_cloning_key),
    )


def _may_change(principal: Principal, credential_account_sid: str | None) -> bool:
    return principal.scope != "account" or credential_account_sid == principal.account_sid


async def _credential_for_change(conn: AsyncConnection, principal: Principal, sid: str) -> str:
    """The credential a body names: one the key may change. 400 `Invalid
    speech_credential_sid` for an admin key naming none that exists (jambonz's words);
    403 for another key naming one it may not change, whether or not it exists."""
    query = select(sc.c.speech_credential_sid, sc.c.account_sid).where(
        sc.c.speech_credential_sid == norm_sid(sid), visible(principal)
    )
    row = (await conn.execute(query)).first()
    if row is None:
        if principal.is_admin:
            raise BadRequest("Invalid speech_credential_sid")
        raise Forbidden(INSUFFICIENT)
    if not _may_change(principal, row.account_sid):
        raise Forbidden(INSUFFICIENT)
    return row.speech_credential_sid


async def create(db: Database, principal: Principal, data: GoogleCustomVoiceCreate) -> str:
    values = changes(data)
    credential = values.pop("speech_credential_sid", None)
    if credential is None:
        raise BadRequest("missing speech_credential_sid")
    sid = new_sid()
    async with db.write() as conn:
        values["speech_credential_sid"] = await _credential_for_change(conn, principal, credential)
        if "use_voice_cloning_key" in values:
            values["use_voice_cloning_key"] = bool(values["use_voice_cloning_key"])
        await conn.execute(insert(gcv).values(google_custom_voice_sid=sid, **values))
    return sid


async def list_all(
    db: Database,
    principal: Principal,
    *,
    speech_credential_sid: str | None = None,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
    label: str | None = None,
) -> list[GoogleCustomVoice]:
    """One credential's voices, or those of the credentials with `label` (or without a
    label) that an account (its own and its provider's) or a provider (its own) uses."""
    query = select(gcv).join(sc, sc.c.speech_credential_sid == gcv.c.speech_credential_sid)
    async with db.read() as conn:
        if speech_credential_sid is not None:
            credential = (
                await conn.execute(
                    select(sc.c.speech_credential_sid).where(
                        sc.c.speech_credential_sid == norm_sid(speech_credential_sid),
                        visible(principal),
                    )
                )
            ).first()
            if credential is None:
                raise NotFound("speech credential not found")
            query = query.where(gcv.c.speech_credential_sid == credential.speech_credential_sid)
        else:
            query = query.where(
                await _credentials_used(conn, principal, account_sid, service_provider_sid),
                sc.c.label == label if label else sc.c.label.is_(None),
            )
        rows = (await conn.execute(query.order_by(gcv.c.name, gcv.c.google_custom_voice_sid))).all()
    return [_to_model(row) for row in rows]


async def _credentials_used(
    conn: AsyncConnection,
    principal: Principal,
    account_sid: str | None,
    service_provider_sid: str | None,
) -> ColumnElement[bool]:
    """The credentials an account uses (its own, its provider's) or a provider's own:
    the key's own account or provider first, as jambonz takes them."""
    account_sid = principal.account_sid or account_sid
    service_provider_sid = principal.service_provider_sid or service_provider_sid
    if account_sid:
        return (await tenant(conn, principal, account_sid=account_sid)).holds()
    if service_provider_sid:
        where: Tenant = await tenant(conn, principal, service_provider_sid=service_provider_sid)
        return and_(
            sc.c.account_sid.is_(None), sc.c.service_provider_sid == where.service_provider_sid
        )
    raise BadRequest("missing account_sid or service_provider_sid in query parameters")


async def _find(conn: AsyncConnection, principal: Principal, sid: str) -> Any:
    query = (
        select(gcv, sc.c.account_sid.label("credential_account_sid"))
        .join(sc, sc.c.speech_credential_sid == gcv.c.speech_credential_sid)
        .where(gcv.c.google_custom_voice_sid == norm_sid(sid), visible(principal))
    )
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return row


async def get(db: Database, principal: Principal, sid: str) -> GoogleCustomVoice:
    async with db.read() as conn:
        return _to_model(await _find(conn, principal, sid))


async def update_one(
    db: Database, principal: Principal, sid: str, data: GoogleCustomVoiceUpdate
) -> None:
    values = changes(data)
    async with db.write() as conn:
        row = await _find(conn, principal, sid)
        if not _may_change(principal, row.credential_account_sid):
            raise Forbidden(INSUFFICIENT)
        if "speech_credential_sid" in values:
            values["speech_credential_sid"] = await _credential_for_change(
                conn, principal, values["speech_credential_sid"]
            )
        if "use_voice_cloning_key" in values:
            values["use_voice_cloning_key"] = bool(values["use_voice_cloning_key"])
        await conn.execute(
            update(gcv)
            .where(gcv.c.google_custom_voice_sid == row.google_custom_voice_sid)
            .values(**values)
        )


async def delete_one(db: Database, principal: Principal, sid: str) -> None:
    async with db.write() as conn:
        row = await _find(conn, principal, sid)
        if not _may_change(principal, row.credential_account_sid):
            raise Forbidden(INSUFFICIENT)
        await conn.execute(
            delete(gcv).where(gcv.c.google_custom_voice_sid == row.google_custom_voice_sid)
        )
