"""/v1/Accounts and /v1/ServiceProviders/{ServiceProviderSid}/Accounts"""

from __future__ import annotations

from typing import Any

from connexion import NoContent

from generated.models import AccountCreate, AccountUpdate
from handlers.context import core, principal
from jambonz.services import accounts

# Every property of an `Account` is required, so all are always set; `exclude_unset` only
# leaves out the properties a `bucket_credential` does not have (jambonz returns just the
# stored ones, not nulls for the other vendors' properties).


async def create_account(body: dict[str, Any], token_info: dict[str, Any]):
    data = AccountCreate.model_validate(body)
    sid = await accounts.create(core().db, principal(token_info), data)
    return {"sid": sid}, 201


async def list_accounts(token_info: dict[str, Any]):
    items = await accounts.list_all(core().db, principal(token_info))
    return [item.model_dump(exclude_unset=True) for item in items], 200


async def list_service_provider_accounts(service_provider_sid: str, token_info: dict[str, Any]):
    items = await accounts.list_for_service_provider(
        core().db, principal(token_info), service_provider_sid
    )
    return [item.model_dump(exclude_unset=True) for item in items], 200


async def get_account(account_sid: str, token_info: dict[str, Any]):
    item = await accounts.get(core().db, principal(token_info), account_sid)
    return item.model_dump(exclude_unset=True), 200


async def update_account(account_sid: str, body: dict[str, Any], token_info: dict[str, Any]):
    data = AccountUpdate.model_validate(body)
    await accounts.update_one(core().db, principal(token_info), account_sid, data)
    return NoContent, 204


async def delete_account(account_sid: str, token_info: dict[str, Any]):
    found = core()
    ended = await accounts.delete_one(found.db, principal(token_info), account_sid)
    await found.sessions.close(ended)  # the account's users were deleted with it
    return NoContent, 204


async def get_webhook_secret(
    account_sid: str, token_info: dict[str, Any], regenerate: bool = False
):
    secret = await accounts.webhook_secret(
        core().db, principal(token_info), account_sid, regenerate=regenerate
    )
    return secret.model_dump(), 200
