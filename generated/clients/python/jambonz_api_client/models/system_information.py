from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level

T = TypeVar("T", bound="SystemInformation")


@_attrs_define
class SystemInformation:
    """The platform's settings (jambonz's `system_information` row).

    Example:
        {'domain_name': 'example.com', 'sip_domain_name': 'sip.example.com', 'monitoring_domain_name':
            'grafana.example.com', 'private_network_cidr': '10.0.0.0/16, 192.168.1.0/24', 'log_level': 'info'}

    Attributes:
        domain_name (None | str): The domain the portal and API are reached at.
        sip_domain_name (None | str): The domain of the platform's SIP servers.
        monitoring_domain_name (None | str): The domain of the monitoring tools.
        private_network_cidr (None | str): The platform's private networks, comma-separated CIDRs.
        log_level (LogLevel): How much the platform's components log.
    """

    domain_name: None | str
    sip_domain_name: None | str
    monitoring_domain_name: None | str
    private_network_cidr: None | str
    log_level: LogLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name: None | str
        domain_name = self.domain_name

        sip_domain_name: None | str
        sip_domain_name = self.sip_domain_name

        monitoring_domain_name: None | str
        monitoring_domain_name = self.monitoring_domain_name

        private_network_cidr: None | str
        private_network_cidr = self.private_network_cidr

        log_level: str = self.log_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain_name": domain_name,
                "sip_domain_name": sip_domain_name,
                "monitoring_domain_name": monitoring_domain_name,
                "private_network_cidr": private_network_cidr,
                "log_level": log_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_domain_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain_name = _parse_domain_name(d.pop("domain_name"))

        def _parse_sip_domain_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sip_domain_name = _parse_sip_domain_name(d.pop("sip_domain_name"))

        def _parse_monitoring_domain_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        monitoring_domain_name = _parse_monitoring_domain_name(d.pop("monitoring_domain_name"))

        def _parse_private_network_cidr(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        private_network_cidr = _parse_private_network_cidr(d.pop("private_network_cidr"))

        log_level = check_log_level(d.pop("log_level"))

        system_information = cls(
            domain_name=domain_name,
            sip_domain_name=sip_domain_name,
            monitoring_domain_name=monitoring_domain_name,
            private_network_cidr=private_network_cidr,
            log_level=log_level,
        )

        system_information.additional_properties = d
        return system_information

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
