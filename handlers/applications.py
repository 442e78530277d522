"""/v1/Applications and /v1/Accounts/{AccountSid}/Applications"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import ApplicationCreate, ApplicationList, ApplicationUpdate
from handlers.context import core, principal
from jambonz.services import app_env, applications
from jambonz.services.common import page_request


def _env_schema(url: str):
    """The env-schema of the app at `url`, fetched as `GET /AppEnv` fetches it."""
    return app_env.fetch_schema(core().sender.client, url, timeout=core().settings.appenv_timeout)


async def create_application(body: dict[str, Any], token_info: dict[str, Any]):
    data = ApplicationCreate.model_validate(body)
    sid = await applications.create(core().db, principal(token_info), data, env_schema=_env_schema)
    return {"sid": sid}, 201


async def list_applications(
    token_info: dict[str, Any],
    name: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await applications.list_all(
        core().db, principal(token_info), name=name, page=page_request(page, page_size)
    )
    return ApplicationList(result).model_dump(), 200


async def get_application(application_sid: str, token_info: dict[str, Any]):
    item = await applications.get(core().db, principal(token_info), application_sid)
    return item.model_dump(), 200


async def update_application(
    application_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = ApplicationUpdate.model_validate(body)
    await applications.update_one(
        core().db, principal(token_info), application_sid, data, env_schema=_env_schema
    )
    return NoContent, 204


async def delete_application(application_sid: str, token_info: dict[str, Any]):
    await applications.delete_one(core().db, principal(token_info), application_sid)
    return NoContent, 204


# -- the same operations addressed under an account -------------------------------------


async def create_account_application(
    account_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = ApplicationCreate.model_validate(body)
    sid = await applications.create(
        core().db, principal(token_info), data, account_sid=account_sid, env_schema=_env_schema
    )
    return {"sid": sid}, 201


async def list_account_applications(
    account_sid: str,
    token_info: dict[str, Any],
    name: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
):
    result = await applications.list_all(
        core().db,
        principal(token_info),
        account_sid=account_sid,
        name=name,
        page=page_request(page, page_size),
    )
    return ApplicationList(result).model_dump(), 200


async def get_account_application(
    account_sid: str, application_sid: str, token_info: dict[str, Any]
):
    item = await applications.get(
        core().db, principal(token_info), application_sid, account_sid=account_sid
    )
    return item.model_dump(), 200


async def update_account_application(
    account_sid: str, application_sid: str, body: dict[str, Any], token_info: dict[str, Any]
):
    data = ApplicationUpdate.model_validate(body)
    await applications.update_one(
        core().db,
        principal(token_info),
        application_sid,
        data,
        account_sid=account_sid,
        env_schema=_env_schema,
    )
    return NoContent, 204


async def delete_account_application(
    account_sid: str, application_sid: str, token_info: dict[str, Any]
):
    await applications.delete_one(
        core().db, principal(token_info), application_sid, account_sid=account_sid
    )
    return NoContent, 204


async def list_service_provider_applications(service_provider_sid: str, token_info: dict[str, Any]):
    """The applications of the provider's accounts (a bare array, as jambonz answers)."""
    items = await applications.list_all(
        core().db, principal(token_info), service_provider_sid=service_provider_sid
    )
    assert isinstance(items, list)
    return [item.model_dump() for item in items], 200
