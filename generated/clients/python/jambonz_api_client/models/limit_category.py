from typing import Literal

LimitCategory = Literal[
    "api_rate",
    "device",
    "voice_call_minutes",
    "voice_call_minutes_license",
    "voice_call_session",
    "voice_call_session_license",
]

LIMIT_CATEGORY_VALUES: set[LimitCategory] = {
    "api_rate",
    "device",
    "voice_call_minutes",
    "voice_call_minutes_license",
    "voice_call_session",
    "voice_call_session_license",
}


def check_limit_category(value: str) -> LimitCategory:
    if value in LIMIT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIMIT_CATEGORY_VALUES!r}")
