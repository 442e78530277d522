from typing import Literal

UserScope = Literal["account", "admin", "service_provider"]

USER_SCOPE_VALUES: set[UserScope] = {
    "account",
    "admin",
    "service_provider",
}


def check_user_scope(value: str) -> UserScope:
    if value in USER_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_SCOPE_VALUES!r}")
