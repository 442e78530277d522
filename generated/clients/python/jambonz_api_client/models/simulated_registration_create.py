from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.registration_protocol import RegistrationProtocol, check_registration_protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimulatedRegistrationCreate")


@_attrs_define
class SimulatedRegistrationCreate:
    """A simulated device registering as one of the account's SIP users.

    Example:
        {'username': 'alice', 'expires': 600, 'protocol': 'tcp'}

    Attributes:
        username (str): A SIP user name: the characters RFC 3261 allows in a SIP URI's user part
            (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.
        expires (int | Unset): Seconds the registration lasts (the granted expiry). Default: 3600.
        contact (str | Unset): The device's SIP address (printable ASCII, no spaces);
            `sip:<username>@198.51.100.20:5060` when left out.
        protocol (RegistrationProtocol | Unset): The transport between the device and the SBC. Default: 'udp'. Example:
            udp.
    """

    username: str
    expires: int | Unset = 3600
    contact: str | Unset = UNSET
    protocol: RegistrationProtocol | Unset = "udp"

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        expires = self.expires

        contact = self.contact

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
            }
        )
        if expires is not UNSET:
            field_dict["expires"] = expires
        if contact is not UNSET:
            field_dict["contact"] = contact
        if protocol is not UNSET:
            field_dict["protocol"] = protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        expires = d.pop("expires", UNSET)

        contact = d.pop("contact", UNSET)

        _protocol = d.pop("protocol", UNSET)
        protocol: RegistrationProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = check_registration_protocol(_protocol)

        simulated_registration_create = cls(
            username=username,
            expires=expires,
            contact=contact,
            protocol=protocol,
        )

        return simulated_registration_create
