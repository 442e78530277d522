"""A request that steers a call another instance runs goes to that instance.

With several instances (JAMBONZ_REDIS_URL, jambonz/instances.py) each runs its own calls.
`PUT` and `DELETE /Accounts/{sid}/Calls/{sid}` (and `.../Queues/{name}/Calls/{sid}`) of a
call that is not live here are sent, as the client sent them, to the base URL of the
instance whose card names it (jambonz/calls/shared.py), as jambonz's api-server sends
`updateCall` to the feature server that runs the call; the client gets that instance's
answer, so it answers as if local. (Rooms are shared by every instance,
jambonz/calls/shared_rooms.py: a participant or a queue's member is changed from any.)
The forwarded request carries `X-Jambonz-Forwarded-By`, and an instance never forwards
such a request again (no loops, whatever the cards say).

A call whose instance no longer beats is handled here (its records are closed by the
survivors). When Redis cannot be reached the owner of a call not live here is unknown:
503 with Retry-After. Reads of call records come from the database on any instance.

The one other HTTP client outside the outbound policy (jambonz/outbound.py) with the
workers' relay of handlers/live.py: its addresses are the platform's own instances, read
from the platform's Redis, never a tenant's.
"""

from __future__ import annotations

import logging
import re

import aiohttp
import yarl
from starlette.types import ASGIApp, Receive, Scope, Send

from handlers.context import core
from handlers.live import read_body, relay, relay_session, request_target, send_unreachable
from jambonz.calls.shared import read_card
from jambonz.redis_client import REDIS_ERRORS

log = logging.getLogger("jambonz.http")

FORWARDED_BY = "x-jambonz-forwarded-by"
_STEERED = ("PUT", "DELETE")


class OwnerProxy:
    """Send the steering of another instance's call to that instance."""

    def __init__(self, app: ASGIApp, base_path: str) -> None:
        self.app = app
        # a call, and a call in a queue (a PUT redirects it: its instance runs its app)
        self.call_path = re.compile(
            re.escape(base_path) + r"/Accounts/[^/]+/(?:Queues/[^/]+/)?Calls/([^/]+)/?$"
        )
        self._client: aiohttp.ClientSession | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in _STEERED:
            match = self.call_path.match(scope["path"])
            instances = core().instances
            if (
                match
                and instances is not None
                and not _forwarded(scope)
                and await self._steer_elsewhere(match.group(1), scope, receive, send)
            ):
                return
        await self.app(scope, receive, send)

    async def _steer_elsewhere(
        self, call_sid: str, scope: Scope, receive: Receive, send: Send
    ) -> bool:
        """True when the request was answered here: forwarded, or refused with a 503."""
        the_core = core()
        instances = the_core.instances
        assert instances is not None
        if the_core.engine.live_call(call_sid) is not None:
            return False
        try:
            card = await read_card(the_core.redis, call_sid)
            owner = card.get("instance") if card else None
            url = await instances.url_of(owner) if owner and owner != instances.name else None
        except REDIS_ERRORS as exc:
            log.warning("call %s: its instance is unknown (Redis: %r)", call_sid, exc)
            await send_unreachable(send, "the platform's Redis is not reachable; retry")
            return True
        if url is None:
            return False
        body = await read_body(receive)
        if body is None:
            return True
        target = yarl.URL(url + request_target(scope), encoded=True)
        try:
            await relay(self.client(), target, scope, body, send, {FORWARDED_BY: instances.name})
        except Exception as exc:  # the instance went away meanwhile
            log.warning("call %s: not forwarded to instance %s: %r", call_sid, owner, exc)
            await send_unreachable(
                send, f"the instance running call {call_sid} is not reachable; retry"
            )
        return True

    def client(self) -> aiohttp.ClientSession:
        if self._client is None:
            self._client = relay_session(aiohttp.TCPConnector(limit=0))
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


def _forwarded(scope: Scope) -> bool:
    return any(name == FORWARDED_BY.encode() for name, _ in scope["headers"])
