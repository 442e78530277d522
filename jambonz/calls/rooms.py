"""Live conferences and queues: where the calls that meet in them are kept.

A conference ("room") and a queue are named within an account (two accounts may both
have a queue "support" and never see each other's). Both exist in this process only, like
live calls (`state.py`): `Rooms` is the small interface the engine and the services use,
and `InProcessRooms` its implementation; a shared store could implement it later.

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
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from jambonz.calls.clock import Clock
from jambonz.errors import NotFound, Unprocessable

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


class Rooms(Protocol):
    """What the engine and the services need of the live rooms of all accounts."""

    clock: Clock

    def conference(self, account_sid: str, name: str) -> Conference | None: ...
    def conferences(self, account_sid: str) -> list[Conference]: ...
    def open_conference(self, account_sid: str, name: str) -> Conference: ...
    def create_conference(self, account_sid: str, name: str, **settings: Any) -> Conference: ...
    def forget_conference(self, conference: Conference) -> None: ...
    def membership(self, call_sid: str) -> tuple[Conference, Participant] | None: ...
    def enter(self, conference: Conference, member: Participant) -> None: ...
    def exit(self, conference: Conference, member: Participant) -> None: ...
    def queue(self, account_sid: str, name: str) -> CallQueue | None: ...
    def queues(self, account_sid: str, search: str | None = None) -> list[CallQueue]: ...
    def create_queue(self, account_sid: str, name: str, max_size: int | None) -> CallQueue: ...
    def delete_queue(self, account_sid: str, name: str) -> CallQueue: ...
    def enqueue(self, account_sid: str, name: str, member: QueuedCall) -> CallQueue: ...
    def dequeued(self, queue: CallQueue, member: QueuedCall) -> None: ...
    def queued(self, call_sid: str) -> tuple[CallQueue, QueuedCall] | None: ...
    def next_seq(self) -> int: ...
    def arrival(self, account_sid: str, name: str) -> asyncio.Event: ...
    def claim(
        self, account_sid: str, name: str, call_sid: str | None, bridge_for: Any
    ) -> tuple[CallQueue, QueuedCall] | None: ...


class InProcessRooms:
    """The rooms of this process, keyed by (account_sid, name)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._conferences: dict[tuple[str, str], Conference] = {}
        self._queues: dict[tuple[str, str], CallQueue] = {}
        self._members: dict[str, tuple[Conference, Participant]] = {}
        self._queued: dict[str, tuple[CallQueue, QueuedCall]] = {}
        self._arrivals: dict[tuple[str, str], asyncio.Event] = {}
        self._seq = itertools.count(1)

    # -- conferences --------------------------------------------------------------------
    def conference(self, account_sid: str, name: str) -> Conference | None:
        return self._conferences.get((account_sid, name))

    def conferences(self, account_sid: str) -> list[Conference]:
        found = [c for (acct, _), c in self._conferences.items() if acct == account_sid]
        return sorted(found, key=lambda c: c.name)

    def _count(self, rooms: dict[tuple[str, str], Any], account_sid: str, cap: int, what: str):
        if sum(1 for acct, _ in rooms if acct == account_sid) >= cap:
            raise Unprocessable(f"the account already has {cap} {what}, the most it may have")

    def open_conference(self, account_sid: str, name: str) -> Conference:
        """The room a `conference` verb enters: the existing one or a new one."""
        check_name(name, "conference")
        room = self._conferences.get((account_sid, name))
        if room is None:
            self._count(self._conferences, account_sid, MAX_CONFERENCES_PER_ACCOUNT, "conferences")
            room = Conference(account_sid=account_sid, name=name, created_at=self.clock.now())
            self._conferences[(account_sid, name)] = room
        return room

    def create_conference(self, account_sid: str, name: str, **settings: Any) -> Conference:
        """A room made ahead of time through the API, with its settings."""
        check_name(name, "conference")
        if (account_sid, name) in self._conferences:
            raise Unprocessable(f"conference {name} already exists")
        self._count(self._conferences, account_sid, MAX_CONFERENCES_PER_ACCOUNT, "conferences")
        room = Conference(
            account_sid=account_sid, name=name, created_at=self.clock.now(), from_api=True
        )
        for key, value in settings.items():
            setattr(room, key, value)
        room.max_from_api = room.max_participants is not None
        self._conferences[(account_sid, name)] = room
        return room

    def forget_conference(self, conference: Conference) -> None:
        """The room is over: gone from the lists (its members leave on their own)."""
        conference.ended = True
        key = (conference.account_sid, conference.name)
        if self._conferences.get(key) is conference:
            del self._conferences[key]

    def membership(self, call_sid: str) -> tuple[Conference, Participant] | None:
        return self._members.get(call_sid)

    def enter(self, conference: Conference, member: Participant) -> None:
        conference.members[member.call_sid] = member
        self._members[member.call_sid] = (conference, member)

    def exit(self, conference: Conference, member: Participant) -> None:
        if conference.members.get(member.call_sid) is member:
            del conference.members[member.call_sid]
        if self._members.get(member.call_sid, (None, None))[1] is member:
            del self._members[member.call_sid]

    # -- queues -------------------------------------------------------------------------
    def queue(self, account_sid: str, name: str) -> CallQueue | None:
        return self._queues.get((account_sid, name))

    def queues(self, account_sid: str, search: str | None = None) -> list[CallQueue]:
        found = [
            q
            for (acct, name), q in self._queues.items()
            if acct == account_sid and (search is None or fnmatch.fnmatchcase(name, search))
        ]
        return sorted(found, key=lambda q: q.name)

    def create_queue(self, account_sid: str, name: str, max_size: int | None) -> CallQueue:
        check_name(name, "queue")
        if (account_sid, name) in self._queues:
            raise Unprocessable(f"queue {name} already exists")
        self._count(self._queues, account_sid, MAX_QUEUES_PER_ACCOUNT, "queues")
        queue = CallQueue(
            account_sid=account_sid,
            name=name,
            created_at=self.clock.now(),
            from_api=True,
            max_size=max_size,
        )
        self._queues[(account_sid, name)] = queue
        return queue

    def delete_queue(self, account_sid: str, name: str) -> CallQueue:
        """Forget the queue; every waiting call leaves it (`queue_result: leave`)."""
        queue = self._queues.pop((account_sid, name), None)
        if queue is None:
            raise NotFound(f"queue {name} not found")
        now = self.clock.now()
        for member in list(queue.members):
            queue.take(member, ("leave", None), now)
            self._queued.pop(member.call_sid, None)
        return queue

    def enqueue(self, account_sid: str, name: str, member: QueuedCall) -> CallQueue:
        """Into the named queue (made on first use); 422 when it is full."""
        check_name(name, "queue")
        queue = self._queues.get((account_sid, name))
        if queue is None:
            self._count(self._queues, account_sid, MAX_QUEUES_PER_ACCOUNT, "queues")
            queue = CallQueue(account_sid=account_sid, name=name, created_at=self.clock.now())
            self._queues[(account_sid, name)] = queue
        if queue.max_size is not None and len(queue) >= queue.max_size:
            raise Unprocessable(f"queue {name} is full ({queue.max_size} calls)")
        queue.add(member)
        self._queued[member.call_sid] = (queue, member)
        arrival = self._arrivals.pop((account_sid, name), None)
        if arrival is not None:
            arrival.set()
        return queue

    def dequeued(self, queue: CallQueue, member: QueuedCall) -> None:
        """The member's verb is over: forget it, and a queue made by calls (not through
        the API) disappears with its last member, as in jambonz."""
        if member in queue.members:
            queue.members.remove(member)
        if self._queued.get(member.call_sid, (None, None))[1] is member:
            del self._queued[member.call_sid]
        key = (queue.account_sid, queue.name)
        if not queue.from_api and not queue.members and self._queues.get(key) is queue:
            del self._queues[key]

    def queued(self, call_sid: str) -> tuple[CallQueue, QueuedCall] | None:
        return self._queued.get(call_sid)

    def next_seq(self) -> int:
        return next(self._seq)

    def arrival(self, account_sid: str, name: str) -> asyncio.Event:
        """Set when a call next enters the named queue (a `dequeue` waits on it)."""
        return self._arrivals.setdefault((account_sid, name), asyncio.Event())

    def claim(
        self, account_sid: str, name: str, call_sid: str | None, bridge_for: Any
    ) -> tuple[CallQueue, QueuedCall] | None:
        """Take the first live call of the queue (or `call_sid`) for a `dequeue`.

        `bridge_for(member)` returns the Bridge for a member whose call is still live, or
        None (that member is skipped). Nothing awaits in here: two dequeuers can never
        take the same call.
        """
        queue = self._queues.get((account_sid, name))
        if queue is None:
            return None
        for member in list(queue.members):
            if call_sid is not None and member.call_sid != call_sid:
                continue
            bridge = bridge_for(member)
            if bridge is None:
                continue
            queue.take(member, ("bridged", bridge), self.clock.now())
            return queue, member
        return None
