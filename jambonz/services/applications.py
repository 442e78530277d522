"""Applications: what the platform runs for a call or a message (jambonz reference §2.3).

An application belongs to one account. Its three hooks (`call_hook`, `call_status_hook`,
`messaging_hook`) are webhook rows owned by that account and its service provider, read
back with their `webhook_sid`. It is addressed either flat (`/Applications/{sid}`, scoped
by the key) or under its account (`/Accounts/{AccountSid}/Applications/{sid}`, where the
path's account must be within the key's scope and own the application).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import (
    Application,
    ApplicationCreate,
    ApplicationPage,
    ApplicationUpdate,
)
from jambonz import verbs
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.prepared import Prepared, PreparedInsert
from jambonz.db.tables import accounts, applications, call_routes, voip_carriers
from jambonz.errors import BadRequest, Forbidden, NotFound, Unprocessable
from jambonz.services import app_env, hooks, scope
from jambonz.services.app_env import SchemaFetcher
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
from jambonz.services.phone_numbers import numbers_pointing_to_application

NOT_FOUND = "application not found"

# API property -> column holding the webhook sid.
HOOK_COLUMNS = {
    "call_hook": "call_hook_sid",
    "call_status_hook": "call_status_hook_sid",
    "messaging_hook": "messaging_hook_sid",
}
# Hooks an application must always have (null would leave calls with nowhere to go).
REQUIRED_HOOKS = ("call_hook", "call_status_hook")
FLAGS = ("use_for_fallback_speech", "record_all_calls")


def _to_model(row: Any, hook_rows: dict[str, Any]) -> Application:
    return Application(
        application_sid=row.application_sid,
        name=row.name,
        account_sid=row.account_sid,
        service_provider_sid=row.service_provider_sid,
        call_hook=hooks.hook_with_sid(hook_rows, row.call_hook_sid),
        call_status_hook=hooks.hook_with_sid(hook_rows, row.call_status_hook_sid),
        messaging_hook=hooks.hook_with_sid(hook_rows, row.messaging_hook_sid),
        app_json=row.app_json,
        speech_synthesis_vendor=row.speech_synthesis_vendor,
        speech_synthesis_language=row.speech_synthesis_language,
        speech_synthesis_voice=row.speech_synthesis_voice,
        speech_synthesis_label=row.speech_synthesis_label,
        speech_recognizer_vendor=row.speech_recognizer_vendor,
        speech_recognizer_language=row.speech_recognizer_language,
        speech_recognizer_label=row.speech_recognizer_label,
        use_for_fallback_speech=flag(row.use_for_fallback_speech),
        fallback_speech_synthesis_vendor=row.fallback_speech_synthesis_vendor,
        fallback_speech_synthesis_language=row.fallback_speech_synthesis_language,
        fallback_speech_synthesis_voice=row.fallback_speech_synthesis_voice,
        fallback_speech_synthesis_label=row.fallback_speech_synthesis_label,
        fallback_speech_recognizer_vendor=row.fallback_speech_recognizer_vendor,
        fallback_speech_recognizer_language=row.fallback_speech_recognizer_language,
        fallback_speech_recognizer_label=row.fallback_speech_recognizer_label,
        env_vars=json.loads(row.env_vars) if row.env_vars is not None else None,
        record_all_calls=flag(row.record_all_calls),
        created_at=iso(row.created_at),
    )


def _scoped(principal: Principal) -> Select:
    """Applications the key may see, with their account's provider (the hooks' owner)."""
    query = select(
        applications, accounts.c.service_provider_sid.label("account_service_provider_sid")
    ).select_from(applications.join(accounts, accounts.c.account_sid == applications.c.account_sid))
    if principal.scope == "service_provider":
        query = query.where(accounts.c.service_provider_sid == principal.service_provider_sid)
    elif principal.scope == "account":
        query = query.where(applications.c.account_sid == principal.account_sid)
    return query


# Compiled once; a row's missing columns get their defaults.
INSERT_APPLICATION = PreparedInsert(applications)


def _read_by_sid(scope_column: Any | None) -> Prepared:
    """One application with its account's provider and its hooks, in one query."""
    source, hook_columns = hooks.join_hooks(
        applications.join(accounts, accounts.c.account_sid == applications.c.account_sid),
        applications,
        HOOK_COLUMNS,
    )
    query = (
        select(
            applications,
            accounts.c.service_provider_sid.label("account_service_provider_sid"),
            *hook_columns,
        )
        .select_from(source)
        .where(applications.c.application_sid == bindparam("sid"))
    )
    if scope_column is not None:
        query = query.where(scope_column == bindparam("scope_sid"))
    return Prepared(query)


# The read of `GET /Applications/{sid}`, for each scope of key (the hottest read of all).
_READ_BY_SID = {
    "admin": _read_by_sid(None),
    "service_provider": _read_by_sid(accounts.c.service_provider_sid),
    "account": _read_by_sid(applications.c.account_sid),
}


async def _find(
    conn: AsyncConnection, principal: Principal, sid: str, account_sid: str | None
) -> Any:
    """The addressed application, or 404 when missing, out of scope or (under an account
    path) owned by another account than the path's."""
    query = _scoped(principal).where(applications.c.application_sid == norm_sid(sid))
    if account_sid is not None:
        account = await scope.account_at_path(conn, principal, account_sid)
        query = query.where(applications.c.account_sid == account.account_sid)
    row = (await conn.execute(query)).first()
    if row is None:
        raise NotFound(NOT_FOUND)
    return row


def _check_app_json(values: dict[str, Any]) -> None:
    """Reject an `app_json` that is not a valid verb list (400 naming the verb)."""
    text = values.get("app_json")
    if text is not None:
        verbs.parse_app_json(text)


def _column_values(values: dict[str, Any]) -> dict[str, Any]:
    """Turn the non-hook API properties into column values."""
    if "env_vars" in values and values["env_vars"] is not None:
        values["env_vars"] = json.dumps(values["env_vars"], separators=(",", ":"))
    for name in FLAGS:
        if name in values:
            values[name] = bool(values[name])
    return values


async def _check_env_vars(fetch: SchemaFetcher, url: str | None, env_vars: Any) -> None:
    """jambonz's check of `env_vars` against the env-schema the application declares
    (an `OPTIONS` request to its call_hook, `GET /AppEnv`): 400 in its words. Done
    before the write's transaction, which never waits on the network."""
    if not isinstance(env_vars, dict):
        return
    error = app_env.env_vars_error(await app_env.schema_of(fetch, url), env_vars)
    if error is not None:
        raise BadRequest(error)


async def _check_service_provider(
    conn: AsyncConnection,
    principal: Principal,
    values: dict[str, Any],
    *,
    account_sid: str,
    account_service_provider_sid: str,
) -> None:
    """A given `service_provider_sid` must be the provider of the application's account."""
    sid = values.get("service_provider_sid")
    if sid is None:
        return
    row = await scope.service_provider_in_body(conn, principal, sid)
    if row.service_provider_sid != account_service_provider_sid:
        raise Unprocessable(
            f"service_provider_sid {row.service_provider_sid} is not the service provider "
            f"of account {account_sid}"
        )
    values["service_provider_sid"] = row.service_provider_sid


async def _owning_account(
    conn: AsyncConnection,
    principal: Principal,
    body_sid: str | None,
    path_sid: str | None,
) -> Any:
    """The account a new application belongs to, from the path, the body or the key."""
    if path_sid is not None:
        account = await scope.account_at_path(conn, principal, path_sid)
        if body_sid is not None and norm_sid(body_sid) != account.account_sid:
            raise Unprocessable(
                f"account_sid {norm_sid(body_sid)} differs from the account in the path "
                f"({account.account_sid})"
            )
        return account
    if body_sid is None:
        if principal.scope != "account":
            raise BadRequest("missing required field: 'account_sid'")
        body_sid = principal.account_sid
    try:
        account = await scope.account_in_body(conn, principal, body_sid)
    except Forbidden:
        raise Forbidden("insufficient privileges") from None  # jambonz's words
    if account is None:  # an account key whose account is gone
        raise BadRequest(scope.unknown("account_sid"))
    return account


async def create(
    db: Database,
    principal: Principal,
    data: ApplicationCreate,
    *,
    account_sid: str | None = None,
    env_schema: SchemaFetcher | None = None,
) -> str:
    """Create an application; `account_sid` is the path's account, if addressed by one.
    With `env_schema`, given env_vars are checked against what the app declares."""
    values = changes(data)
    for name in REQUIRED_HOOKS:
        if hooks.given(getattr(data, name)) is None:
            raise BadRequest(f"{name} must have a url: an application always has one")
    _check_app_json(values)
    if env_schema is not None and values.get("env_vars") is not None:
        url = hooks.hook_values(data.call_hook)["url"] if data.call_hook is not None else None
        await _check_env_vars(env_schema, url, values["env_vars"])
    body_account = values.pop("account_sid", None)
    for name in HOOK_COLUMNS:
        values.pop(name, None)
    values = _column_values(values)
    sid = new_sid()
    async with db.write() as conn:
        account = await _owning_account(conn, principal, body_account, account_sid)
        await _check_service_provider(
            conn,
            principal,
            values,
            account_sid=account.account_sid,
            account_service_provider_sid=account.service_provider_sid,
        )
        owner = {
            "service_provider_sid": account.service_provider_sid,
            "account_sid": account.account_sid,
        }
        values.update(application_sid=sid, account_sid=account.account_sid)
        async with conn.pipeline():  # the inserts in one round trip on PostgreSQL
            for name, column in HOOK_COLUMNS.items():
                values[column] = await hooks.create_hook(
                    conn, getattr(data, name), field=name, **owner
                )
            await INSERT_APPLICATION.run(conn, values)
    return sid


async def list_all(
    db: Database,
    principal: Principal,
    *,
    account_sid: str | None = None,
    service_provider_sid: str | None = None,
    name: str | None = None,
    page: PageRequest | None = None,
) -> list[Application] | ApplicationPage:
    """The applications in scope (of one account, or of one provider's accounts, when
    given), by name; one page on request."""
    query = _scoped(principal)
    if name:
        query = query.where(name_contains(applications.c.name, name))
    async with db.read() as conn:
        if account_sid is not None:
            account = await scope.account_at_path(conn, principal, account_sid)
            query = query.where(applications.c.account_sid == account.account_sid)
        if service_provider_sid is not None:
            provider = await scope.service_provider_at_path(conn, principal, service_provider_sid)
            query = query.where(accounts.c.service_provider_sid == provider.service_provider_sid)
        total = None
        if page is not None:
            total = (
                await conn.execute(select(func.count()).select_from(query.subquery()))
            ).scalar_one()
        query = query.order_by(applications.c.name, applications.c.application_sid)
        if page is not None:
            query = query.limit(page.limit).offset(page.offset)
        rows = (await conn.execute(query)).all()
        hook_rows = await hooks.load_hooks(
            conn, (getattr(r, column) for r in rows for column in HOOK_COLUMNS.values())
        )
    items = [_to_model(row, hook_rows) for row in rows]
    if page is None:
        return items
    return ApplicationPage(total=total, page=page.page, page_size=page.page_size, data=items)


async def get(
    db: Database, principal: Principal, sid: str, *, account_sid: str | None = None
) -> Application:
    async with db.read() as conn:
        if account_sid is None:
            row = await _READ_BY_SID[principal.scope].first(
                conn, sid=norm_sid(sid), **scope.binding(principal)
            )
            if row is None:
                raise NotFound(NOT_FOUND)
            return _to_model(row, hooks.joined_hooks(row, HOOK_COLUMNS))
        row = await _find(conn, principal, sid, account_sid)
        hook_rows = await hooks.load_hooks(
            conn, (getattr(row, column) for column in HOOK_COLUMNS.values())
        )
    return _to_model(row, hook_rows)


async def update_one(
    db: Database,
    principal: Principal,
    sid: str,
    data: ApplicationUpdate,
    *,
    account_sid: str | None = None,
    env_schema: SchemaFetcher | None = None,
) -> None:
    """Change the given properties; hooks are updated in place, `messaging_hook: null`
    removes that hook and its row. With `env_schema`, given env_vars are checked against
    what the app declares (at the call_hook given, else the stored one)."""
    values = changes(data)
    for name in REQUIRED_HOOKS:
        if name in values and hooks.given(getattr(data, name)) is None:
            raise BadRequest(f"{name} may not be null: an application always has one")
    _check_app_json(values)
    if env_schema is not None and values.get("env_vars") is not None:
        if data.call_hook is not None:
            url = hooks.hook_values(data.call_hook)["url"]
        else:
            async with db.read() as conn:
                found = await _find(conn, principal, sid, account_sid)
                stored = await hooks.load_hooks(conn, [found.call_hook_sid])
            hook = stored.get(found.call_hook_sid)
            url = hook.url if hook is not None else None
        await _check_env_vars(env_schema, url, values["env_vars"])
    given_hooks = [name for name in HOOK_COLUMNS if name in values]
    for name in given_hooks:
        values.pop(name)
    values = _column_values(values)
    async with db.write() as conn:
        row = await _find(conn, principal, sid, account_sid)
        drop_repeated_ids(values, row, ("application_sid", "account_sid"))
        await _check_service_provider(
            conn,
            principal,
            values,
            account_sid=row.account_sid,
            account_service_provider_sid=row.account_service_provider_sid,
        )
        orphans: list[str | None] = []
        for name in given_hooks:
            column = HOOK_COLUMNS[name]
            values[column], orphan = await hooks.replace_hook(
                conn,
                name,
                getattr(row, column),
                getattr(data, name),
                service_provider_sid=row.account_service_provider_sid,
                account_sid=row.account_sid,
            )
            orphans.append(orphan)
        if values:
            await conn.execute(
                update(applications)
                .where(applications.c.application_sid == row.application_sid)
                .values(**values)
            )
        await hooks.delete_hooks(conn, orphans)


async def delete_one(
    db: Database, principal: Principal, sid: str, *, account_sid: str | None = None
) -> None:
    """Delete the application and its hook rows in one transaction."""
    async with db.write() as conn:
        row = await _find(conn, principal, sid, account_sid)
        app_sid = row.application_sid
        # --- dependants that block the delete (422) ---------------------------------
        numbers = await numbers_pointing_to_application(conn, app_sid)
        if numbers:
            raise Unprocessable(
                "cannot delete application with phone numbers: "
                + ", ".join(numbers[:10])
                + (" ..." if len(numbers) > 10 else "")
            )
        routes = (
            (
                await conn.execute(
                    select(call_routes.c.call_route_sid)
                    .where(call_routes.c.application_sid == app_sid)
                    .order_by(call_routes.c.call_route_sid)
                    .limit(11)
                )
            )
            .scalars()
            .all()
        )
        if routes:
            # Rows of jambonz's `call_routes` (no route here writes them). Differs from
            # jambonz, whose delete fails on the foreign key with a 500.
            raise Unprocessable(
                "cannot delete application with call routes: "
                + ", ".join(routes[:10])
                + (" ..." if len(routes) > 10 else "")
            )
        # --- references that are cleared ----------------------------------------------
        # The foreign keys say ON DELETE SET NULL; done explicitly so that the result does
        # not depend on the database enforcing it.
        for column in (accounts.c.device_calling_application_sid, accounts.c.siprec_hook_sid):
            await conn.execute(
                update(accounts).where(column == app_sid).values({column.name: None})
            )
        await conn.execute(
            update(voip_carriers)
            .where(voip_carriers.c.application_sid == app_sid)
            .values(application_sid=None)
        )
        await conn.execute(delete(applications).where(applications.c.application_sid == app_sid))
        await hooks.delete_hooks(conn, (getattr(row, column) for column in HOOK_COLUMNS.values()))
