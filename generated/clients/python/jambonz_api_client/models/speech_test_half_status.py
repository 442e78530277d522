from typing import Literal

SpeechTestHalfStatus = Literal["fail", "not tested", "ok"]

SPEECH_TEST_HALF_STATUS_VALUES: set[SpeechTestHalfStatus] = {
    "fail",
    "not tested",
    "ok",
}


def check_speech_test_half_status(value: str) -> SpeechTestHalfStatus:
    if value in SPEECH_TEST_HALF_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPEECH_TEST_HALF_STATUS_VALUES!r}")
