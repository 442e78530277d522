"""What a load test runs, and when each call is placed."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LoadPlan:
    """`calls` outbound calls placed at `rate` per second, the rate rising linearly from
    nothing over the first `ramp` seconds; the far end answers (after its one-second ring)
    unless `far_end` headers (the simulator's `X-Sim-*` rules: `X-Sim-Result`,
    `X-Sim-Hangup-After`, `X-Sim-Digits`, `X-Sim-Speech`, ...) say otherwise, and
    `busy_share` of the calls (every n-th) get a busy far end. With `inbound` the calls
    arrive instead, from the far end on a number routed to the app (`POST .../SimulatedCalls`,
    as from a carrier), and the far end's rules apply but ringing and busy. The run ends when every
    call has ended or `duration` seconds after the first call, whichever comes first;
    calls still live then are counted and hung up."""

    call_hook: str = ""
    calls: int = 100
    rate: float = 10.0
    ramp: float = 0.0
    duration: float = 300.0
    status_hook: str | None = None
    far_end: dict[str, str] = field(default_factory=dict)
    busy_share: float = 0.0
    sim_speed: float = 1.0
    webhook_timeout: float = 10.0
    inbound: bool = False

    def problems(self, *, hook_required: bool = True) -> list[str]:
        """What makes the plan unusable, in plain words (empty when it is fine); the
        call_hook may be left out only where the calls use an application's own hooks."""
        found = []
        if self.calls < 1:
            found.append("--calls must be at least 1")
        if not self.rate > 0 or math.isinf(self.rate):
            found.append("--rate must be a positive number of calls per second")
        if self.ramp < 0 or self.duration <= 0:
            found.append("--ramp must not be negative and --duration must be positive")
        if not 0 <= self.busy_share <= 1:
            found.append("--busy-share must be between 0 and 1")
        if (hook_required or self.call_hook) and not self.call_hook.startswith(
            ("http://", "https://")
        ):
            found.append("--call-hook must be an http(s) URL")
        if self.sim_speed <= 0 or self.webhook_timeout <= 0:
            found.append("--sim-speed and --webhook-timeout must be positive")
        if self.inbound and self.busy_share > 0:
            found.append("--busy-share applies to outbound calls: an inbound call is answered")
        return found

    def seconds_behind(self, capacity: float) -> float:
        """How far behind its schedule a generator that places at most `capacity` calls a
        second ends: the last call placed at `calls / capacity` s instead of its time."""
        return max(0.0, self.calls / capacity - schedule(self)[-1])

    def busy(self, index: int) -> bool:
        """Whether call `index` (0-based) gets a busy far end: spread evenly."""
        if self.busy_share <= 0:
            return False
        return math.floor((index + 1) * self.busy_share) > math.floor(index * self.busy_share)


def schedule(plan: LoadPlan) -> list[float]:
    """Seconds after the start at which each call is placed. During the ramp the rate
    grows linearly from 0 to `rate` (so the first `rate * ramp / 2` calls arrive in it),
    then stays at `rate`."""
    times = []
    ramp_calls = plan.rate * plan.ramp / 2
    for n in range(plan.calls):
        if n < ramp_calls:
            # calls placed by time t during the ramp: rate * t^2 / (2 * ramp)
            times.append(math.sqrt(2 * n * plan.ramp / plan.rate))
        else:
            times.append(plan.ramp + (n - ramp_calls) / plan.rate)
    return times
