from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Example:
        {'phone_number_sid': '4b3c2d1e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'number': '15085550100', 'voip_carrier_sid':
            '5e8a1d2c-3b4f-4a6b-8c9d-0e1f2a3b4c5d', 'account_sid': '9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33',
            'application_sid': '7d2a4b1c-3e5f-4a6b-8c9d-0e1f2a3b4c5d', 'service_provider_sid':
            '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33'}

    Attributes:
        phone_number_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        number (str): The number as stored, digits only (no leading `+`). Example: 15085550100.
        voip_carrier_sid (None | str): The carrier the number is reached through.
        account_sid (None | str): The owning account; `null` for an SP-level (test) number.
        application_sid (None | str): The application inbound calls are routed to; `null` when unrouted.
        service_provider_sid (None | str): The owning service provider (for an account's number, the account's
            provider).
    """

    phone_number_sid: str
    number: str
    voip_carrier_sid: None | str
    account_sid: None | str
    application_sid: None | str
    service_provider_sid: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_sid = self.phone_number_sid

        number = self.number

        voip_carrier_sid: None | str
        voip_carrier_sid = self.voip_carrier_sid

        account_sid: None | str
        account_sid = self.account_sid

        application_sid: None | str
        application_sid = self.application_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number_sid": phone_number_sid,
                "number": number,
                "voip_carrier_sid": voip_carrier_sid,
                "account_sid": account_sid,
                "application_sid": application_sid,
                "service_provider_sid": service_provider_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number_sid = d.pop("phone_number_sid")

        number = d.pop("number")

        def _parse_voip_carrier_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        voip_carrier_sid = _parse_voip_carrier_sid(d.pop("voip_carrier_sid"))

        def _parse_account_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_sid = _parse_account_sid(d.pop("account_sid"))

        def _parse_application_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_sid = _parse_application_sid(d.pop("application_sid"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        phone_number = cls(
            phone_number_sid=phone_number_sid,
            number=number,
            voip_carrier_sid=voip_carrier_sid,
            account_sid=account_sid,
            application_sid=application_sid,
            service_provider_sid=service_provider_sid,
        )

        phone_number.additional_properties = d
        return phone_number

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
