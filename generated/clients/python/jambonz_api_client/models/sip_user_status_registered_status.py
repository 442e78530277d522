from typing import Literal

SipUserStatusRegisteredStatus = Literal["active", "inactive"]

SIP_USER_STATUS_REGISTERED_STATUS_VALUES: set[SipUserStatusRegisteredStatus] = {
    "active",
    "inactive",
}


def check_sip_user_status_registered_status(value: str) -> SipUserStatusRegisteredStatus:
    if value in SIP_USER_STATUS_REGISTERED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_USER_STATUS_REGISTERED_STATUS_VALUES!r}")
