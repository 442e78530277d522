from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delivery_status import DeliveryStatus, check_delivery_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReceipt")


@_attrs_define
class DeliveryReceipt:
    """What became of a message a carrier accepted. Name the message by
    `carrier_message_id` or `message_sid` (at least one; 422 otherwise).

        Attributes:
            status (DeliveryStatus): A status a carrier's delivery receipt may report.
            carrier_message_id (str | Unset): The id the carrier's answer to the send carried.
            message_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            error (None | str | Unset): Why, for `failed`.
    """

    status: DeliveryStatus
    carrier_message_id: str | Unset = UNSET
    message_sid: str | Unset = UNSET
    error: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        carrier_message_id = self.carrier_message_id

        message_sid = self.message_sid

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if carrier_message_id is not UNSET:
            field_dict["carrier_message_id"] = carrier_message_id
        if message_sid is not UNSET:
            field_dict["message_sid"] = message_sid
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_delivery_status(d.pop("status"))

        carrier_message_id = d.pop("carrier_message_id", UNSET)

        message_sid = d.pop("message_sid", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        delivery_receipt = cls(
            status=status,
            carrier_message_id=carrier_message_id,
            message_sid=message_sid,
            error=error,
        )

        return delivery_receipt
