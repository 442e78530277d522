"""Compare two benchmark results: B/A ratios per (scenario, store, workers).

    .venv/bin/python bench/compare.py bench/results/A.json bench/results/B.json

req/s ratio > 1 means B is faster; latency and CPU-per-request ratios < 1 mean B is
better. Take A and B in the same sitting: the machine is shared and noisy, so only ratios
of runs taken close together mean anything.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

Key = tuple[str, str, int]
METRICS = ("rps", "p50_ms", "p99_ms", "cpu_ms_per_request")


def _ratio(a: Any, b: Any) -> float | None:
    if not isinstance(a, int | float) or not isinstance(b, int | float) or a <= 0:
        return None
    return b / a


def index(report: dict[str, Any]) -> dict[Key, dict[str, Any]]:
    """Measured rows by (scenario, store, workers); skipped rows are left out."""
    return {
        (row["scenario"], row["store"], int(row["workers"])): row
        for row in report.get("results", [])
        if "skipped" not in row
    }


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per key measured in both reports, in A's order, with B/A ratios."""
    rows_a, rows_b = index(a), index(b)
    out = []
    for key, row_a in rows_a.items():
        row_b = rows_b.get(key)
        if row_b is None:
            continue
        entry: dict[str, Any] = {"scenario": key[0], "store": key[1], "workers": key[2]}
        for metric in METRICS:
            entry[f"a_{metric}"] = row_a.get(metric)
            entry[f"b_{metric}"] = row_b.get(metric)
            entry[metric] = _ratio(row_a.get(metric), row_b.get(metric))
        out.append(entry)
    return out


def geometric_mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None and v > 0]
    if not present:
        return None
    return math.exp(sum(math.log(v) for v in present) / len(present))


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def render(entries: list[dict[str, Any]]) -> str:
    head = (
        f"{'scenario':<22}  {'store':<10}  {'workers':>7}  {'A req/s':>8}  {'B req/s':>8}  "
        f"{'req/s B/A':>9}  {'p50 B/A':>7}  {'p99 B/A':>7}  {'CPU/req B/A':>11}"
    )
    lines = [head, "-" * len(head)]
    for e in entries:
        lines.append(
            f"{e['scenario']:<22}  {e['store']:<10}  {e['workers']:>7}  "
            f"{_fmt(e['a_rps'], '.0f'):>8}  {_fmt(e['b_rps'], '.0f'):>8}  "
            f"{_fmt(e['rps'], '.3f'):>9}  {_fmt(e['p50_ms'], '.3f'):>7}  "
            f"{_fmt(e['p99_ms'], '.3f'):>7}  {_fmt(e['cpu_ms_per_request'], '.3f'):>11}"
        )
    lines.append("-" * len(head))
    lines.append(
        "geometric mean: req/s B/A "
        f"{_fmt(geometric_mean([e['rps'] for e in entries]), '.3f')}, p50 B/A "
        f"{_fmt(geometric_mean([e['p50_ms'] for e in entries]), '.3f')}, p99 B/A "
        f"{_fmt(geometric_mean([e['p99_ms'] for e in entries]), '.3f')}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: compare.py A.json B.json", file=sys.stderr)
        return 2
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args)
    entries = compare(a, b)
    if not entries:
        print("no (scenario, store, workers) was measured in both files", file=sys.stderr)
        return 1
    print(f"A: {args[0]} ({a.get('machine', {}).get('git_commit', '')[:10]})")
    print(f"B: {args[1]} ({b.get('machine', {}).get('git_commit', '')[:10]})")
    print(render(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
