from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sbc")


@_attrs_define
class Sbc:
    """An SBC address, its columns as jambonz reads them back.

    Example:
        {'sbc_address_sid': '3b1e9f4a-6c2d-4e8b-9a7f-5d1c3e2b4a6f', 'ipv4': '192.0.2.10', 'port': 5060, 'tls_port':
            5061, 'wss_port': 8443, 'service_provider_sid': None, 'last_updated': None}

    Attributes:
        sbc_address_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        ipv4 (str):
        port (int):
        tls_port (int | None):
        wss_port (int | None):
        service_provider_sid (None | str): The provider the address belongs to; `null` when shared.
        last_updated (None | str | Unset): When an SBC last reported itself at this address; `null` for rows added here.
    """

    sbc_address_sid: str
    ipv4: str
    port: int
    tls_port: int | None
    wss_port: int | None
    service_provider_sid: None | str
    last_updated: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sbc_address_sid = self.sbc_address_sid

        ipv4 = self.ipv4

        port = self.port

        tls_port: int | None
        tls_port = self.tls_port

        wss_port: int | None
        wss_port = self.wss_port

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sbc_address_sid": sbc_address_sid,
                "ipv4": ipv4,
                "port": port,
                "tls_port": tls_port,
                "wss_port": wss_port,
                "service_provider_sid": service_provider_sid,
            }
        )
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sbc_address_sid = d.pop("sbc_address_sid")

        ipv4 = d.pop("ipv4")

        port = d.pop("port")

        def _parse_tls_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        tls_port = _parse_tls_port(d.pop("tls_port"))

        def _parse_wss_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        wss_port = _parse_wss_port(d.pop("wss_port"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_last_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        sbc = cls(
            sbc_address_sid=sbc_address_sid,
            ipv4=ipv4,
            port=port,
            tls_port=tls_port,
            wss_port=wss_port,
            service_provider_sid=service_provider_sid,
            last_updated=last_updated,
        )

        sbc.additional_properties = d
        return sbc

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
