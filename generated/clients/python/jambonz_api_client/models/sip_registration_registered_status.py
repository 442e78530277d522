from typing import Literal

SipRegistrationRegisteredStatus = Literal["active", "inactive"]

SIP_REGISTRATION_REGISTERED_STATUS_VALUES: set[SipRegistrationRegisteredStatus] = {
    "active",
    "inactive",
}


def check_sip_registration_registered_status(value: str) -> SipRegistrationRegisteredStatus:
    if value in SIP_REGISTRATION_REGISTERED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_REGISTRATION_REGISTERED_STATUS_VALUES!r}")
