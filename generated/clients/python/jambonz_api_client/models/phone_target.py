from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.phone_target_type import PhoneTargetType, check_phone_target_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders


T = TypeVar("T", bound="PhoneTarget")


@_attrs_define
class PhoneTarget:
    """A telephone number, reached through a carrier.

    Attributes:
        type_ (PhoneTargetType):
        number (str):
        trunk (str | Unset): The carrier (by name) to use for this call.
        proxy (str | Unset):
        headers (SipHeaders | Unset): Custom SIP headers, name to value.
    """

    type_: PhoneTargetType
    number: str
    trunk: str | Unset = UNSET
    proxy: str | Unset = UNSET
    headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        number = self.number

        trunk = self.trunk

        proxy = self.proxy

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "number": number,
            }
        )
        if trunk is not UNSET:
            field_dict["trunk"] = trunk
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_phone_target_type(d.pop("type"))

        number = d.pop("number")

        trunk = d.pop("trunk", UNSET)

        proxy = d.pop("proxy", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SipHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SipHeaders.from_dict(_headers)

        phone_target = cls(
            type_=type_,
            number=number,
            trunk=trunk,
            proxy=proxy,
            headers=headers,
        )

        return phone_target
