from typing import Literal

CallUpdateListenStatus = Literal["pause", "resume", "silence"]

CALL_UPDATE_LISTEN_STATUS_VALUES: set[CallUpdateListenStatus] = {
    "pause",
    "resume",
    "silence",
}


def check_call_update_listen_status(value: str) -> CallUpdateListenStatus:
    if value in CALL_UPDATE_LISTEN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_UPDATE_LISTEN_STATUS_VALUES!r}")
