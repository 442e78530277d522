"""Standalone webhooks: `POST /Webhooks` and `GET /Webhooks/{sid}` (jambonz reference §2.5).

A webhook row belongs to the owner of the key that created it (or of the resource that
embeds it, see `services/hooks.py`): nobody for an admin key, the provider for a provider
key, the account and its provider for an account key. Reads are scoped by that owner;
jambonz lets only admin keys read webhooks at all.
"""

from __future__ import annotations

from sqlalchemy import select

from generated.models import Hook, Webhook
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import webhooks
from jambonz.errors import NotFound
from jambonz.services import hooks
from jambonz.services.common import norm_sid

NOT_FOUND = "webhook not found"


async def create(db: Database, principal: Principal, data: Hook) -> str:
    # An account key's principal carries its account's provider: the row gets both.
    async with db.write() as conn:
        sid = await hooks.create_hook(
            conn,
            data.model_dump(),
            service_provider_sid=None if principal.is_admin else principal.service_provider_sid,
            account_sid=principal.account_sid if principal.scope == "account" else None,
            field="url",
        )
    return str(sid)


async def get(db: Database, principal: Principal, sid: str) -> Webhook:
    query = select(webhooks).where(webhooks.c.webhook_sid == norm_sid(sid))
    if principal.scope == "service_provider":
        assert principal.service_provider_sid is not None
        query = query.where(hooks.owned_by("service_provider_sid", principal.service_provider_sid))
    elif principal.scope == "account":
        assert principal.account_sid is not None
        query = query.where(hooks.owned_by("account_sid", principal.account_sid))
    async with db.read() as conn:
        row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    hook = hooks.hook_with_sid({row.webhook_sid: row}, row.webhook_sid)
    return Webhook.model_validate(hook.model_dump())
