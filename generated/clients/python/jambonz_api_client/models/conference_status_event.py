from typing import Literal

ConferenceStatusEvent = Literal["end", "join", "leave", "start"]

CONFERENCE_STATUS_EVENT_VALUES: set[ConferenceStatusEvent] = {
    "end",
    "join",
    "leave",
    "start",
}


def check_conference_status_event(value: str) -> ConferenceStatusEvent:
    if value in CONFERENCE_STATUS_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONFERENCE_STATUS_EVENT_VALUES!r}")
