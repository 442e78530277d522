"""`jambonz-api loadtest`: its options, its progress bar and its output."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from jambonz.loadtest import html
from jambonz.loadtest.plan import LoadPlan
from jambonz.loadtest.runner import Progress, run

BAR = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--call-hook", required=True, help="your application's call_hook URL")
    parser.add_argument(
        "--status-hook", help="its call_status_hook URL (default: the call_hook URL)"
    )
    parser.add_argument("--calls", type=int, default=100, help="calls to place (default 100)")
    parser.add_argument(
        "--rate", type=float, default=10.0, help="calls placed per second (default 10)"
    )
    parser.add_argument(
        "--ramp", type=float, default=0.0, help="seconds over which the rate rises from 0"
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=300.0,
        help="longest run in seconds; calls still live then are counted and hung up",
    )
    parser.add_argument(
        "--hangup-after", type=float, help="the far end hangs up this many seconds after answering"
    )
    parser.add_argument("--digits", help="DTMF the far end keys at each gather")
    parser.add_argument("--speech", help="words the far end says at each gather")
    parser.add_argument(
        "--busy-share", type=float, default=0.0, help="share of calls answered busy (0 to 1)"
    )
    parser.add_argument(
        "--sim-speed", type=float, default=1.0, help="simulated seconds per real second"
    )
    parser.add_argument(
        "--webhook-timeout", type=float, default=10.0, help="seconds a webhook may take"
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON to this file")
    parser.add_argument(
        "--html",
        type=Path,
        help="also write an HTML report (latency over time, histograms) to this file",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def plan_of(args: argparse.Namespace) -> LoadPlan:
    far_end = {}
    if args.hangup_after is not None:
        far_end["X-Sim-Hangup-After"] = f"{args.hangup_after:g}"
    if args.digits:
        far_end["X-Sim-Digits"] = args.digits
    if args.speech:
        far_end["X-Sim-Speech"] = args.speech
    return LoadPlan(
        call_hook=args.call_hook,
        status_hook=args.status_hook,
        calls=args.calls,
        rate=args.rate,
        ramp=args.ramp,
        duration=args.duration,
        far_end=far_end,
        busy_share=args.busy_share,
        sim_speed=args.sim_speed,
        webhook_timeout=args.webhook_timeout,
    )


def progress_bar(stream: TextIO) -> object:
    def show(p: Progress) -> None:
        done = BAR * p.ended // max(1, p.calls)
        placed = BAR * p.placed // max(1, p.calls) - done
        bar = "#" * done + "+" * placed + "." * (BAR - done - placed)
        stream.write(
            f"\r[{bar}] placed {p.placed}/{p.calls}  live {p.live}  ended {p.ended}  "
            f"{p.elapsed:5.1f} s"
        )
        stream.flush()

    return show


def main(args: argparse.Namespace) -> int:
    plan = plan_of(args)
    problems = plan.problems()
    if problems:
        print(f"jambonz-api: {'; '.join(problems)}", file=sys.stderr)
        return 2
    # The embedded server's own lines are not the report's business (its key file, made
    # in the temporary directory, goes with it), nor is each request to it.
    logging.getLogger("jambonz").setLevel(logging.WARNING)
    logging.getLogger("jambonz.keyring").setLevel(logging.ERROR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    show = None if args.no_progress or not sys.stderr.isatty() else progress_bar(sys.stderr)
    try:
        report = asyncio.run(run(plan, progress=show))  # type: ignore[arg-type]
    except ValueError as exc:
        print(f"jambonz-api: {exc}", file=sys.stderr)
        return 2
    if show is not None:
        sys.stderr.write("\n")
    print(report.table())
    if args.json:
        args.json.write_text(json.dumps(report.document(), indent=2) + "\n")
    if args.html:
        args.html.write_text(html.render(report))
    return 0
