"""/v1/Accounts/{AccountSid}/Alerts and /v1/ServiceProviders/{ServiceProviderSid}/Alerts
(core in services.alerts; alerts are raised by the engines through jambonz.alerts)."""

from __future__ import annotations

from typing import Any

from handlers.context import core, principal
from jambonz.services import alerts


async def list_account_alerts(
    account_sid: str,
    token_info: dict[str, Any],
    page: int | None = None,
    count: int | None = None,
    days: int | None = None,
    start: str | None = None,
    end: str | None = None,
    alert_type: str | None = None,
):
    body = await alerts.list_for_account(
        core().db,
        principal(token_info),
        account_sid,
        page,
        count,
        days=days,
        start=start,
        end=end,
        alert_type=alert_type,
    )
    return body, 200


async def list_service_provider_alerts(
    service_provider_sid: str,
    token_info: dict[str, Any],
    page: int | None = None,
    count: int | None = None,
    days: int | None = None,
    start: str | None = None,
    end: str | None = None,
    alert_type: str | None = None,
):
    body = await alerts.list_for_service_provider(
        core().db,
        principal(token_info),
        service_provider_sid,
        page,
        count,
        days=days,
        start=start,
        end=end,
        alert_type=alert_type,
    )
    return body, 200
