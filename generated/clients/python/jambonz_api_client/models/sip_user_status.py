from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.sip_user_status_registered_status import (
    SipUserStatusRegisteredStatus,
    check_sip_user_status_registered_status,
)

T = TypeVar("T", bound="SipUserStatus")


@_attrs_define
class SipUserStatus:
    """One user's registration and its client's calling permissions (from the account's
    SIP client of that name; `0` when it has none).

        Example:
            {'name': 'alice', 'contact': 'sip:alice@198.51.100.20:5060', 'expiryTime': 1764756000000, 'protocol': 'udp',
                'allow_direct_app_calling': 1, 'allow_direct_queue_calling': 1, 'allow_direct_user_calling': 1,
                'registered_status': 'active', 'proxy': 'sip:198.51.100.20:5060'}

        Attributes:
            name (str):
            contact (None | str):
            expiry_time (int):
            protocol (None | str):
            allow_direct_app_calling (Flag): A boolean as jambonz reads it back, `0` or `1`.
            allow_direct_queue_calling (Flag): A boolean as jambonz reads it back, `0` or `1`.
            allow_direct_user_calling (Flag): A boolean as jambonz reads it back, `0` or `1`.
            registered_status (SipUserStatusRegisteredStatus):
            proxy (None | str):
    """

    name: str
    contact: None | str
    expiry_time: int
    protocol: None | str
    allow_direct_app_calling: Flag
    allow_direct_queue_calling: Flag
    allow_direct_user_calling: Flag
    registered_status: SipUserStatusRegisteredStatus
    proxy: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contact: None | str
        contact = self.contact

        expiry_time = self.expiry_time

        protocol: None | str
        protocol = self.protocol

        allow_direct_app_calling: int = self.allow_direct_app_calling

        allow_direct_queue_calling: int = self.allow_direct_queue_calling

        allow_direct_user_calling: int = self.allow_direct_user_calling

        registered_status: str = self.registered_status

        proxy: None | str
        proxy = self.proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contact": contact,
                "expiryTime": expiry_time,
                "protocol": protocol,
                "allow_direct_app_calling": allow_direct_app_calling,
                "allow_direct_queue_calling": allow_direct_queue_calling,
                "allow_direct_user_calling": allow_direct_user_calling,
                "registered_status": registered_status,
                "proxy": proxy,
            }
        )

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

        expiry_time = d.pop("expiryTime")

        def _parse_protocol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protocol = _parse_protocol(d.pop("protocol"))

        allow_direct_app_calling = check_flag(d.pop("allow_direct_app_calling"))

        allow_direct_queue_calling = check_flag(d.pop("allow_direct_queue_calling"))

        allow_direct_user_calling = check_flag(d.pop("allow_direct_user_calling"))

        registered_status = check_sip_user_status_registered_status(d.pop("registered_status"))

        def _parse_proxy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proxy = _parse_proxy(d.pop("proxy"))

        sip_user_status = cls(
            name=name,
            contact=contact,
            expiry_time=expiry_time,
            protocol=protocol,
            allow_direct_app_calling=allow_direct_app_calling,
            allow_direct_queue_calling=allow_direct_queue_calling,
            allow_direct_user_calling=allow_direct_user_calling,
            registered_status=registered_status,
            proxy=proxy,
        )

        sip_user_status.additional_properties = d
        return sip_user_status

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
