"""The outbound policy (`jambonz.outbound`) in front of an aiohttp session: what webhooks
are sent with.

Why aiohttp for webhooks: on this workload (thousands of small JSON POSTs to one local
application, hundreds in flight) httpx spends 2.8-4 ms of CPU per request in its
connection pool, whose request-to-connection assignment walks every queued request and
every connection each time one starts or ends; aiohttp's connector spends 0.1-0.2 ms
(`bench/http_clients.py` measures both). The call simulator sends three or more webhooks
per call, so the client set the simulator's ceiling.

The policy is the same object and the same rules as for httpx (`OutboundPolicy`): every
name is resolved through `OutboundPolicy.addresses`, which refuses a name, or any address
it resolves to, that the policy does not allow, and the connection is made to the checked
addresses only (aiohttp connects to what its resolver returns). A host written as an
address skips aiohttp's resolver, so `check_literal` is asked before each request.
Redirects are never followed by this session's users.
"""

from __future__ import annotations

import socket

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from jambonz.outbound import OutboundPolicy, literal_address

__all__ = ["PolicyResolver", "check_literal", "session"]


class PolicyResolver(AbstractResolver):
    """aiohttp's resolver, answered by the policy: checked addresses or an exception
    (`Refused`, or `httpcore.ConnectError` for a name that does not resolve)."""

    def __init__(self, policy: OutboundPolicy) -> None:
        self.policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = await self.policy.addresses(host, port)
        return [
            {
                "hostname": host,
                "host": address,
                "port": port,
                "family": socket.AF_INET6 if ":" in address else socket.AF_INET,
                "proto": 0,
                "flags": socket.AI_NUMERICHOST,
            }
            for address in addresses
        ]

    async def close(self) -> None:
        return None


async def check_literal(policy: OutboundPolicy, host: str, port: int) -> None:
    """Raise `Refused` when `host` is written as an address the policy refuses (aiohttp
    does not ask its resolver about those)."""
    if literal_address(host.strip("[]")) is not None:
        await policy.addresses(host, port)


def session(
    policy: OutboundPolicy, *, limit: int, timeout: float, headers: dict[str, str]
) -> aiohttp.ClientSession:
    """A session whose every connection obeys `policy`; at most `limit` connections,
    `timeout` seconds for getting a connection (name lookup and connect included) and
    for each read. Proxy variables of the environment are ignored."""
    connector = aiohttp.TCPConnector(
        limit=limit,
        limit_per_host=0,
        resolver=PolicyResolver(policy),
        ttl_dns_cache=10,
        enable_cleanup_closed=False,
    )
    client_timeout = aiohttp.ClientTimeout(
        total=None, connect=timeout, sock_connect=timeout, sock_read=timeout
    )
    return aiohttp.ClientSession(
        connector=connector,
        timeout=client_timeout,
        headers=headers,
        trust_env=False,
        auto_decompress=True,
        raise_for_status=False,
        skip_auto_headers=(),
        cookie_jar=aiohttp.DummyCookieJar(),
    )
