from typing import Literal

CallUpdateCallStatus = Literal["completed", "no-answer"]

CALL_UPDATE_CALL_STATUS_VALUES: set[CallUpdateCallStatus] = {
    "completed",
    "no-answer",
}


def check_call_update_call_status(value: str) -> CallUpdateCallStatus:
    if value in CALL_UPDATE_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_UPDATE_CALL_STATUS_VALUES!r}")
