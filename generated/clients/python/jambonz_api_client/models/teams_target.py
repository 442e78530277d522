from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.teams_target_type import TeamsTargetType, check_teams_target_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders


T = TypeVar("T", bound="TeamsTarget")


@_attrs_define
class TeamsTarget:
    """A Microsoft Teams user.

    Attributes:
        type_ (TeamsTargetType):
        number (str):
        tenant (str | Unset):
        vmail (bool | Unset):
        headers (SipHeaders | Unset): Custom SIP headers, name to value.
    """

    type_: TeamsTargetType
    number: str
    tenant: str | Unset = UNSET
    vmail: bool | Unset = UNSET
    headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        number = self.number

        tenant = self.tenant

        vmail = self.vmail

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
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if vmail is not UNSET:
            field_dict["vmail"] = vmail
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_teams_target_type(d.pop("type"))

        number = d.pop("number")

        tenant = d.pop("tenant", UNSET)

        vmail = d.pop("vmail", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SipHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SipHeaders.from_dict(_headers)

        teams_target = cls(
            type_=type_,
            number=number,
            tenant=tenant,
            vmail=vmail,
            headers=headers,
        )

        return teams_target
