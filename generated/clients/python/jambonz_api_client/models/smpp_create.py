from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmppCreate")


@_attrs_define
class SmppCreate:
    """A new SMPP address.

    Example:
        {'ipv4': '192.0.2.20', 'port': 2775, 'use_tls': False, 'is_primary': True}

    Attributes:
        ipv4 (str): An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes
            it; an `inbound` SIP gateway needs an IPv4 address.
             Example: 203.0.113.10.
        port (int | Unset): A TCP or UDP port. Default: 5060. Example: 5060.
        use_tls (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: False.
        is_primary (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: True.
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
    """

    ipv4: str
    port: int | Unset = 5060
    use_tls: bool | Flag | Unset = False
    is_primary: bool | Flag | Unset = True
    service_provider_sid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ipv4 = self.ipv4

        port = self.port

        use_tls: bool | int | Unset
        if isinstance(self.use_tls, Unset):
            use_tls = UNSET
        elif isinstance(self.use_tls, int):
            use_tls = self.use_tls
        else:
            use_tls = self.use_tls

        is_primary: bool | int | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        elif isinstance(self.is_primary, int):
            is_primary = self.is_primary
        else:
            is_primary = self.is_primary

        service_provider_sid = self.service_provider_sid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ipv4": ipv4,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if use_tls is not UNSET:
            field_dict["use_tls"] = use_tls
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipv4 = d.pop("ipv4")

        port = d.pop("port", UNSET)

        def _parse_use_tls(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        use_tls = _parse_use_tls(d.pop("use_tls", UNSET))

        def _parse_is_primary(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        smpp_create = cls(
            ipv4=ipv4,
            port=port,
            use_tls=use_tls,
            is_primary=is_primary,
            service_provider_sid=service_provider_sid,
        )

        return smpp_create
