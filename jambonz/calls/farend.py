"""What the simulated far end of a call does: deterministic rules chosen by the target.

The far end of a call (the callee of an outbound call, each target of a `dial`, the caller
of a simulated inbound call) answers after a one-second ring (180 `ringing`) and stays on
the line by default. Another behaviour is chosen by these settings; a later source
overrides an earlier one, setting by setting:

1. reserved test numbers: a phone/teams `number`, or the user part of a user `name` or of
   a `sipUri` (a leading `+` ignored):
   - `1500555` + `0` + a SIP code 400-699 refuses the call with that code: 486, 600, 603
     end `busy`; 408, 480, 487 ring until the caller's timeout and end `no-answer` with
     that code; any other code ends `failed` (`15005550486`, `15005550404`);
   - `1500555` + `1` + N answers and hangs up N seconds later (`15005551030`);
   - `1500555` + `2` + digits answers and keys those digits at every `gather`
     (`15005552123` keys `123`);
2. `sim-*` parameters of a `sipUri` (values URL-decoded):
   `sip:bob@example.com;sim-result=busy;sim-ring=3`;
3. `X-Sim-*` headers of the target (`to.headers`, the create request's `headers`, a dial
   target's `headers`, a simulated inbound call's `headers`), names case-insensitive:
   - `X-Sim-Result`: `answer`, `busy` (486), `no-answer` (rings until the timeout, 487),
     `reject` (403 unless `X-Sim-Code`), `fail` (503 unless `X-Sim-Code`);
   - `X-Sim-Code`: the SIP status 400-699 of a refusal, classified as for the reserved
     numbers (alone it means `reject`);
   - `X-Sim-Ring`: seconds of ringing before the answer or refusal (default 1; ringing
     longer than the caller's `timeout` ends `no-answer` 487);
   - `X-Sim-Early-Media`: `true` sends 183 `early-media` instead of 180 `ringing`;
   - `X-Sim-Hangup-After`: the far end hangs up that many seconds after answering;
   - `X-Sim-Digits`: DTMF the far end keys at each `gather`;
   - `X-Sim-Speech`: words the far end says at each `gather`.

Values that do not parse (a code outside 400-699, a negative or non-numeric time, an
unknown result) are ignored. A simulated inbound call is already answered by its caller's
side, so only the hang-up, digits and speech settings apply to it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any, Literal
from urllib.parse import unquote

Result = Literal["answer", "busy", "no-answer", "reject", "fail"]

_BUSY_CODES = {486, 600, 603}
_NO_ANSWER_CODES = {408, 480, 487}
_MAGIC = re.compile(r"^1500555(?P<kind>[012])(?P<arg>\d+)$")


@dataclass(frozen=True, slots=True)
class FarEnd:
    result: Result = "answer"
    code: int | None = None
    ring: float = 1.0
    early_media: bool = False
    hangup_after: float | None = None
    digits: str | None = None
    speech: str | None = None

    @property
    def rings_out(self) -> bool:
        """Rings until the caller's timeout, then ends `no-answer` (never answers)."""
        if self.result == "no-answer":
            return True
        return self.result in ("reject", "fail") and self.code in _NO_ANSWER_CODES

    def final_status(self) -> tuple[str, int, str]:
        """(call_status, sip_status, sip_reason) of an attempt that is not answered."""
        if self.rings_out:
            code = self.code or 487
            return "no-answer", code, reason_for(code)
        default = {"busy": 486, "reject": 403}.get(self.result, 503)
        code = self.code or default
        if self.result == "busy" or code in _BUSY_CODES:
            return "busy", code, reason_for(code)
        return "failed", code, reason_for(code)


_REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    480: "Temporarily Unavailable",
    484: "Address Incomplete",
    486: "Busy Here",
    487: "Request Terminated",
    488: "Not Acceptable Here",
    500: "Server Internal Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    600: "Busy Everywhere",
    603: "Decline",
    604: "Does Not Exist Anywhere",
}


def reason_for(code: int) -> str:
    """The SIP reason phrase of a final status code."""
    return _REASONS.get(code, "Rejected")


def _seconds(raw: str) -> float | None:
    """A finite, non-negative number of seconds, or None (the setting is ignored)."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _code(raw: str) -> int | None:
    """A final SIP status 400-699, or None (the setting is ignored)."""
    try:
        value = int(raw.strip())
    except ValueError:
        return None
    return value if 400 <= value <= 699 else None


def _apply(base: FarEnd, settings: dict[str, str]) -> FarEnd:
    """`base` with the valid settings applied; invalid values are ignored."""
    changes: dict[str, Any] = {}
    result = (settings.get("result") or "").strip().lower()
    if result in ("answer", "busy", "no-answer", "reject", "fail"):
        changes["result"] = result
    if (raw := settings.get("code")) is not None and (code := _code(raw)) is not None:
        changes["code"] = code
    for key, name in (("ring", "ring"), ("hangup-after", "hangup_after")):
        if (raw := settings.get(key)) is not None and (value := _seconds(raw)) is not None:
            changes[name] = value
    if (early := settings.get("early-media")) is not None:
        changes["early_media"] = early.strip().lower() in ("1", "true", "yes")
    if (digits := settings.get("digits")) is not None:
        changes["digits"] = digits
    if (speech := settings.get("speech")) is not None:
        changes["speech"] = speech
    if "code" in changes and "result" not in changes and base.result == "answer":
        changes["result"] = "reject"
    return replace(base, **changes)


def _user_part(identifier: str) -> str:
    """`15005550486` of `sip:+15005550486@example.com;x=y` or `15005550486@realm`."""
    text = identifier.strip()
    for scheme in ("sip:", "sips:"):
        if text.lower().startswith(scheme):
            text = text[len(scheme) :]
    return text.split(";", 1)[0].split("@", 1)[0].lstrip("+")


def _magic(identifier: Any) -> FarEnd | None:
    if not identifier or not isinstance(identifier, str):
        return None
    match = _MAGIC.match(_user_part(identifier))
    if not match:
        return None
    kind, arg = match.group("kind"), match.group("arg")
    if kind == "0":
        code = int(arg)
        if not 400 <= code <= 699:
            return None
        result: Result = "no-answer" if code in _NO_ANSWER_CODES else "reject"
        return FarEnd(result=result, code=code)
    if kind == "1":
        return FarEnd(hangup_after=float(int(arg)))
    return FarEnd(digits=arg)


def _uri_params(uri: str | None) -> dict[str, str]:
    if not uri:
        return {}
    params: dict[str, str] = {}
    for part in uri.split(";")[1:]:
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key.startswith("sim-"):
            params[key[4:]] = unquote(value.split("?", 1)[0])
    return params


def far_end_for(target: dict[str, Any] | None) -> FarEnd:
    """The behaviour of the far end reached through a `to`/dial target object."""
    target = target or {}
    base = (
        _magic(target.get("number"))
        or _magic(target.get("name"))
        or _magic(target.get("sipUri"))
        or FarEnd()
    )
    uri = target.get("sipUri")
    base = _apply(base, _uri_params(uri if isinstance(uri, str) else None))
    headers = target.get("headers")
    headers = headers if isinstance(headers, dict) else {}
    sim_headers = {
        key.lower()[6:]: str(value)
        for key, value in headers.items()
        if isinstance(key, str) and key.lower().startswith("x-sim-")
    }
    return _apply(base, sim_headers)
