"""/v1/Accounts/{AccountSid}/RecentCalls and /v1/ServiceProviders/{ServiceProviderSid}/RecentCalls
(core in services.recent_calls)."""

from __future__ import annotations

from typing import Any

from handlers.context import core, principal
from jambonz.services import recent_calls
from jambonz.services.recent_calls import (
    NO_RECORDINGS,
    NO_SIP_CAPTURE,
    NO_TRACES,
    CallFilters,
    not_kept,
)


def _filters(
    days: int | None,
    start: str | None,
    end: str | None,
    answered: str | None,
    direction: str | None,
    filter_: str | None,
    trunk: str | None,
    from_: str | None,
    to: str | None,
) -> CallFilters:
    return CallFilters(
        days=days,
        start=start,
        end=end,
        answered=answered,
        direction=direction,
        filter=filter_,
        trunk=trunk,
        from_=from_,
        to=to,
    )


async def list_account_recent_calls(
    account_sid: str,
    token_info: dict[str, Any],
    page: int | None = None,
    count: int | None = None,
    days: int | None = None,
    start: str | None = None,
    end: str | None = None,
    answered: str | None = None,
    direction: str | None = None,
    filter_: str | None = None,
    trunk: str | None = None,
    from_: str | None = None,
    to: str | None = None,
):
    filters = _filters(days, start, end, answered, direction, filter_, trunk, from_, to)
    body = await recent_calls.list_for_account(
        core().db, principal(token_info), account_sid, page, count, filters
    )
    return body, 200


async def list_service_provider_recent_calls(
    service_provider_sid: str,
    token_info: dict[str, Any],
    page: int | None = None,
    count: int | None = None,
    days: int | None = None,
    start: str | None = None,
    end: str | None = None,
    answered: str | None = None,
    direction: str | None = None,
    filter_: str | None = None,
    trunk: str | None = None,
    from_: str | None = None,
    to: str | None = None,
):
    filters = _filters(days, start, end, answered, direction, filter_, trunk, from_, to)
    body = await recent_calls.list_for_service_provider(
        core().db, principal(token_info), service_provider_sid, page, count, filters
    )
    return body, 200


# The captures, traces and recordings jambonz reads from back-ends this server lacks.


async def get_account_recent_call_sip_trace(
    account_sid: str, sip_call_id: str, token_info: dict[str, Any]
):
    await not_kept(core().db, principal(token_info), "account", account_sid, NO_SIP_CAPTURE)


async def get_account_recent_call_pcap(
    account_sid: str, sip_call_id: str, method: str, token_info: dict[str, Any]
):
    await not_kept(core().db, principal(token_info), "account", account_sid, NO_SIP_CAPTURE)


async def get_account_recent_call_trace(
    account_sid: str, trace_id: str, token_info: dict[str, Any]
):
    await not_kept(core().db, principal(token_info), "account", account_sid, NO_TRACES)


async def get_account_recent_call_recording(
    account_sid: str, call_sid: str, token_info: dict[str, Any], **_date_and_format: str
):
    await not_kept(core().db, principal(token_info), "account", account_sid, NO_RECORDINGS)


async def delete_account_recent_call_recording(
    account_sid: str, call_sid: str, token_info: dict[str, Any], **_date_and_format: str
):
    await not_kept(core().db, principal(token_info), "account", account_sid, NO_RECORDINGS)


async def get_service_provider_recent_call_sip_trace(
    service_provider_sid: str, sip_call_id: str, token_info: dict[str, Any]
):
    await not_kept(
        core().db, principal(token_info), "service_provider", service_provider_sid, NO_SIP_CAPTURE
    )


async def get_service_provider_recent_call_pcap(
    service_provider_sid: str, sip_call_id: str, method: str, token_info: dict[str, Any]
):
    await not_kept(
        core().db, principal(token_info), "service_provider", service_provider_sid, NO_SIP_CAPTURE
    )


async def get_service_provider_recent_call_trace(
    service_provider_sid: str, trace_id: str, token_info: dict[str, Any]
):
    await not_kept(
        core().db, principal(token_info), "service_provider", service_provider_sid, NO_TRACES
    )


async def get_service_provider_recent_call_recording(
    service_provider_sid: str, call_sid: str, token_info: dict[str, Any], **_date_and_format: str
):
    await not_kept(
        core().db, principal(token_info), "service_provider", service_provider_sid, NO_RECORDINGS
    )


async def delete_service_provider_recent_call_recording(
    service_provider_sid: str, call_sid: str, token_info: dict[str, Any], **_date_and_format: str
):
    await not_kept(
        core().db, principal(token_info), "service_provider", service_provider_sid, NO_RECORDINGS
    )
