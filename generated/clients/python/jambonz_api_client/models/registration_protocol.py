from typing import Literal

RegistrationProtocol = Literal["tcp", "tls", "udp", "ws", "wss"]

REGISTRATION_PROTOCOL_VALUES: set[RegistrationProtocol] = {
    "tcp",
    "tls",
    "udp",
    "ws",
    "wss",
}


def check_registration_protocol(value: str) -> RegistrationProtocol:
    if value in REGISTRATION_PROTOCOL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_PROTOCOL_VALUES!r}")
