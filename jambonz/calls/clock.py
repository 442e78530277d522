"""Simulated time: every wait in the simulator goes through a `Clock`.

`speed` > 1 runs calls faster than real time (a 30 s call takes 30/speed seconds), so
tests and demos run without real sleeps and thousands of calls fit in one process.
Durations reported to applications are simulated seconds; webhook signature timestamps
and the times stored in call records stay real wall-clock time (receivers check
signatures against their own clock, and records must sort with everything else).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime


class Clock:
    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("simulation speed must be > 0")
        self.speed = speed
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        """Simulated seconds since the epoch."""
        return self._wall0 + (time.monotonic() - self._mono0) * self.speed

    def to_wall(self, moment: float) -> float:
        """The real wall-clock time at which simulated time `moment` happened: records
        are stamped with it, so that they never run ahead of the real clock."""
        return self._wall0 + (moment - self._wall0) / self.speed

    def from_wall(self, wall: float) -> float:
        """The simulated time at which real wall-clock time `wall` happened (the inverse of
        `to_wall`): instances running at different speeds exchange wall-clock times."""
        return self._wall0 + (wall - self._wall0) * self.speed

    def utcnow(self) -> datetime:
        """Simulated now, as a naive UTC datetime (the database's convention)."""
        return datetime.fromtimestamp(self.now(), UTC).replace(tzinfo=None)

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` of simulated time."""
        if seconds > 0:
            await asyncio.sleep(seconds / self.speed)
        else:
            await asyncio.sleep(0)

    async def sleep_until(self, moment: float) -> None:
        """Wait until simulated time `moment` (at once if it has passed): a deadline does
        not drift by the real time spent on database writes and webhooks on the way."""
        await self.sleep(moment - self.now())


def iso(seconds: float) -> str:
    """`2024-05-01T12:00:00.000Z` for seconds since the epoch (as webhooks carry times)."""
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
