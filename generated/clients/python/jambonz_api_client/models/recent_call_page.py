from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.recent_call import RecentCall


T = TypeVar("T", bound="RecentCallPage")


@_attrs_define
class RecentCallPage:
    """One page of calls, newest first. `page_size` and `page` are the query's `count` and
    `page` as text, as jambonz echoes them.

        Example:
            {'total': 1, 'page_size': '25', 'page': '1', 'data': [{'attempted_at': '2024-05-01T12:00:00.000Z', 'answered':
                True, 'answered_at': '2024-05-01T12:00:01.050Z', 'terminated_at': '2024-05-01T12:00:38.050Z', 'duration': 37,
                'sip_status': 200, 'termination_reason': 'caller hungup', 'direction': 'outbound', 'from': '15085550100', 'to':
                '15085550199', 'trunk': 'carrierA', 'call_sid': 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6', 'account_sid':
                '9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33', 'service_provider_sid': '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33',
                'sip_callid': '6f1c2a9e4b7d3e10@127.0.0.1'}]}

        Attributes:
            total (int): How many calls match, over every page.
            page_size (str): The query's `count`.
            page (str): The query's `page`.
            data (list[RecentCall]):
    """

    total: int
    page_size: str
    page: str
    data: list[RecentCall]

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
        from ..models.recent_call import RecentCall  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        page_size = d.pop("page_size")

        page = d.pop("page")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RecentCall.from_dict(data_item_data)

            data.append(data_item)

        recent_call_page = cls(
            total=total,
            page_size=page_size,
            page=page,
            data=data,
        )

        return recent_call_page
