from typing import Literal

UserTargetType = Literal["user"]

USER_TARGET_TYPE_VALUES: set[UserTargetType] = {
    "user",
}


def check_user_target_type(value: str) -> UserTargetType:
    if value in USER_TARGET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_TARGET_TYPE_VALUES!r}")
