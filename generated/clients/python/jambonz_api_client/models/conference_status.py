from typing import Literal

ConferenceStatus = Literal["created", "in-progress", "waiting"]

CONFERENCE_STATUS_VALUES: set[ConferenceStatus] = {
    "created",
    "in-progress",
    "waiting",
}


def check_conference_status(value: str) -> ConferenceStatus:
    if value in CONFERENCE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFERENCE_STATUS_VALUES!r}")
