from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberCreate")


@_attrs_define
class PhoneNumberCreate:
    """
    Attributes:
        number (str): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,
            dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
            and `15085550100` are the same number. **Differs from jambonz**, which accepts any
            text without whitespace.
             Example: +15085550100.
        account_sid (None | str | Unset): The owning account. Forced to the key's own account for account keys (403 when
            naming another); for service provider keys an account of the provider (403
            otherwise).
        service_provider_sid (None | str | Unset): The owning service provider; without `account_sid` the number is an
            SP-level
            (test) number. Filled in for service provider and account keys (403 when naming
            another provider).
        voip_carrier_sid (None | str | Unset): The carrier the number is reached through: a carrier of the account, an
            SP-wide
            carrier of its provider, or a carrier of the platform (400 otherwise). Cannot be
            changed later.
        application_sid (None | str | Unset): The application to route inbound calls to, of the number's account.
    """

    number: str
    account_sid: None | str | Unset = UNSET
    service_provider_sid: None | str | Unset = UNSET
    voip_carrier_sid: None | str | Unset = UNSET
    application_sid: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        service_provider_sid: None | str | Unset
        if isinstance(self.service_provider_sid, Unset):
            service_provider_sid = UNSET
        else:
            service_provider_sid = self.service_provider_sid

        voip_carrier_sid: None | str | Unset
        if isinstance(self.voip_carrier_sid, Unset):
            voip_carrier_sid = UNSET
        else:
            voip_carrier_sid = self.voip_carrier_sid

        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
            }
        )
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if voip_carrier_sid is not UNSET:
            field_dict["voip_carrier_sid"] = voip_carrier_sid
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_service_provider_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid", UNSET))

        def _parse_voip_carrier_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voip_carrier_sid = _parse_voip_carrier_sid(d.pop("voip_carrier_sid", UNSET))

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        phone_number_create = cls(
            number=number,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            voip_carrier_sid=voip_carrier_sid,
            application_sid=application_sid,
        )

        return phone_number_create
