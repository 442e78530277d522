from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """The properties to change; at least one. `number` and `voip_carrier_sid` are
    immutable and therefore not accepted here (400).

        Attributes:
            application_sid (None | str | Unset): Re-point the number to this application of its account; `null` unroutes
                it.
            account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
    """

    application_sid: None | str | Unset = UNSET
    account_sid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        account_sid = self.account_sid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        account_sid = d.pop("account_sid", UNSET)

        phone_number_update = cls(
            application_sid=application_sid,
            account_sid=account_sid,
        )

        return phone_number_update
