"""The embedded call simulator: calls with no telephone network behind them.

From the application's side a simulated call is indistinguishable from a jambonz call: the
same webhook requests (`session:new`, `session:redirect`, `verb:hook`, `call:status`), the
same payload fields and signatures, the same status sequence, and the same effect of the
verbs the application returns. The far end's behaviour is chosen by deterministic rules
on the target (see `farend.py`); every wait goes through the `Clock`, so calls can run
faster than real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import deque
from collections.abc import Coroutine
from typing import Any

from jambonz.alerts import (
    Alert,
    AlertSink,
    NoAlerts,
    call_limit_alert,
    no_carrier_alert,
    webhook_alert,
)
from jambonz.calls.clock import Clock
from jambonz.calls.engine import (
    CallEvent,
    CallRecorder,
    CallSetup,
    CallUpdate,
    Carrier,
    CarrierRouter,
)
from jambonz.calls.farend import FarEnd, far_end_for, reason_for
from jambonz.calls.rooms import InProcessRooms, Rooms, op_on
from jambonz.calls.roomverbs import RoomVerbs
from jambonz.calls.shared import SharedCalls
from jambonz.calls.state import InProcessCallStore, LiveCall, LiveCallStore
from jambonz.errors import Unprocessable
from jambonz.verbs import normalize_verbs
from jambonz.webhooks_out import HookTarget, WebhookResult, WebhookSender

log = logging.getLogger("jambonz.simulator")

WORDS_PER_SECOND = 2.5
DEFAULT_PLAY_SECONDS = 5.0
DEFAULT_GATHER_TIMEOUT = 5.0
DTMF_SECONDS_PER_DIGIT = 0.25
# Verbs that need the call answered (media) before they can run.
_NO_MEDIA_VERBS = frozenset(
    {"tag", "config", "redirect", "sip:decline", "hangup", "message", "leave"}
)


class _Hangup(Exception):
    """Unwinds the verb loop once the call has ended."""


class SimulatorEngine(RoomVerbs):
    """Runs every call as asyncio tasks in this process (conference and queue verbs are
    in `roomverbs.py`, their rooms in `rooms.py`)."""

    def __init__(
        self,
        *,
        clock: Clock,
        sender: WebhookSender,
        recorder: CallRecorder,
        store: LiveCallStore | None = None,
        rooms: Rooms | None = None,
        router: CarrierRouter | None = None,
        alerts: AlertSink | None = None,
        shared: SharedCalls | None = None,
    ) -> None:
        self.clock = clock
        # With several instances (JAMBONZ_REDIS_URL): this instance's calls as the others
        # see them, and the account's calls counted across all (jambonz/calls/shared.py).
        self.shared = shared
        # Where alerts go for the account's operator (GET .../Alerts); never blocks a call.
        self.alerts: AlertSink = alerts or NoAlerts()
        self.sender = sender
        self.recorder = recorder
        # Chooses the carrier of a `dial` leg to a phone number (None: no carrier recorded).
        self.router = router
        self.store: LiveCallStore = store or InProcessCallStore()
        self.rooms: Rooms = rooms or InProcessRooms(clock)
        # webhooks that must leave in order (a room's status events, an account's queue
        # events), one queue and one sender task per key while there is something to send
        self._ordered: dict[str, asyncio.Queue[tuple[LiveCall, HookTarget, dict[str, Any]]]] = {}
        self._subscribers: list[asyncio.Queue[CallEvent]] = []
        self._status_queues: dict[str, asyncio.Queue[tuple[Any, Any, dict[str, Any]] | None]] = {}
        self._status_senders: set[asyncio.Task[Any]] = set()
        self._far_ends: dict[str, FarEnd] = {}
        # The hook relative URLs of each call resolve against (its call_hook, or where a
        # redirect took it), with its credentials: jambonz sends them with relative hooks.
        self._bases: dict[str, HookTarget | None] = {}

    # -- engine interface ------------------------------------------------------------
    async def start(self) -> None:
        await self.rooms.start()

    async def stop(self) -> None:
        """End every live call cleanly (recorded), let their verbs wind up (leave their
        rooms), then flush status webhooks and room events."""
        live = self.store.all()
        tasks = {task for call in live for task in call.tasks}
        for call in live:
            if call.answered:
                await self._finish(call, "completed", 200, "OK", by="jambonz")
            else:
                await self._finish(call, "no-answer", 487, "Request Terminated", by="jambonz")
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        await self.rooms.stop()
        if self._status_senders:
            await asyncio.wait(self._status_senders, timeout=5)
        if self.shared is not None:
            await self.shared.flush()
        await self.sender.aclose()

    async def create_call(self, setup: CallSetup) -> LiveCall:
        call = LiveCall(
            call_sid=str(uuid.uuid4()),
            account_sid=setup.account_sid,
            service_provider_sid=setup.service_provider_sid,
            application_sid=setup.application_sid,
            direction=setup.direction,
            from_=setup.from_,
            to=setup.to,
            call_id=f"{uuid.uuid4().hex[:16]}@127.0.0.1",
            webhook_secret=setup.webhook_secret,
            call_hook=setup.call_hook,
            call_status_hook=setup.call_status_hook,
            queue_event_hook=setup.queue_event_hook,
            caller_name=setup.caller_name,
            originating_sip_ip=setup.originating_sip_ip,
            originating_sip_trunk_name=setup.originating_sip_trunk_name,
            voip_carrier_sid=setup.carrier.voip_carrier_sid if setup.carrier else None,
            trunk=setup.carrier.name if setup.carrier else None,
            customer_data=setup.tag,
            defaults=setup.defaults,
            env_vars=setup.env_vars,
            app_verbs=setup.app_verbs,
            target=setup.target,
            timeout=setup.timeout,
            time_limit=setup.time_limit,
            created_at=self.clock.now(),
        )
        # The limit check and the store's add run with no await between them, so that
        # concurrent requests cannot both take the last session; with several instances
        # Redis counts and adds in one step.
        if self.shared is not None:
            if not await self.shared.admit(call, setup.session_limit):
                assert setup.session_limit is not None
                self.raise_limit_alert(setup, setup.session_limit)
                raise Unprocessable(
                    "account has reached its voice_call_session limit "
                    f"({setup.session_limit} concurrent calls)"
                )
        elif setup.session_limit is not None:
            live = [c for c in self.store.for_account(call.account_sid) if not c.parent_call_sid]
            if len(live) >= setup.session_limit:
                self.raise_limit_alert(setup, setup.session_limit)
                raise Unprocessable(
                    "account has reached its voice_call_session limit "
                    f"({setup.session_limit} concurrent calls)"
                )
        self._far_ends[call.call_sid] = far_end_for(setup.target)
        self._bases[call.call_sid] = _hook_target(setup.call_hook)
        self.store.add(call)
        call.history.append(self._history_entry(call))
        try:
            await self.recorder.save(call)
        except BaseException:
            self._forget(call)
            raise
        if self.shared is not None:
            self.shared.changed(call)
        if setup.direction == "inbound":
            self._spawn(call, self._guard(call, self._run_inbound(call)))
        else:
            self._spawn(call, self._guard(call, self._run_outbound(call)))
        return call

    def live_call(self, call_sid: str) -> LiveCall | None:
        return self.store.get(call_sid)

    def live_calls(self, account_sid: str) -> list[LiveCall]:
        return self.store.for_account(account_sid)

    def subscribe(self) -> asyncio.Queue[CallEvent]:
        queue: asyncio.Queue[CallEvent] = asyncio.Queue()
        self._subscribers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[CallEvent]) -> None:
        with contextlib.suppress(ValueError):
            self._subscribers.remove(queue)

    async def hangup(self, call_sid: str) -> bool:
        call = self.store.get(call_sid)
        if call is None:
            return False
        if call.answered:
            await self._finish(call, "completed", 200, "OK", by="jambonz")
        else:
            await self._finish(call, "no-answer", 487, "Request Terminated", by="jambonz")
        return True

    async def update_call(self, call_sid: str, update: CallUpdate) -> None:
        """Live call control; raises Unprocessable when the call's state forbids it.

        Every part of the request is checked before anything is done, so a refused
        request changes nothing (a whisper is not played when its companion is refused).
        """
        call = self.store.get(call_sid)
        if call is None or call.is_final:
            raise Unprocessable(f"call session is gone for call_sid {call_sid}")
        self._check_update(call, update)
        if update.whisper is not None:
            self._whisper(call, update.whisper)
        if update.call_status == "completed":
            await self._finish(call, "completed", 200, "OK", by="jambonz")
        elif update.call_status == "no-answer":
            if call.direction == "inbound":  # an unanswered inbound call is rejected
                await self._finish(call, "no-answer", 503, reason_for(503), by="jambonz")
            else:
                await self._finish(call, "no-answer", 487, reason_for(487), by="jambonz")
        elif update.listen_status is not None:
            call.listen_status = {"resume": "active", "pause": "paused"}.get(
                update.listen_status, update.listen_status
            )
            self._emit(call, "control", {"listen_status": call.listen_status})
        elif update.mute_status is not None:
            muted = update.mute_status == "mute"
            membership = self.rooms.membership(call.call_sid)
            if call.mute_status is None and membership is not None:
                room, _ = membership
                await self.rooms.propose(
                    op_on(room, "conf_mute", self.clock, call_sid=call.call_sid, muted=muted)
                )
            else:
                call.mute_status = "muted" if muted else "unmuted"
            self._emit(call, "control", {"mute_status": "muted" if muted else "unmuted"})
        elif update.conf_mute_status is not None:
            room, _ = self._conference_of(call, "conf_mute_status")
            muted = update.conf_mute_status == "mute"
            changed = await self.rooms.propose(
                op_on(room, "conf_mute_all", self.clock, muted=muted)
            )
            self._emit(
                call,
                "control",
                {"conf_mute_status": update.conf_mute_status, "members": changed},
            )
        elif update.conf_hold_status is not None:
            room, _ = self._conference_of(call, "conf_hold_status")
            hook = self._resolve(call, update.wait_hook) if update.wait_hook else None
            held = update.conf_hold_status == "hold"
            await self.rooms.propose(
                op_on(room, "conf_hold", self.clock, call_sid=call.call_sid, held=held, hook=hook)
            )
            self._emit(call, "control", {"conf_hold_status": update.conf_hold_status})
        elif update.call_hook is not None:
            if update.call_status_hook is not None:
                call.call_status_hook = update.call_status_hook
            await self._cancel_app(call)
            call.app_task = self._spawn(
                call, self._guard(call, self._run_redirect(call, update.call_hook))
            )

    def _conference_of(self, call: LiveCall, what: str) -> tuple[Any, Any]:
        membership = self.rooms.membership(call.call_sid)
        if membership is None or not membership[1].joined:
            raise Unprocessable(f"{what} needs the call to be in a conference")
        return membership

    def _check_update(self, call: LiveCall, update: CallUpdate) -> None:
        if update.whisper is not None and call.mute_status is None and not call.listen_status:
            raise Unprocessable("whisper needs the call to be in a dial or a listen")
        if update.call_status == "completed" and not call.answered:
            raise Unprocessable(
                "call_status completed needs an answered call; use no-answer to cancel "
                "a ringing call"
            )
        if update.call_status == "no-answer" and call.answered:
            raise Unprocessable(
                "call_status no-answer needs an unanswered call; use completed to hang up"
            )
        if update.listen_status is not None and call.listen_status is None:
            raise Unprocessable("listen_status needs an active listen or stream")
        if (
            update.mute_status is not None
            and call.mute_status is None
            and self.rooms.membership(call.call_sid) is None
        ):
            raise Unprocessable("mute_status needs the call to be in a dial or a conference")
        if update.conf_mute_status is not None:
            self._conference_of(call, "conf_mute_status")
        if update.conf_hold_status is not None:
            self._conference_of(call, "conf_hold_status")
        if update.call_hook is not None and not call.answered and call.direction == "outbound":
            raise Unprocessable("call_hook redirect needs an answered call")

    # -- lifecycle -------------------------------------------------------------------
    async def _run_outbound(self, call: LiveCall) -> None:
        far = self._far_ends[call.call_sid]
        await self._status(call, "trying", 100, "Trying")
        if not await self._ring(call, far):
            return
        await self._answer(call, far)
        if call.is_final:
            return
        call.app_task = asyncio.current_task()  # a redirect from now on replaces this
        if call.app_verbs is not None:
            verbs = call.app_verbs
        else:
            verbs = await self._fetch_app(call, call.call_hook, self._session_new(call))
            if verbs is None:
                await self._finish(call, "completed", 200, "OK", by="jambonz")
                return
        await self._run_verbs(call, verbs)

    async def _run_inbound(self, call: LiveCall) -> None:
        call.app_task = asyncio.current_task()
        await self._status(call, "trying", 100, "Trying")
        if call.app_verbs is not None:
            verbs = call.app_verbs
        else:
            verbs = await self._fetch_app(call, call.call_hook, self._session_new(call))
            if verbs is None:
                await self._finish(call, "failed", 480, "Temporarily Unavailable", by="jambonz")
                return
        await self._run_verbs(call, verbs)

    async def _guard(self, call: LiveCall, coro: Coroutine[Any, Any, Any]) -> None:
        """Run a call's task; a bug or an unexpected answer ends that call, never the engine."""
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except _Hangup:
            return
        except Exception as exc:
            log.exception("call %s: simulator task failed", call.call_sid)
            self._alert(call, "simulator-error", f"the call ended on an internal error: {exc}")
            if not call.is_final:
                if call.answered:
                    await self._finish(call, "completed", 200, "OK", by="jambonz")
                else:
                    await self._finish(call, "failed", 500, "Server Internal Error", by="jambonz")

    async def _ring(self, call: LiveCall, far: FarEnd) -> bool:
        """Ringing phase of an outbound leg; False when it ended unanswered."""
        started = self.clock.now()
        if far.early_media:
            await self._status(call, "early-media", 183, "Session Progress")
        else:
            await self._status(call, "ringing", 180, "Ringing")
        if far.result == "answer" and far.ring < call.timeout:
            await self.clock.sleep_until(started + far.ring)
            return True
        if far.rings_out or far.result == "answer" or far.ring >= call.timeout:
            # never answers: the caller gives up at its ring timeout
            await self.clock.sleep_until(started + call.timeout)
            status, code, reason = (
                far.final_status() if far.rings_out else ("no-answer", 487, reason_for(487))
            )
            await self._finish(call, status, code, reason, by="jambonz")
            return False
        await self.clock.sleep_until(started + far.ring)
        status, code, reason = far.final_status()
        await self._finish(call, status, code, reason, by="caller")
        return False

    async def _answer(self, call: LiveCall, far: FarEnd | None = None) -> None:
        if call.is_final:  # ended while it rang: too late to answer
            return
        answered = call.answered_at = self.clock.now()
        await self._status(call, "in-progress", 200, "OK")
        far = far or self._far_ends.get(call.call_sid)
        if call.is_final:  # hung up while the answer was being recorded
            return
        # Deadlines count from the answer, not from when the status was written.
        if far is not None and far.hangup_after is not None:
            self._spawn(call, self._hangup_at(call, answered + far.hangup_after, "caller"))
        if call.time_limit:
            self._spawn(call, self._hangup_at(call, answered + call.time_limit, "jambonz"))

    async def _hangup_at(self, call: LiveCall, deadline: float, by: str) -> None:
        await self.clock.sleep_until(deadline)
        # The call ended at its deadline, whatever the loop's latency in getting here.
        await self._finish(call, "completed", 200, "OK", by=by, at=deadline)

    async def _finish(
        self,
        call: LiveCall,
        status: str,
        code: int,
        reason: str,
        *,
        by: str,
        at: float | None = None,
    ) -> None:
        """End a call once: final status, record, status webhook, cancel its tasks."""
        if call.is_final:
            return
        call.ended_at = at if at is not None else self.clock.now()
        call.call_termination_by = by
        call.listen_status = None
        call.mute_status = None
        await self._status(call, status, code, reason)
        call.ended.set()
        self._forget(call)
        if call.dial_child_sid and (child := self.store.get(call.dial_child_sid)):
            await self.hangup(child.call_sid)
        current = asyncio.current_task()
        for task in list(call.tasks):
            if task is not current:
                task.cancel()

    def _forget(self, call: LiveCall) -> None:
        self.store.remove(call.call_sid)
        if self.shared is not None:
            self.shared.ended(call)
        self._far_ends.pop(call.call_sid, None)
        self._bases.pop(call.call_sid, None)

    # -- verbs -----------------------------------------------------------------------
    async def _fetch_app(
        self, call: LiveCall, hook: Any, payload: dict[str, Any]
    ) -> list[dict[str, Any]] | None:
        """Request an application document; None when it is unusable (alert raised)."""
        result = await self._request(call, hook, payload, expect_verbs=True)
        if result is None or not result.ok:
            return None
        verbs = self._valid_verbs(call, result.body)
        if not verbs:
            self._alert(call, "invalid-app-payload", "the application returned no usable verbs")
            return None
        return verbs

    def _valid_verbs(self, call: LiveCall, body: Any) -> list[dict[str, Any]]:
        """Each verb validated on its own: invalid ones are reported and skipped."""
        if not isinstance(body, list):
            return []
        verbs: list[dict[str, Any]] = []
        for position, element in enumerate(body, start=1):
            try:
                verbs.extend(normalize_verbs([element]))
            except Exception as exc:  # BadRequest from the validator
                msg = getattr(exc, "msg", str(exc)).replace("verb 1", f"verb {position}", 1)
                self._alert(call, "invalid-app-payload", msg)
        return verbs

    async def _run_redirect(self, call: LiveCall, hook: Any) -> None:
        self._rebase(call, hook)
        verbs = await self._fetch_app(call, hook, call.info())
        if verbs is None:
            if not call.answered:
                await self._finish(call, "failed", 480, "Temporarily Unavailable", by="jambonz")
            return
        await self._run_verbs(call, verbs)

    async def _run_verbs(self, call: LiveCall, verbs: list[dict[str, Any]]) -> None:
        pending = deque(verbs)
        try:
            while pending and not call.is_final:
                verb = pending.popleft()
                if not call.answered and verb["verb"] not in _NO_MEDIA_VERBS:
                    await self._answer(call)
                    if call.is_final:
                        break
                self._emit(call, "verb", {"verb": verb["verb"]})
                replacement = await self._exec(call, verb)
                if replacement is not None:
                    pending = deque(replacement)
        except _Hangup:
            return
        if not call.is_final:
            if call.answered:
                await self._finish(call, "completed", 200, "OK", by="jambonz")
            else:
                await self._finish(call, "failed", 480, "Temporarily Unavailable", by="jambonz")

    async def _exec(self, call: LiveCall, verb: dict[str, Any]) -> list[dict[str, Any]] | None:
        name = verb["verb"]
        handler = getattr(self, "_verb_" + name.replace(":", "_"), None)
        if handler is None:
            self._alert(call, "unsupported-verb", f"verb {name} is not supported by the simulator")
            return None
        try:
            return await handler(call, verb)
        except _Hangup:
            raise
        except Exception as exc:  # an odd property value must not end the engine
            log.exception("call %s: verb %s failed", call.call_sid, name)
            self._alert(call, "invalid-app-payload", f"verb {name} could not run: {exc}")
            return None

    async def _action(
        self, call: LiveCall, verb: dict[str, Any], extra: dict[str, Any]
    ) -> list[dict[str, Any]] | None:
        """POST a verb's actionHook; a non-empty verb array replaces the remaining verbs."""
        hook = verb.get("actionHook")
        if not hook or call.is_final:
            return None
        payload = {**call.info(), **extra}
        if "id" in verb:
            payload["verb_id"] = verb["id"]
        result = await self._request(call, hook, payload, expect_verbs=True)
        if result is None or not result.ok or not result.body:
            return None
        verbs = self._valid_verbs(call, result.body)
        return verbs or None

    async def _verb_say(self, call: LiveCall, verb: dict[str, Any]) -> None:
        text = verb.get("text") or ""
        texts = text if isinstance(text, list) else [text]
        words = sum(len(str(t).split()) for t in texts)
        await self._loop(verb, max(0.5, words / WORDS_PER_SECOND))

    async def _verb_play(self, call: LiveCall, verb: dict[str, Any]) -> list[dict[str, Any]] | None:
        urls = verb["url"] if isinstance(verb["url"], list) else [verb["url"]]
        seconds = float(verb.get("timeoutSecs") or DEFAULT_PLAY_SECONDS) * len(urls)
        played = await self._loop(verb, seconds)
        return await self._action(
            call,
            verb,
            {
                "reason": "playCompleted",
                "playback_seconds": round(played),
                "playback_milliseconds": round(played * 1000),
            },
        )

    async def _loop(self, verb: dict[str, Any], seconds: float) -> float:
        loop = verb.get("loop", 1)
        if loop in ("forever", 0):
            while True:
                await self.clock.sleep(seconds)
        count = (
            max(1, int(loop)) if isinstance(loop, int | float | str) and str(loop).isdigit() else 1
        )
        await self.clock.sleep(seconds * count)
        return seconds * count

    async def _verb_pause(self, call: LiveCall, verb: dict[str, Any]) -> None:
        await self.clock.sleep(float(verb.get("length", 1)))

    async def _verb_hangup(self, call: LiveCall, verb: dict[str, Any]) -> None:
        if call.answered:
            await self._finish(call, "completed", 200, "OK", by="jambonz")
        else:
            await self._finish(call, "failed", 480, "Temporarily Unavailable", by="jambonz")
        raise _Hangup

    async def _verb_sip_decline(self, call: LiveCall, verb: dict[str, Any]) -> None:
        if call.answered or call.direction != "inbound":
            self._alert(
                call, "invalid-verb", "sip:decline only applies to an unanswered inbound call"
            )
            return
        code = int(verb.get("status", 603))
        status, _, default_reason = FarEnd(result="reject", code=code).final_status()
        await self._finish(
            call, status, code, str(verb.get("reason") or default_reason), by="jambonz"
        )
        raise _Hangup

    async def _verb_redirect(
        self, call: LiveCall, verb: dict[str, Any]
    ) -> list[dict[str, Any]] | None:
        self._rebase(call, verb["actionHook"])
        result = await self._request(call, verb["actionHook"], call.info(), expect_verbs=True)
        if result is None or not result.ok:
            return None
        return self._valid_verbs(call, result.body)

    async def _verb_tag(self, call: LiveCall, verb: dict[str, Any]) -> None:
        call.customer_data = dict(verb.get("data") or {})
        await self._save(call)

    async def _verb_config(self, call: LiveCall, verb: dict[str, Any]) -> None:
        for key in ("synthesizer", "recognizer"):
            if isinstance(verb.get(key), dict):
                call.defaults = {**call.defaults, key: {**call.defaults.get(key, {}), **verb[key]}}
        stream = verb.get("listen") or verb.get("stream")
        if isinstance(stream, dict):
            call.listen_status = "active" if stream.get("enable", True) else None

    async def _verb_gather(
        self, call: LiveCall, verb: dict[str, Any]
    ) -> list[dict[str, Any]] | None:
        for prompt in ("say", "play"):
            if isinstance(verb.get(prompt), dict):
                await getattr(self, "_verb_" + prompt)(call, {"verb": prompt, **verb[prompt]})
        far = self._far_ends.get(call.call_sid) or FarEnd()
        inputs = verb.get("input") or ["digits"]
        extra: dict[str, Any]
        if "digits" in inputs and far.digits:
            digits = _collect_digits(far.digits, verb)
            await self.clock.sleep(len(digits) * DTMF_SECONDS_PER_DIGIT)
            extra = {"reason": "dtmfDetected", "digits": digits}
        elif "speech" in inputs and far.speech:
            await self.clock.sleep(max(0.5, len(far.speech.split()) / WORDS_PER_SECOND))
            language = (verb.get("recognizer") or {}).get("language") or call.defaults.get(
                "recognizer", {}
            ).get("language", "en-US")
            extra = {
                "reason": "speechDetected",
                "speech": {
                    "language_code": language,
                    "is_final": True,
                    "alternatives": [{"transcript": far.speech, "confidence": 0.95}],
                },
            }
        else:
            await self.clock.sleep(float(verb.get("timeout", DEFAULT_GATHER_TIMEOUT)))
            extra = {"reason": "timeout"}
        return await self._action(call, verb, extra)

    async def _verb_listen(
        self, call: LiveCall, verb: dict[str, Any]
    ) -> list[dict[str, Any]] | None:
        call.listen_status = "active"
        try:
            if verb.get("maxLength"):
                await self.clock.sleep(float(verb["maxLength"]))
            else:
                await call.ended.wait()
        finally:
            call.listen_status = None
        return await self._action(call, verb, {})

    async def _verb_dial(self, call: LiveCall, verb: dict[str, Any]) -> list[dict[str, Any]] | None:
        timeout = float(verb.get("timeout", 60))
        legs: list[tuple[LiveCall, FarEnd]] = []
        try:
            for target in verb["target"]:
                child = await self.create_child(call, target, verb, timeout)
                legs.append((child, self._far_ends[child.call_sid]))
        except BaseException:  # no leg is left ringing with nobody to end it
            for child, _ in legs:
                await self._finish(child, "failed", 500, reason_for(500), by="jambonz")
            raise
        answered = await self._first_answer(legs)
        if answered is None:
            last = legs[-1][0]
            return await self._action(
                call,
                verb,
                {
                    "dial_call_status": last.call_status,
                    "dial_sip_status": last.sip_status,
                    "dial_call_sid": last.call_sid,
                },
            )
        child, far = answered
        call.dial_child_sid = child.call_sid
        call.mute_status = "unmuted"
        nested_listen = verb.get("listen") or verb.get("stream")
        if nested_listen:
            call.listen_status = "active"
        await self._answer(child, far)
        try:
            await child.ended.wait()
        finally:
            call.dial_child_sid = None
            call.mute_status = None
            if nested_listen:
                call.listen_status = None
            if not child.is_final:
                await self._finish(child, "completed", 200, "OK", by="jambonz")
        return await self._action(
            call,
            verb,
            {
                "dial_call_status": child.call_status,
                "dial_sip_status": child.sip_status,
                "dial_call_sid": child.call_sid,
                "dial_call_duration": child.duration(),
            },
        )

    async def create_child(
        self, parent: LiveCall, target: dict[str, Any], verb: dict[str, Any], timeout: float
    ) -> LiveCall:
        """A B-leg of `dial`: its own sid and status webhooks, with `parent_call_sid`."""
        caller = str(verb.get("callerId") or parent.from_)
        carrier = await self._carrier_for(parent, caller, target)
        child = LiveCall(
            call_sid=str(uuid.uuid4()),
            account_sid=parent.account_sid,
            service_provider_sid=parent.service_provider_sid,
            application_sid=parent.application_sid,
            direction="outbound",
            from_=caller,
            to=_target_address(target),
            call_id=f"{uuid.uuid4().hex[:16]}@127.0.0.1",
            webhook_secret=parent.webhook_secret,
            call_status_hook=parent.call_status_hook,
            parent_call_sid=parent.call_sid,
            caller_id=caller,
            voip_carrier_sid=carrier.voip_carrier_sid if carrier else None,
            trunk=carrier.name if carrier else None,
            target=target,
            timeout=timeout,
            time_limit=float(verb["timeLimit"]) if verb.get("timeLimit") else None,
            created_at=self.clock.now(),
        )
        self._far_ends[child.call_sid] = far_end_for(target)
        self._bases[child.call_sid] = self._bases.get(parent.call_sid)
        self.store.add(child)
        child.history.append(self._history_entry(child))
        await self.recorder.save(child)
        return child

    async def _carrier_for(
        self, parent: LiveCall, caller: str, target: dict[str, Any]
    ) -> Carrier | None:
        """The carrier of a `dial` leg, as for a call placed through the API. It is only
        recorded, so a failure to choose one (the database unavailable) leaves the leg
        without a carrier rather than failing the dial."""
        if self.router is None or target.get("type") != "phone":
            return None
        try:
            carrier = await self.router.carrier_for(
                parent.account_sid, parent.service_provider_sid, caller, target
            )
        except Exception:
            log.warning("no carrier chosen for a dial leg of %s", parent.call_sid, exc_info=True)
            return None
        if carrier is None:
            # The simulator still runs the leg; jambonz's SBC would refuse it.
            self.alerts.raise_alert(
                no_carrier_alert(
                    account_sid=parent.account_sid,
                    service_provider_sid=parent.service_provider_sid,
                    target_sid=parent.call_sid,
                )
            )
        return carrier

    async def _first_answer(
        self, legs: list[tuple[LiveCall, FarEnd]]
    ) -> tuple[LiveCall, FarEnd] | None:
        """Ring every leg at once; the first to answer wins, the others are cancelled."""

        async def ring(leg: tuple[LiveCall, FarEnd]) -> tuple[LiveCall, FarEnd] | None:
            child, far = leg
            await self._status(child, "trying", 100, "Trying")
            return leg if await self._ring(child, far) else None

        tasks = [asyncio.ensure_future(ring(leg)) for leg in legs]
        winner: tuple[LiveCall, FarEnd] | None = None
        try:
            for next_done in asyncio.as_completed(tasks):
                result = await next_done
                if result is not None:
                    winner = result
                    break
        finally:
            for task in tasks:
                task.cancel()
            for child, _ in legs:
                if winner is not None and child is winner[0]:
                    continue
                if not child.is_final:
                    await self._finish(child, "no-answer", 487, "Request Terminated", by="jambonz")
        return winner

    def _whisper(self, call: LiveCall, verbs: list[dict[str, Any]]) -> None:
        """Played to the party while the other is briefly held (state and an event)."""
        seconds = 0.0
        for verb in verbs:
            if verb["verb"] == "say":
                text = verb.get("text") or ""
                texts = text if isinstance(text, list) else [text]
                seconds += max(0.5, sum(len(str(t).split()) for t in texts) / WORDS_PER_SECOND)
            else:
                seconds += float(verb.get("timeoutSecs") or DEFAULT_PLAY_SECONDS)
        call.whispers.append({"verbs": verbs, "seconds": seconds})
        self._emit(call, "whisper", {"verbs": [v["verb"] for v in verbs], "seconds": seconds})

    async def _cancel_app(self, call: LiveCall) -> None:
        task = call.app_task
        if task is None or task.done() or task is asyncio.current_task():
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task

    # -- webhooks --------------------------------------------------------------------
    def _rebase(self, call: LiveCall, hook: Any) -> None:
        """A redirect moves the application: later relative hooks resolve against it."""
        target = _hook_target(hook, self._bases.get(call.call_sid))
        if target is not None and call.call_sid in self._bases:
            self._bases[call.call_sid] = target

    def _session_new(self, call: LiveCall) -> dict[str, Any]:
        payload = call.info()
        if call.direction == "inbound":
            payload.update(
                caller_name=call.caller_name or "",
                local_sip_address="127.0.0.1:5070",
                has_recording=False,
                service_provider_sid=call.service_provider_sid,
            )
            if _method_of(call.call_hook) == "POST":
                payload["sip"] = {
                    "method": "INVITE",
                    "uri": f"sip:{call.to}@127.0.0.1",
                    "headers": {
                        "from": f"<sip:{call.from_}@{call.originating_sip_ip or '127.0.0.1'}>",
                        "to": f"<sip:{call.to}@127.0.0.1>",
                        "call-id": call.call_id,
                        **{
                            str(k).lower(): str(v)
                            for k, v in (call.target.get("headers") or {}).items()
                        },
                    },
                    "body": "",
                }
        if call.defaults:
            payload["defaults"] = call.defaults
        if call.env_vars:
            payload["env_vars"] = call.env_vars
        return payload

    async def _request(
        self, call: LiveCall, hook: Any, payload: dict[str, Any], *, expect_verbs: bool
    ) -> WebhookResult | None:
        try:
            target = HookTarget.from_value(hook, base_url=self._bases.get(call.call_sid))
        except (ValueError, TypeError) as exc:
            self._alert(call, "webhook-failure", f"unusable hook {hook!r}: {exc}")
            return None
        result = await self.sender.send(
            target, payload, secret=call.webhook_secret, expect_verbs=expect_verbs
        )
        self._emit(
            call,
            "webhook",
            {"url": target.url, "method": target.method, "ok": result.ok, "status": result.status},
        )
        if not result.ok:
            self._webhook_failed(call, target, result, f"{target.method} {target.url}")
        return result

    async def _status(self, call: LiveCall, status: str, code: int, reason: str) -> None:
        """A status change: state, history, record, observers, and the status webhook.

        A call that has ended keeps its final status: a task of the call that wakes up
        while the hang-up is being recorded cannot overwrite it. Changes of one call are
        applied one at a time: the status webhook of each carries its own status, in order,
        even when another change arrives while the record is being saved.
        """
        async with call.status_lock:
            if call.is_final:
                return
            call.call_status, call.sip_status, call.sip_reason = status, code, reason
            last = call.history[-1] if call.history else None
            if last is None or (last["call_status"], last["sip_status"]) != (status, code):
                call.history.append(self._history_entry(call))
            await self._save(call)
            if self.shared is not None:
                self.shared.changed(call)
            self._emit(call, "status", {"call_status": status, "sip_status": code})
            if call.call_status_hook:
                self._queue_status_webhook(call, call.info())

    async def _save(self, call: LiveCall) -> None:
        try:
            await self.recorder.save(call)
        except Exception:  # recording must never kill a call
            log.exception("call %s: could not record status %s", call.call_sid, call.call_status)

    def _history_entry(self, call: LiveCall) -> dict[str, Any]:
        return {
            "call_status": call.call_status,
            "sip_status": call.sip_status,
            "time": self.clock.now(),
        }

    def _queue_status_webhook(self, call: LiveCall, payload: dict[str, Any]) -> None:
        """Status webhooks of one call leave in order, without holding the call up; each
        goes to the call_status_hook the call had when its status changed (a redirect
        with a new hook only moves the later ones)."""
        queue = self._status_queues.get(call.call_sid)
        if queue is None:
            queue = asyncio.Queue()
            self._status_queues[call.call_sid] = queue
            task = asyncio.ensure_future(self._send_statuses(call, queue))
            self._status_senders.add(task)
            task.add_done_callback(self._status_senders.discard)
        queue.put_nowait((call.call_status_hook, call.call_hook, payload))
        if call.is_final:
            queue.put_nowait(None)
            self._status_queues.pop(call.call_sid, None)

    async def _send_statuses(
        self, call: LiveCall, queue: asyncio.Queue[tuple[Any, Any, dict[str, Any]] | None]
    ) -> None:
        while (item := await queue.get()) is not None:
            hook, call_hook, payload = item
            try:
                target = HookTarget.from_value(hook, base_url=_hook_target(call_hook))
            except (ValueError, TypeError) as exc:
                self._alert(call, "webhook-failure", f"unusable call_status_hook: {exc}")
                continue
            result = await self.sender.send(
                target, payload, secret=call.webhook_secret, expect_verbs=False, background=True
            )
            if not result.ok:
                self._webhook_failed(call, target, result, "call_status_hook")

    def _send_in_order(self, key: str, call: LiveCall, hook: Any, payload: dict[str, Any]) -> None:
        """Send a webhook after the earlier ones of `key`, without holding the call up
        (a room's status events arrive in the order they happened)."""
        try:
            target = HookTarget.from_value(hook, base_url=self._bases.get(call.call_sid))
        except (ValueError, TypeError) as exc:
            self._alert(call, "webhook-failure", f"unusable hook {hook!r}: {exc}")
            return
        queue = self._ordered.get(key)
        if queue is None:
            queue = asyncio.Queue()
            self._ordered[key] = queue
            self._track(self._drain(key, queue))
        queue.put_nowait((call, target, payload))

    async def _drain(
        self, key: str, queue: asyncio.Queue[tuple[LiveCall, HookTarget, dict[str, Any]]]
    ) -> None:
        while not queue.empty():
            call, target, payload = queue.get_nowait()
            result = await self.sender.send(
                target, payload, secret=call.webhook_secret, expect_verbs=False, background=True
            )
            self._emit(
                call,
                "webhook",
                {"url": target.url, "method": target.method, "ok": result.ok, "event": True},
            )
            if not result.ok:
                self._webhook_failed(call, target, result, target.url)
        if self._ordered.get(key) is queue:  # nothing was added since the loop ended
            del self._ordered[key]

    def _send_detached(self, call: LiveCall, target: HookTarget, payload: dict[str, Any]) -> None:
        """A hook of a call that is over (its answer is not used)."""

        async def send() -> None:
            result = await self.sender.send(
                target, payload, secret=call.webhook_secret, expect_verbs=True
            )
            if not result.ok:
                self._webhook_failed(call, target, result, target.url)

        self._track(send())

    def _track(self, coro: Coroutine[Any, Any, Any]) -> None:
        """A background sender that `stop` waits for."""
        task = asyncio.ensure_future(coro)
        self._status_senders.add(task)
        task.add_done_callback(self._status_senders.discard)

    def _spawn(self, call: LiveCall, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        call.tasks.add(task)

        def done(t: asyncio.Task[Any]) -> None:
            call.tasks.discard(t)
            if not t.cancelled() and (exc := t.exception()) is not None:
                log.error("call %s: task failed", call.call_sid, exc_info=exc)

        task.add_done_callback(done)
        return task

    def _emit(self, call: LiveCall, kind: str, data: dict[str, Any]) -> None:
        event = CallEvent(kind=kind, call_sid=call.call_sid, data=data)
        for queue in self._subscribers:
            queue.put_nowait(event)

    def _alert(
        self, call: LiveCall, alert_type: str, message: str, *, stored: Alert | None = None
    ) -> None:
        """Report an alert to observers and keep it for the account (`stored`, when the
        kept alert is worded otherwise, as jambonz words webhook failures)."""
        log.warning("call %s: %s: %s", call.call_sid, alert_type, message)
        self._emit(call, "alert", {"alert_type": alert_type, "message": message})
        self.alerts.raise_alert(
            stored
            or Alert(
                alert_type=alert_type,
                message=message,
                account_sid=call.account_sid,
                service_provider_sid=call.service_provider_sid,
                target_sid=call.call_sid,
            )
        )

    def _webhook_failed(
        self, call: LiveCall, target: HookTarget, result: WebhookResult, what: str
    ) -> None:
        """A webhook that failed: `<url> returned <status>` or `failed to connect to
        <url>` (jambonz's words), with what went wrong as the detail."""
        stored = webhook_alert(
            target.url,
            result.status,
            account_sid=call.account_sid,
            service_provider_sid=call.service_provider_sid,
            target_sid=call.call_sid,
            detail=f"{what}: {result.error}",
        )
        self._alert(call, stored.alert_type, f"{what}: {result.error}", stored=stored)

    def raise_limit_alert(self, setup: CallSetup, cap: int) -> None:
        """A call refused by the account's (or its provider's) voice_call_session cap."""
        self.alerts.raise_alert(
            call_limit_alert(
                setup.session_limit_owner,
                cap,
                account_sid=setup.account_sid,
                service_provider_sid=setup.service_provider_sid,
            )
        )


def _hook_target(hook: Any, base: HookTarget | None = None) -> HookTarget | None:
    """The hook as a target (relative URLs resolved against `base`), or None if unusable."""
    if hook is None:
        return None
    try:
        return HookTarget.from_value(hook, base_url=base)
    except (ValueError, TypeError):
        return None


def _method_of(hook: Any) -> str:
    if isinstance(hook, dict):
        return str(hook.get("method") or "POST").upper()
    return str(getattr(hook, "method", None) or "POST").upper()


def _target_address(target: dict[str, Any]) -> str:
    kind = target.get("type")
    if kind == "sip":
        return str(target.get("sipUri", ""))
    if kind == "user":
        return str(target.get("name", ""))
    return str(target.get("number", ""))


def _collect_digits(keyed: str, verb: dict[str, Any]) -> str:
    """What a gather keeps of the digits the far end keys in."""
    finish = verb.get("finishOnKey")
    digits = keyed
    if finish and finish in digits:
        digits = digits[: digits.index(finish)]
    limit = verb.get("numDigits") or verb.get("maxDigits")
    if limit:
        digits = digits[: int(limit)]
    return digits
