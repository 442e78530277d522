from typing import Literal

SipProtocol = Literal["tcp", "tls", "tls/srtp", "udp"]

SIP_PROTOCOL_VALUES: set[SipProtocol] = {
    "tcp",
    "tls",
    "tls/srtp",
    "udp",
}


def check_sip_protocol(value: str) -> SipProtocol:
    if value in SIP_PROTOCOL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_PROTOCOL_VALUES!r}")
