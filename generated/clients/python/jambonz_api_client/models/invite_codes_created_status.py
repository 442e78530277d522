from typing import Literal

InviteCodesCreatedStatus = Literal["ok"]

INVITE_CODES_CREATED_STATUS_VALUES: set[InviteCodesCreatedStatus] = {
    "ok",
}


def check_invite_codes_created_status(value: str) -> InviteCodesCreatedStatus:
    if value in INVITE_CODES_CREATED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITE_CODES_CREATED_STATUS_VALUES!r}")
