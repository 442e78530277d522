"""`jambonz-api loadtest`: its options, its progress bar and its output."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from jambonz.loadtest import html
from jambonz.loadtest.plan import LoadPlan
from jambonz.loadtest.remote import RemoteTarget, run_remote
from jambonz.loadtest.runner import Progress, run

BAR = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--call-hook",
        default="",
        help="your application's call_hook URL (needed unless --server with --application)",
    )
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
    parser.add_argument(
        "--inbound",
        action="store_true",
        help="calls arrive on a number routed to the app, as from a carrier (default: outbound)",
    )
    remote = parser.add_argument_group(
        "against a running server (default: the embedded simulator, in this process)"
    )
    remote.add_argument("--server", help="the server's API base URL, e.g. http://127.0.0.1:3000/v1")
    remote.add_argument(
        "--token",
        default=os.environ.get("JAMBONZ_API_TOKEN"),
        help="an API key that may place the account's calls (env JAMBONZ_API_TOKEN)",
    )
    remote.add_argument("--account", help="the account sid the calls are placed on")
    remote.add_argument(
        "--application",
        help="place the calls on this application sid with its own hooks (webhooks then "
        "not timed); else --call-hook's app, behind a timing relay",
    )
    remote.add_argument("--to", help="with --inbound: a number of the account routed to an app")
    remote.add_argument(
        "--relay-host",
        default="127.0.0.1",
        help="where the timing relay listens; the server must reach it (default 127.0.0.1)",
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
        inbound=args.inbound,
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
    problems = [] if args.server else plan.problems()  # a server's run checks its own
    if not args.server and (args.application or args.to):
        problems.append("--application and --to apply with --server")
    if args.server and args.sim_speed != 1.0:
        problems.append("with --server the simulated time is the server's JAMBONZ_SIM_SPEED")
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
        if args.server:
            target = RemoteTarget(
                server=args.server,
                token=args.token or "",
                account_sid=args.account or "",
                application_sid=args.application,
                number=args.to,
                relay_host=args.relay_host,
            )
            report = asyncio.run(run_remote(plan, target, progress=show))  # type: ignore[arg-type]
        else:
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
