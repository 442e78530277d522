from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_registration_registered_status import (
    SipRegistrationRegisteredStatus,
    check_sip_registration_registered_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipRegistration")


@_attrs_define
class SipRegistration:
    """A user's registration as jambonz's registrar stores it in Redis, with the user's
    `name`. `expiryTime` is when it expires, in milliseconds since the epoch (`0` when
    not registered). Looked up by name, it carries `registered_status`; a registrar
    may store more properties, which are passed on.

        Example:
            {'name': 'alice', 'contact': 'sip:alice@198.51.100.20:5060', 'sbcAddress': '192.0.2.1:5060', 'protocol': 'udp',
                'proxy': 'sip:198.51.100.20:5060', 'expiryTime': 1764756000000, 'registered_status': 'active'}

        Attributes:
            name (str):
            contact (None | str): The SIP address the device is reached at.
            protocol (None | str):
            expiry_time (int):
            sbc_address (str | Unset): The SBC the device registered through (not in the full listing).
            proxy (None | str | Unset): Where the registration came from, as a SIP URI.
            registered_status (SipRegistrationRegisteredStatus | Unset):
    """

    name: str
    contact: None | str
    protocol: None | str
    expiry_time: int
    sbc_address: str | Unset = UNSET
    proxy: None | str | Unset = UNSET
    registered_status: SipRegistrationRegisteredStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contact: None | str
        contact = self.contact

        protocol: None | str
        protocol = self.protocol

        expiry_time = self.expiry_time

        sbc_address = self.sbc_address

        proxy: None | str | Unset
        if isinstance(self.proxy, Unset):
            proxy = UNSET
        else:
            proxy = self.proxy

        registered_status: str | Unset = UNSET
        if not isinstance(self.registered_status, Unset):
            registered_status = self.registered_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contact": contact,
                "protocol": protocol,
                "expiryTime": expiry_time,
            }
        )
        if sbc_address is not UNSET:
            field_dict["sbcAddress"] = sbc_address
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if registered_status is not UNSET:
            field_dict["registered_status"] = registered_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        def _parse_protocol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protocol = _parse_protocol(d.pop("protocol"))

        expiry_time = d.pop("expiryTime")

        sbc_address = d.pop("sbcAddress", UNSET)

        def _parse_proxy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy = _parse_proxy(d.pop("proxy", UNSET))

        _registered_status = d.pop("registered_status", UNSET)
        registered_status: SipRegistrationRegisteredStatus | Unset
        if isinstance(_registered_status, Unset):
            registered_status = UNSET
        else:
            registered_status = check_sip_registration_registered_status(_registered_status)

        sip_registration = cls(
            name=name,
            contact=contact,
            protocol=protocol,
            expiry_time=expiry_time,
            sbc_address=sbc_address,
            proxy=proxy,
            registered_status=registered_status,
        )

        sip_registration.additional_properties = d
        return sip_registration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
