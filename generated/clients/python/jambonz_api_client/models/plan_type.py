from typing import Literal

PlanType = Literal["free", "paid", "trial"]

PLAN_TYPE_VALUES: set[PlanType] = {
    "free",
    "paid",
    "trial",
}


def check_plan_type(value: str) -> PlanType:
    if value in PLAN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_TYPE_VALUES!r}")
