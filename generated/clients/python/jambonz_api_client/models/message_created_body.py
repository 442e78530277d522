from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.provider_response import ProviderResponse


T = TypeVar("T", bound="MessageCreatedBody")


@_attrs_define
class MessageCreatedBody:
    """
    Attributes:
        sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        provider_response (ProviderResponse): What the provider answered when it accepted the message: the JSON object
            an HTTP
            provider answered (any other body as `{"body": "<text>"}`), or the simulator's
            `{"simulated": true, "carrier_message_id", "status": "accepted"}`.
    """

    sid: str
    provider_response: ProviderResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        provider_response = self.provider_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
                "providerResponse": provider_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_response import ProviderResponse  # noqa: PLC0415

        d = dict(src_dict)
        sid = d.pop("sid")

        provider_response = ProviderResponse.from_dict(d.pop("providerResponse"))

        message_created_body = cls(
            sid=sid,
            provider_response=provider_response,
        )

        message_created_body.additional_properties = d
        return message_created_body

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
