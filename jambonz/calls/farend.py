"""What the simulated far end of a call does: deterministic rules chosen by the target.

A call's far end (the callee of an outbound call or of a `dial` leg) answers after a
one-second ring and stays on the line by default. Another behaviour is chosen by, in order
of precedence:

1. `X-Sim-*` headers on the target object (`to.headers` or a dial target's `headers`):
   `X-Sim-Result` (`answer`, `busy`, `no-answer`, `reject`, `fail`), `X-Sim-Code` (SIP
   status of a reject/fail), `X-Sim-Ring` (seconds of ringing), `X-Sim-Early-Media`
   (`true`: 183 early media instead of 180 ringing), `X-Sim-Hangup-After` (the far end
   hangs up that many seconds after answering), `X-Sim-Digits` (DTMF the far end keys in
   at a `gather`), `X-Sim-Speech` (words the far end says at a `gather`);
2. the same settings as SIP URI parameters without the `X-Sim-` prefix, lower-case, with a
   `sim-` prefix: `sip:bob@example.com;sim-result=busy;sim-ring=3`;
3. reserved test numbers (a phone/teams `number` or a user `name`, `+` ignored):
   `1500555` + `0` + a SIP code 400-699 rejects with that code (486, 600, 603 are
   `busy`; 408, 480, 487 ring until the timeout and are `no-answer`; others `failed`);
   `1500555` + `1` + NNN answers and hangs up after NNN seconds; `1500555` + `2` + digits
   answers and keys those digits in at every `gather`.
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
