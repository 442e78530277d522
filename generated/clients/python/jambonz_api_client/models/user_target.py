from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_target_type import UserTargetType, check_user_target_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders


T = TypeVar("T", bound="UserTarget")


@_attrs_define
class UserTarget:
    """A registered SIP user; `@<account sip_realm>` is appended when `name` has no `@`.

    Attributes:
        type_ (UserTargetType):
        name (str):
        override_to (str | Unset):
        headers (SipHeaders | Unset): Custom SIP headers, name to value.
    """

    type_: UserTargetType
    name: str
    override_to: str | Unset = UNSET
    headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        override_to = self.override_to

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if override_to is not UNSET:
            field_dict["overrideTo"] = override_to
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_user_target_type(d.pop("type"))

        name = d.pop("name")

        override_to = d.pop("overrideTo", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SipHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SipHeaders.from_dict(_headers)

        user_target = cls(
            type_=type_,
            name=name,
            override_to=override_to,
            headers=headers,
        )

        return user_target
