"""Run a load test against a running server, through its API (`loadtest --server`).

The calls are placed on the server as any client places them (`POST
/Accounts/{sid}/Calls`, or `.../SimulatedCalls` for inbound calls on a number of the
account), with the account's or an admin key. What became of each call is read back from
the server's list of the account's calls (each run's calls come from a number of its own).

The server sends the webhooks, so this process cannot watch its sender. With
`--call-hook`, it puts a *relay* in front of the app: the calls' `call_hook` and
`call_status_hook` are the relay's (on `--relay-host`, 127.0.0.1 by default, which the
server must reach), the relay passes each request on to the app as it came (its signature
header too) and its answer back, and times it; an actionHook given as a path resolves
against the relay like any relative hook, so verb hooks are timed too. With
`--application` the application's own hooks are used, and the report says that its
webhooks were not measured.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
from aiohttp import web

from jambonz.loadtest.drive import ProgressHook, drive
from jambonz.loadtest.measure import FINAL, Measurements, Sample
from jambonz.loadtest.plan import LoadPlan
from jambonz.loadtest.report import Report
from jambonz.loadtest.runner import TO

CALL_PREFIX = "/__loadtest_call"
STATUS_PREFIX = "/__loadtest_status"
POLL_SECONDS = 1.0
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length"}


@dataclass(frozen=True)
class RemoteTarget:
    """The server under test and what to place calls on."""

    server: str  # the API's base URL, e.g. http://127.0.0.1:3000/v1
    token: str
    account_sid: str
    application_sid: str | None = None
    number: str | None = None  # for inbound calls: a number of the account routed to an app
    relay_host: str = "127.0.0.1"

    def problems(self, plan: LoadPlan) -> list[str]:
        found = []
        if not self.server.startswith(("http://", "https://")):
            found.append("--server must be the API's http(s) base URL, e.g. http://host:3000/v1")
        if plan.inbound and not self.number:
            found.append("--inbound with --server needs --to, a number of the account")
        if not plan.inbound and self.application_sid is None and not plan.call_hook:
            found.append("--server needs --call-hook or --application")
        if not self.account_sid:
            found.append("--server needs --account, the account the calls are placed on")
        if not self.token:
            found.append("--server needs --token (or JAMBONZ_API_TOKEN), a key of the account")
        return found


class Relay:
    """Passes the server's webhooks on to the app and times each one."""

    def __init__(self, plan: LoadPlan, measurements: Measurements) -> None:
        self.call_hook = plan.call_hook
        self.status_hook = plan.status_hook or plan.call_hook
        self.measurements = measurements
        self.timeout = plan.webhook_timeout
        self.seen: set[str] = set()
        self._client: aiohttp.ClientSession | None = None

    def target(self, path: str) -> tuple[str, str]:
        """(kind, the app's URL) of a request the relay received on `path`."""
        call, status = urlsplit(self.call_hook), urlsplit(self.status_hook)
        if path.startswith(STATUS_PREFIX):
            return "call:status", f"{status.scheme}://{status.netloc}{path[len(STATUS_PREFIX) :]}"
        if path.startswith(CALL_PREFIX):
            return "session:new", f"{call.scheme}://{call.netloc}{path[len(CALL_PREFIX) :]}"
        return "verb:hook", f"{call.scheme}://{call.netloc}{path}"

    async def handle(self, request: web.Request) -> web.StreamResponse:
        kind, url = self.target(request.path)
        if request.query_string:
            url += "?" + request.query_string
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        began = time.monotonic()
        cause: str | None = None
        assert self._client is not None
        try:
            async with self._client.request(
                request.method, url, data=body, headers=headers
            ) as answer:
                content = await answer.read()
                status, content_type = answer.status, answer.headers.get("Content-Type")
        except TimeoutError:
            self._record(kind, began, "timeout")
            return web.Response(status=504)
        except aiohttp.ClientError:
            self._record(kind, began, "connection")
            return web.Response(status=502)
        if status >= 500:
            cause = "http-5xx"
        elif status >= 400:
            cause = "http-4xx"
        elif kind != "call:status" and content:
            cause = _verbs_problem(content)
        self._record(kind, began, cause)
        return web.Response(
            status=status,
            body=content,
            content_type=None,
            headers=({"Content-Type": content_type} if content_type else {}),
        )

    def _record(self, kind: str, began: float, cause: str | None) -> None:
        m = self.measurements
        now = time.monotonic()
        m.samples.append(Sample(kind, now - m.started, (now - began) * 1000, cause))

    @contextlib.asynccontextmanager
    async def serving(self, host: str) -> AsyncIterator[str]:
        """Open the relay on `host`; its base URL."""
        self._client = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.timeout), auto_decompress=False
        )
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, 0)
        await site.start()
        try:
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            shown = f"[{host}]" if ":" in host else host
            yield f"http://{shown}:{port}"
        finally:
            await runner.cleanup()
            await self._client.close()


def _through(relay_base: str, prefix: str, url: str) -> str:
    """`url` as reached through the relay: its path, query and retry fragment kept."""
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{relay_base}{prefix}{parts.path or '/'}{query}{fragment}"


def _verbs_problem(content: bytes) -> str | None:
    try:
        parsed = json.loads(content)
    except ValueError:
        return "invalid-json"
    return None if isinstance(parsed, list) else "not-verbs"


async def run_remote(
    plan: LoadPlan, target: RemoteTarget, *, progress: ProgressHook | None = None
) -> Report:
    """Run `plan` on the server `target` names; the report. Raises ValueError."""
    hook_required = target.application_sid is None and not plan.inbound
    problems = plan.problems(hook_required=hook_required) + target.problems(plan)
    if problems:
        raise ValueError("; ".join(problems))
    measurements = Measurements(call_hook=plan.call_hook)
    relay = (
        Relay(plan, measurements) if target.application_sid is None and not plan.inbound else None
    )
    headers = {"Authorization": f"Bearer {target.token}"}
    async with contextlib.AsyncExitStack() as stack:
        api = await stack.enter_async_context(
            httpx.AsyncClient(base_url=target.server.rstrip("/"), headers=headers, timeout=30)
        )
        base = await stack.enter_async_context(relay.serving(target.relay_host)) if relay else None
        return await _drive(api, plan, target, measurements, base, progress)
    raise AssertionError("unreachable")  # pragma: no cover - the stack returns or raises


async def _drive(
    api: httpx.AsyncClient,
    plan: LoadPlan,
    target: RemoteTarget,
    measurements: Measurements,
    relay_base: str | None,
    progress: ProgressHook | None,
) -> Report:
    caller = "1508" + "".join(secrets.choice("0123456789") for _ in range(7))  # this run's
    account = target.account_sid
    kind = "SimulatedCalls" if plan.inbound else "Calls"
    path = f"/Accounts/{account}/{kind}"
    finals: dict[str, str] = {}

    def body(index: int) -> dict[str, Any]:
        far_end = dict(plan.far_end)
        if plan.busy(index):
            far_end["X-Sim-Result"] = "busy"
        extra = {"headers": far_end} if far_end else {}
        if plan.inbound:
            return {"from": caller, "to": target.number, **extra}
        placed: dict[str, Any] = {"from": caller, "to": {"type": "phone", "number": TO, **extra}}
        if relay_base is None:
            placed["application_sid"] = target.application_sid
        else:
            placed["call_hook"] = {"url": _through(relay_base, CALL_PREFIX, plan.call_hook)}
            placed["call_status_hook"] = {
                "url": _through(relay_base, STATUS_PREFIX, plan.status_hook or plan.call_hook)
            }
        return placed

    async def poll() -> None:
        """The statuses of this run's calls, from the server's list of the account's."""
        response = await api.get(f"/Accounts/{account}/Calls", params={"from": caller})
        if response.status_code != 200:
            return
        for call in response.json():
            if call.get("call_status") in FINAL:
                finals.setdefault(call["call_sid"], call["call_status"])

    return await drive(
        api,
        plan,
        path,
        body,
        measurements,
        finals,
        progress,
        interval=POLL_SECONDS,
        poll=poll,
        webhooks_measured=relay_base is not None,
    )
