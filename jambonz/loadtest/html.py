"""The load test's HTML report: the summary, latency over time and a latency histogram
per webhook kind, so that a person sees when the application degraded.

The charts are SVG drawn by pygal, inlined, with pygal's optional JavaScript left out: the
file is self-contained and opens without a network.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict

import pygal

from jambonz.loadtest.measure import KINDS, Sample, percentile
from jambonz.loadtest.report import Report

_STYLE = (
    "body{font-family:sans-serif;margin:2em;max-width:960px}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
    "td:first-child{text-align:left}"
)
_CHART = {"js": [], "disable_xml_declaration": True, "width": 900, "height": 380}


def latency_over_time(samples: list[Sample], bucket: float = 1.0) -> dict[str, list[tuple]]:
    """Per kind, (second, p50, p99) of the deliveries answered in each `bucket` seconds."""
    found: dict[str, list[tuple]] = {}
    for kind in KINDS:
        buckets: dict[int, list[float]] = defaultdict(list)
        for s in samples:
            if s.kind == kind:
                buckets[int(s.at // bucket)].append(s.latency_ms)
        found[kind] = [
            (n * bucket, percentile(values, 50), percentile(values, 99))
            for n, values in sorted(buckets.items())
        ]
    return found


def histogram(latencies: list[float], bins: int = 20) -> list[tuple[int, float, float]]:
    """(count, from ms, to ms) over bins of equal width on a log scale (latencies run
    from tenths of a millisecond to seconds)."""
    if not latencies:
        return []
    low, high = max(min(latencies), 0.01), max(max(latencies), 0.02)
    if high <= low:
        high = low * 2
    edges = [low * (high / low) ** (i / bins) for i in range(bins + 1)]
    counts = [0] * bins
    for value in latencies:
        where = 0 if value <= low else int(bins * math.log(value / low) / math.log(high / low))
        counts[min(where, bins - 1)] += 1
    return [(counts[i], edges[i], edges[i + 1]) for i in range(bins)]


def render(report: Report) -> str:
    doc = report.document()
    samples = report.measurements.samples
    over_time = latency_over_time(samples)
    line = pygal.XY(
        title="webhook latency over time (p50 and p99 per second)",
        x_title="seconds since the first call",
        y_title="ms",
        **_CHART,
    )
    for kind in KINDS:
        points = over_time[kind]
        if points:
            line.add(f"{kind} p50", [(t, p50) for t, p50, _ in points])
            line.add(f"{kind} p99", [(t, p99) for t, _, p99 in points])
    charts = [line.render(is_unicode=True)]
    for kind in KINDS:
        latencies = [s.latency_ms for s in samples if s.kind == kind]
        if not latencies:
            continue
        chart = pygal.Histogram(
            title=f"{kind}: how many deliveries took how long", x_title="ms", **_CHART
        )
        chart.add(kind, histogram(latencies))
        charts.append(chart.render(is_unicode=True))
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr>".format(
            html.escape(kind),
            row["count"],
            row["errors"],
            _cell(row["p50_ms"]),
            _cell(row["p90_ms"]),
            _cell(row["p99_ms"]),
            _cell(row["max_ms"]),
            html.escape(", ".join(f"{c} {n}" for c, n in row["errors_by_cause"].items()) or "-"),
        )
        for kind, row in (doc["webhooks"] or {}).items()
    )
    outcomes = ", ".join(f"{k} {n}" for k, n in doc["outcomes"].items()) or "none"
    late = doc["behind_schedule_ms"]
    title = f"Load test of {html.escape(report.plan.call_hook)}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title><style>{_STYLE}</style>
</head><body>
<h1>{title}</h1>
<p>{doc["placed"]} of {report.plan.calls} calls placed in {doc["seconds"]} s at up to
{report.plan.rate:g} per second (ramp {report.plan.ramp:g} s); behind schedule p99
{_cell(late["p99"])} ms, max {_cell(late["max"])} ms.</p>
<p>Calls: {html.escape(outcomes)}; still live at the end: {doc["still_live"]}.</p>
<table><tr><th>webhook</th><th>count</th><th>errors</th><th>p50 ms</th><th>p90 ms</th>
<th>p99 ms</th><th>max ms</th><th>errors by cause</th></tr>{rows}</table>
{"".join(f"<figure>{chart}</figure>" for chart in charts)}
</body></html>
"""


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
