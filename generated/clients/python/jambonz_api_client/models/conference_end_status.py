from typing import Literal

ConferenceEndStatus = Literal["completed"]

CONFERENCE_END_STATUS_VALUES: set[ConferenceEndStatus] = {
    "completed",
}


def check_conference_end_status(value: str) -> ConferenceEndStatus:
    if value in CONFERENCE_END_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFERENCE_END_STATUS_VALUES!r}")
