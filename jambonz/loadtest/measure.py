"""What the application's webhooks did during a load test, and what became of the calls."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jambonz.webhooks_out import HookTarget, WebhookResult

# jambonz's names for the three kinds of webhook a call makes.
KINDS = ("session:new", "verb:hook", "call:status")
FINAL = ("completed", "busy", "no-answer", "failed", "canceled")


def percentile(values: Sequence[float], pct: float) -> float | None:
    """Nearest-rank percentile: the smallest value with `pct`% of the values at or below
    it (p99 of 100 values is the 99th smallest); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def _kind(target: HookTarget, background: bool, call_hook: str) -> str:
    """The kind of a delivery: status notifications are sent in the background; the
    request to the application's own call_hook URL starts a session; any other (an
    `actionHook`, a `redirect`) is a verb's hook."""
    if background:
        return "call:status"
    if target.url.split("#", 1)[0] == call_hook.split("#", 1)[0]:
        return "session:new"
    return "verb:hook"


@dataclass
class Sample:
    kind: str
    at: float  # seconds after the start of the test, when the answer (or failure) came
    latency_ms: float
    cause: str | None  # None: a success


@dataclass
class Measurements:
    """Every delivery the simulator made, and every call's final status."""

    call_hook: str
    started: float = field(default_factory=time.monotonic)
    samples: list[Sample] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    lateness_ms: list[float] = field(default_factory=list)  # placed - scheduled
    place_failures: Counter[str] = field(default_factory=Counter)
    capacity: float | None = None  # calls a second this process placed, measured at start
    ignored: str | None = None  # the calibration's own hooks (their URLs start so)

    def observe(self, target: HookTarget, result: WebhookResult, background: bool) -> None:
        """`WebhookSender.observer`."""
        if self.ignored is not None and target.url.startswith(self.ignored):
            return
        self.samples.append(
            Sample(
                kind=_kind(target, background, self.call_hook),
                at=time.monotonic() - self.started,
                latency_ms=result.elapsed * 1000,
                cause=None if result.ok else (result.cause or "other"),
            )
        )

    def by_kind(self) -> dict[str, dict[str, Any]]:
        """Per kind: count, failures by cause, and latency p50/p90/p99/max (ms) of all of
        its deliveries (successes and failures alike)."""
        summary: dict[str, dict[str, Any]] = {}
        for kind in KINDS:
            mine = [s for s in self.samples if s.kind == kind]
            latencies = [s.latency_ms for s in mine]
            causes = Counter(s.cause for s in mine if s.cause is not None)
            summary[kind] = {
                "count": len(mine),
                "errors": sum(causes.values()),
                "errors_by_cause": dict(causes.most_common()),
                **{f"p{p}_ms": _round(percentile(latencies, p)) for p in (50, 90, 99)},
                "max_ms": _round(max(latencies) if latencies else None),
            }
        return summary


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
