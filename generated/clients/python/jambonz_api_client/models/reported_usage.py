from typing import Literal

ReportedUsage = Literal["OFFLINE", "REALTIME", "REPORTED_USAGE_UNSPECIFIED"]

REPORTED_USAGE_VALUES: set[ReportedUsage] = {
    "OFFLINE",
    "REALTIME",
    "REPORTED_USAGE_UNSPECIFIED",
}


def check_reported_usage(value: str) -> ReportedUsage:
    if value in REPORTED_USAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORTED_USAGE_VALUES!r}")
