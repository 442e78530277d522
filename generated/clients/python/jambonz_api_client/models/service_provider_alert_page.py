from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.service_provider_alert import ServiceProviderAlert


T = TypeVar("T", bound="ServiceProviderAlertPage")


@_attrs_define
class ServiceProviderAlertPage:
    """One page of a service provider's alerts, newest first (see `AlertPage`).

    Example:
        {'total': 1, 'page_size': '25', 'page': '1', 'data': [{'time': '2024-05-01T12:00:02.000Z',
            'service_provider_sid': '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33', 'message': 'https://app.example.com/call
            returned 500', 'detail': 'POST https://app.example.com/call: HTTP 500'}]}

    Attributes:
        total (int):
        page_size (str):
        page (str):
        data (list[ServiceProviderAlert]):
    """

    total: int
    page_size: str
    page: str
    data: list[ServiceProviderAlert]

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page_size = self.page_size

        page = self.page

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total": total,
                "page_size": page_size,
                "page": page,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_provider_alert import ServiceProviderAlert  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        page_size = d.pop("page_size")

        page = d.pop("page")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ServiceProviderAlert.from_dict(data_item_data)

            data.append(data_item)

        service_provider_alert_page = cls(
            total=total,
            page_size=page_size,
            page=page,
            data=data,
        )

        return service_provider_alert_page
