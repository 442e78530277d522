"""The call benchmark's pure parts (bench/calls.py, bench/appserver.py's answer).

The benchmark itself (`make bench`) is not run here: it places thousands of calls in real
time.
"""

from __future__ import annotations

import json

import pytest

from bench import appserver, calls


def test_percentile_is_nearest_rank() -> None:
    values = list(range(100, 0, -1))  # 1..100, unsorted
    assert calls.percentile(values, 50) == 50
    assert calls.percentile(values, 99) == 99
    assert calls.percentile(values, 100) == 100
    assert calls.percentile([7.5], 99) == 7.5
    assert calls.percentile([1, 2, 3, 1000], 50) == 2
    assert calls.percentile([], 50) is None
    with pytest.raises(ValueError):
        calls.percentile([1], 0)


def test_parse_timestamp_reads_the_api_format_as_utc() -> None:
    assert calls.parse_timestamp("1970-01-01T00:00:01.250Z") == pytest.approx(1.25)
    assert calls.parse_timestamp("2024-05-01T12:00:00.000Z") == 1714564800.0
    # no zone: UTC, as the API's times are
    assert calls.parse_timestamp("2024-05-01T12:00:00") == 1714564800.0


def test_parse_levels() -> None:
    assert calls.parse_levels("1,100, 1000") == [1, 100, 1000]
    for bad in ("", "0", "1,-5", "ten"):
        with pytest.raises(ValueError):
            calls.parse_levels(bad)


def test_outcome_measures_answer_to_hook_and_counts_failures() -> None:
    answered = "2024-05-01T12:00:00.000Z"
    at = calls.parse_timestamp(answered)
    records = {
        "a": {"call_status": "completed", "answered_at": answered},
        "b": {"call_status": "completed", "answered_at": answered},
        "c": {"call_status": "failed", "answered_at": None},  # hook never arrived either
        "d": {"call_status": "in-progress", "answered_at": answered},  # never ended
        "e": None,  # record unreadable
    }
    arrivals = {"a": at + 0.004, "b": at + 0.25, "d": at + 0.010, "e": at + 1.0}
    seen = calls.outcome(["a", "b", "c", "d", "e"], arrivals, records)
    assert seen.latencies_ms == pytest.approx([4.0, 250.0, 10.0], abs=0.001)
    assert seen.answered == [at, at, at]
    assert seen.missing_hook == ["c"]
    assert seen.not_completed == ["c", "d", "e"]
    assert seen.statuses == {"completed": 2, "failed": 1, "in-progress": 1, "unreadable": 1}


def test_split_at_separates_calls_answered_during_and_after_setup() -> None:
    during, after = calls.split_at([5.0, 7.0, 9.0], [10.0, 20.0, 30.0], 20.0)
    assert during == [5.0]
    assert after == [7.0, 9.0]


def test_call_body_targets_a_number_that_answers() -> None:
    body = calls.call_body("http://127.0.0.1:3100", 42)
    assert body["to"] == {"type": "phone", "number": "15080000042"}
    assert not body["to"]["number"].startswith("1500555")  # reserved simulator numbers
    assert body["call_hook"] == {"url": "http://127.0.0.1:3100/call", "method": "POST"}
    assert body["call_status_hook"]["url"] == "http://127.0.0.1:3100/status"


def test_format_row_and_header_line_up() -> None:
    row = {
        "calls": 1000,
        "setups_per_s": 412.34,
        "p50_ms": 12.34,
        "p99_ms": None,
        "max_live": 1000,
        "peak_rss_mb": 180.4,
        "failures": 0,
    }
    line = calls.format_row(row)
    assert line.split() == ["1000", "412", "12.3", "-", "1000", "180", "0"]
    assert len(line) == len(calls.header())


def test_appserver_hold_document() -> None:
    assert appserver.hold_document(0) == appserver.HANGUP
    assert json.loads(appserver.hold_document(10)) == [
        {"verb": "pause", "length": 10},
        {"verb": "hangup"},
    ]
    assert json.loads(appserver.hold_document(2.5))[0]["length"] == 2.5


def test_the_targets_are_judged_on_the_row_s_own_figures() -> None:
    from bench.calls import verdicts

    met = {"calls": 1000, "failures": 0, "p99_ms": 31.9, "setups_per_s": 515.0}
    assert verdicts(met) == [
        "met: 0 failures (0)",
        "met: p99 31.9 ms (< 50)",
        "met: 515.0 set-ups/s (>= 500)",
    ]
    slow = {**met, "p99_ms": 73.1, "setups_per_s": 406.0, "failures": 2}
    assert [v.split(":")[0] for v in verdicts(slow)] == ["MISSED"] * 3
    held = {"calls": 10000, "failures": 0, "peak_rss_mb": 405.2}
    assert verdicts(held) == ["met: 0 failures (0)", "met: peak RSS 405 MB (< 1024)"]
    assert verdicts({**held, "peak_rss_mb": 1300})[1].startswith("MISSED")
