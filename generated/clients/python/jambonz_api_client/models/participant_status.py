from typing import Literal

ParticipantStatus = Literal["joined", "waiting"]

PARTICIPANT_STATUS_VALUES: set[ParticipantStatus] = {
    "joined",
    "waiting",
}


def check_participant_status(value: str) -> ParticipantStatus:
    if value in PARTICIPANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTICIPANT_STATUS_VALUES!r}")
