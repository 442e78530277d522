from typing import Literal

PhoneTargetType = Literal["phone"]

PHONE_TARGET_TYPE_VALUES: set[PhoneTargetType] = {
    "phone",
}


def check_phone_target_type(value: str) -> PhoneTargetType:
    if value in PHONE_TARGET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_TARGET_TYPE_VALUES!r}")
