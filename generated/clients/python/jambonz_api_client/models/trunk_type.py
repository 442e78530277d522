from typing import Literal

TrunkType = Literal["auth", "reg", "static_ip"]

TRUNK_TYPE_VALUES: set[TrunkType] = {
    "auth",
    "reg",
    "static_ip",
}


def check_trunk_type(value: str) -> TrunkType:
    if value in TRUNK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRUNK_TYPE_VALUES!r}")
