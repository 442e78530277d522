"""Live conferences and queues: where the calls that meet in them are kept.

A conference ("room") and a queue are named within an account (two accounts may both
have a queue "support" and never see each other's). `Rooms` is the small interface the
engine and the services use: reads are synchronous, from this process's copy of the
rooms; every change is an operation (`op(...)`, a JSON-able dict) applied by `apply`, a
deterministic step whose result says what the change did (the room it started, the call a
dequeue took, whether a leaver's exit ended the room). `InProcessRooms` applies each at
once, in one process (the embedded default); `shared_rooms.SharedRooms` appends it to a
Redis stream that every instance applies in the same order, so that a room holds the
calls of several instances and every copy agrees.

The objects here only hold state and wake the call tasks that wait on it (each member
has a `changed` event): the `conference`, `enqueue` and `dequeue` verbs of the simulator
run in those tasks and do what a change means for their call (leave the room, post the
actionHook, start hold music...). So the API and the engine change a room the same way,
and never touch another call's task directly.

Times are simulated seconds (see `clock.py`); the API converts them for display.
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from jambonz.calls.clock import Clock
from jambonz.errors import JambonzError, NotFound, Unprocessable

NAME_PATTERN = r"^[A-Za-z0-9._~-]{1,64}$"
_NAME = re.compile(NAME_PATTERN)
DEFAULT_PRIORITY = 999  # jambonz: 0 (first out) .. 999 (the default)
MAX_PRIORITY = 999
# Rooms live in memory: an account may not make an unbounded number of them.
MAX_CONFERENCES_PER_ACCOUNT = 1000
MAX_QUEUES_PER_ACCOUNT = 1000
STATUS_EVENTS = ("start", "end", "join", "leave")

ParticipantRemoval = Literal["removed", "ended", "full"]


def valid_name(name: Any) -> bool:
    """A conference or queue name: URL-safe, 1-64 characters."""
    return isinstance(name, str) and _NAME.match(name) is not None


def check_name(name: str, what: str) -> None:
    if not valid_name(name):
        raise Unprocessable(f"{what} name {name!r} must match {NAME_PATTERN}")


# -- conferences ----------------------------------------------------------------------------


@dataclass(eq=False)
class Participant:
    """A call in a conference verb: waiting for the room to start, then joined."""

    call_sid: str
    from_: str
    to: str
    moderator: bool
    end_on_exit: bool
    arrived_at: float
    muted: bool = False
    held: bool = False
    tag: str | None = None
    joined_at: float | None = None
    # hold music: a hook requested (repeatedly) while the member is on hold
    hold_hook: Any = None
    hold_version: int = 0  # bumped at each hold change: hold music restarts
    removed: ParticipantRemoval | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def joined(self) -> bool:
        return self.joined_at is not None

    def signal(self) -> None:
        self.changed.set()


@dataclass(eq=False)
class Conference:
    """One room of an account. It starts when a moderator (a member whose verb has
    `startConferenceOnEnter` true, the default) enters, and ends when its last member
    leaves, when a member with `endConferenceOnExit` leaves, or through the API."""

    account_sid: str
    name: str
    created_at: float
    from_api: bool = False
    started_at: float | None = None
    max_participants: int | None = None
    max_from_api: bool = False
    record: bool = False
    status_hook: Any = None  # a HookTarget, resolved when it was set
    status_events: list[str] = field(default_factory=list)
    members: dict[str, Participant] = field(default_factory=dict)
    ending: bool = False
    ended: bool = False
    end_sent: bool = False  # its `end` status event has gone out

    @property
    def key(self) -> str:
        """The room's key as jambonz sends it (`conference_sid` in status events)."""
        return f"conf:{self.account_sid}:{self.name}"

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def status(self) -> str:
        if self.started:
            return "in-progress"
        return "waiting" if self.members else "created"

    def joined(self) -> list[Participant]:
        return [m for m in self.members.values() if m.joined]

    def waiting(self) -> list[Participant]:
        return [m for m in self.members.values() if not m.joined]

    def is_full(self) -> bool:
        return self.max_participants is not None and len(self.joined()) >= self.max_participants

    def participant(self, call_sid: str) -> Participant:
        member = self.members.get(call_sid)
        if member is None:
            raise NotFound(f"call {call_sid} is not in conference {self.name}")
        return member

    def start(self, now: float) -> None:
        self.started_at = now
        for member in self.waiting():
            member.signal()

    def mute_all(self, muted: bool) -> list[Participant]:
        """Mute or unmute every joined member that is not a moderator (jambonz's
        `conf_mute_status`); returns those changed."""
        changed = [m for m in self.joined() if not m.moderator and m.muted != muted]
        for member in changed:
            member.muted = muted
            member.signal()
        return changed

    def set_hold(self, member: Participant, held: bool, hook: Any = None) -> None:
        member.held = held
        if held and hook is not None:
            member.hold_hook = hook
        if not held:
            member.hold_hook = None
        member.hold_version += 1
        member.signal()

    def remove(self, member: Participant, why: ParticipantRemoval = "removed") -> None:
        """Take a member out: its conference verb ends and its call goes on."""
        if member.removed is None:
            member.removed = why
        member.signal()

    def end(self) -> None:
        """Every member leaves (the call of each goes on with its actionHook)."""
        self.ending = True
        for member in list(self.members.values()):
            self.remove(member, "ended")


# -- queues ---------------------------------------------------------------------------------


@dataclass(eq=False)
class Bridge:
    """Two calls connected by `dequeue`; over when either side leaves it."""

    enqueued_sid: str
    dequeuer_sid: str
    dequeuer_info: dict[str, Any]
    ended: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(eq=False)
class QueuedCall:
    call_sid: str
    from_: str
    to: str
    priority: int
    seq: int
    enqueued_at: float
    customer_data: dict[str, Any] | None = None
    # what took it out of the queue: ("bridged", Bridge) or ("leave", None)
    outcome: tuple[str, Bridge | None] | None = None
    left_at: float | None = None
    announced: bool = False  # its `leave` queue event has gone out
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def order(self) -> tuple[int, int]:
        return (self.priority, self.seq)

    def waited(self, now: float) -> float:
        return max(0.0, (self.left_at if self.left_at is not None else now) - self.enqueued_at)


@dataclass(eq=False)
class CallQueue:
    account_sid: str
    name: str
    created_at: float
    from_api: bool = False
    max_size: int | None = None
    members: list[QueuedCall] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The queue's key as jambonz sends it (`queue_sid` in hooks)."""
        return f"queue:{self.account_sid}:{self.name}"

    def __len__(self) -> int:
        return len(self.members)

    def position(self, call_sid: str) -> int | None:
        """0 for the next call out (as jambonz's `queue_position`)."""
        for index, member in enumerate(self.members):
            if member.call_sid == call_sid:
                return index
        return None

    def member(self, call_sid: str) -> QueuedCall:
        for member in self.members:
            if member.call_sid == call_sid:
                return member
        raise NotFound(f"call {call_sid} is not in queue {self.name}")

    def add(self, member: QueuedCall) -> None:
        """In priority order, then by arrival."""
        at = len(self.members)
        for index, other in enumerate(self.members):
            if member.order < other.order:
                at = index
                break
        self.members.insert(at, member)

    def take(self, member: QueuedCall, outcome: tuple[str, Bridge | None], now: float) -> None:
        """Out of the queue with this outcome (the member's enqueue verb goes on)."""
        if member in self.members:
            self.members.remove(member)
        if member.outcome is None:
            member.outcome = outcome
            member.left_at = now
        member.changed.set()


# -- the store ------------------------------------------------------------------------------

Op = dict[str, Any]
Then = Callable[[Any], None]


class Rooms(Protocol):
    """What the engine and the services need of the live rooms of all accounts.

    Reads are synchronous, from this process's copy. Every change is an operation (a
    JSON-able dict, `op(...)`) handed to `submit` (its result goes to `then`, if given) or
    to `propose` (awaited: the result, or the JambonzError it raised). An operation is
    applied by `apply`, the same deterministic step on every copy, so that copies that
    apply the same operations in the same order hold the same rooms."""

    clock: Clock

    def conference(self, account_sid: str, name: str) -> Conference | None: ...
    def conferences(self, account_sid: str) -> list[Conference]: ...
    def membership(self, call_sid: str) -> tuple[Conference, Participant] | None: ...
    def queue(self, account_sid: str, name: str) -> CallQueue | None: ...
    def queues(self, account_sid: str, search: str | None = None) -> list[CallQueue]: ...
    def queued(self, call_sid: str) -> tuple[CallQueue, QueuedCall] | None: ...
    def arrival(self, account_sid: str, name: str) -> asyncio.Event: ...
    def submit(self, operation: Op, then: Then | None = None) -> None: ...
    async def propose(self, operation: Op) -> Any: ...
    def calls_gone(self, call_sids: list[str]) -> None: ...
    async def start(self) -> None: ...
    async def stop(self) -> None: ...


def op(kind: str, clock: Clock, **fields: Any) -> Op:
    """An operation on the rooms, stamped with the proposer's (simulated) time."""
    return {"op": kind, "t": clock.now(), **fields}


def op_on(room: Conference | CallQueue, kind: str, clock: Clock, **fields: Any) -> Op:
    """An operation on this conference or queue (it names the room by account and name)."""
    return op(kind, clock, account_sid=room.account_sid, name=room.name, **fields)


@dataclass(frozen=True)
class Entered:
    room: Conference
    member: Participant
    started: bool  # this member's entry started the room


@dataclass(frozen=True)
class Exited:
    room: Conference
    joined: bool  # the member had joined (it was not still waiting)
    remaining: int  # members still joined
    send_end: bool  # this exit ended a started room: its `end` event is the leaver's to send


@dataclass(frozen=True)
class Claimed:
    queue: CallQueue
    member: QueuedCall
    bridge: Bridge


class InProcessRooms:
    """The rooms, keyed by (account_sid, name): applied at once, in this process alone
    (the embedded default), and the state every shared copy keeps (`shared_rooms.py`)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._conferences: dict[tuple[str, str], Conference] = {}
        self._queues: dict[tuple[str, str], CallQueue] = {}
        self._members: dict[str, tuple[Conference, Participant]] = {}
        self._queued: dict[str, tuple[CallQueue, QueuedCall]] = {}
        self._bridges: dict[str, Bridge] = {}  # enqueued call_sid -> its bridge
        self._arrivals: dict[tuple[str, str], asyncio.Event] = {}
        self._seq = itertools.count(1)

    # -- proposing changes --------------------------------------------------------------
    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def submit(self, operation: Op, then: Then | None = None) -> None:
        """Apply now; `then` gets the result (not called when the operation failed)."""
        try:
            result = self.apply(operation)
        except JambonzError:
            return
        if then is not None:
            then(result)

    async def propose(self, operation: Op) -> Any:
        return self.apply(operation)

    def apply(self, operation: Op) -> Any:
        """One change, the same on every copy; raises JambonzError (nothing changed)."""
        handler = getattr(self, "_op_" + operation["op"], None)
        if handler is None:
            raise Unprocessable(f"unknown room operation {operation['op']!r}")
        return handler(operation)

    def calls_gone(self, call_sids: list[str]) -> None:
        """Calls that ended without leaving their rooms (their instance died): out of
        every room and bridge, as if each had hung up."""
        for call_sid in call_sids:
            self.submit({"op": "call_gone", "t": self.clock.now(), "call_sid": call_sid})

    # -- reads --------------------------------------------------------------------------
    def conference(self, account_sid: str, name: str) -> Conference | None:
        return self._conferences.get((account_sid, name))

    def conferences(self, account_sid: str) -> list[Conference]:
        found = [c for (acct, _), c in self._conferences.items() if acct == account_sid]
        return sorted(found, key=lambda c: c.name)

    def membership(self, call_sid: str) -> tuple[Conference, Participant] | None:
        return self._members.get(call_sid)

    def queue(self, account_sid: str, name: str) -> CallQueue | None:
        return self._queues.get((account_sid, name))

    def queues(self, account_sid: str, search: str | None = None) -> list[CallQueue]:
        found = [
            q
            for (acct, name), q in self._queues.items()
            if acct == account_sid and (search is None or fnmatch.fnmatchcase(name, search))
        ]
        return sorted(found, key=lambda q: q.name)

    def queued(self, call_sid: str) -> tuple[CallQueue, QueuedCall] | None:
        return self._queued.get(call_sid)

    def arrival(self, account_sid: str, name: str) -> asyncio.Event:
        """Set when a call next enters the named queue (a `dequeue` waits on it)."""
        return self._arrivals.setdefault((account_sid, name), asyncio.Event())

    # -- helpers ------------------------------------------------------------------------
    def _count(self, rooms: dict[tuple[str, str], Any], account_sid: str, cap: int, what: str):
        if sum(1 for acct, _ in rooms if acct == account_sid) >= cap:
            raise Unprocessable(f"the account already has {cap} {what}, the most it may have")

    def _room(self, operation: Op) -> Conference:
        room = self._conferences.get((operation["account_sid"], operation["name"]))
        if room is None:
            raise NotFound(f"conference {operation['name']} not found")
        return room

    def _participant(self, operation: Op) -> tuple[Conference, Participant]:
        room = self._room(operation)
        return room, room.participant(operation["call_sid"])

    def _forget_conference(self, conference: Conference) -> None:
        """The room is over: gone from the lists (its members leave on their own)."""
        conference.ended = True
        key = (conference.account_sid, conference.name)
        if self._conferences.get(key) is conference:
            del self._conferences[key]

    def _queue(self, operation: Op) -> CallQueue:
        queue = self._queues.get((operation["account_sid"], operation["name"]))
        if queue is None:
            raise NotFound(f"queue {operation['name']} not found")
        return queue

    # -- conference operations ----------------------------------------------------------
    def _op_conf_enter(self, operation: Op) -> Entered:
        """A `conference` verb enters the room (made on first use); a moderator's entry
        starts a room not yet started, with its status hook, events and recording."""
        account_sid, name, t = operation["account_sid"], operation["name"], operation["t"]
        check_name(name, "conference")
        room = self._conferences.get((account_sid, name))
        if room is None:
            self._count(self._conferences, account_sid, MAX_CONFERENCES_PER_ACCOUNT, "conferences")
            room = Conference(account_sid=account_sid, name=name, created_at=t)
            self._conferences[(account_sid, name)] = room
        fields = operation["member"]
        member = Participant(
            call_sid=fields["call_sid"],
            from_=fields["from"],
            to=fields["to"],
            moderator=fields["moderator"],
            end_on_exit=fields["end_on_exit"],
            arrived_at=t,
            muted=fields["muted"],
            tag=fields.get("tag"),
        )
        room.members[member.call_sid] = member
        self._members[member.call_sid] = (room, member)
        start = operation.get("start")
        if start is None or room.started:
            return Entered(room, member, started=False)
        if room.status_hook is None and start.get("status_hook") and start.get("status_events"):
            room.status_hook = start["status_hook"]
            room.status_events = [e for e in STATUS_EVENTS if e in start["status_events"]]
        if start.get("record"):
            room.record = True
        room.start(t)
        return Entered(room, member, started=True)

    def _op_conf_join(self, operation: Op) -> tuple[str, int | None]:
        """Into the started room: ("joined", members now joined), ("full", the room's
        maximum) or ("out", None) when the member was taken out meanwhile."""
        entry = self._members.get(operation["call_sid"])
        if entry is None or entry[1].removed is not None:
            return ("out", None)
        room, member = entry
        if room.is_full():
            member.removed = "full"
            return ("full", room.max_participants)
        member.joined_at = operation["t"]
        wanted = operation.get("max_participants")
        if not room.max_from_api and isinstance(wanted, int | float) and wanted > 1:
            room.max_participants = int(wanted)
        return ("joined", len(room.joined()))

    def _op_conf_exit(self, operation: Op) -> Exited | None:
        """The member's verb is over: out of the room, which ends when its last joined
        member leaves or a member with `endConferenceOnExit` does."""
        entry = self._members.pop(operation["call_sid"], None)
        if entry is None:
            return None
        room, member = entry
        if room.members.get(member.call_sid) is member:
            del room.members[member.call_sid]
        joined, remaining, send_end = member.joined, len(room.joined()), False
        if joined:
            if member.end_on_exit and not room.ending:
                room.end()
                self._forget_conference(room)
            if remaining == 0:
                if room.started and not room.end_sent:
                    room.end_sent = send_end = True
                room.end()
                self._forget_conference(room)
        elif not room.members and not room.from_api:
            # the last caller waiting gave up, or the one that started the room left
            # before it joined: a room nobody is in is over
            if room.started and not room.end_sent:
                room.end_sent = send_end = True
            self._forget_conference(room)
        return Exited(room, joined, remaining, send_end)

    def _op_conf_create(self, operation: Op) -> Conference:
        """A room made ahead of time through the API, with its settings."""
        account_sid, name = operation["account_sid"], operation["name"]
        check_name(name, "conference")
        if (account_sid, name) in self._conferences:
            raise Unprocessable(f"conference {name} already exists")
        self._count(self._conferences, account_sid, MAX_CONFERENCES_PER_ACCOUNT, "conferences")
        room = Conference(
            account_sid=account_sid, name=name, created_at=operation["t"], from_api=True
        )
        self._set_conference(room, operation["settings"])
        self._conferences[(account_sid, name)] = room
        return room

    def _op_conf_update(self, operation: Op) -> None:
        self._set_conference(self._room(operation), operation["settings"])

    @staticmethod
    def _set_conference(room: Conference, settings: dict[str, Any]) -> None:
        if "max_participants" in settings:
            room.max_participants = settings["max_participants"]
            room.max_from_api = settings["max_participants"] is not None
        if "record" in settings:
            room.record = bool(settings["record"])
        if "status_hook" in settings:
            room.status_hook = settings["status_hook"]
        if "status_events" in settings:
            room.status_events = [e for e in STATUS_EVENTS if e in settings["status_events"]]

    def _op_conf_end(self, operation: Op) -> None:
        """Every member leaves (and goes on with its actionHook); the room is gone."""
        room = self._room(operation)
        room.end()
        self._forget_conference(room)

    def _op_conf_mute_all(self, operation: Op) -> list[str]:
        return [m.call_sid for m in self._room(operation).mute_all(operation["muted"])]

    def _op_conf_mute(self, operation: Op) -> None:
        _, member = self._participant(operation)
        member.muted = operation["muted"]
        member.signal()

    def _op_conf_hold(self, operation: Op) -> None:
        room, member = self._participant(operation)
        room.set_hold(member, operation["held"], operation.get("hook"))

    def _op_conf_remove(self, operation: Op) -> None:
        room, member = self._participant(operation)
        room.remove(member, "removed")

    # -- queue operations ---------------------------------------------------------------
    def _op_q_create(self, operation: Op) -> CallQueue:
        account_sid, name = operation["account_sid"], operation["name"]
        check_name(name, "queue")
        if (account_sid, name) in self._queues:
            raise Unprocessable(f"queue {name} already exists")
        self._count(self._queues, account_sid, MAX_QUEUES_PER_ACCOUNT, "queues")
        queue = CallQueue(
            account_sid=account_sid,
            name=name,
            created_at=operation["t"],
            from_api=True,
            max_size=operation.get("max_size"),
        )
        self._queues[(account_sid, name)] = queue
        return queue

    def _op_q_delete(self, operation: Op) -> None:
        """Forget the queue; every waiting call leaves it (`queue_result: leave`)."""
        queue = self._queue(operation)
        del self._queues[(queue.account_sid, queue.name)]
        for member in list(queue.members):
            queue.take(member, ("leave", None), operation["t"])
            self._queued.pop(member.call_sid, None)

    def _op_q_enqueue(self, operation: Op) -> tuple[CallQueue, QueuedCall]:
        """Into the named queue (made on first use), in priority order then by arrival;
        422 when it is full."""
        account_sid, name, t = operation["account_sid"], operation["name"], operation["t"]
        check_name(name, "queue")
        queue = self._queues.get((account_sid, name))
        if queue is None:
            self._count(self._queues, account_sid, MAX_QUEUES_PER_ACCOUNT, "queues")
            queue = CallQueue(account_sid=account_sid, name=name, created_at=t)
            self._queues[(account_sid, name)] = queue
        if queue.max_size is not None and len(queue) >= queue.max_size:
            raise Unprocessable(f"queue {name} is full ({queue.max_size} calls)")
        fields = operation["member"]
        member = QueuedCall(
            call_sid=fields["call_sid"],
            from_=fields["from"],
            to=fields["to"],
            priority=fields["priority"],
            seq=next(self._seq),
            enqueued_at=t,
            customer_data=fields.get("customer_data"),
        )
        queue.add(member)
        self._queued[member.call_sid] = (queue, member)
        arrival = self._arrivals.pop((account_sid, name), None)
        if arrival is not None:
            arrival.set()
        return queue, member

    def _op_q_leave(self, operation: Op) -> None:
        """Out of its queue, not bridged (`leave`, or `abandoned` by a hang-up); its
        enqueue verb goes on."""
        entry = self._queued.get(operation["call_sid"])
        if entry is not None:
            entry[0].take(entry[1], (operation["reason"], None), operation["t"])

    def _op_q_done(self, operation: Op) -> None:
        """The member's verb is over: forget it, and a queue made by calls (not through
        the API) disappears with its last member, as in jambonz."""
        entry = self._queued.pop(operation["call_sid"], None)
        if entry is None:
            return
        queue, member = entry
        if member in queue.members:
            queue.members.remove(member)
        key = (queue.account_sid, queue.name)
        if not queue.from_api and not queue.members and self._queues.get(key) is queue:
            del self._queues[key]

    def _op_q_claim(self, operation: Op) -> Claimed | None:
        """A `dequeue` takes the first call of the queue (or `call_sid`), never its own."""
        queue = self._queues.get((operation["account_sid"], operation["name"]))
        if queue is None:
            return None
        wanted, dequeuer = operation.get("wanted"), operation["dequeuer_sid"]
        for member in queue.members:
            if member.call_sid == dequeuer or (wanted is not None and member.call_sid != wanted):
                continue
            bridge = Bridge(
                enqueued_sid=member.call_sid,
                dequeuer_sid=dequeuer,
                dequeuer_info=operation["dequeuer_info"],
            )
            self._bridges[member.call_sid] = bridge
            queue.take(member, ("bridged", bridge), operation["t"])
            return Claimed(queue, member, bridge)
        return None

    def _op_bridge_end(self, operation: Op) -> None:
        bridge = self._bridges.pop(operation["enqueued_sid"], None)
        if bridge is not None:
            bridge.ended.set()

    def _op_call_gone(self, operation: Op) -> None:
        call_sid = operation["call_sid"]
        member = self._members.get(call_sid)
        if member is not None:
            member[1].removed = member[1].removed or "ended"
            self._op_conf_exit(operation)
        self._op_q_leave({**operation, "reason": "abandoned"})
        self._op_q_done(operation)
        for enqueued, bridge in list(self._bridges.items()):
            if call_sid in (bridge.enqueued_sid, bridge.dequeuer_sid):
                self._op_bridge_end({"enqueued_sid": enqueued})
