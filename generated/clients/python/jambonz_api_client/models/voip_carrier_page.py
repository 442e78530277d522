from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.voip_carrier import VoipCarrier


T = TypeVar("T", bound="VoipCarrierPage")


@_attrs_define
class VoipCarrierPage:
    """One page of carriers, sorted by name (answered when `page` is given).

    Example:
        {'total': 1, 'page': 1, 'page_size': None, 'data': [{'voip_carrier_sid': '4a7c2e1f-9b3d-4e5a-8f6b-1c2d3e4f5a6b',
            'name': 'twilio-trunk', 'description': None, 'account_sid': None, 'service_provider_sid':
            '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33', 'application_sid': None, 'e164_leading_plus': 0, 'requires_register': 0,
            'register_username': None, 'register_password': None, 'register_sip_realm': None, 'register_from_user': None,
            'register_from_domain': None, 'register_public_ip_in_contact': 0, 'register_status': {}, 'tech_prefix': None,
            'inbound_auth_username': None, 'inbound_auth_password': None, 'diversion': None, 'is_active': 1, 'created_at':
            '2024-05-01T12:00:00.000Z', 'smpp_system_id': None, 'smpp_password': None, 'smpp_enquire_link_interval': 0,
            'smpp_inbound_system_id': None, 'smpp_inbound_password': None, 'dtmf_type': 'rfc2833', 'outbound_sip_proxy':
            None, 'trunk_type': 'static_ip', 'sms_outbound_url': None, 'sms_username': None, 'sms_password': None,
            'sms_bearer_token': None, 'sms_inbound_username': None, 'sms_inbound_password': None}]}

    Attributes:
        total (int): How many carriers match, over all pages.
        page (int): The page asked for (1-based).
        page_size (int | None): The `page_size` asked for, or `null` when it was omitted (then 50 apply).
        data (list[VoipCarrier]):
    """

    total: int
    page: int
    page_size: int | None
    data: list[VoipCarrier]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        page_size: int | None
        page_size = self.page_size

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "page": page,
                "page_size": page_size,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voip_carrier import VoipCarrier  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page")

        def _parse_page_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        page_size = _parse_page_size(d.pop("page_size"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = VoipCarrier.from_dict(data_item_data)

            data.append(data_item)

        voip_carrier_page = cls(
            total=total,
            page=page,
            page_size=page_size,
            data=data,
        )

        voip_carrier_page.additional_properties = d
        return voip_carrier_page

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
