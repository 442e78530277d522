from typing import Literal

SipTargetType = Literal["sip"]

SIP_TARGET_TYPE_VALUES: set[SipTargetType] = {
    "sip",
}


def check_sip_target_type(value: str) -> SipTargetType:
    if value in SIP_TARGET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_TARGET_TYPE_VALUES!r}")
