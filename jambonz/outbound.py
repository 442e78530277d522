"""The one policy every outbound HTTP request of the server obeys (protection from SSRF).

Tenants choose the URLs the server requests: an application's `call_hook`,
`call_status_hook` and `messaging_hook`, verb `actionHook`s and dial hooks, a carrier's
`sms_outbound_url`, the `url` of `GET /AppEnv`. Without a policy an account key could make
the server request its own loopback services (Redis, PostgreSQL), the private network, or
the cloud's metadata service, and read the answers back. So every request goes through a
transport built here, whose network backend decides at connect time:

- the host is resolved asynchronously (in a worker thread, never on the event loop), and
  EVERY address it resolves to is checked: one refused address refuses the host;
- the connection is then made to an address that was checked, never to the name again, so
  a second, different DNS answer (rebinding) cannot slip past; the URL, the Host header
  and TLS's server name are left as they were;
- link-local (169.254.0.0/16, fe80::/10) and cloud-metadata addresses and names
  (169.254.169.254, fd00:ec2::254, 100.100.100.200, metadata.google.internal, ...) are
  refused ALWAYS;
- loopback, private (RFC 1918, fc00::/7), CGNAT (100.64.0.0/10), unspecified, multicast,
  reserved and every other non-global range are refused unless the policy allows private
  addresses (`JAMBONZ_WEBHOOK_ALLOW_PRIVATE`, on by default so that an application on the
  developer's machine works; to be turned off in production) or the address lies in one of
  the networks the operator lists (`JAMBONZ_WEBHOOK_ALLOW_NETWORKS`, e.g. the private
  network where the platform's own applications run);
- IPv4 written the old ways (2130706433, 0177.0.0.1, 0x7f.1, 127.1) and IPv4 inside IPv6
  (::ffff:127.0.0.1, 6to4, NAT64, IPv4-compatible) are checked as the IPv4 address they
  are.

A redirect opens a new connection, so it is checked like the first request; `fetch`
follows redirects itself, a bounded number of times, and reads a bounded body.

What went wrong is told to the account in one neutral sentence, `NEUTRAL_ERROR`, whatever
it was (refused by policy, connection refused or reset, timeout, name not found): telling
them apart would make the server a port scanner of its own network. The detail is logged.

The one HTTP client outside this policy is the multi-worker relay (handlers/live.py): it
talks to the server's own engine worker over a private Unix socket, never to a URL a
tenant chose.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import typing
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import anyio
import httpcore
import httpx

__all__ = [
    "NEUTRAL_ERROR",
    "FetchResult",
    "OutboundFailed",
    "OutboundPolicy",
    "Refused",
    "describe",
    "fetch",
    "literal_address",
    "parse_networks",
    "static_refusal",
    "transport",
]

log = logging.getLogger("jambonz.outbound")

NEUTRAL_ERROR = "the request could not be completed"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]

# Addresses of cloud metadata services (AWS, GCP and Azure's link-local one, AWS's IPv6
# one, Alibaba's, Azure's wireserver, Oracle Cloud's classic one).
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",
        "169.254.170.2",
        "fd00:ec2::254",
        "fd00:ec2::23",
        "100.100.100.200",
        "168.63.129.16",
        "192.0.0.192",
    )
)
# Names of metadata services, refused before any lookup (the lookup itself would reach the
# cloud's resolver).
METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.internal",
        "metadata.tencentyun.com",
    }
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")
# At most this many of a name's checked addresses are tried in turn.
MAX_CONNECT_ATTEMPTS = 3
DEFAULT_MAX_REDIRECTS = 5


class Refused(httpcore.ConnectError):
    """The policy refused the destination; no connection was made. A ConnectError, so
    every caller treats it as the connection failure it looks like from outside."""


# --------------------------------------------------------------------------- addresses


def _legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """IPv4 in the forms inet_aton accepts (and so the system's resolver): one to four
    parts, each decimal, octal (leading 0) or hex (0x), the last filling the remaining
    bytes: 2130706433, 0177.0.0.1, 0x7f.0.0.1, 127.1."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    values: list[int] = []
    for part in parts:
        text = part.lower()
        try:
            if text.startswith("0x"):
                value = int(text[2:], 16) if len(text) > 2 else 0
            elif len(text) > 1 and text.startswith("0"):
                value = int(text[1:], 8)
            else:
                if not text.isdigit():
                    return None
                value = int(text, 10)
        except ValueError:
            return None
        values.append(value)
    *head, last = values
    if any(v > 0xFF for v in head) or last >= 1 << (8 * (4 - len(head))):
        return None
    number = 0
    for value in head:
        number = number << 8 | value
    number = number << (8 * (4 - len(head))) | last
    return ipaddress.IPv4Address(number)


def literal_address(host: str) -> IPAddress | None:
    """The address a host names literally (IPv6 with or without brackets or a zone, IPv4 in
    any inet_aton form), or None when it is a name."""
    text = host.strip().strip("[]")
    text = text.split("%", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    if ":" in text:
        return None
    return _legacy_ipv4(text)


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64, IPv4-compatible,
    Teredo's client), which is where a connection to it may really go."""
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if addr.sixtofour is not None:
        return addr.sixtofour
    if addr.teredo is not None:
        return addr.teredo[1]
    if addr in _NAT64 or (addr in _V4_COMPATIBLE and int(addr) > 1):
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    return None


def classify(addr: IPAddress) -> str | None:
    """Why an address may be refused: "metadata" or "link-local" (refused always),
    "private" (refused unless private addresses are allowed), or None (public)."""
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.scope_id:
            addr = ipaddress.IPv6Address(str(addr).split("%", 1)[0])
        inner = _embedded_ipv4(addr)
        if inner is not None:
            return classify(inner)
    if addr in METADATA_ADDRESSES:
        return "metadata"
    if addr.is_link_local:
        return "link-local"
    if (
        not addr.is_global
        or addr.is_loopback
        or addr.is_private
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
    ):
        return "private"
    return None


def _name(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _name_refusal(name: str) -> str | None:
    if name in METADATA_NAMES:
        return "metadata"
    if name == "localhost" or name.endswith(".localhost"):
        return "private"
    return None


def static_refusal(url: str) -> str | None:
    """Why a URL can never be requested, judged from its text alone (a metadata or
    link-local address or name), for refusing it when it is stored; None when only the
    request itself can tell. Private addresses are not refused here: whether they are
    allowed is the running server's setting."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    reason = _name_refusal(_name(host))
    addr = literal_address(host)
    if addr is not None:
        reason = classify(addr)
    if reason in ("metadata", "link-local"):
        return f"{reason} addresses are never requested"
    return None


async def system_resolver(host: str, port: int) -> list[str]:
    """The system's answer for a name, looked up in a worker thread (anyio's getaddrinfo
    does not block the event loop)."""
    infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def parse_networks(text: str | None) -> tuple[IPNetwork, ...]:
    """Networks from a comma-separated list of CIDRs or addresses ("10.1.0.0/16, ::1").
    Raises ValueError naming the item that is not one."""
    networks: list[IPNetwork] = []
    for item in (text or "").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError as exc:
            raise ValueError(f"not a network: {item!r}") from exc
    return tuple(networks)


def _plain(addr: IPAddress) -> IPAddress:
    """The address a connection to `addr` reaches: the IPv4 one inside an IPv6 form."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ipaddress.IPv6Address(str(addr).split("%", 1)[0]))
        if inner is not None:
            return inner
    return addr


@dataclass(frozen=True)
class OutboundPolicy:
    """Where the server may connect. `allow_private` lets loopback and private networks
    through; `allow_networks` lets these networks through even when private ones are
    not (link-local and metadata addresses never pass); `resolver` looks names up (tests
    inject one)."""

    allow_private: bool = True
    allow_networks: tuple[IPNetwork, ...] = ()
    resolver: Resolver = field(default=system_resolver, compare=False)

    def refusal(self, addr: IPAddress) -> str | None:
        """Why the policy refuses a connection to `addr`, or None when it allows it."""
        reason = classify(addr)
        if reason == "private":
            plain = _plain(addr)
            if self.allow_private or any(plain in net for net in self.allow_networks):
                return None
        return reason

    async def addresses(self, host: str, port: int) -> list[str]:
        """The checked addresses to connect to for `host`, in the resolver's order.
        Raises `Refused` when the name or any address it resolves to is refused, and
        `httpcore.ConnectError` when the name does not resolve."""
        name = _name(host)
        addr = literal_address(name)
        if addr is None:
            reason = _name_refusal(name)
            if reason is not None and not (reason == "private" and self.allow_private):
                raise Refused(f"{host}: {reason} name refused by the outbound policy")
            try:
                found = await self.resolver(name, port)
            except OSError as exc:
                raise httpcore.ConnectError(f"{host}: name not resolved ({exc})") from exc
            resolved = [literal_address(a) for a in found]
            if not resolved or any(a is None for a in resolved):
                raise httpcore.ConnectError(f"{host}: name not resolved to addresses")
            candidates = typing.cast(list[IPAddress], resolved)
        else:
            candidates = [addr]
        for candidate in candidates:
            reason = self.refusal(candidate)
            if reason is not None:
                raise Refused(f"{host} ({candidate}): {reason} address refused by the policy")
        return list(dict.fromkeys(str(a) for a in candidates))


# --------------------------------------------------------------------------- transport


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend with the policy in front: every new connection (the
    first request, each redirect, each reconnect) is checked, and made to the checked
    address. TLS still verifies and sends the URL's host name (httpcore takes it from
    the request, not from the address connected to)."""

    def __init__(self, policy: OutboundPolicy) -> None:
        self.policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            with anyio.fail_after(timeout):
                addresses = await self.policy.addresses(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"{host}: name lookup timed out") from exc
        except Refused as exc:
            log.warning("outbound request refused: %s", exc)
            raise
        failure: Exception | None = None
        for address in addresses[:MAX_CONNECT_ATTEMPTS]:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise Refused("unix sockets are never reached by outbound requests")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def transport(
    policy: OutboundPolicy, limits: httpx.Limits | None = None
) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose every connection obeys `policy`. Proxies from the
    environment are never used (a proxy would connect on our behalf, unchecked).

    httpx does not let a network backend be passed in, so the transport's connection
    pool is replaced by an identical one that has it (httpx pinned below 0.29)."""
    limits = limits or httpx.Limits()
    made = httpx.AsyncHTTPTransport(trust_env=False, limits=limits)
    made._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=GuardedBackend(policy),
    )
    return made


def describe(exc: BaseException) -> str:
    """What really went wrong, for the server's log (never for the account): the
    innermost cause's type and message (httpx wraps the OS error in several layers)."""
    seen: set[int] = set()
    inner: BaseException | None = exc
    innermost = exc
    while inner is not None and id(inner) not in seen:
        seen.add(id(inner))
        if isinstance(inner, Refused):
            return f"refused by policy: {inner}"
        innermost = inner
        inner = inner.__cause__ or inner.__context__
    return f"{type(innermost).__name__}: {innermost}"


def refused_by_policy(exc: BaseException) -> bool:
    """True when the policy, not the network, stopped the request."""
    return describe(exc).startswith("refused by policy")


# --------------------------------------------------------------------------- fetch


class OutboundFailed(Exception):
    """A request that could not be completed; `str()` is the neutral sentence, `detail`
    what happened (for the log)."""

    def __init__(self, detail: str) -> None:
        super().__init__(NEUTRAL_ERROR)
        self.detail = detail


@dataclass(frozen=True)
class FetchResult:
    """The final answer: status, headers, body (at most the bound), the URL answered."""

    status: int
    headers: httpx.Headers
    content: bytes
    url: str


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


async def _read_bounded(response: httpx.Response, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise OutboundFailed(f"response larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def fetch(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    content: bytes | None = None,
    timeout: float,
    max_bytes: int,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> FetchResult:
    """One request on a policy client, following up to `max_redirects` redirects itself
    (each a new, checked connection; Authorization is dropped when the origin changes; a
    303 becomes a GET without body) and reading at most `max_bytes` of the final body,
    all within `timeout` seconds. Raises `OutboundFailed` for anything but an answer."""
    sent_headers = dict(headers or {})
    try:
        current = httpx.URL(url)
        with anyio.fail_after(timeout):
            for _hop in range(max_redirects + 1):
                if current.scheme not in ("http", "https") or not current.host:
                    raise OutboundFailed(f"not an http(s) URL: {current}")
                request = client.build_request(
                    method, current, headers=sent_headers, content=content, timeout=timeout
                )
                response = await client.send(request, stream=True)
                try:
                    location = response.headers.get("location")
                    if response.is_redirect and location:
                        following = current.join(location)
                        if _origin(following) != _origin(current):
                            sent_headers.pop("Authorization", None)
                        if response.status_code == 303 and method != "HEAD":
                            method, content = "GET", None
                        current = following
                        continue
                    body = await _read_bounded(response, max_bytes)
                finally:
                    await response.aclose()
                return FetchResult(response.status_code, response.headers, body, str(current))
            raise OutboundFailed(f"more than {max_redirects} redirects")
    except TimeoutError as exc:
        raise OutboundFailed(f"no complete answer within {timeout:g} s") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a redirect's Location, too
        raise OutboundFailed(describe(exc)) from exc
