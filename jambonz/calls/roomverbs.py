"""The simulator's `conference`, `enqueue`, `dequeue` and `leave` verbs (reference §5).

`RoomVerbs` is mixed into `SimulatorEngine`: each verb runs in its call's application
task, keeps its state in the engine's `rooms` (see `rooms.py`) and waits on its member's
`changed` event, so that whatever changes a room (another call, the API, a hang-up) only
has to change the state and wake the member up.

What the application sees follows jambonz's feature server:
- `conference`: the room starts when a moderator (`startConferenceOnEnter`, default true)
  enters; other callers wait, hearing the `waitHook`'s play/say/pause verbs (requested
  again after each round, until it answers nothing). Status events (`start`, `join`,
  `leave`, `end`, those listed in the starter's `statusEvents`) go to the room's status
  hook with the member's call info plus `event`, `conference_sid`, `friendly_name`,
  `time`, `duration` and `members`. When the member leaves the room (removed, or the room
  ended) its call goes on with the verb's actionHook, else its next verb; a member that
  finds the room full (`maxParticipants`) goes on at once (an alert says why).
- `enqueue`: the caller waits in the account's named queue (priority 0-999, lowest first,
  then by arrival) hearing the `waitHook` (sent `queue_sid`, `queue_time`, `queue_size`,
  `queue_position` with the call info; play/say/pause/tag and `leave`), until a `dequeue`
  bridges it, a `leave` or the API takes it out, or it hangs up; the actionHook then gets
  `queue_sid`, `queue_time` (seconds waited) and `queue_result` (`bridged`, `leave`,
  `hangup`, or `error` with `queue_error` when the queue is full). The account's
  `queue_event_hook` gets `join` and `leave` events (reference §4.8).
- `dequeue`: takes the first caller (or `callSid`) of the queue, waiting up to `timeout`
  seconds (0: for ever) for one, and bridges the two calls until either leaves the
  bridge; its actionHook gets `dequeue_result` (`complete`, `timeout`, or `error`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from jambonz.calls.clock import iso
from jambonz.calls.rooms import (
    DEFAULT_PRIORITY,
    MAX_PRIORITY,
    Bridge,
    CallQueue,
    Claimed,
    Conference,
    Entered,
    Exited,
    Participant,
    QueuedCall,
    op,
    valid_name,
)
from jambonz.calls.state import LiveCall
from jambonz.errors import JambonzError
from jambonz.webhooks_out import HookTarget

if TYPE_CHECKING:
    from jambonz.calls.simulator import SimulatorEngine

    _Base = SimulatorEngine
else:
    _Base = object

PLAYABLE = frozenset({"play", "say", "pause"})
QUEUE_WAIT_VERBS = frozenset({"play", "say", "pause", "tag", "leave"})
# jambonz plays a short silence before each waitHook request (no hot loop on `[pause 0]`)
CONFERENCE_WAIT_SILENCE = 0.75
QUEUE_WAIT_SILENCE = 0.5
HOLD_SILENCE = 0.5

Verbs = list[dict[str, Any]]


def _priority(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_PRIORITY
    return max(0, min(MAX_PRIORITY, int(value)))


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


class RoomVerbs(_Base):
    """Conference and queue verbs; see the module docstring."""

    # -- shared helpers --------------------------------------------------------------
    def _resolve(self, call: LiveCall, hook: Any) -> HookTarget | None:
        """A hook as an absolute target, resolved against the call's application now
        (a room's status hook outlives the member that set it)."""
        if not hook:
            return None
        try:
            return HookTarget.from_value(hook, base_url=self._bases.get(call.call_sid))
        except (ValueError, TypeError) as exc:
            self._alert(call, "webhook-failure", f"unusable hook {hook!r}: {exc}")
            return None

    async def _until(
        self,
        coro: Coroutine[Any, Any, Any],
        changed: asyncio.Event,
        stop: Callable[[], bool],
    ) -> tuple[bool, Any]:
        """Run `coro` until it finishes -> (True, result), or until `changed` fires and
        `stop()` is true -> (False, None): it is then cancelled (music stops at once)."""
        task = asyncio.ensure_future(coro)
        try:
            while True:
                if stop():
                    return False, None
                changed.clear()
                waiter = asyncio.ensure_future(changed.wait())
                try:
                    done, _ = await asyncio.wait(
                        {task, waiter}, return_when=asyncio.FIRST_COMPLETED
                    )
                finally:
                    waiter.cancel()
                if task in done:
                    return True, task.result()
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    async def _wait_event(self, event: asyncio.Event, seconds: float) -> bool:
        """Wait for `event` at most `seconds` of simulated time; True when it fired."""
        waiter = asyncio.ensure_future(event.wait())
        timer = asyncio.ensure_future(self.clock.sleep(seconds))
        try:
            await asyncio.wait({waiter, timer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
            timer.cancel()
        return event.is_set()

    async def _hook_verbs(
        self,
        call: LiveCall,
        hook: Any,
        extra: dict[str, Any],
        allowed: frozenset[str],
        what: str,
    ) -> Verbs | None:
        """Request a wait/hold/enter hook: its verbs, [] for an empty answer, None when
        it failed or answered a verb it may not (an alert says which)."""
        result = await self._request(call, hook, {**call.info(), **extra}, expect_verbs=True)
        if result is None or not result.ok:
            return None
        if not result.body:
            return []
        verbs = self._valid_verbs(call, result.body)
        refused = sorted({v["verb"] for v in verbs} - allowed)
        if refused:
            self._alert(
                call,
                "invalid-app-payload",
                f"{what} may only answer {', '.join(sorted(allowed))}, not {', '.join(refused)}",
            )
            return None
        return verbs

    async def _hook_play(
        self,
        call: LiveCall,
        hook: Any,
        *,
        silence: float,
        allowed: frozenset[str],
        what: str,
        extra: Callable[[], dict[str, Any]] | None = None,
    ) -> Verbs:
        """One round of a wait hook: a short silence, the request, then its verbs up to a
        `leave` (returned last, for the caller to act on). [] ends the rounds."""
        await self.clock.sleep(silence)
        verbs = await self._hook_verbs(call, hook, extra() if extra else {}, allowed, what)
        if not verbs:
            return []
        for index, verb in enumerate(verbs):
            if verb["verb"] == "leave":
                return verbs[: index + 1]
            self._emit(call, "verb", {"verb": verb["verb"], "hook": what})
            await self._exec(call, verb)
        return verbs

    # -- conference ------------------------------------------------------------------
    async def _verb_conference(self, call: LiveCall, verb: dict[str, Any]) -> Verbs | None:
        moderator = verb.get("startConferenceOnEnter", True) is not False
        start = None
        if moderator:
            hook, events = verb.get("statusHook"), verb.get("statusEvents")
            start = {
                "status_hook": self._resolve(call, hook) if hook and events else None,
                "status_events": list(events) if isinstance(events, list) else [],
                "record": bool(verb.get("record")),
            }
        member_fields = {
            "call_sid": call.call_sid,
            "from": call.from_,
            "to": call.to,
            "moderator": moderator,
            "end_on_exit": verb.get("endConferenceOnExit") is True,
            "muted": verb.get("joinMuted") is True,
            "tag": str(verb["memberTag"]) if verb.get("memberTag") else None,
        }
        try:
            entered: Entered = await self.rooms.propose(
                op(
                    "conf_enter",
                    self.clock,
                    account_sid=call.account_sid,
                    name=verb["name"],
                    member=member_fields,
                    start=start,
                )
            )
        except JambonzError as exc:
            self._alert(call, "invalid-verb", f"conference: {exc.msg}")
            return None
        room, member = entered.room, entered.member
        try:
            if entered.started:
                self._emit(call, "conference", {"event": "start", "name": room.name})
                self._conference_event(call, room, "start", members=0)
            elif not room.started:
                self._emit(call, "conference", {"event": "waiting", "name": room.name})
                await self._wait_for_start(call, room, member, verb.get("waitHook"))
            if member.removed is None and await self._join(call, room, member, verb):
                await self._in_conference(call, room, member)
        finally:
            self._leave_conference(call, member)
        if member.removed == "full":
            return None
        return await self._action(call, verb, {})

    async def _wait_for_start(
        self, call: LiveCall, room: Conference, member: Participant, hook: Any
    ) -> None:
        """Until a moderator starts the room (or the member is taken out)."""

        def over() -> bool:
            return room.started or member.removed is not None

        while not over():
            if hook:
                done, verbs = await self._until(
                    self._hook_play(
                        call,
                        hook,
                        silence=CONFERENCE_WAIT_SILENCE,
                        allowed=PLAYABLE,
                        what="conference waitHook",
                    ),
                    member.changed,
                    over,
                )
                if done and not verbs:
                    hook = None  # nothing (more) to play: wait in silence
            else:
                member.changed.clear()
                if over():
                    break
                await member.changed.wait()

    async def _join(
        self, call: LiveCall, room: Conference, member: Participant, verb: dict[str, Any]
    ) -> bool:
        """Into the started room: False when it is full or the member was taken out."""
        enter = verb.get("enterHook")
        if enter:
            await self._until(
                self._hook_play(
                    call, enter, silence=0, allowed=PLAYABLE, what="conference enterHook"
                ),
                member.changed,
                lambda: member.removed is not None,
            )
            if member.removed is not None:
                return False
        outcome, count = await self.rooms.propose(
            op(
                "conf_join",
                self.clock,
                call_sid=call.call_sid,
                max_participants=verb.get("maxParticipants"),
            )
        )
        if outcome == "full":
            self._alert(
                call, "conference-full", f"conference {room.name} is full ({count} participants)"
            )
            return False
        if outcome != "joined":
            return False
        self._emit(call, "conference", {"event": "join", "name": room.name})
        self._conference_event(call, room, "join", members=count)
        if verb.get("beep") is True:
            self._emit(call, "conference", {"event": "beep", "name": room.name})
        return True

    async def _in_conference(self, call: LiveCall, room: Conference, member: Participant) -> None:
        """In the room until taken out; hold music while on hold with a wait hook."""
        while member.removed is None:
            if member.held and member.hold_hook is not None:
                version, hook = member.hold_version, member.hold_hook
                done, verbs = await self._until(
                    self._hook_play(
                        call,
                        hook,
                        silence=HOLD_SILENCE,
                        allowed=PLAYABLE,
                        what="conference hold wait_hook",
                    ),
                    member.changed,
                    lambda v=version: member.removed is not None or member.hold_version != v,
                )
                if done and not verbs and member.hold_version == version:
                    member.hold_hook = None  # nothing more to play: on hold in silence
            else:
                member.changed.clear()
                if member.removed is not None or (member.held and member.hold_hook):
                    continue
                await member.changed.wait()

    def _leave_conference(self, call: LiveCall, member: Participant) -> None:
        """The member's verb is over (no await: it runs when a hang-up cancels the call);
        its `leave` event, and the room's `end` when it was the last, follow the exit."""

        def left(exited: Exited | None) -> None:
            if exited is None:
                return
            room = exited.room
            if exited.joined:
                self._emit(
                    call,
                    "conference",
                    {"event": "leave", "name": room.name, "reason": member.removed or "done"},
                )
                self._conference_event(call, room, "leave", members=exited.remaining)
            if exited.send_end:
                self._emit(call, "conference", {"event": "end", "name": room.name})
                self._conference_event(call, room, "end", members=0)

        self.rooms.submit(op("conf_exit", self.clock, call_sid=call.call_sid), then=left)

    def _conference_event(
        self, call: LiveCall, room: Conference, event: str, members: int | None = None
    ) -> None:
        if room.status_hook is None or event not in room.status_events:
            return
        now = self.clock.now()
        payload = {
            **call.info(),
            "event": event,
            "conference_sid": room.key,
            "friendly_name": room.name,
            "time": iso(now),
            "duration": int(now - room.started_at) if room.started_at else 0,
            "members": len(room.joined()) if members is None else members,
        }
        self._send_in_order(room.key, call, room.status_hook, payload)

    # -- enqueue ---------------------------------------------------------------------
    async def _verb_enqueue(self, call: LiveCall, verb: dict[str, Any]) -> Verbs | None:
        name = verb["name"]
        member_fields = {
            "call_sid": call.call_sid,
            "from": call.from_,
            "to": call.to,
            "priority": _priority(verb.get("priority")),
            "customer_data": call.customer_data,
        }
        try:
            queue, member = await self.rooms.propose(
                op(
                    "q_enqueue",
                    self.clock,
                    account_sid=call.account_sid,
                    name=name,
                    member=member_fields,
                )
            )
        except JambonzError as exc:
            self._alert(call, "queue-error", f"enqueue: {exc.msg}")
            return await self._action(
                call,
                verb,
                {
                    "queue_sid": f"queue:{call.account_sid}:{name}",
                    "queue_time": 0,
                    "queue_result": "error",
                    "queue_error": exc.msg,
                },
            )
        # resolved now: after a hang-up the call's application base is forgotten
        action = self._resolve(call, verb.get("actionHook"))
        self._emit(
            call,
            "queue",
            {"event": "join", "name": name, "position": queue.position(call.call_sid)},
        )
        self._queue_event(call, queue, "join", join_time=_ms(member.enqueued_at))
        try:
            await self._wait_in_queue(call, queue, member, verb.get("waitHook"))
            self._out_of_queue(call, queue, member, bridging=True)
            outcome, bridge = member.outcome or ("leave", None)
            if outcome == "bridged" and bridge is not None:
                await self._bridged(call, bridge, bridge.dequeuer_sid)
        except asyncio.CancelledError:
            if call.is_final and (member.outcome is None or member.outcome[0] != "bridged"):
                # the caller hung up while waiting: jambonz still posts the actionHook
                self._post_after_hangup(call, action, verb, member, "hangup")
            raise
        finally:
            self._out_of_queue(call, queue, member, bridging=False)
        result = "bridged" if member.outcome and member.outcome[0] == "bridged" else "leave"
        return await self._action(call, verb, self._queue_result(queue, member, result))

    def _out_of_queue(
        self, call: LiveCall, queue: CallQueue, member: QueuedCall, *, bridging: bool
    ) -> None:
        """The member's verb is done with the queue (no await: it also runs when a
        hang-up or a redirect cancels the call): out of it (`abandoned` unless something
        took it out), its `leave` event, and, unless the verb goes on into the bridge a
        dequeue made for it (`bridging`), that bridge ended: a dequeue on another
        instance can take the call just before it hangs up."""
        if member.announced:
            return
        member.announced = True

        def out(_: Any = None) -> None:
            self._announce_leave(call, queue, member)
            kind, bridge = member.outcome or ("abandoned", None)
            if kind == "bridged" and bridge is not None and not bridging:
                self._end_bridge(bridge)
            self.rooms.submit(op("q_done", self.clock, call_sid=call.call_sid))

        if member.outcome is None:
            leave = op("q_leave", self.clock, call_sid=call.call_sid, reason="abandoned")
            self.rooms.submit(leave, then=out)
        else:
            out()

    def _queue_result(self, queue: CallQueue, member: QueuedCall, result: str) -> dict[str, Any]:
        return {
            "queue_sid": queue.key,
            "queue_time": round(member.waited(self.clock.now())),
            "queue_result": result,
        }

    async def _wait_in_queue(
        self, call: LiveCall, queue: CallQueue, member: QueuedCall, hook: Any
    ) -> None:
        """Until a dequeue, a `leave` or the API takes the call out of the queue."""

        def info() -> dict[str, Any]:
            position = queue.position(call.call_sid)
            return {
                "queue_sid": queue.key,
                "queue_time": round(member.waited(self.clock.now())),
                "queue_size": len(queue),
                "queue_position": position if position is not None else 0,
            }

        def out() -> bool:
            return member.outcome is not None

        while not out():
            if hook:
                done, verbs = await self._until(
                    self._hook_play(
                        call,
                        hook,
                        silence=QUEUE_WAIT_SILENCE,
                        allowed=QUEUE_WAIT_VERBS,
                        what="enqueue waitHook",
                        extra=info,
                    ),
                    member.changed,
                    out,
                )
                if not done:
                    continue
                if not verbs:
                    hook = None  # nothing (more) to play: wait in silence
                elif verbs[-1]["verb"] == "leave" and not out():
                    self._emit(call, "verb", {"verb": "leave", "hook": "enqueue waitHook"})
                    await self.rooms.propose(
                        op("q_leave", self.clock, call_sid=call.call_sid, reason="leave")
                    )
            else:
                member.changed.clear()
                if out():
                    break
                await member.changed.wait()

    def _announce_leave(self, call: LiveCall, queue: CallQueue, member: QueuedCall) -> None:
        """The queue event hook's `leave` (once): `dequeued` with the dequeuer's call
        info, else `abandoned` (a leave verb, the API, a redirect or a hang-up)."""
        kind, bridge = member.outcome or ("abandoned", None)
        extra: dict[str, Any] = {"leave_time": _ms(member.left_at or self.clock.now())}
        if kind == "bridged" and bridge is not None:
            extra.update(leave_reason="dequeued", dequeuer=bridge.dequeuer_info)
        else:
            extra["leave_reason"] = "abandoned"
        self._emit(call, "queue", {"event": "leave", "name": queue.name, "reason": kind})
        self._queue_event(call, queue, "leave", **extra)

    def _queue_event(self, call: LiveCall, queue: CallQueue, event: str, **extra: Any) -> None:
        if not call.queue_event_hook:
            return
        payload = {**call.info(), "event": event, "queue": queue.name, "length": len(queue)}
        payload.update(extra)
        key = f"queue-events:{call.account_sid}"
        self._send_in_order(key, call, call.queue_event_hook, payload)

    def _post_after_hangup(
        self,
        call: LiveCall,
        action: HookTarget | None,
        verb: dict[str, Any],
        member: QueuedCall,
        result: str,
    ) -> None:
        if action is None:
            return
        queue_sid = f"queue:{call.account_sid}:{verb['name']}"
        payload = {
            **call.info(),
            "queue_sid": queue_sid,
            "queue_time": round(member.waited(self.clock.now())),
            "queue_result": result,
        }
        if "id" in verb:
            payload["verb_id"] = verb["id"]
        self._send_detached(call, action, payload)

    async def _bridged(self, call: LiveCall, bridge: Bridge, partner: str) -> None:
        """Connected to the other call until either side leaves the bridge."""
        call.mute_status = "unmuted"
        self._emit(call, "bridge", {"with": partner})
        try:
            await bridge.ended.wait()
        finally:
            self._end_bridge(bridge)
            call.mute_status = None
            self._emit(call, "bridge", {"ended": partner})

    def _end_bridge(self, bridge: Bridge) -> None:
        """Either side leaving ends the bridge for both, wherever the other runs."""
        if not bridge.ended.is_set():
            bridge.ended.set()
            self.rooms.submit(op("bridge_end", self.clock, enqueued_sid=bridge.enqueued_sid))

    # -- dequeue ---------------------------------------------------------------------
    async def _verb_dequeue(self, call: LiveCall, verb: dict[str, Any]) -> Verbs | None:
        name = verb["name"]
        if not valid_name(name):
            self._alert(call, "invalid-verb", f"dequeue: queue name {name!r} is not valid")
            return await self._action(call, verb, {"dequeue_result": "error"})
        timeout = verb.get("timeout") or 0
        timeout = float(timeout) if isinstance(timeout, int | float) else 0.0
        deadline = self.clock.now() + timeout if timeout > 0 else None
        wanted = str(verb["callSid"]) if verb.get("callSid") else None
        while True:
            # the arrival event first: a call that enters after the claim still wakes us
            arrival = self.rooms.arrival(call.account_sid, name)
            claimed: Claimed | None = await self.rooms.propose(
                op(
                    "q_claim",
                    self.clock,
                    account_sid=call.account_sid,
                    name=name,
                    wanted=wanted,
                    dequeuer_sid=call.call_sid,
                    dequeuer_info=call.info(),
                )
            )
            if claimed is not None:
                break
            if deadline is None:
                await arrival.wait()
                continue
            remaining = deadline - self.clock.now()
            if remaining <= 0 or not await self._wait_event(arrival, remaining):
                return await self._action(call, verb, {"dequeue_result": "timeout"})
        member, bridge = claimed.member, claimed.bridge
        if verb.get("beep") is True:
            self._emit(call, "queue", {"event": "beep", "name": name})
        self._emit(call, "queue", {"event": "dequeued", "name": name, "call_sid": member.call_sid})
        await self._bridged(call, bridge, member.call_sid)
        return await self._action(call, verb, {"dequeue_result": "complete"})

    # -- leave -----------------------------------------------------------------------
    async def _verb_leave(self, call: LiveCall, verb: dict[str, Any]) -> None:
        self._alert(call, "invalid-verb", "leave only applies in an enqueue waitHook")
