from typing import Literal

DtmfType = Literal["info", "rfc2833", "tones"]

DTMF_TYPE_VALUES: set[DtmfType] = {
    "info",
    "rfc2833",
    "tones",
}


def check_dtmf_type(value: str) -> DtmfType:
    if value in DTMF_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DTMF_TYPE_VALUES!r}")
