"""The call engine on a jambonz cluster (`JAMBONZ_CALL_ENGINE=jambonz`): its feature
servers run the calls, and this server steers them as jambonz's api-server does.

Nothing of a call lives in this process. The cluster's Redis (`JAMBONZ_REDIS_URL`) holds
what the feature servers and SBCs write there (jambonz reference, operator facts §9):

- `<cluster>:fs-service-url`, a set of the active feature servers' base URLs
  (`http://<ip>:<port>`, kept by the SBCs from the feature servers' OPTIONS pings), where
  `<cluster>` is `JAMBONZ_CLUSTER_ID` (jambonz's `JAMBONES_CLUSTER_ID`, `default`);
- `call:<account_sid>:<call_sid>`, a hash per call leg that the feature server running
  it writes at every status change (`@jambonz/realtimedb-helpers`' `updateCallStatus`:
  camelCase string fields, `serviceUrl` added by its first write), with its key in the
  sorted set `active-call-sids` (score: the first write's time, ms since the epoch);
- `incalls:account:<sid>` and `outcalls:account:<sid>`, the SBCs' counts of the account's
  live calls.

Placing a call posts jambonz's createCall body to a feature server (`JAMBONZ_FEATURE_SERVER_URL`
when set, as jambonz's Kubernetes mode has one service URL; else the members of the set in
turn, as jambonz's api-server takes them); steering one posts the client's body to
`<serviceUrl>/v1/updateCall/<call_sid>` of the feature server that runs it. Both go
through the outbound policy (`jambonz.outbound`), with the networks of
`JAMBONZ_FEATURE_SERVER_NETWORKS` allowed for these requests only. The services read live
calls through `calls`, `call` and `call_count`, and forget a record with `forget`
(`jambonz/services/cluster_calls.py`).

What the simulator keeps and this engine does not:

- **records**: the feature servers write no call record into this server's database (a
  jambonz cluster keeps its CDRs in its own store), so nothing is recorded here;
- **rooms**: conferences and queues run on the feature servers (`conference`, `enqueue`
  verbs), and the API lists them from Redis (`jambonz/cluster_rooms.py`); none runs in
  this process, and none can be made ahead through the API here (422);
- **session limits**: jambonz's SBCs enforce `voice_call_session` at the SIP edge; this
  engine also refuses a call over the cap (422, with the alert) by the SBCs' own counts
  in Redis, without atomicity across servers (two requests may both take the last one);
- **events**: there is no call to observe in this process; subscribers only hear the
  alerts the engine raises.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Awaitable
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

import httpx
from sqlalchemy import select

from jambonz import outbound, wirejson
from jambonz.alerts import AlertSink, NoAlerts, call_limit_alert
from jambonz.calls.clock import Clock
from jambonz.calls.engine import CallEvent, CallSetup, CallUpdate
from jambonz.calls.rooms import CallQueue as LocalQueue
from jambonz.calls.rooms import Conference, InProcessRooms, Op
from jambonz.calls.state import LiveCall
from jambonz.cluster_rooms import UNAVAILABLE
from jambonz.db import Database
from jambonz.db.tables import applications, webhooks
from jambonz.errors import JambonzError, Unavailable, Unprocessable
from jambonz.redis_client import REDIS_ERRORS, SharedRedis
from jambonz.webhooks_out import USER_AGENT, WebhookSender

log = logging.getLogger("jambonz.jambonz_engine")

CALL_SET = "active-call-sids"
CREATE_CALL = "/v1/createCall"
UPDATE_CALL = "/v1/updateCall/"
# jambonz's words when no feature server is known (its api-server answers 480 with them).
NO_FEATURE_SERVERS = "no available feature servers at this time"
# What a feature server that gives no usable answer is told as (jambonz answers 500).
NOT_REACHED = "the feature server could not be reached; retry"
MAX_ANSWER_BYTES = 256 * 1024
SCAN_COUNT = 500
SPEECH_FIELDS = (
    "speech_synthesis_vendor",
    "speech_synthesis_language",
    "speech_synthesis_voice",
    "speech_recognizer_vendor",
    "speech_recognizer_language",
)
_SID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
T = TypeVar("T")


class FeatureServerUnavailable(JambonzError):
    """No feature server can take the request now (480, jambonz's status for it)."""

    status = 480


@dataclass(frozen=True)
class FeatureServerAnswer:
    """A feature server's answer: its status, its body as text, and the body parsed as
    JSON (None when it is not JSON)."""

    status: int
    text: str
    json: Any = None


@dataclass(frozen=True)
class ClusterCall:
    """One call leg as a feature server keeps it in Redis: the hash's fields as written
    (camelCase strings) and when it was first written (seconds since the epoch)."""

    fields: dict[str, str]
    created_at: float


def call_key(account_sid: str, call_sid: str) -> str:
    return f"call:{account_sid}:{call_sid}"


def _glob_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


async def _guarded(operation: Awaitable[T]) -> T:
    """A Redis operation; 503 (retry) when Redis cannot be reached."""
    try:
        return await operation
    except REDIS_ERRORS:
        raise Unavailable(UNAVAILABLE) from None


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class FeatureServerRooms(InProcessRooms):
    """No room runs in this process: the feature servers run conferences and queues (the
    API lists theirs from Redis). Making one ahead through the API is refused."""

    def _op_conf_create(self, operation: Op) -> Conference:
        raise Unprocessable(
            "conferences run on the cluster's feature servers: a conference verb opens one"
        )

    def _op_q_create(self, operation: Op) -> LocalQueue:
        raise Unprocessable(
            "queues run on the cluster's feature servers: an enqueue verb opens one"
        )


class DatabaseApplications:
    """What jambonz's api-server copies from an application into a createCall body: its
    `call_hook` and `call_status_hook` as the webhook rows (`webhook_sid`, `url`,
    `method`, `username`, `password`), `app_json` and the five speech settings."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def create_call_fields(self, account_sid: str, application_sid: str) -> dict[str, Any]:
        hook_columns = (
            webhooks.c.webhook_sid,
            webhooks.c.url,
            webhooks.c.method,
            webhooks.c.username,
            webhooks.c.password,
        )
        async with self.db.read() as conn:
            app = (
                await conn.execute(
                    select(applications).where(
                        applications.c.application_sid == application_sid.lower(),
                        applications.c.account_sid == account_sid,
                    )
                )
            ).first()
            if app is None:
                return {}
            sids = [s for s in (app.call_hook_sid, app.call_status_hook_sid) if s]
            query = select(*hook_columns).where(webhooks.c.webhook_sid.in_(sids))
            rows = {row.webhook_sid: row for row in (await conn.execute(query)).all()}
        fields: dict[str, Any] = {}
        for name, sid in (
            ("call_hook", app.call_hook_sid),
            ("call_status_hook", app.call_status_hook_sid),
        ):
            row = rows.get(sid)
            # jambonz leaves out a hook without a url (its key is then absent).
            fields[name] = dict(row._mapping) if row is not None and row.url else None
        fields["app_json"] = app.app_json
        for name in SPEECH_FIELDS:
            fields[name] = getattr(app, name)
        return fields


class JambonzEngine:
    """The `CallEngine` of a jambonz cluster (see the module's docstring)."""

    def __init__(
        self,
        *,
        redis: SharedRedis,
        applications: DatabaseApplications,
        policy: outbound.OutboundPolicy,
        clock: Clock,
        sender: WebhookSender,
        cluster_id: str = "default",
        feature_server_url: str | None = None,
        timeout: float = 10.0,
        alerts: AlertSink | None = None,
    ) -> None:
        self.redis = redis
        self.applications = applications
        self.policy = policy
        self.timeout = timeout
        self.feature_server_url = feature_server_url.rstrip("/") if feature_server_url else None
        self.feature_server_set = f"{cluster_id}:fs-service-url"
        self.alerts: AlertSink = alerts or NoAlerts()
        self.rooms = FeatureServerRooms(clock)
        # The process's shared webhook sender: closed with the engine, as the simulator
        # closes it (messaging uses it too). Requests to feature servers have a client of
        # their own, under their own policy.
        self.sender = sender
        self._client: httpx.AsyncClient | None = None
        self._next = 0  # which member of the set takes the next call (jambonz's counter)
        self._subscribers: list[asyncio.Queue[CallEvent]] = []

    # -- engine interface ------------------------------------------------------------
    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        """Close the HTTP clients. The calls go on: the feature servers run them."""
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
        await self.sender.aclose()

    async def create_call(self, setup: CallSetup) -> LiveCall:
        """Post jambonz's createCall body to a feature server; its 201 `{sid, callId}` is
        the new call. 480 when there is no feature server, or it answers anything else.
        A simulated inbound call (`SimulatedCalls`, an extension of this server) is the
        simulator's alone: 422."""
        if setup.direction != "outbound" or setup.request is None:
            raise Unprocessable(
                "simulated inbound calls need the call simulator (JAMBONZ_CALL_ENGINE="
                "simulator): on a jambonz cluster, calls arrive from its SBCs"
            )
        base = await self.feature_server()
        await self._check_limit(setup)
        body = await self._create_call_body(setup)
        answer = await self._post(base + CREATE_CALL, body)
        created = answer.json if answer.status == 201 else None
        sid = created.get("sid") if isinstance(created, dict) else None
        call_id = created.get("callId") if isinstance(created, dict) else None
        if not (isinstance(sid, str) and _SID.match(sid) and isinstance(call_id, str)):
            log.warning("createCall on %s answered %s %r", base, answer.status, answer.text[:200])
            if answer.status == 201:
                raise FeatureServerUnavailable(
                    "the feature server answered createCall without a call sid and Call-ID"
                )
            raise FeatureServerUnavailable(
                f"the feature server did not place the call: it answered HTTP {answer.status}"
            )
        return LiveCall(
            call_sid=sid.lower(),
            account_sid=setup.account_sid,
            service_provider_sid=setup.service_provider_sid,
            application_sid=setup.application_sid,
            direction=setup.direction,
            from_=setup.from_,
            to=setup.to,
            call_id=call_id,
            webhook_secret=None,
            target=setup.target,
        )

    async def update_call(self, call_sid: str, update: CallUpdate) -> None:
        """The protocol's live control: the update posted to the call's feature server
        (its fields that are set, as the API's body names them); 422 when the call is
        not live in Redis or the feature server refuses it."""
        found = await self._find(call_sid)
        if found is None:
            raise Unprocessable(f"call session is gone for call_sid {call_sid}")
        body = {key: value for key, value in asdict(update).items() if value is not None}
        answer = await self.forward_update(found.fields["accountSid"], call_sid, body)
        if answer is None:
            raise Unprocessable(f"call session is gone for call_sid {call_sid}")
        if not 200 <= answer.status < 300:
            raise Unprocessable(answer_message(answer))

    async def hangup(self, call_sid: str) -> bool:
        """End the call: `call_status: completed` posted to its feature server. False when
        the call is not live in Redis."""
        if await self._find(call_sid) is None:
            return False
        await self.update_call(call_sid, CallUpdate(call_status="completed"))
        return True

    def live_call(self, call_sid: str) -> LiveCall | None:
        """None: no call lives in this process (read them with `call`)."""
        return None

    def live_calls(self, account_sid: str) -> list[LiveCall]:
        """Empty: no call lives in this process (read them with `calls`). The services'
        early check of the session limit therefore passes, and `create_call` checks it."""
        return []

    def subscribe(self) -> asyncio.Queue[CallEvent]:
        queue: asyncio.Queue[CallEvent] = asyncio.Queue()
        self._subscribers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[CallEvent]) -> None:
        with contextlib.suppress(ValueError):
            self._subscribers.remove(queue)

    # -- the cluster's live calls (jambonz/services/cluster_calls.py) --------------------
    async def calls(self, account_sid: str) -> list[ClusterCall]:
        """The account's call legs in Redis, oldest first (by their score in
        `active-call-sids`: the order jambonz's api-server's scan of that set gives while
        it is small, and the same order when it is large, where the scan's is arbitrary).
        A member whose hash has expired is left out (jambonz lists it as `{}`)."""
        client = self.redis.client()
        pattern = f"call:{_glob_escape(account_sid)}:*"

        async def read() -> list[ClusterCall]:
            members = [
                (member, score)
                async for member, score in client.zscan_iter(
                    CALL_SET, match=pattern, count=SCAN_COUNT
                )
            ]
            if not members:
                return []
            async with client.pipeline(transaction=False) as pipe:
                for member, _ in members:
                    pipe.hgetall(member)
                hashes = await pipe.execute()
            found = [
                ClusterCall({_text(k): _text(v) for k, v in fields.items()}, score / 1000)
                for (_, score), fields in zip(members, hashes, strict=True)
                if fields
            ]
            return sorted(found, key=lambda leg: (leg.created_at, leg.fields.get("callSid", "")))

        return await _guarded(read())

    async def call(self, account_sid: str, call_sid: str) -> ClusterCall | None:
        """One call leg of the account in Redis, or None."""
        client = self.redis.client()
        key = call_key(account_sid, call_sid)

        async def read() -> ClusterCall | None:
            async with client.pipeline(transaction=False) as pipe:
                pipe.hgetall(key)
                pipe.zscore(CALL_SET, key)
                fields, score = await pipe.execute()
            if not fields:
                return None
            return ClusterCall(
                {_text(k): _text(v) for k, v in fields.items()},
                (score or 0) / 1000,
            )

        return await _guarded(read())

    async def forget(self, account_sid: str, call_sid: str) -> bool:
        """Remove the call's hash and its member of `active-call-sids` (jambonz's
        deleteCall); True when the hash existed. The call itself goes on."""
        client = self.redis.client()
        key = call_key(account_sid, call_sid)

        async def remove() -> bool:
            async with client.pipeline(transaction=True) as pipe:
                pipe.delete(key)
                pipe.zrem(CALL_SET, key)
                deleted, _ = await pipe.execute()
            return deleted == 1

        return await _guarded(remove())

    async def call_count(self, account_sid: str) -> tuple[int, int]:
        """(inbound, outbound): the SBCs' counts of the account's live calls."""
        client = self.redis.client()
        values = await _guarded(
            client.mget(f"incalls:account:{account_sid}", f"outcalls:account:{account_sid}")
        )
        return tuple(_count(value) for value in values)  # type: ignore[return-value]

    async def forward_update(
        self, account_sid: str, call_sid: str, body: dict[str, Any]
    ) -> FeatureServerAnswer | None:
        """Post `body`, unchanged, to the updateCall of the feature server running the
        call; its answer, or None when the call is not in Redis. 480 when the call names
        no feature server or its feature server gives no answer."""
        found = await self.call(account_sid, call_sid)
        if found is None:
            return None
        service_url = found.fields.get("serviceUrl")
        if not service_url:
            raise FeatureServerUnavailable("the call's record names no feature server")
        return await self._post(service_url.rstrip("/") + UPDATE_CALL + call_sid, body)

    # -- feature servers --------------------------------------------------------------
    async def feature_server(self) -> str:
        """The base URL of the feature server that takes the next call: the configured one,
        else the members of `<cluster>:fs-service-url` in turn. 480 when the set is empty."""
        if self.feature_server_url:
            return self.feature_server_url
        members = await _guarded(self.redis.client().smembers(self.feature_server_set))
        if not members:
            raise FeatureServerUnavailable(NO_FEATURE_SERVERS)
        ordered = sorted(_text(m) for m in members)
        chosen = ordered[self._next % len(ordered)]
        self._next += 1
        return chosen.rstrip("/")

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self.timeout),
                transport=outbound.transport(self.policy),
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": USER_AGENT},
            )
        return self._client

    async def _post(self, url: str, body: dict[str, Any]) -> FeatureServerAnswer:
        """POST JSON to a feature server (no authentication, as jambonz sends it); 480 when
        no answer comes (refused by the policy, connection refused, timeout)."""
        try:
            answer = await outbound.fetch(
                self.client,
                "POST",
                url,
                headers={"Content-Type": "application/json"},
                content=wirejson.encode(body),
                timeout=self.timeout,
                max_bytes=MAX_ANSWER_BYTES,
                max_redirects=0,
            )
        except outbound.OutboundFailed as exc:
            log.warning("feature server request POST %s got no answer: %s", url, exc.detail)
            raise FeatureServerUnavailable(NOT_REACHED) from None
        text = answer.content.decode("utf-8", "replace")
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = None
        return FeatureServerAnswer(answer.status, text, parsed)

    async def _create_call_body(self, setup: CallSetup) -> dict[str, Any]:
        """jambonz's createCall body: the client's body with `account_sid`; with an
        application, its hooks, `app_json` and speech settings in place of the client's;
        string hooks as `{"url", "method": "POST"}`. Without an application the speech
        settings the client left out are the defaults the service chose (jambonz demands
        all five)."""
        body = dict(setup.request or {})
        body["account_sid"] = setup.account_sid
        if setup.application_sid:
            fields = await self.applications.create_call_fields(
                setup.account_sid, setup.application_sid
            )
            for key, value in fields.items():
                if value is None and key in ("call_hook", "call_status_hook"):
                    body.pop(key, None)
                else:
                    body[key] = value
        else:
            body.pop("application_sid", None)
            synthesizer = setup.defaults.get("synthesizer", {})
            recognizer = setup.defaults.get("recognizer", {})
            chosen = {
                "speech_synthesis_vendor": synthesizer.get("vendor"),
                "speech_synthesis_language": synthesizer.get("language"),
                "speech_synthesis_voice": synthesizer.get("voice"),
                "speech_recognizer_vendor": recognizer.get("vendor"),
                "speech_recognizer_language": recognizer.get("language"),
            }
            for key, value in chosen.items():
                if not body.get(key) and value:
                    body[key] = value
        for key in ("call_hook", "call_status_hook"):
            if isinstance(body.get(key), str):
                body[key] = {"url": body[key], "method": "POST"}
        return body

    async def _check_limit(self, setup: CallSetup) -> None:
        if setup.session_limit is None:
            return
        inbound, outbound_calls = await self.call_count(setup.account_sid)
        if inbound + outbound_calls >= setup.session_limit:
            alert = call_limit_alert(
                setup.session_limit_owner,
                setup.session_limit,
                account_sid=setup.account_sid,
                service_provider_sid=setup.service_provider_sid,
            )
            self.alerts.raise_alert(alert)
            for queue in self._subscribers:
                queue.put_nowait(CallEvent("alert", "", {"message": alert.message}))
            raise Unprocessable(
                "account has reached its voice_call_session limit "
                f"({setup.session_limit} concurrent calls)"
            )

    async def _find(self, call_sid: str) -> ClusterCall | None:
        """A call leg by its sid alone, whatever its account (the protocol's `update_call`
        and `hangup` are not given the account)."""
        client = self.redis.client()
        pattern = f"call:*:{_glob_escape(call_sid.lower())}"

        async def find() -> str | None:
            async for member, _ in client.zscan_iter(CALL_SET, match=pattern, count=SCAN_COUNT):
                return _text(member)
            return None

        key = await _guarded(find())
        if key is None:
            return None
        _, account_sid, sid = key.split(":", 2)
        return await self.call(account_sid, sid)


def _count(value: Any) -> int:
    """A counter as jambonz's api-server reads it (`Number(...)`; absent is 0)."""
    try:
        return max(0, int(_text(value))) if value is not None else 0
    except ValueError:
        return 0


def answer_message(answer: FeatureServerAnswer) -> str:
    """What a feature server said: its JSON `msg`, its text, or its status."""
    if isinstance(answer.json, dict) and isinstance(answer.json.get("msg"), str):
        return answer.json["msg"]
    if answer.text and answer.json is None:
        return answer.text[:300]
    return f"the feature server answered HTTP {answer.status}"
