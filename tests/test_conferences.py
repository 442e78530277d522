"""Conferences end to end: simulated calls running the `conference` verb of a real local
application (`tests.voice_app.VoiceApp`), the status events it receives, and the
Conferences API (rooms, participants) steering them; also `PUT /Calls` on members."""

from __future__ import annotations

import asyncio
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


def rooms(account: str, name: str | None = None) -> str:
    base = f"/v1/Accounts/{account}/Conferences"
    return f"{base}/{name}" if name else base


def participant(account: str, name: str, call_sid: str | None = None) -> str:
    base = f"{rooms(account, name)}/Participants"
    return f"{base}/{call_sid}" if call_sid else base


def calls(account: str, call_sid: str) -> str:
    return f"/v1/Accounts/{account}/Calls/{call_sid}"


def conference(name: str, **props: Any) -> list[dict[str, Any]]:
    return [{"verb": "conference", "name": name, **props}]


async def room_or_none(api: Api, account: str, name: str) -> dict[str, Any] | None:
    r = await api.get(rooms(account, name))
    assert r.status_code in (200, 404), r.text
    return r.json() if r.status_code == 200 else None


async def joined(api: Api, account: str, name: str, count: int) -> dict[str, Any]:
    """The room once `count` members have joined it (it may not exist yet)."""
    room = await eventually(
        lambda: room_or_none(api, account, name),
        lambda room: room is not None and room["participant_count"] == count,
    )
    assert room is not None
    return room


async def gone(api: Api, account: str, name: str) -> None:
    await eventually(
        lambda: api.get(rooms(account, name)), lambda r: r.status_code == 404, timeout=10
    )


async def host_and_guest(api: Api, voice: VoiceApp, name: str) -> tuple[str, str, str]:
    """An account with a started room: a moderator host (status events to /events) and
    a guest that is not a moderator, both joined."""
    account = await new_account(api)
    host = await dial_in(
        api,
        account,
        voice,
        "/host",
        conference(
            name,
            statusHook="/events",
            statusEvents=["start", "end", "join", "leave"],
            actionHook="/host-left",
        ),
    )
    await joined(api, account, name, 1)
    guest = await dial_in(
        api,
        account,
        voice,
        "/guest",
        conference(name, startConferenceOnEnter=False, actionHook="/guest-left"),
    )
    await joined(api, account, name, 2)
    return account, host, guest


def status_events(voice: VoiceApp, path: str = "/events") -> list[tuple[str, str, int]]:
    return [(r.json["event"], r.json["call_sid"], r.json["members"]) for r in voice.at(path)]


# -- callers meeting -----------------------------------------------------------------------


async def test_callers_meet_and_the_status_hook_hears_it(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    voice.reply("/wait", [{"verb": "say", "text": "please hold on"}])
    # a guest comes first: not a moderator, it waits, hearing the waitHook again and again
    guest = await dial_in(
        api,
        account,
        voice,
        "/guest",
        conference("standup", startConferenceOnEnter=False, waitHook="/wait"),
    )
    waits = await hooks_of(voice, "/wait", guest, 2)
    assert waits[0].json["call_status"] == "in-progress"
    assert await get_json(api, rooms(account)) == ["standup"]
    room = await get_json(api, rooms(account, "standup"))
    assert room["status"] == "waiting" and room["started_at"] is None and room["duration"] is None
    assert (room["participant_count"], room["waiting_count"]) == (0, 1)
    (waiting,) = await get_json(api, participant(account, "standup"))
    assert waiting["call_sid"] == guest
    assert (waiting["status"], waiting["joined_at"], waiting["moderator"]) == ("waiting", None, 0)

    # the host starts it: the guest stops waiting and joins
    host = await dial_in(
        api,
        account,
        voice,
        "/host",
        conference(
            "standup",
            memberTag="host",
            beep=True,
            statusHook="/events",
            statusEvents=["start", "end", "join", "leave"],
        ),
    )
    room = await joined(api, account, "standup", 2)
    assert room["status"] == "in-progress" and ISO.match(room["started_at"])
    assert room["waiting_count"] == 0
    assert room["conference_sid"] == f"conf:{account}:standup"
    got = await voice.wait_for("/events", 3)
    assert status_events(voice) == [("start", host, 0), ("join", host, 1), ("join", guest, 2)]
    start = got[0].json
    assert start["conference_sid"] == f"conf:{account}:standup"
    assert start["friendly_name"] == "standup"
    assert ISO.match(start["time"]) and start["duration"] == 0
    assert start["account_sid"] == account and start["call_status"] == "in-progress"
    assert got[2].json["duration"] >= 0

    # a third caller joins muted; the list is in order of arrival
    third = await dial_in(
        api,
        account,
        voice,
        "/third",
        conference("standup", joinMuted=True, startConferenceOnEnter=False),
    )
    await joined(api, account, "standup", 3)
    members = await get_json(api, participant(account, "standup"))
    assert [m["call_sid"] for m in members] == [guest, host, third]
    summary = {m["call_sid"]: (m["status"], m["muted"], m["moderator"], m["tag"]) for m in members}
    assert summary == {
        guest: ("joined", 0, 0, None),
        host: ("joined", 0, 1, "host"),
        third: ("joined", 1, 0, None),
    }
    one = await get_json(api, participant(account, "standup", third))
    assert one == {**members[2]}
    assert one["from"] == "15085550100" and one["to"] == "15085550199"
    assert ISO.match(one["joined_at"])
    # the calls stay live in the Calls list, in progress
    live = await get_json(api, f"/v1/Accounts/{account}/Calls")
    assert {c["call_sid"] for c in live if c["call_status"] == "in-progress"} >= {
        guest,
        host,
        third,
    }
    for sid in (guest, host, third):
        await hang_up(api, account, sid)
    await gone(api, account, "standup")
    assert await get_json(api, rooms(account)) == []


async def test_mute_and_hold_through_the_participant_and_the_call(
    api: Api, voice: VoiceApp
) -> None:
    account, host, guest = await host_and_guest(api, voice, "mh")

    async def state(sid: str) -> tuple[int, int]:
        data = await get_json(api, participant(account, "mh", sid))
        return data["muted"], data["on_hold"]

    # conf_mute_status through a member's call: every member that is not a moderator
    assert (
        await api.put(calls(account, host), json={"conf_mute_status": "mute"})
    ).status_code == 204
    assert await state(guest) == (1, 0) and await state(host) == (0, 0)
    # unmute one through its participant resource, mute it through its call
    r = await api.put(participant(account, "mh", guest), json={"mute_status": "unmute"})
    assert r.status_code == 204 and await state(guest) == (0, 0)
    assert (await api.put(calls(account, guest), json={"mute_status": "mute"})).status_code == 204
    assert await state(guest) == (1, 0)
    # the room's PUT unmutes everyone
    r = await api.put(rooms(account, "mh"), json={"conf_mute_status": "unmute"})
    assert r.status_code == 204 and await state(guest) == (0, 0)

    # hold with music through the participant: the wait_hook is requested round after round
    voice.reply("/hold", [{"verb": "play", "url": "https://x.example.com/m.mp3", "timeoutSecs": 1}])
    r = await api.put(
        participant(account, "mh", guest),
        json={"hold_status": "hold", "wait_hook": f"{voice.url}/hold"},
    )
    assert r.status_code == 204 and await state(guest) == (0, 1)
    held = await hooks_of(voice, "/hold", guest, 2)
    assert held[0].json["call_sid"] == guest
    # unhold through the call: the music stops
    r = await api.put(calls(account, guest), json={"conf_hold_status": "unhold"})
    assert r.status_code == 204 and await state(guest) == (0, 0)
    await asyncio.sleep(0.1)
    count = len(of_call(voice, "/hold", guest))
    await asyncio.sleep(0.3)  # 6 simulated seconds: several rounds if it still played
    assert len(of_call(voice, "/hold", guest)) == count
    # hold through the call with its own wait_hook, unhold through the participant
    voice.reply("/hold2", [{"verb": "pause", "length": 1}])
    r = await api.put(
        calls(account, guest),
        json={"conf_hold_status": "hold", "wait_hook": f"{voice.url}/hold2"},
    )
    assert r.status_code == 204
    await hooks_of(voice, "/hold2", guest)
    r = await api.put(participant(account, "mh", guest), json={"hold_status": "unhold"})
    assert r.status_code == 204 and await state(guest) == (0, 0)

    # refusals
    cases = [
        (participant(account, "mh", guest), {"wait_hook": f"{voice.url}/x"}, "wait_hook"),
        (
            participant(account, "mh", guest),
            {"hold_status": "unhold", "wait_hook": f"{voice.url}/x"},
            "wait_hook",
        ),
        (calls(account, guest), {"wait_hook": f"{voice.url}/x"}, "wait_hook"),
        (calls(account, guest), {"conf_mute_status": "mute", "mute_status": "mute"}, "multiple"),
        (
            calls(account, guest),
            {"conf_hold_status": "hold", "call_status": "completed"},
            "multiple",
        ),
    ]
    for path, body, word in cases:
        r = await api.put(path, json=body)
        assert r.status_code == 422, (body, r.text)
        assert word in r.json()["msg"]
    for body in ({}, {"mute_status": "loud"}, {"hold_status": True}, {"tag": "x"}):
        r = await api.put(participant(account, "mh", guest), json=body)
        assert r.status_code == 400, (body, r.text)
    r = await api.put(participant(account, "mh", MISSING), json={"mute_status": "mute"})
    assert r.status_code == 404
    # a call outside any conference
    outsider = await dial_in(api, account, voice, "/outsider", [{"verb": "pause", "length": 600}])
    await eventually(
        lambda: get_json(api, calls(account, outsider)),
        lambda c: c["call_status"] == "in-progress",
    )
    for body in ({"conf_mute_status": "mute"}, {"conf_hold_status": "hold"}):
        r = await api.put(calls(account, outsider), json=body)
        assert r.status_code == 422 and "conference" in r.json()["msg"]
    r = await api.put(calls(account, outsider), json={"mute_status": "mute"})
    assert r.status_code == 422 and "conference" in r.json()["msg"]
    for sid in (outsider, guest, host):
        await hang_up(api, account, sid)
    await gone(api, account, "mh")


async def test_remove_a_participant_and_hang_up_the_last(api: Api, voice: VoiceApp) -> None:
    voice.reply("/guest-left", BYE)
    account, host, guest = await host_and_guest(api, voice, "rm")
    # removed: the call leaves the room and goes on with the verb's actionHook
    r = await api.delete(participant(account, "rm", guest))
    assert r.status_code == 204
    (left,) = await hooks_of(voice, "/guest-left", guest)
    assert left.json["call_status"] == "in-progress"
    assert (await final(api, account, guest))["call_status"] == "completed"
    assert (await api.get(participant(account, "rm", guest))).status_code == 404
    assert (await api.delete(participant(account, "rm", guest))).status_code == 404
    room = await get_json(api, rooms(account, "rm"))
    assert room["participant_count"] == 1 and room["status"] == "in-progress"

    # the host hangs up (PUT /Calls): the last member leaves and the room ends
    await hang_up(api, account, host)
    await gone(api, account, "rm")
    await voice.wait_for("/events", 6)
    assert status_events(voice) == [
        ("start", host, 0),
        ("join", host, 1),
        ("join", guest, 2),
        ("leave", guest, 1),
        ("leave", host, 0),
        ("end", host, 0),
    ]
    assert voice.at("/events")[-2].json["call_status"] == "completed"
    assert of_call(voice, "/host-left", host) == []  # a hung-up member gets no actionHook
    assert await get_json(api, rooms(account)) == []


async def test_a_starter_that_hangs_up_before_joining_leaves_no_room(
    api: Api, voice: VoiceApp
) -> None:
    account = await new_account(api)
    voice.hold("/enter")
    host = await dial_in(
        api,
        account,
        voice,
        "/host",
        conference(
            "brief",
            enterHook="/enter",
            statusHook="/events",
            statusEvents=["start", "end", "join", "leave"],
        ),
    )
    await hooks_of(voice, "/enter", host)  # started, hearing its enterHook, not joined
    room = await get_json(api, rooms(account, "brief"))
    assert (room["status"], room["participant_count"], room["waiting_count"]) == (
        "in-progress",
        0,
        1,
    )
    await hang_up(api, account, host)
    await gone(api, account, "brief")  # a room nobody is in is over, not kept for ever
    await voice.wait_for("/events", 2)
    assert status_events(voice) == [("start", host, 0), ("end", host, 0)]
    voice.release("/enter")


async def test_a_redirected_member_leaves_the_room(api: Api, voice: VoiceApp) -> None:
    account, host, guest = await host_and_guest(api, voice, "moved")
    voice.reply("/moved", BYE)
    r = await api.put(calls(account, guest), json={"call_hook": f"{voice.url}/moved"})
    assert r.status_code == 204
    await hooks_of(voice, "/moved", guest)
    assert (await final(api, account, guest))["call_status"] == "completed"
    assert (await joined(api, account, "moved", 1))["status"] == "in-progress"
    assert of_call(voice, "/guest-left", guest) == []  # a redirect replaces the verb: no actionHook
    await hang_up(api, account, host)
    await gone(api, account, "moved")


async def test_end_conference_on_exit(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    chair = await dial_in(
        api,
        account,
        voice,
        "/chair",
        conference(
            "board",
            endConferenceOnExit=True,
            statusHook="/events",
            statusEvents=["end", "leave"],
        ),
    )
    await joined(api, account, "board", 1)
    members = []
    for who in ("ann", "bob"):
        voice.reply(f"/{who}-left", BYE)
        sid = await dial_in(
            api, account, voice, f"/{who}", conference("board", actionHook=f"/{who}-left")
        )
        members.append((who, sid))
        await joined(api, account, "board", len(members) + 1)
    await hang_up(api, account, chair)
    # everyone else is taken out and goes on with its actionHook
    for who, sid in members:
        (left,) = await hooks_of(voice, f"/{who}-left", sid)
        assert left.json["call_status"] == "in-progress"
        assert (await final(api, account, sid))["call_status"] == "completed"
    await gone(api, account, "board")
    await voice.wait_for("/events", 4)
    seen = status_events(voice)
    assert seen[0] == ("leave", chair, 2)
    assert sorted(seen[1:3]) == sorted([("leave", members[0][1], 1), ("leave", members[1][1], 0)])
    assert seen[1][2] == 1 and seen[2][2] == 0
    assert seen[3][0] == "end" and len(seen) == 4


async def test_a_conference_made_ahead_fills_up_and_is_deleted(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    r = await api.post(
        rooms(account),
        json={"name": "town-hall", "max_participants": 2, "status_hook": f"{voice.url}/hall"},
    )
    assert r.status_code == 201 and r.json() == {"name": "town-hall"}
    room = await get_json(api, rooms(account, "town-hall"))
    assert room == {
        "name": "town-hall",
        "conference_sid": f"conf:{account}:town-hall",
        "status": "created",
        "created_at": room["created_at"],
        "started_at": None,
        "duration": None,
        "participant_count": 0,
        "waiting_count": 0,
        "max_participants": 2,
        "record": 0,
        "status_hook": {
            "url": f"{voice.url}/hall",
            "method": "POST",
            "username": None,
            "password": None,
        },
        "status_events": ["start", "end", "join", "leave"],
    }
    assert ISO.match(room["created_at"])
    assert await get_json(api, rooms(account)) == ["town-hall"]
    r = await api.post(rooms(account), json={"name": "town-hall"})
    assert r.status_code == 422 and "exists" in r.json()["msg"]

    # the room's settings win over the verbs': its hook, its size
    sids = []
    for who in ("xavier", "yvonne"):
        voice.reply(f"/{who}-left", BYE)
        sids.append(
            await dial_in(
                api,
                account,
                voice,
                f"/{who}",
                conference(
                    "town-hall",
                    actionHook=f"/{who}-left",
                    maxParticipants=10,
                    statusHook="/ignored",
                    statusEvents=["join"],
                ),
            )
        )
        await joined(api, account, "town-hall", len(sids))
    # a third caller finds it full: it goes on with its next verb at once
    late = await dial_in(
        api, account, voice, "/late", [*conference("town-hall", actionHook="/late-left"), *BYE]
    )
    assert (await final(api, account, late))["call_status"] == "completed"
    assert of_call(voice, "/late-left", late) == []
    room = await get_json(api, rooms(account, "town-hall"))
    assert room["participant_count"] == 2 and room["max_participants"] == 2
    await voice.wait_for("/hall", 3)
    assert [e[:2] for e in status_events(voice, "/hall")] == [
        ("start", sids[0]),
        ("join", sids[0]),
        ("join", sids[1]),
    ]
    assert voice.at("/ignored") == []

    # DELETE ends it: every member goes on with its actionHook
    assert (await api.delete(rooms(account, "town-hall"))).status_code == 204
    assert (await api.get(rooms(account, "town-hall"))).status_code == 404
    for who, sid in zip(("xavier", "yvonne"), sids, strict=True):
        await hooks_of(voice, f"/{who}-left", sid)
        assert (await final(api, account, sid))["call_status"] == "completed"
    await voice.wait_for("/hall", 6)
    seen = status_events(voice, "/hall")
    assert sorted(seen[3:5]) == sorted([("leave", sids[0], 1), ("leave", sids[1], 0)])
    assert seen[5] == ("end", seen[4][1], 0)
    assert (await api.delete(rooms(account, "town-hall"))).status_code == 404
    assert await get_json(api, rooms(account)) == []


async def test_put_ends_a_room_with_waiting_callers(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    voice.reply("/waiter-left", BYE)
    waiter = await dial_in(
        api,
        account,
        voice,
        "/waiter",
        conference("later", startConferenceOnEnter=False, actionHook="/waiter-left"),
    )
    await eventually(
        lambda: room_or_none(api, account, "later"),
        lambda room: room is not None and room["waiting_count"] == 1,
    )
    r = await api.put(rooms(account, "later"), json={"status": "completed"})
    assert r.status_code == 204
    await hooks_of(voice, "/waiter-left", waiter)
    assert (await final(api, account, waiter))["call_status"] == "completed"
    assert (await api.get(rooms(account, "later"))).status_code == 404


async def test_settings_and_validation(api: Api, voice: VoiceApp) -> None:
    account = await new_account(api)
    assert await get_json(api, rooms(account)) == []
    r = await api.post(
        rooms(account),
        json={"name": "cfg.1_~-", "record": True, "status_events": ["join"], "max_participants": 5},
    )
    assert r.status_code == 201
    room = await get_json(api, rooms(account, "cfg.1_~-"))
    assert room["record"] == 1 and room["status_hook"] is None and room["status_events"] == []
    r = await api.put(
        rooms(account, "cfg.1_~-"),
        json={"max_participants": None, "status_hook": f"{voice.url}/s", "record": 0},
    )
    assert r.status_code == 204
    room = await get_json(api, rooms(account, "cfg.1_~-"))
    assert room["max_participants"] is None and room["record"] == 0
    assert room["status_hook"]["url"] == f"{voice.url}/s" and room["status_events"] == ["join"]
    r = await api.put(rooms(account, "cfg.1_~-"), json={"status_hook": None})
    assert r.status_code == 204
    assert (await get_json(api, rooms(account, "cfg.1_~-")))["status_hook"] is None
    bad_bodies = [
        {},
        {"name": "a b"},
        {"name": "x" * 65},
        {"name": ""},
        {"name": "ok", "max_participants": 1},
        {"name": "ok", "status_events": ["talk"]},
        {"name": "ok", "colour": "red"},
        {"name": "ok", "status_hook": "not a url"},
    ]
    for body in bad_bodies:
        r = await api.post(rooms(account), json=body)
        assert r.status_code == 400, (body, r.text)
        assert r.json()["msg"]
    for body in ({}, {"status": "done"}, {"conf_mute_status": "quiet"}, {"name": "x"}):
        r = await api.put(rooms(account, "cfg.1_~-"), json=body)
        assert r.status_code == 400, (body, r.text)
    for path in (rooms(account, "bad%20name"), rooms(account, "x" * 65)):
        assert (await api.get(path)).status_code == 400
    for method, path in [
        ("GET", rooms(account, "nope")),
        ("PUT", rooms(account, "nope")),
        ("DELETE", rooms(account, "nope")),
        ("GET", participant(account, "nope")),
        ("GET", participant(account, "cfg.1_~-", MISSING)),
        ("DELETE", participant(account, "cfg.1_~-", MISSING)),
    ]:
        body = {"conf_mute_status": "mute"} if method == "PUT" else None
        r = await api.request(method, path, json=body)
        assert r.status_code == 404, (method, path, r.text)
        assert r.json()["msg"]
    assert await get_json(api, participant(account, "cfg.1_~-")) == []
    r = await api.put(rooms(account, "cfg.1_~-"), json={"status": "completed"})
    assert r.status_code == 204
    assert (await api.get(rooms(account, "cfg.1_~-"))).status_code == 404
    # a verb with a name the API could not address is refused; the call goes on
    odd = await dial_in(api, account, voice, "/odd", [*conference("has space"), *BYE])
    assert (await final(api, account, odd))["call_status"] == "completed"
    assert await get_json(api, rooms(account)) == []


async def test_admin_list_of_a_missing_account_is_empty(api: Api, tenants: list[Tenant]) -> None:
    """As jambonz: an admin key listing the conferences of an account that does not exist
    gets `[]`; other keys, which may not address it, still get 404."""
    r = await api.get(rooms(MISSING))
    assert r.status_code == 200 and r.json() == []
    t = tenants[0]
    for token in (t.sp_token, t.account_tokens[0]):
        r = await api.get(rooms(MISSING), token)
        assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # another tenant's account is 404 to a provider key, whether or not it has any
    r = await api.get(rooms(tenants[1].accounts[0]), t.sp_token)
    assert r.status_code == 404 and r.json() == {"msg": "account not found"}
    # only the list is empty: a conference of that account is not found
    r = await api.get(rooms(MISSING, "anything"))
    assert r.status_code == 404 and r.json()["msg"]


async def test_scope_and_isolation(api: Api, voice: VoiceApp, tenants: list[Tenant]) -> None:
    t, other = tenants
    mine, neighbour = t.accounts
    for account in (mine, neighbour):
        assert (await api.post(rooms(account), json={"name": "support"})).status_code == 201
    assert (await api.post(rooms(mine), json={"name": "only-mine"})).status_code == 201
    assert await get_json(api, rooms(mine)) == ["only-mine", "support"]
    assert await get_json(api, rooms(neighbour)) == ["support"]
    # a call of `mine` in its "support" is not in the neighbour's "support"
    member = await dial_in(api, mine, voice, "/member", conference("support"))
    await joined(api, mine, "support", 1)
    assert (await get_json(api, rooms(neighbour, "support")))["participant_count"] == 0
    assert (await api.get(participant(neighbour, "support", member))).status_code == 404
    assert (await api.delete(participant(neighbour, "support", member))).status_code == 404
    # keys outside the account see nothing (404, never data)
    for token in (t.account_tokens[1], other.sp_token, other.account_tokens[0]):
        for method, path, body in [
            ("GET", rooms(mine), None),
            ("POST", rooms(mine), {"name": "intruder"}),
            ("GET", rooms(mine, "support"), None),
            ("PUT", rooms(mine, "support"), {"conf_mute_status": "mute"}),
            ("DELETE", rooms(mine, "support"), None),
            ("GET", participant(mine, "support"), None),
            ("GET", participant(mine, "support", member), None),
            ("PUT", participant(mine, "support", member), {"mute_status": "mute"}),
            ("DELETE", participant(mine, "support", member), None),
        ]:
            r = await api.request(method, path, token, json=body)
            assert r.status_code == 404, (method, path, r.text)
            assert "support" not in r.text or "not found" in r.text
    # the account's own key and its provider's key may do everything
    assert await get_json(api, rooms(mine), t.account_tokens[0]) == ["only-mine", "support"]
    r = await api.put(
        participant(mine, "support", member), t.sp_token, json={"mute_status": "mute"}
    )
    assert r.status_code == 204
    assert (await get_json(api, participant(mine, "support", member), t.sp_token))["muted"] == 1
    r = await api.post(rooms(mine), t.sp_token, json={"name": "sp-made"})
    assert r.status_code == 201
    assert (await api.delete(rooms(mine, "sp-made"), t.account_tokens[0])).status_code == 204
    assert (await api.get(rooms(mine), None)).status_code == 401
    assert (await api.post(rooms(mine), None, json={"name": "x"})).status_code == 401
    for account, name in ((mine, "only-mine"), (mine, "support"), (neighbour, "support")):
        assert (await api.delete(rooms(account, name))).status_code == 204
    assert (await final(api, mine, member))["call_status"] == "completed"  # no more verbs
