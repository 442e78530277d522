from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServiceProviderAlert")


@_attrs_define
class ServiceProviderAlert:
    """One alert of a service provider's accounts, with only the fields jambonz shows a
    provider.

        Attributes:
            time (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            service_provider_sid (None | str):
            message (str):
            detail (None | str):
    """

    time: datetime.datetime
    service_provider_sid: None | str
    message: str
    detail: None | str

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        message = self.message

        detail: None | str
        detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "time": time,
                "service_provider_sid": service_provider_sid,
                "message": message,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = datetime.datetime.fromisoformat(d.pop("time"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        message = d.pop("message")

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        service_provider_alert = cls(
            time=time,
            service_provider_sid=service_provider_sid,
            message=message,
            detail=detail,
        )

        return service_provider_alert
