from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.sip_target_type import SipTargetType, check_sip_target_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders
    from ..models.target_auth import TargetAuth


T = TypeVar("T", bound="SipTarget")


@_attrs_define
class SipTarget:
    """A SIP URI.

    Attributes:
        type_ (SipTargetType):
        sip_uri (str):
        auth (TargetAuth | Unset):
        proxy (str | Unset):
        headers (SipHeaders | Unset): Custom SIP headers, name to value.
    """

    type_: SipTargetType
    sip_uri: str
    auth: TargetAuth | Unset = UNSET
    proxy: str | Unset = UNSET
    headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sip_uri = self.sip_uri

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        proxy = self.proxy

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "sipUri": sip_uri,
            }
        )
        if auth is not UNSET:
            field_dict["auth"] = auth
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415
        from ..models.target_auth import TargetAuth  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_sip_target_type(d.pop("type"))

        sip_uri = d.pop("sipUri")

        _auth = d.pop("auth", UNSET)
        auth: TargetAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = TargetAuth.from_dict(_auth)

        proxy = d.pop("proxy", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SipHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SipHeaders.from_dict(_headers)

        sip_target = cls(
            type_=type_,
            sip_uri=sip_uri,
            auth=auth,
            proxy=proxy,
            headers=headers,
        )

        return sip_target
