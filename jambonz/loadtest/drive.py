"""Placing a plan's calls on schedule and following them to their end: the part of a load
test that is the same in-process (jambonz/loadtest/runner.py) and through a running
server (jambonz/loadtest/remote.py). Only how a call's body is made and how its final
status is learnt differ."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from jambonz.loadtest.measure import Measurements
from jambonz.loadtest.plan import LoadPlan, schedule
from jambonz.loadtest.report import Report


@dataclass
class Progress:
    calls: int
    placed: int
    live: int
    ended: int
    elapsed: float


ProgressHook = Callable[[Progress], None]


async def drive(
    api: httpx.AsyncClient,
    plan: LoadPlan,
    path: str,
    body_of: Callable[[int], dict[str, Any]],
    measurements: Measurements,
    finals: dict[str, str],
    progress: ProgressHook | None,
    *,
    interval: float,
    poll: Callable[[], Awaitable[None]] | None = None,
    **report: Any,
) -> Report:
    """POST `body_of(i)` to `path` at each call's time of the plan; then, every `interval`
    seconds (after `poll`, which may fill `finals`: call_sid -> final status), until every
    placed call is in `finals` or the plan's duration is over. The report of the run."""
    sids: set[str] = set()
    started = time.monotonic()
    measurements.started = started

    async def place(index: int, at: float) -> None:
        delay = started + at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        measurements.lateness_ms.append((time.monotonic() - started - at) * 1000)
        try:
            response = await api.post(path, json=body_of(index))
        except httpx.HTTPError as exc:
            measurements.place_failures[type(exc).__name__] += 1
            return
        if response.status_code == 201:
            sids.add(response.json()["sid"])
        else:
            measurements.place_failures[f"{response.status_code}"] += 1

    placing = [asyncio.ensure_future(place(i, at)) for i, at in enumerate(schedule(plan))]
    deadline = started + plan.duration
    try:
        while time.monotonic() < deadline:
            if poll is not None:
                await poll()
            all_placed = all(task.done() for task in placing)
            ended = sum(1 for sid in sids if sid in finals)
            if progress is not None:
                elapsed = time.monotonic() - started
                progress(Progress(plan.calls, len(sids), len(sids) - ended, ended, elapsed))
            if all_placed and ended == len(sids):
                break
            await asyncio.sleep(interval)
    finally:
        for task in placing:
            task.cancel()
    for sid in sids:
        if sid in finals:
            measurements.outcomes[finals[sid]] += 1
    return Report(
        plan=plan,
        measurements=measurements,
        placed=len(sids),
        still_live=sum(1 for sid in sids if sid not in finals),
        seconds=time.monotonic() - started,
        **report,
    )
