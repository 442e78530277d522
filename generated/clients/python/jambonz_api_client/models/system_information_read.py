from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_level import LogLevel, check_log_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemInformationRead")


@_attrs_define
class SystemInformationRead:
    """The settings, or `{}` when none are stored.

    Example:
        {'domain_name': 'example.com', 'sip_domain_name': 'sip.example.com', 'monitoring_domain_name': None,
            'private_network_cidr': None, 'log_level': 'debug'}

    Attributes:
        domain_name (None | str | Unset):
        sip_domain_name (None | str | Unset):
        monitoring_domain_name (None | str | Unset):
        private_network_cidr (None | str | Unset):
        log_level (LogLevel | Unset): How much the platform's components log.
    """

    domain_name: None | str | Unset = UNSET
    sip_domain_name: None | str | Unset = UNSET
    monitoring_domain_name: None | str | Unset = UNSET
    private_network_cidr: None | str | Unset = UNSET
    log_level: LogLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        sip_domain_name: None | str | Unset
        if isinstance(self.sip_domain_name, Unset):
            sip_domain_name = UNSET
        else:
            sip_domain_name = self.sip_domain_name

        monitoring_domain_name: None | str | Unset
        if isinstance(self.monitoring_domain_name, Unset):
            monitoring_domain_name = UNSET
        else:
            monitoring_domain_name = self.monitoring_domain_name

        private_network_cidr: None | str | Unset
        if isinstance(self.private_network_cidr, Unset):
            private_network_cidr = UNSET
        else:
            private_network_cidr = self.private_network_cidr

        log_level: str | Unset = UNSET
        if not isinstance(self.log_level, Unset):
            log_level = self.log_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if sip_domain_name is not UNSET:
            field_dict["sip_domain_name"] = sip_domain_name
        if monitoring_domain_name is not UNSET:
            field_dict["monitoring_domain_name"] = monitoring_domain_name
        if private_network_cidr is not UNSET:
            field_dict["private_network_cidr"] = private_network_cidr
        if log_level is not UNSET:
            field_dict["log_level"] = log_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_domain_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_name = _parse_domain_name(d.pop("domain_name", UNSET))

        def _parse_sip_domain_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_domain_name = _parse_sip_domain_name(d.pop("sip_domain_name", UNSET))

        def _parse_monitoring_domain_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monitoring_domain_name = _parse_monitoring_domain_name(d.pop("monitoring_domain_name", UNSET))

        def _parse_private_network_cidr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_network_cidr = _parse_private_network_cidr(d.pop("private_network_cidr", UNSET))

        _log_level = d.pop("log_level", UNSET)
        log_level: LogLevel | Unset
        if isinstance(_log_level, Unset):
            log_level = UNSET
        else:
            log_level = check_log_level(_log_level)

        system_information_read = cls(
            domain_name=domain_name,
            sip_domain_name=sip_domain_name,
            monitoring_domain_name=monitoring_domain_name,
            private_network_cidr=private_network_cidr,
            log_level=log_level,
        )

        system_information_read.additional_properties = d
        return system_information_read

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
