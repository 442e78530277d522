from typing import Literal

TeamsTargetType = Literal["teams"]

TEAMS_TARGET_TYPE_VALUES: set[TeamsTargetType] = {
    "teams",
}


def check_teams_target_type(value: str) -> TeamsTargetType:
    if value in TEAMS_TARGET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAMS_TARGET_TYPE_VALUES!r}")
