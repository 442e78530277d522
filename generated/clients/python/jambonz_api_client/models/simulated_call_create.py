from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders


T = TypeVar("T", bound="SimulatedCallCreate")


@_attrs_define
class SimulatedCallCreate:
    """An inbound call for the simulator to deliver.

    Attributes:
        from_ (str): The caller's number or user.
        to (str): One of the account's phone numbers (a leading `+` is ignored).
        caller_name (str | Unset):
        headers (SipHeaders | Unset): Custom SIP headers, name to value.
    """

    from_: str
    to: str
    caller_name: str | Unset = UNSET
    headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        caller_name = self.caller_name

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if caller_name is not UNSET:
            field_dict["callerName"] = caller_name
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        caller_name = d.pop("callerName", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SipHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SipHeaders.from_dict(_headers)

        simulated_call_create = cls(
            from_=from_,
            to=to,
            caller_name=caller_name,
            headers=headers,
        )

        return simulated_call_create
