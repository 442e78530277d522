from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.alert import Alert


T = TypeVar("T", bound="AlertPage")


@_attrs_define
class AlertPage:
    """One page of an account's alerts, newest first. `page_size` and `page` are the
    query's `count` and `page` as text, as jambonz echoes them.

        Example:
            {'total': 1, 'page_size': '25', 'page': '1', 'data': [{'time': '2024-05-01T12:00:02.000Z', 'account_sid':
                '9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33', 'alert_type': 'webhook-failure', 'message':
                'https://app.example.com/call returned 500', 'detail': 'POST https://app.example.com/call: HTTP 500',
                'service_provider_sid': '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33', 'target_sid':
                'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6', 'vendor': None}]}

        Attributes:
            total (int): How many alerts match, over every page.
            page_size (str):
            page (str):
            data (list[Alert]):
    """

    total: int
    page_size: str
    page: str
    data: list[Alert]

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
        from ..models.alert import Alert  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        page_size = d.pop("page_size")

        page = d.pop("page")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Alert.from_dict(data_item_data)

            data.append(data_item)

        alert_page = cls(
            total=total,
            page_size=page_size,
            page=page,
            data=data,
        )

        return alert_page
