"""Helpers shared by the conference and queue tests: an accelerated API, calls whose
`call_hook` is a path of the test's voice app, and polling for what the engine did."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from jambonz.db.migrate import upgrade
from tests.conftest import Api
from tests.test_calls import FINAL, make_api
from tests.voice_app import Received, VoiceApp

T = TypeVar("T")


async def accelerated_api(database_url: str) -> AsyncIterator[Api]:
    """The body of each module's `api` fixture: its own Core, running calls fast."""
    upgrade(database_url)
    async with make_api(database_url) as made:
        yield made


def voice_app() -> Iterator[VoiceApp]:
    with VoiceApp() as app:
        yield app


async def new_account(api: Api, **fields: Any) -> str:
    return await api.account(await api.service_provider(), **fields)


async def dial_in(
    api: Api,
    account: str,
    voice: VoiceApp,
    path: str,
    verbs: list[dict[str, Any]] | None = None,
    *,
    number: str = "15085550199",
    token: str | None = "admin",
    **body: Any,
) -> str:
    """A call whose far end answers, running the verbs `voice` answers on `path`."""
    if verbs is not None:
        voice.reply(path, verbs)
    payload = {
        "from": "15085550100",
        "to": {"type": "phone", "number": number},
        "call_hook": f"{voice.url}{path}",
        **body,
    }
    r = await api.post(f"/v1/Accounts/{account}/Calls", token, json=payload)
    assert r.status_code == 201, r.text
    return r.json()["sid"]


async def eventually(
    probe: Callable[[], Awaitable[T]], check: Callable[[T], bool], timeout: float = 10.0
) -> T:
    """Poll `probe` until `check` holds on its result (and return it)."""
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if check(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r}")
        await asyncio.sleep(0.02)


async def get_json(api: Api, path: str, token: str | None = "admin") -> Any:
    r = await api.get(path, token)
    assert r.status_code == 200, (path, r.status_code, r.text)
    return r.json()


async def hang_up(api: Api, account: str, call_sid: str) -> None:
    r = await api.put(f"/v1/Accounts/{account}/Calls/{call_sid}", json={"call_status": "completed"})
    assert r.status_code == 204, r.text


async def final(api: Api, account: str, call_sid: str) -> dict[str, Any]:
    return await eventually(
        lambda: get_json(api, f"/v1/Accounts/{account}/Calls/{call_sid}"),
        lambda data: data["call_status"] in FINAL,
        timeout=15,
    )


def of_call(voice: VoiceApp, path: str, call_sid: str) -> list[Received]:
    return [r for r in voice.at(path) if r.json and r.json.get("call_sid") == call_sid]


async def hooks_of(
    voice: VoiceApp, path: str, call_sid: str, count: int = 1, timeout: float = 10.0
) -> list[Received]:
    """At least `count` requests of `call_sid` on `path`."""
    deadline = time.monotonic() + timeout
    while True:
        got = of_call(voice, path, call_sid)
        if len(got) >= count:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"{path}: {len(got)} requests of {call_sid}, wanted {count}")
        await asyncio.sleep(0.01)


def events(voice: VoiceApp, path: str) -> list[tuple[str, str]]:
    """(event, call_sid) of the status or queue events received on `path`."""
    return [(r.json["event"], r.json["call_sid"]) for r in voice.at(path)]
