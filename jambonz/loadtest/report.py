"""A load test's report: a table for the terminal and a JSON document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jambonz.loadtest.measure import KINDS, Measurements, percentile
from jambonz.loadtest.plan import LoadPlan


@dataclass
class Report:
    plan: LoadPlan
    measurements: Measurements
    placed: int
    still_live: int
    seconds: float
    # False against a server whose application's own hooks were used (no relay)
    webhooks_measured: bool = True

    def document(self) -> dict[str, Any]:
        m = self.measurements
        late = m.lateness_ms
        return {
            "plan": {
                "call_hook": self.plan.call_hook,
                "calls": self.plan.calls,
                "rate": self.plan.rate,
                "ramp": self.plan.ramp,
                "duration": self.plan.duration,
                "far_end": self.plan.far_end,
                "busy_share": self.plan.busy_share,
                "direction": "inbound" if self.plan.inbound else "outbound",
            },
            "capacity_calls_per_s": _r(m.capacity),
            "seconds": round(self.seconds, 2),
            "placed": self.placed,
            "place_failures": dict(m.place_failures),
            "behind_schedule_ms": {
                "p50": _r(percentile(late, 50)),
                "p99": _r(percentile(late, 99)),
                "max": _r(max(late) if late else None),
            },
            "webhooks": m.by_kind() if self.webhooks_measured else None,
            "outcomes": dict(m.outcomes.most_common()),
            "still_live": self.still_live,
        }

    def table(self) -> str:
        doc = self.document()
        lines = [
            f"{doc['placed']} of {self.plan.calls} calls placed in {doc['seconds']} s "
            f"({doc['plan']['direction']}; behind schedule: p99 "
            f"{_ms(doc['behind_schedule_ms']['p99'])}, max "
            f"{_ms(doc['behind_schedule_ms']['max'])}; this machine places up to "
            f"{_rate(doc['capacity_calls_per_s'])})",
            "",
            f"{'webhook':12} {'count':>7} {'errors':>7} {'p50 ms':>8} {'p90 ms':>8} "
            f"{'p99 ms':>8} {'max ms':>8}  errors by cause",
        ]
        if doc["webhooks"] is None:
            lines.append(
                "(not measured: the calls used the application's own hooks, which the server "
                "sends; give --call-hook to put a timing relay in front of the app)"
            )
        for kind in KINDS if doc["webhooks"] is not None else ():
            row = doc["webhooks"][kind]
            causes = ", ".join(f"{c} {n}" for c, n in row["errors_by_cause"].items()) or "-"
            lines.append(
                f"{kind:12} {row['count']:>7} {row['errors']:>7} {_cell(row['p50_ms'])} "
                f"{_cell(row['p90_ms'])} {_cell(row['p99_ms'])} {_cell(row['max_ms'])}  {causes}"
            )
        outcomes = ", ".join(f"{k} {n}" for k, n in doc["outcomes"].items()) or "none"
        lines += ["", f"calls: {outcomes}; still live at the end: {doc['still_live']}"]
        if doc["place_failures"]:
            failed = ", ".join(f"{k} {n}" for k, n in doc["place_failures"].items())
            lines.append(f"not placed: {failed}")
        return "\n".join(lines)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} calls/s"


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def _cell(value: float | None) -> str:
    return f"{'-' if value is None else f'{value:.1f}':>8}"
