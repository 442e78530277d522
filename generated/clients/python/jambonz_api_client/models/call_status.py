from typing import Literal

CallStatus = Literal[
    "busy", "completed", "early-media", "failed", "in-progress", "no-answer", "queued", "ringing", "trying"
]

CALL_STATUS_VALUES: set[CallStatus] = {
    "busy",
    "completed",
    "early-media",
    "failed",
    "in-progress",
    "no-answer",
    "queued",
    "ringing",
    "trying",
}


def check_call_status(value: str) -> CallStatus:
    if value in CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_VALUES!r}")
