from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SbcCreate")


@_attrs_define
class SbcCreate:
    """A new SBC address.

    Example:
        {'ipv4': '192.0.2.10', 'port': 5060, 'service_provider_sid': '2f6d8b1a-4c3e-4a5b-9e7f-1a2b3c4d5e6f'}

    Attributes:
        ipv4 (str): An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes
            it; an `inbound` SIP gateway needs an IPv4 address.
             Example: 203.0.113.10.
        port (int | Unset): A TCP or UDP port. Default: 5060. Example: 5060.
        tls_port (int | None | Unset):
        wss_port (int | None | Unset):
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
    """

    ipv4: str
    port: int | Unset = 5060
    tls_port: int | None | Unset = UNSET
    wss_port: int | None | Unset = UNSET
    service_provider_sid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ipv4 = self.ipv4

        port = self.port

        tls_port: int | None | Unset
        if isinstance(self.tls_port, Unset):
            tls_port = UNSET
        else:
            tls_port = self.tls_port

        wss_port: int | None | Unset
        if isinstance(self.wss_port, Unset):
            wss_port = UNSET
        else:
            wss_port = self.wss_port

        service_provider_sid = self.service_provider_sid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ipv4": ipv4,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if tls_port is not UNSET:
            field_dict["tls_port"] = tls_port
        if wss_port is not UNSET:
            field_dict["wss_port"] = wss_port
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipv4 = d.pop("ipv4")

        port = d.pop("port", UNSET)

        def _parse_tls_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tls_port = _parse_tls_port(d.pop("tls_port", UNSET))

        def _parse_wss_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wss_port = _parse_wss_port(d.pop("wss_port", UNSET))

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        sbc_create = cls(
            ipv4=ipv4,
            port=port,
            tls_port=tls_port,
            wss_port=wss_port,
            service_provider_sid=service_provider_sid,
        )

        return sbc_create
