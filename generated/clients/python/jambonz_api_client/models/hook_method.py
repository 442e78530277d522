from typing import Literal

HookMethod = Literal["GET", "POST"]

HOOK_METHOD_VALUES: set[HookMethod] = {
    "GET",
    "POST",
}


def check_hook_method(value: str) -> HookMethod:
    if value in HOOK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOOK_METHOD_VALUES!r}")
