from typing import Literal

MuteStatus = Literal["mute", "unmute"]

MUTE_STATUS_VALUES: set[MuteStatus] = {
    "mute",
    "unmute",
}


def check_mute_status(value: str) -> MuteStatus:
    if value in MUTE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUTE_STATUS_VALUES!r}")
