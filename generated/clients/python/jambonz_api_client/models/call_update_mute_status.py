from typing import Literal

CallUpdateMuteStatus = Literal["mute", "unmute"]

CALL_UPDATE_MUTE_STATUS_VALUES: set[CallUpdateMuteStatus] = {
    "mute",
    "unmute",
}


def check_call_update_mute_status(value: str) -> CallUpdateMuteStatus:
    if value in CALL_UPDATE_MUTE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_UPDATE_MUTE_STATUS_VALUES!r}")
