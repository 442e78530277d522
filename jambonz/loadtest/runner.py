"""Run a load test on the embedded simulator, in this process.

A private SQLite database in a temporary directory, a `Core` with the call simulator and
the app built on it (reached in-process, as the tests reach it), one service provider,
account and application whose hooks are the plan's. Calls are placed through the API
(`POST /Accounts/{sid}/Calls`, or `.../SimulatedCalls` on a number routed to the app for
inbound calls) on the plan's schedule, each at its own moment (a slow answer never delays
the next call); the webhook sender reports every delivery to the measurements, and the
engine's events say how each call ended.

Before the first call, the run measures how fast this process places calls (a burst to a
private application of its own, whose far end is busy, so the user's app sees none of it):
a plan that would leave the generator more than `MAX_SECONDS_BEHIND` behind its schedule
is refused, rather than run and reported with figures the tool, not the app, set.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from aiohttp import web

from jambonz.config import Settings
from jambonz.db.migrate import upgrade
from jambonz.loadtest.drive import Progress, ProgressHook, drive
from jambonz.loadtest.measure import FINAL, Measurements
from jambonz.loadtest.plan import LoadPlan
from jambonz.loadtest.report import Report

__all__ = ["Progress", "ProgressHook", "RateTooHigh", "run"]

FROM = "15085550100"
TO = "15085550199"
CALIBRATION_CALLS = 50
MAX_SECONDS_BEHIND = 1.0


class RateTooHigh(ValueError):
    """The plan asks for calls faster than this process can place them."""


async def run(plan: LoadPlan, *, progress: ProgressHook | None = None) -> Report:
    """Run `plan`; the report. Raises ValueError naming what is wrong with the plan."""
    problems = plan.problems()
    if problems:
        raise ValueError("; ".join(problems))
    # Imported here: the app is only built when a load test runs.
    from handlers.app import create_app, settle_the_heap
    from jambonz.bootstrap import insert_key
    from jambonz.runtime import Core

    with tempfile.TemporaryDirectory(prefix="jambonz-loadtest-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'loadtest.db'}"
        await asyncio.to_thread(upgrade, url)
        settings = Settings(
            database_url=url,
            sim_speed=plan.sim_speed,
            webhook_timeout=plan.webhook_timeout,
            default_tenants=False,
            read_cache_seconds=0,
            # A secret of this run only: nothing it seals outlives the temporary database.
            encryption_secret=secrets.token_urlsafe(32),
        )
        core = Core.from_settings(settings)
        await core.start()
        settle_the_heap()  # as a server does once started
        measurements = Measurements(call_hook=plan.call_hook)
        events = core.engine.subscribe()
        app = create_app(core, validate_responses=False, fast_path=True)
        transport = httpx.ASGITransport(app=app)
        try:
            async with (
                httpx.AsyncClient(transport=transport, base_url="http://loadtest") as api,
                _sink() as sink,
            ):
                _, token = await insert_key(core.db)
                api.headers["Authorization"] = f"Bearer {token}"
                measurements.capacity = await _capacity(api, plan, measurements, sink)
                behind = plan.seconds_behind(measurements.capacity)
                if behind > MAX_SECONDS_BEHIND:
                    raise RateTooHigh(
                        f"--rate {plan.rate:g} is more than this machine can place: it placed "
                        f"{measurements.capacity:.0f} calls a second when measured at the "
                        f"start, so {plan.calls} calls would end {behind:.1f} s behind "
                        "schedule; lower --rate or --calls"
                    )
                account, application, number = await _tenant(api, plan)
                core.sender.observer = measurements.observe
                return await _drive(
                    api, plan, account, application, number, measurements, events, progress
                )
        finally:
            # Closing ends the calls still live and waits for the status notifications
            # still on their way: the application receives them, so they are counted.
            await core.close()
            core.sender.observer = None
            core.engine.unsubscribe(events)


async def _created(api: httpx.AsyncClient, path: str, body: dict[str, Any]) -> str:
    response = await api.post(path, json=body)
    if response.status_code != 201:
        raise ValueError(f"could not create the test's {path}: {response.text[:300]}")
    return str(response.json()["sid"])


async def _account(api: httpx.AsyncClient, name: str, call_hook: str, status_hook: str):
    """A provider, an account and an application with these hooks: (account, app)."""
    sp = await _created(api, "/v1/ServiceProviders", {"name": name})
    account = await _created(api, "/v1/Accounts", {"name": name, "service_provider_sid": sp})
    application = await _created(
        api,
        "/v1/Applications",
        {
            "name": name,
            "account_sid": account,
            "call_hook": {"url": call_hook, "method": "POST"},
            "call_status_hook": {"url": status_hook, "method": "POST"},
        },
    )
    return account, application


async def _tenant(api: httpx.AsyncClient, plan: LoadPlan) -> tuple[str, str, str | None]:
    """The test's account and application, and for inbound calls its routed number."""
    account, application = await _account(
        api, "load test", plan.call_hook, plan.status_hook or plan.call_hook
    )
    if not plan.inbound:
        return account, application, None
    carrier = await _created(
        api, "/v1/VoipCarriers", {"name": "load test carrier", "account_sid": account}
    )
    await _created(
        api,
        "/v1/PhoneNumbers",
        {
            "number": TO,
            "account_sid": account,
            "voip_carrier_sid": carrier,
            "application_sid": application,
        },
    )
    return account, application, TO


@contextlib.asynccontextmanager
async def _sink() -> AsyncIterator[str]:
    """A local HTTP server that answers every request at once with nothing (204), open
    for the whole run (the calibration's late status notifications reach it): its URL."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", _answer_nothing)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        yield f"http://127.0.0.1:{port}/calibration"
    finally:
        await runner.cleanup()


async def _capacity(
    api: httpx.AsyncClient, plan: LoadPlan, measurements: Measurements, hook: str
) -> float:
    """Calls a second this process places, measured on a burst of busy calls to a private
    application whose hooks are `hook` (not counted among the test's webhooks)."""
    measurements.ignored = hook
    account, application = await _account(api, "load test calibration", hook, hook)
    busy = {"type": "phone", "number": TO, "headers": {"X-Sim-Result": "busy"}}
    body = {"from": FROM, "to": busy, "application_sid": application}
    count = min(CALIBRATION_CALLS, plan.calls)
    began = time.monotonic()
    answers = await asyncio.gather(
        *(api.post(f"/v1/Accounts/{account}/Calls", json=body) for _ in range(count))
    )
    took = time.monotonic() - began
    if any(r.status_code != 201 for r in answers):
        raise ValueError("the load test could not place its calibration calls")
    return count / max(took, 1e-6)


async def _answer_nothing(_request: web.Request) -> web.Response:
    return web.Response(status=204)


async def _drive(
    api: httpx.AsyncClient,
    plan: LoadPlan,
    account: str,
    application: str,
    number: str | None,
    measurements: Measurements,
    events: asyncio.Queue[Any],
    progress: ProgressHook | None,
) -> Report:
    finals: dict[str, str] = {}
    path = f"/v1/Accounts/{account}/{'SimulatedCalls' if number else 'Calls'}"

    def body(index: int) -> dict[str, Any]:
        headers = dict(plan.far_end)
        if plan.busy(index):
            headers["X-Sim-Result"] = "busy"
        extra = {"headers": headers} if headers else {}
        if number is not None:  # inbound: the far end calls the app's number
            return {"from": FROM, "to": number, **extra}
        return {
            "from": FROM,
            "to": {"type": "phone", "number": TO, **extra},
            "application_sid": application,
        }

    async def follow() -> None:
        while True:
            event = await events.get()
            status = event.data.get("call_status") if event.kind == "status" else None
            if status in FINAL:
                finals.setdefault(event.call_sid, status)

    follower = asyncio.ensure_future(follow())
    try:
        return await drive(
            api,
            plan,
            path,
            body,
            measurements,
            finals,
            progress,
            interval=0.05 if plan.calls <= 100 else 0.25,
        )
    finally:
        follower.cancel()
