"""Delivery of webhooks from the platform to applications (jambonz reference §4.1-4.3, §4.6).

The call simulator (and later messaging) calls applications the way jambonz does: a plain
HTTP GET or POST to the hook URL, signed with the account's webhook secret, optionally with
basic auth, retried only when the URL's fragment asks for it. This module knows nothing
about calls: it takes a `HookTarget` and a payload and returns a `WebhookResult`.

- `HookTarget.from_value` turns a stored hook (URL string, dict or pydantic model) into a
  target; relative URLs (`/action`) are resolved against the application's `call_hook`.
- `sign` / `verify` implement the `Jambonz-Signature` header (`t=<ts>,v1=<hex>`).
- `parse_retry` / `backoff_delay` implement the `#rc=<n>&rp=<policy>` fragment.
- `WebhookSender` delivers: one pooled aiohttp session (`jambonz.outbound_aiohttp`: a
  fraction of httpx's CPU per request), bounded concurrency, a timeout, and an
  injectable `sleep` for the back-off so a simulated clock can drive it. It never raises for
  network or HTTP problems; those become `ok=False` results that the caller records.
  Every connection it opens obeys the outbound policy (`jambonz.outbound`), and every
  failure to get an answer is reported in the same neutral words (`NEUTRAL_ERROR`).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import aiohttp
import httpcore
import httpx
import yarl

from jambonz import __version__, outbound, outbound_aiohttp, wirejson

__all__ = [
    "CAUSES",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "SIGNATURE_HEADER",
    "SUCCESS_STATUSES",
    "USER_AGENT",
    "HookTarget",
    "RetryPolicy",
    "WebhookResult",
    "WebhookSender",
    "backoff_delay",
    "parse_retry",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "Jambonz-Signature"
USER_AGENT = f"jambonz-api-simulator/{__version__}"
SUCCESS_STATUSES = frozenset({200, 201, 202, 204})
DEFAULT_TIMEOUT = 10.0
DEFAULT_CONCURRENCY = 200
MAX_RETRIES = 5

NOT_VERB_ARRAY = "response is not a verb array"
# What the account is told about any request that got no answer (see jambonz.outbound).
NEUTRAL_ERROR = outbound.NEUTRAL_ERROR

log = logging.getLogger("jambonz.webhooks")

Sleep = Callable[[float], Awaitable[Any]]


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class HookTarget:
    """Where and how to call an application: the hook's URL (possibly with a retry
    fragment), its method (GET or POST, normalised to upper case) and basic-auth
    credentials (used only when both are non-empty)."""

    url: str
    method: str = "POST"
    username: str | None = None
    password: str | None = None

    def __post_init__(self) -> None:
        method = str(self.method or "POST").upper()
        if method not in ("GET", "POST"):
            raise ValueError(f"hook method must be GET or POST, not {self.method!r}")
        object.__setattr__(self, "method", method)
        if not isinstance(self.url, str) or not self.url:
            raise ValueError("hook url must be a non-empty string")

    @classmethod
    def from_value(cls, value: Any, base_url: str | HookTarget | None = None) -> HookTarget:
        """Build a target from a URL string, a mapping or an object with `url`/`method`/
        `username`/`password` attributes (a generated pydantic hook model), or a HookTarget.

        A URL starting with `/` is resolved against the scheme, host and port of `base_url`
        (the application's call_hook), as jambonz does for verb hooks; its own path, query
        and fragment are kept, the base's path is not. When `base_url` is a HookTarget, a
        relative hook without credentials of its own inherits the base's username and
        password, as jambonz sends the call_hook's auth header with relative hooks.

        Raises ValueError for a relative URL without (or with a relative) base, an empty
        URL or a method other than GET/POST.
        """
        if isinstance(value, HookTarget):
            url, method, username, password = (
                value.url,
                value.method,
                value.username,
                value.password,
            )
        elif isinstance(value, str):
            url, method, username, password = value, None, None, None
        elif isinstance(value, Mapping):
            url = value.get("url")
            method = value.get("method")
            username = value.get("username")
            password = value.get("password")
        elif hasattr(value, "url"):
            url = value.url
            method = getattr(value, "method", None)
            username = getattr(value, "username", None)
            password = getattr(value, "password", None)
        else:
            raise ValueError(f"not a hook: {type(value).__name__}")
        if not isinstance(url, str) or not url:
            raise ValueError("hook url must be a non-empty string")
        if url.startswith("/"):
            base = base_url.url if isinstance(base_url, HookTarget) else base_url
            if not base:
                raise ValueError(f"relative hook url {url!r} needs the application's call_hook")
            parts = urlsplit(base)
            if not parts.scheme or not parts.hostname:
                raise ValueError(f"cannot resolve {url!r} against relative base {base!r}")
            host = parts.netloc.rpartition("@")[2]  # the base's own credentials stay out
            url = f"{parts.scheme}://{host}{url}"
            if isinstance(base_url, HookTarget) and not (username and password):
                username, password = base_url.username, base_url.password
        return cls(url=url, method=method or "POST", username=username, password=password)

    @property
    def retry(self) -> RetryPolicy:
        """The retry settings carried by the URL's fragment."""
        return parse_retry(self.url)

    @property
    def wire_url(self) -> str:
        """The URL as requested: without its fragment (the fragment is only settings)."""
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(fragment=""))


# --------------------------------------------------------------------------- signature


def _mac(secret: str, body: str | bytes, timestamp: int) -> str:
    raw = body.encode() if isinstance(body, str) else body
    message = f"{timestamp}.".encode() + raw
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sign(secret: str, body: str | bytes, timestamp: int) -> str:
    """The `Jambonz-Signature` header value: `t=<timestamp>,v1=<hex>`, where hex is the
    lowercase HMAC-SHA256 keyed with the UTF-8 secret over `<timestamp>.<body>`."""
    return f"t={timestamp},v1={_mac(secret, body, timestamp)}"


def verify(
    secret: str,
    header: str | None,
    body: str | bytes,
    *,
    tolerance: int = 300,
    now: float | None = None,
) -> bool:
    """Check a `Jambonz-Signature` header against the raw request body, as a receiving
    application should: the HMAC must match (constant-time compare) and the timestamp
    must lie within `tolerance` seconds of `now` (default: the current time) either way.
    Malformed headers are rejected, never raised on."""
    if not header or not isinstance(header, str):
        return False
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            return False
        if key == "t":
            try:
                timestamp = int(value)
            except ValueError:
                return False
        elif key == "v1":
            candidates.append(value)
    if timestamp is None or not candidates:
        return False
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        return False
    expected = _mac(secret, body, timestamp)
    # Check every candidate so the time taken does not reveal which one matched.
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected.encode(), candidate.encode())
    return matched


# --------------------------------------------------------------------------- retries

RetryKind = Literal["ct", "rt", "4xx", "5xx"]
_POLICIES: frozenset[str] = frozenset({"ct", "rt", "4xx", "5xx"})


@dataclass(frozen=True)
class RetryPolicy:
    """`count` extra attempts (0..5) on failures whose kind is in `on`: `ct` connection
    errors, `rt` timeouts, `4xx` / `5xx` HTTP statuses. `other` (set by `rp=all`) also
    retries any other non-success status (1xx/3xx)."""

    count: int = 0
    on: frozenset[str] = field(default_factory=lambda: frozenset({"ct"}))
    other: bool = False

    def retries(self, kind: str | None) -> bool:
        if kind is None:
            return False
        return kind in self.on or (kind == "http" and self.other)


def parse_retry(url: str) -> RetryPolicy:
    """Read `#rc=<0..5>&rp=<policy>` from a hook URL. `rc` is clamped to 0..5 (a missing
    or non-numeric value means 0); `rp` is a comma-separated list of `ct`, `rt`, `4xx`,
    `5xx`, `all` (unknown items are ignored; nothing valid means the default `ct`)."""
    fragment = urlsplit(url).fragment
    params = parse_qs(fragment)
    try:
        count = int(params.get("rc", ["0"])[0])
    except ValueError:
        count = 0
    count = max(0, min(MAX_RETRIES, count))
    items = {item.strip().lower() for value in params.get("rp", []) for item in value.split(",")}
    if "all" in items:
        return RetryPolicy(count=count, on=_POLICIES, other=True)
    on = frozenset(items & _POLICIES) or frozenset({"ct"})
    return RetryPolicy(count=count, on=on)


def backoff_delay(retry: int) -> float:
    """Seconds to wait before retry number `retry` (1-based): 0.5, 1, 2, then +2 s each
    (4, 6)."""
    if retry < 1:
        raise ValueError("retry numbers start at 1")
    if retry <= 3:
        return 0.5 * 2 ** (retry - 1)
    return 2.0 + 2.0 * (retry - 3)


# --------------------------------------------------------------------------- delivery


@dataclass
class WebhookResult:
    """The outcome of one delivery (after any retries).

    `ok` is true for a success status (200/201/202/204) with a usable body; `status` is the
    last HTTP status (None when no response arrived); `body` is the parsed JSON response
    (None for no or non-JSON body; `[]` for "no verbs" when verbs were expected); `error`
    says what went wrong: `NEUTRAL_ERROR` for every request that got no answer (refused by
    the outbound policy, connection refused or reset, timeout), else "HTTP 500", "response
    is not a verb array", ...; `attempts` counts the requests made; `elapsed` is wall-clock seconds
    including back-off sleeps. `cause` classifies a failure for the operator's own tools
    (the load test), never for the account: one of `CAUSES`.
    """

    ok: bool
    status: int | None = None
    body: Any = None
    error: str | None = None
    attempts: int = 0
    elapsed: float = 0.0
    cause: str | None = None


# Why a delivery failed (`WebhookResult.cause`).
CAUSES = (
    "timeout",
    "refused",  # by the outbound policy
    "connection",  # refused, reset or closed by the peer, or a name that does not resolve
    "protocol",  # not a readable HTTP answer
    "http-4xx",
    "http-5xx",
    "http-other",
    "invalid-json",
    "not-verbs",
    "bad-url",
)
Observer = Callable[["HookTarget", "WebhookResult", bool], None]


@dataclass
class _Attempt:
    status: int | None = None
    body: Any = None
    error: str | None = None
    kind: str | None = None  # the retry category of the failure, None when not retryable
    cause: str | None = None  # see CAUSES


def _json_scalar(value: Any) -> str | None:
    """A top-level payload value as a query parameter, or None to leave it out."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


@dataclass(frozen=True)
class _Request:
    """One webhook request, built once and sent as many times as its retries ask."""

    method: str
    url: yarl.URL
    content: bytes | None
    headers: dict[str, str]


def _no_answer(request: _Request, exc: BaseException, kind: str | None) -> _Attempt:
    """A request that got no answer: the detail goes to the server's log, the account
    gets the neutral sentence (and the retry kind its URL fragment may ask for; a policy
    refusal counts as a connection failure, as it looks from outside)."""
    log.info("webhook %s %s got no answer: %s", request.method, request.url, outbound.describe(exc))
    if kind == "rt":
        cause = "timeout"
    elif kind == "ct":
        cause = "refused" if outbound.refused_by_policy(exc) else "connection"
    else:
        cause = "protocol"
    return _Attempt(error=NEUTRAL_ERROR, kind=kind, cause=cause)


class WebhookSender:
    """Delivers webhooks over one pooled aiohttp session (created on first use, closed
    by `aclose()` or `async with`). `client`, an httpx client under the same policy, is
    what the SMS providers and `GET /AppEnv` use (`jambonz.outbound.fetch`).

    - `timeout`: seconds allowed for each of connecting, sending and each read of the
      response (default 10 s, jambonz's response timeout).
    - `concurrency`: the most requests in flight at once (an asyncio.Semaphore; default
      200). The semaphore is held per attempt, not during back-off sleeps. Requests sent
      with `background=True` (notifications whose answer nobody waits for, such as call
      status webhooks) have a lane of their own, a quarter of that size, so a call_hook
      that a call is waiting on never queues behind a burst of status notifications.
    - `sleep`: the coroutine function used for back-off waits (default asyncio.sleep);
      the simulator passes its clock's `sleep`.
    - `get_payload_as_query`: see `send` (GET requests).
    - `policy`: where connections may go (`jambonz.outbound.OutboundPolicy`; default:
      private addresses allowed, link-local and metadata never). Redirects are not
      followed: a 3xx answer is a failure, as before.

    Proxy environment variables are ignored (`trust_env=False`): webhooks go straight to
    the application, as jambonz sends them, and a stray HTTP_PROXY cannot reroute them.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        concurrency: int = DEFAULT_CONCURRENCY,
        sleep: Sleep = asyncio.sleep,
        get_payload_as_query: bool = True,
        policy: outbound.OutboundPolicy | None = None,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be > 0")
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.timeout = timeout
        self.concurrency = concurrency
        self.get_payload_as_query = get_payload_as_query
        self.policy = policy or outbound.OutboundPolicy()
        self._sleep = sleep
        self._semaphore = asyncio.Semaphore(concurrency)
        self._background = asyncio.Semaphore(max(1, concurrency // 4))
        self._client: httpx.AsyncClient | None = None
        self._session: aiohttp.ClientSession | None = None
        # Told of every delivery (the load test's measurements): target, result, and
        # whether it was a background notification.
        self.observer: Observer | None = None
        # Counts `aclose` calls: a send that outlives one does not retry (which would open
        # a session nobody closes).
        self._closes = 0

    async def __aenter__(self) -> WebhookSender:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            # As many pooled connections as requests may be in flight, so the pool never
            # makes a request wait behind the semaphore's bound.
            limits = httpx.Limits(
                max_connections=self.concurrency,
                max_keepalive_connections=min(self.concurrency, 100),
            )
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self.timeout),
                transport=outbound.transport(self.policy, limits),
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": USER_AGENT},
            )
        return self._client

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            # As many connections as requests may be in flight (see `client`).
            self._session = outbound_aiohttp.session(
                self.policy,
                limit=self.concurrency,
                timeout=self.timeout,
                headers={"User-Agent": USER_AGENT},
            )
        return self._session

    async def aclose(self) -> None:
        """Close the pooled clients; a later `send` opens new ones."""
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
        session, self._session = self._session, None
        self._closes += 1
        if session is not None:
            await session.close()

    async def send(
        self,
        target: HookTarget,
        payload: Mapping[str, Any] | None,
        *,
        secret: str | None,
        expect_verbs: bool,
        background: bool = False,
    ) -> WebhookResult:
        """Call `target` with `payload`, retrying as its URL fragment says.

        POST: the payload serialised once as JSON.stringify writes it (`jambonz.wirejson`:
        UTF-8, not ASCII-escaped, so the SDKs' verifiers, which re-serialise the parsed body,
        get the same bytes; `{}` when there is none, since JSON body parsers commonly reject
        a bare `null`), `Content-Type: application/json`, and the signature over exactly
        those bytes.

        GET: no body. **Differs from current jambonz**, which sends GET hooks no data at
        all: the payload's top-level scalar values (strings, numbers, booleans as
        `true`/`false`) are added as query parameters, as older jambonz releases did, so a
        GET hook can tell which call it is about; nested values and nulls are left out and
        the URL's own query parameters win over payload keys of the same name. Pass
        `get_payload_as_query=False` to the sender for jambonz's current behaviour. The
        signature is over the payload as JSON.stringify writes it (`null` when there is
        none), as jambonz signs it.

        Headers: `Jambonz-Signature` when `secret` is given, `Authorization: Basic` when the
        target has both username and password, and `User-Agent: jambonz-api-simulator/<v>`.

        Success is 200/201/202/204. A response body is parsed only when its Content-Type
        contains `application/json` (a body that then fails to parse is an error). With
        `expect_verbs`, the body must be a JSON array; no body or a non-JSON body means
        "no verbs" (`body == []`), any other JSON value fails with "response is not a verb
        array" (individual verbs are not validated here: see `jambonz.verbs`).

        Never raises for network or HTTP problems; they come back as `ok=False`.
        """
        started = time.perf_counter()
        policy = target.retry
        request = self._build(target, payload, secret)
        attempts = 0
        closes = self._closes
        while True:
            attempts += 1
            if request is None:
                outcome = _Attempt(
                    error=f"not an absolute http(s) URL: {target.wire_url}", cause="bad-url"
                )
            else:
                async with self._background if background else self._semaphore:
                    outcome = await self._attempt(request, expect_verbs)
            if outcome.error is None or attempts > policy.count:
                break
            if not policy.retries(outcome.kind):
                break
            await self._sleep(backoff_delay(attempts))
            if self._closes != closes:  # closed meanwhile: the server is stopping
                break
        result = WebhookResult(
            ok=outcome.error is None,
            status=outcome.status,
            body=outcome.body,
            error=outcome.error,
            attempts=attempts,
            elapsed=time.perf_counter() - started,
            cause=outcome.cause,
        )
        if self.observer is not None:
            self.observer(target, result, background)
        return result

    def _build(
        self, target: HookTarget, payload: Mapping[str, Any] | None, secret: str | None
    ) -> _Request | None:
        parts = urlsplit(target.wire_url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        headers: dict[str, str] = {}
        if target.username and target.password:
            token = base64.b64encode(f"{target.username}:{target.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        url = target.wire_url
        content: bytes | None = None
        if target.method == "POST":
            signed = wirejson.encode({} if payload is None else payload)
            content = signed
            headers["Content-Type"] = "application/json"
        else:
            signed = wirejson.encode(payload)
            if self.get_payload_as_query and payload:
                url = _with_query(parts, payload)
        if secret:
            headers[SIGNATURE_HEADER] = sign(secret, signed, int(time.time()))
        try:
            wire = yarl.URL(url)
            if not wire.host or wire.port is None:
                return None
        except (ValueError, TypeError):
            return None
        return _Request(target.method, wire, content, headers)

    async def _attempt(self, request: _Request, expect_verbs: bool) -> _Attempt:
        url = request.url
        try:
            await outbound_aiohttp.check_literal(self.policy, url.host or "", url.port or 0)
            async with self.session.request(
                request.method,
                url,
                data=request.content,
                headers=request.headers,
                allow_redirects=False,
            ) as response:
                status = response.status
                content = await response.read()
                content_type = response.headers.get("content-type", "").lower()
        except TimeoutError as exc:  # aiohttp's connect and read timeouts are TimeoutErrors
            return _no_answer(request, exc, "rt")
        except (
            httpcore.ConnectError,
            aiohttp.ClientConnectionError,
            aiohttp.ClientPayloadError,
            OSError,
        ) as exc:  # the policy's refusals are ConnectErrors
            return _no_answer(request, exc, "ct")
        except (aiohttp.ClientError, ValueError) as exc:  # protocol-level problems
            return _no_answer(request, exc, None)
        try:
            body = _parse_body(content_type, content)
        except ValueError:
            if status in SUCCESS_STATUSES:
                return _Attempt(status=status, error="invalid JSON response", cause="invalid-json")
            return _Attempt(
                status=status,
                error=f"HTTP {status}",
                kind=_status_kind(status),
                cause=_status_cause(status),
            )
        if status not in SUCCESS_STATUSES:
            return _Attempt(
                status=status,
                body=body,
                error=f"HTTP {status}",
                kind=_status_kind(status),
                cause=_status_cause(status),
            )
        if expect_verbs:
            if body is None:
                body = []
            elif not isinstance(body, list):
                return _Attempt(status=status, body=body, error=NOT_VERB_ARRAY, cause="not-verbs")
        return _Attempt(status=status, body=body)


def _status_cause(status: int) -> str:
    if 400 <= status < 500:
        return "http-4xx"
    if 500 <= status < 600:
        return "http-5xx"
    return "http-other"


def _status_kind(status: int) -> str | None:
    if status in SUCCESS_STATUSES:
        return None
    if 400 <= status < 500:
        return "4xx"
    if 500 <= status < 600:
        return "5xx"
    return "http"


def _parse_body(content_type: str, content: bytes) -> Any:
    """The JSON body, or None when the response has no JSON body. Raises ValueError for a
    body that claims to be JSON and is not."""
    if "application/json" not in content_type or not content.strip():
        return None
    return json.loads(content)


def _with_query(parts: Any, payload: Mapping[str, Any]) -> str:
    own = parse_qs(parts.query, keep_blank_values=True)
    extra = {
        key: text
        for key, value in payload.items()
        if key not in own and (text := _json_scalar(value)) is not None
    }
    if not extra:
        return urlunsplit(parts)
    query = f"{parts.query}&{urlencode(extra)}" if parts.query else urlencode(extra)
    return urlunsplit(parts._replace(query=query))
