"""Run a load test on the embedded simulator, in this process.

A private SQLite database in a temporary directory, a `Core` with the call simulator and
the app built on it (reached in-process, as the tests reach it), one service provider,
account and application whose hooks are the plan's. Calls are placed through the API
(`POST /Accounts/{sid}/Calls`) on the plan's schedule, each at its own moment (a slow
answer never delays the next call); the webhook sender reports every delivery to the
measurements, and the engine's events say how each call ended.
"""

from __future__ import annotations

import asyncio
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from jambonz.config import Settings
from jambonz.db.migrate import upgrade
from jambonz.loadtest.measure import FINAL, Measurements
from jambonz.loadtest.plan import LoadPlan, schedule
from jambonz.loadtest.report import Report

FROM = "15085550100"
TO = "15085550199"


@dataclass
class Progress:
    calls: int
    placed: int
    live: int
    ended: int
    elapsed: float


ProgressHook = Callable[[Progress], None]


async def run(plan: LoadPlan, *, progress: ProgressHook | None = None) -> Report:
    """Run `plan`; the report. Raises ValueError naming what is wrong with the plan."""
    problems = plan.problems()
    if problems:
        raise ValueError("; ".join(problems))
    # Imported here: the app is only built when a load test runs.
    from handlers.app import create_app
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
        measurements = Measurements(call_hook=plan.call_hook)
        core.sender.observer = measurements.observe
        events = core.engine.subscribe()
        app = create_app(core, validate_responses=False, fast_path=True)
        transport = httpx.ASGITransport(app=app)
        try:
            async with httpx.AsyncClient(transport=transport, base_url="http://loadtest") as api:
                _, token = await insert_key(core.db)
                api.headers["Authorization"] = f"Bearer {token}"
                account, application = await _tenant(api, plan)
                return await _drive(api, plan, account, application, measurements, events, progress)
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


async def _tenant(api: httpx.AsyncClient, plan: LoadPlan) -> tuple[str, str]:
    sp = await _created(api, "/v1/ServiceProviders", {"name": "load test"})
    account = await _created(api, "/v1/Accounts", {"name": "load test", "service_provider_sid": sp})
    hook = {"url": plan.call_hook, "method": "POST"}
    status = {"url": plan.status_hook or plan.call_hook, "method": "POST"}
    application = await _created(
        api,
        "/v1/Applications",
        {
            "name": "load test",
            "account_sid": account,
            "call_hook": hook,
            "call_status_hook": status,
        },
    )
    return account, application


async def _drive(
    api: httpx.AsyncClient,
    plan: LoadPlan,
    account: str,
    application: str,
    measurements: Measurements,
    events: asyncio.Queue[Any],
    progress: ProgressHook | None,
) -> Report:
    times = schedule(plan)
    sids: set[str] = set()
    finals: dict[str, str] = {}
    path = f"/v1/Accounts/{account}/Calls"
    started = time.monotonic()
    measurements.started = started

    async def place(index: int, at: float) -> None:
        delay = started + at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        measurements.lateness_ms.append((time.monotonic() - started - at) * 1000)
        headers = dict(plan.far_end)
        if plan.busy(index):
            headers["X-Sim-Result"] = "busy"
        body = {
            "from": FROM,
            "to": {"type": "phone", "number": TO, **({"headers": headers} if headers else {})},
            "application_sid": application,
        }
        try:
            response = await api.post(path, json=body)
        except httpx.HTTPError as exc:
            measurements.place_failures[type(exc).__name__] += 1
            return
        if response.status_code == 201:
            sids.add(response.json()["sid"])
        else:
            measurements.place_failures[f"{response.status_code}"] += 1

    async def follow() -> None:
        while True:
            event = await events.get()
            status = event.data.get("call_status") if event.kind == "status" else None
            if status in FINAL:
                finals.setdefault(event.call_sid, status)

    placing = [asyncio.ensure_future(place(i, at)) for i, at in enumerate(times)]
    follower = asyncio.ensure_future(follow())
    deadline = started + plan.duration
    try:
        while time.monotonic() < deadline:
            all_placed = all(task.done() for task in placing)
            ended = sum(1 for sid in sids if sid in finals)
            if progress is not None:
                progress(
                    Progress(
                        plan.calls, len(sids), len(sids) - ended, ended, time.monotonic() - started
                    )
                )
            if all_placed and ended == len(sids):
                break
            await asyncio.sleep(0.05 if plan.calls <= 100 else 0.25)
    finally:
        for task in placing:
            task.cancel()
        follower.cancel()
    for sid in sids:
        if sid in finals:
            measurements.outcomes[finals[sid]] += 1
    return Report(
        plan=plan,
        measurements=measurements,
        placed=len(sids),
        still_live=sum(1 for sid in sids if sid not in finals),
        seconds=time.monotonic() - started,
    )
