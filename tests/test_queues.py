"""Queues end to end: simulated calls running `enqueue`, `dequeue` and `leave` against a
real local application (`tests.voice_app.VoiceApp`), the account's queue event hook, and
the Queues API (queues, queued calls) steering them."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from tests.conftest import Api, Tenant
from tests.roomkit import (
    accelerated_api,
    dial_in,
    eventually,
    final,
    get_json,
    hang_up,
    hooks_of,
    new_account,
    of_call,
    voice_app,
)
from tests.voice_app import VoiceApp

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
BYE = [{"verb": "say", "text": "goodbye"}, {"verb": "hangup"}]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(database_url: str) -> AsyncIterator[Api]:
    async for made in accelerated_api(database_url):
        yield made


@pytest.fixture
def voice() -> Iterator[VoiceApp]:
    yield from voice_app()


def queues(account: str, name: str | None = None) -> str:
    base = f"/v1/Accounts/{account}/Queues"
    return f"{base}/{name}" if name else base


def queued(account: str, name: str, call_sid: str | None = None) -> str:
    base = f"{queues(account, name)}/Calls"
    return f"{base}/{call_sid}" if call_sid else base


def enqueue(name: str, **props: Any) -> list[dict[str, Any]]:
    return [{"verb": "enqueue", "name": name, **props}]


def dequeue(name: str, **props: Any) -> list[dict[str, Any]]:
    return [{"verb": "dequeue", "name": name, **props}]


async def queue_or_none(api: Api, account: str, name: str) -> dict[str, Any] | None:
    r = await api.get(queues(account, name))
    assert r.status_code in (200, 404), r.text
    return r.json() if r.status_code == 200 else None


async def length(api: Api, account: str, name: str, wanted: int) -> dict[str, Any] | None:
    """The queue once it holds `wanted` calls (None: it is gone, when `wanted` is 0)."""
    return await eventually(
        lambda: queue_or_none(api, account, name),
        lambda q: (q is None and wanted == 0) or (q is not None and q["length"] == wanted),
    )


async def order(api: Api, account: str, name: str) -> list[str]:
    return [c["call_sid"] for c in await get_json(api, queued(account, name))]


def queue_events(voice: VoiceApp) -> list[tuple[str, str, int]]:
    return [(r.json["event"], r.json["call_sid"], r.json["length"]) for r in voice.at("/qevents")]


async def test_callers_wait_in_line_and_agents_take_them(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api, queue_event_hook=f"{voice.url}/qevents")
    voice.reply("/wait", [{"verb": "say", "text": "you are in line"}])
    voice.reply("/caller-done", BYE)
    voice.reply("/agent-done", BYE)
    waiting = enqueue("support", waitHook="/wait", actionHook="/caller-done")
    first = await dial_in(api, account, voice, "/first", waiting, tag={"crm_id": "1"})
    await length(api, account, "support", 1)
    second = await dial_in(api, account, voice, "/second", waiting)
    await length(api, account, "support", 2)
    assert await get_json(api, queues(account)) == [{"name": "support", "length": 2}]

    # the waitHook is requested round after round, with the caller's place in line
    (heard,) = (await hooks_of(voice, "/wait", second))[:1]
    assert heard.json["queue_sid"] == f"queue:{account}:support"
    assert (heard.json["queue_position"], heard.json["queue_size"]) == (1, 2)
    assert heard.json["call_status"] == "in-progress" and heard.json["queue_time"] >= 0
    count = len(of_call(voice, "/wait", first))
    later = (await hooks_of(voice, "/wait", first, count + 1))[-1]
    assert (later.json["queue_position"], later.json["queue_size"]) == (0, 2)
    assert later.json["customerData"] == {"crm_id": "1"}

    listed = await get_json(api, queued(account, "support"))
    assert [(c["call_sid"], c["position"], c["priority"]) for c in listed] == [
        (first, 0, 999),
        (second, 1, 999),
    ]
    assert listed[0]["tag"] == {"crm_id": "1"} and listed[1]["tag"] is None
    assert listed[0]["from"] == "15085550100" and listed[0]["to"] == "15085550199"
    assert ISO.match(listed[0]["enqueued_at"]) and listed[0]["wait_time"] >= 0
    one = await get_json(api, queued(account, "support", second))
    # wait_time is whole seconds since enqueued_at: it may tick between the two reads.
    assert one["wait_time"] - listed[1]["wait_time"] in (0, 1)
    assert {**one, "wait_time": None} == {**listed[1], "wait_time": None}
    queue = await get_json(api, queues(account, "support"))
    assert queue["queue_sid"] == f"queue:{account}:support" and queue["max_size"] is None
    assert queue["length"] == 2 and queue["longest_wait"] >= queue["average_wait"] >= 0
    assert ISO.match(queue["created_at"])

    # a caller with priority 0 goes ahead of both
    vip = await dial_in(
        api, account, voice, "/vip", enqueue("support", priority=0, actionHook="/caller-done")
    )
    await length(api, account, "support", 3)
    assert await order(api, account, "support") == [vip, first, second]

    # an agent takes the first in line and the two calls are bridged
    agent = await dial_in(
        api, account, voice, "/agent", dequeue("support", beep=True, actionHook="/agent-done")
    )
    await length(api, account, "support", 2)
    assert await order(api, account, "support") == [first, second]
    assert (await api.get(queued(account, "support", vip))).status_code == 404
    await voice.wait_for("/qevents", 4)
    assert queue_events(voice) == [
        ("join", first, 1),
        ("join", second, 2),
        ("join", vip, 3),
        ("leave", vip, 2),
    ]
    join, leave = voice.at("/qevents")[0].json, voice.at("/qevents")[3].json
    assert join["queue"] == "support" and isinstance(join["join_time"], int)
    assert leave["leave_reason"] == "dequeued" and isinstance(leave["leave_time"], int)
    assert leave["dequeuer"]["call_sid"] == agent
    # bridged calls can be muted like a dial's
    r = await api.put(f"/v1/Accounts/{account}/Calls/{vip}", json={"mute_status": "mute"})
    assert r.status_code == 204
    # the caller hangs up: the agent's dequeue is complete and its call goes on
    await hang_up(api, account, vip)
    (done,) = await hooks_of(voice, "/agent-done", agent)
    assert done.json["dequeue_result"] == "complete" and done.json["call_status"] == "in-progress"
    assert (await final(api, account, agent))["call_status"] == "completed"
    assert of_call(voice, "/caller-done", vip) == []  # it hung up: no actionHook

    # the next agent hangs up first: the caller goes on with its actionHook
    agent2 = await dial_in(api, account, voice, "/agent2", dequeue("support"))
    await length(api, account, "support", 1)
    await eventually(
        lambda: get_json(api, f"/v1/Accounts/{account}/Calls/{agent2}"),
        lambda c: c["call_status"] == "in-progress",
    )
    await hang_up(api, account, agent2)
    (after,) = await hooks_of(voice, "/caller-done", first)
    assert after.json["queue_result"] == "bridged"
    assert after.json["queue_sid"] == f"queue:{account}:support"
    assert isinstance(after.json["queue_time"], int) and after.json["queue_time"] >= 0
    assert (await final(api, account, first))["call_status"] == "completed"

    # an agent may ask for one caller by its sid
    agent3 = await dial_in(
        api, account, voice, "/agent3", dequeue("support", callSid=second, actionHook="/agent-done")
    )
    await length(api, account, "support", 0)  # a queue made by calls goes with its last call
    assert await get_json(api, queues(account)) == []
    await hang_up(api, account, second)
    (done3,) = await hooks_of(voice, "/agent-done", agent3)
    assert done3.json["dequeue_result"] == "complete"
    await voice.wait_for("/qevents", 6)
    assert queue_events(voice)[4:] == [("leave", first, 1), ("leave", second, 0)]


async def test_leave_verb_and_removal_through_the_api(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api, queue_event_hook=f"{voice.url}/qevents")
    voice.reply(
        "/wait-leave", [{"verb": "say", "text": "we will call you back"}, {"verb": "leave"}]
    )
    voice.reply("/left", BYE)
    leaver = await dial_in(
        api, account, voice, "/leaver", enqueue("q1", waitHook="/wait-leave", actionHook="/left")
    )
    (left,) = await hooks_of(voice, "/left", leaver)
    assert left.json["queue_result"] == "leave" and left.json["call_status"] == "in-progress"
    assert (await final(api, account, leaver))["call_status"] == "completed"

    stayer = await dial_in(api, account, voice, "/stayer", [*enqueue("q1"), *BYE])
    await length(api, account, "q1", 1)
    assert (await api.delete(queued(account, "q1", stayer))).status_code == 204
    # without an actionHook the call goes on with its next verbs
    assert (await final(api, account, stayer))["call_status"] == "completed"
    assert (await api.get(queues(account, "q1"))).status_code == 404
    assert (await api.delete(queued(account, "q1", stayer))).status_code == 404
    await voice.wait_for("/qevents", 4)
    seen = voice.at("/qevents")
    assert [(e.json["event"], e.json["call_sid"]) for e in seen] == [
        ("join", leaver),
        ("leave", leaver),
        ("join", stayer),
        ("leave", stayer),
    ]
    assert {e.json.get("leave_reason") for e in seen[1::2]} == {"abandoned"}
    assert "dequeuer" not in seen[1].json


async def test_a_full_queue_and_deleting_one_with_callers(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    r = await api.post(queues(account), json={"name": "sales", "max_size": 2})
    assert r.status_code == 201 and r.json() == {"name": "sales"}
    queue = await get_json(api, queues(account, "sales"))
    assert (queue["length"], queue["max_size"], queue["average_wait"]) == (0, 2, 0)
    assert await get_json(api, queues(account)) == [{"name": "sales", "length": 0}]
    r = await api.post(queues(account), json={"name": "sales"})
    assert r.status_code == 422 and "exists" in r.json()["msg"]

    voice.reply("/done", BYE)
    sids = []
    for who in ("one", "two"):
        sids.append(
            await dial_in(api, account, voice, f"/{who}", enqueue("sales", actionHook="/done"))
        )
        await length(api, account, "sales", len(sids))
    # the third finds it full: its actionHook reports an error with the reason
    third = await dial_in(api, account, voice, "/three", enqueue("sales", actionHook="/done"))
    (full,) = await hooks_of(voice, "/done", third)
    assert full.json["queue_result"] == "error" and "full" in full.json["queue_error"]
    assert full.json["queue_sid"] == f"queue:{account}:sales" and full.json["queue_time"] == 0
    assert (await final(api, account, third))["call_status"] == "completed"
    assert (await get_json(api, queues(account, "sales")))["length"] == 2

    # deleting the queue: every caller leaves it and goes on with its actionHook
    assert (await api.delete(queues(account, "sales"))).status_code == 204
    assert (await api.get(queues(account, "sales"))).status_code == 404
    for sid in sids:
        (done,) = await hooks_of(voice, "/done", sid)
        assert done.json["queue_result"] == "leave"
        assert (await final(api, account, sid))["call_status"] == "completed"
    assert (await api.delete(queues(account, "sales"))).status_code == 404
    assert await get_json(api, queues(account)) == []


async def test_hang_up_or_redirect_while_waiting(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api, queue_event_hook=f"{voice.url}/qevents")
    caller = await dial_in(api, account, voice, "/a", enqueue("q", actionHook="/a-done"))
    await length(api, account, "q", 1)
    await hang_up(api, account, caller)
    # jambonz still posts the actionHook of a caller who gave up
    (gave_up,) = await hooks_of(voice, "/a-done", caller)
    assert gave_up.json["queue_result"] == "hangup" and gave_up.json["call_status"] == "completed"
    await length(api, account, "q", 0)

    voice.reply("/elsewhere", BYE)
    moved = []
    for who in ("b", "c"):
        moved.append(
            await dial_in(api, account, voice, f"/{who}", enqueue("q", actionHook=f"/{who}-done"))
        )
    await length(api, account, "q", 2)
    # out of the queue into another application: through the queue, and through the call
    r = await api.put(queued(account, "q", moved[0]), json={"call_hook": f"{voice.url}/elsewhere"})
    assert r.status_code == 204
    r = await api.put(
        f"/v1/Accounts/{account}/Calls/{moved[1]}", json={"call_hook": f"{voice.url}/elsewhere"}
    )
    assert r.status_code == 204
    for who, sid in zip(("b", "c"), moved, strict=True):
        await hooks_of(voice, "/elsewhere", sid)
        assert (await final(api, account, sid))["call_status"] == "completed"
        assert of_call(voice, f"/{who}-done", sid) == []
    await length(api, account, "q", 0)
    await voice.wait_for("/qevents", 6)
    leaves = [r.json for r in voice.at("/qevents") if r.json["event"] == "leave"]
    assert {e["call_sid"] for e in leaves} == {caller, *moved}
    assert {e["leave_reason"] for e in leaves} == {"abandoned"}
    # refusals
    bodies = [{}, {"call_status_hook": f"{voice.url}/s"}, {"call_hook": "nope"}, {"x": 1}]
    for body in bodies:
        r = await api.put(queued(account, "q", moved[0]), json=body)
        assert r.status_code == 400, (body, r.text)
    r = await api.put(queued(account, "q", moved[0]), json={"call_hook": f"{voice.url}/x"})
    assert r.status_code == 404


async def test_dequeue_waits_for_a_caller_or_times_out(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api, queue_event_hook=f"{voice.url}/qevents")
    voice.reply("/agent-done", BYE)
    bored = await dial_in(
        api, account, voice, "/bored", dequeue("empty", timeout=2, actionHook="/agent-done")
    )
    (timed_out,) = await hooks_of(voice, "/agent-done", bored)
    assert timed_out.json["dequeue_result"] == "timeout"
    assert (await final(api, account, bored))["call_status"] == "completed"
    # an agent waiting for ever is bridged with the next caller to arrive
    agent = await dial_in(api, account, voice, "/agent", dequeue("later", actionHook="/agent-done"))
    await eventually(
        lambda: get_json(api, f"/v1/Accounts/{account}/Calls/{agent}"),
        lambda c: c["call_status"] == "in-progress",
    )
    voice.reply("/caller-done", BYE)
    caller = await dial_in(
        api, account, voice, "/caller", enqueue("later", actionHook="/caller-done")
    )
    await voice.wait_for("/qevents", 2)  # it joined, and was dequeued at once
    assert queue_events(voice) == [("join", caller, 1), ("leave", caller, 0)]
    assert (await api.get(queues(account, "later"))).status_code == 404
    await hang_up(api, account, agent)
    (after,) = await hooks_of(voice, "/caller-done", caller)
    assert after.json["queue_result"] == "bridged"
    # an invalid queue name is an error for the dequeue
    odd = await dial_in(api, account, voice, "/odd", dequeue("no way", actionHook="/agent-done"))
    (error,) = await hooks_of(voice, "/agent-done", odd)
    assert error.json["dequeue_result"] == "error"


async def test_list_search_and_validation(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    for name in ("support-1", "support-2", "sales"):
        assert (await api.post(queues(account), json={"name": name})).status_code == 201
    names = [q["name"] for q in await get_json(api, queues(account))]
    assert names == ["sales", "support-1", "support-2"]
    for search, expected in [
        ("support*", ["support-1", "support-2"]),
        ("sa?es", ["sales"]),
        ("*-[2]", ["support-2"]),
        ("nothing*", []),
    ]:
        got = await get_json(api, queues(account) + f"?search={search}")
        assert [q["name"] for q in got] == expected, search
    bad = [
        {},
        {"name": "a b"},
        {"name": "x" * 65},
        {"name": "q", "max_size": 0},
        {"name": "q", "y": 1},
    ]
    for body in bad:
        r = await api.post(queues(account), json=body)
        assert r.status_code == 400, (body, r.text)
    assert (await api.get(queues(account, "bad%20name"))).status_code == 400
    for method, path in [
        ("GET", queues(account, "nope")),
        ("DELETE", queues(account, "nope")),
        ("GET", queued(account, "nope")),
        ("GET", queued(account, "sales", MISSING)),
        ("DELETE", queued(account, "sales", MISSING)),
    ]:
        r = await api.request(method, path)
        assert r.status_code == 404, (method, path, r.text)
        assert r.json()["msg"]
    assert await get_json(api, queued(account, "sales")) == []


async def test_admin_list_of_a_missing_account_is_empty(api: Api, tenants: list[Tenant]) -> None:
    """As jambonz: an admin key listing the queues of an account that does not exist
    gets `[]`; other keys, which may not address it, still get 404."""
    r = await api.get(queues(MISSING))
    assert r.status_code == 200 and r.json() == []
    t = tenants[0]
    for token in (t.sp_token, t.account_tokens[0]):
        r = await api.get(queues(MISSING), token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # another tenant's account is 404 to a provider key, whether or not it has any
    r = await api.get(queues(tenants[1].accounts[0]), t.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # only the list is empty: a queue of that account is not found
    r = await api.get(queues(MISSING, "anything"))
    assert r.status_code == 404 and r.json()["msg"]


async def test_scope_and_isolation(api: Api, voice: VoiceApp, tenants: list[Tenant]) -> None:
    t, other = tenants
    mine, neighbour = t.accounts
    for account in (mine, neighbour):
        assert (await api.post(queues(account), json={"name": "support"})).status_code == 201
    caller = await dial_in(api, mine, voice, "/caller", enqueue("support"))
    await length(api, mine, "support", 1)
    assert await get_json(api, queues(neighbour)) == [{"name": "support", "length": 0}]
    assert await get_json(api, queued(neighbour, "support")) == []
    assert (await api.get(queued(neighbour, "support", caller))).status_code == 404
    for token in (t.account_tokens[1], other.sp_token, other.account_tokens[0]):
        for method, path, body in [
            ("GET", queues(mine), None),
            ("POST", queues(mine), {"name": "intruder"}),
            ("GET", queues(mine, "support"), None),
            ("DELETE", queues(mine, "support"), None),
            ("GET", queued(mine, "support"), None),
            ("GET", queued(mine, "support", caller), None),
            ("PUT", queued(mine, "support", caller), {"call_hook": f"{voice.url}/x"}),
            ("DELETE", queued(mine, "support", caller), None),
        ]:
            r = await api.request(method, path, token, json=body)
            assert r.status_code == 404, (method, path, r.text)
    assert (await get_json(api, queues(mine, "support"), t.account_tokens[0]))["length"] == 1
    assert len(await get_json(api, queued(mine, "support"), t.sp_token)) == 1
    assert (await api.delete(queued(mine, "support", caller), t.sp_token)).status_code == 204
    assert (await final(api, mine, caller))["call_status"] == "completed"
    assert (await api.get(queues(mine), None)).status_code == 401
    for account in (mine, neighbour):
        assert (await api.delete(queues(account, "support"), t.sp_token)).status_code == 204
