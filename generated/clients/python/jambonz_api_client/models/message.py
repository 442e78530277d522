from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection, check_message_direction
from ..models.message_status import MessageStatus, check_message_status

if TYPE_CHECKING:
    from ..models.hook_read import HookRead
    from ..models.message_provider_response_type_0 import MessageProviderResponseType0
    from ..models.message_status_change import MessageStatusChange


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message as stored: sent (`outbound`, by the API or by an application's `message`
    verb) or received (`inbound`). Not in jambonz, which keeps no messages.

        Attributes:
            message_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            service_provider_sid (None | str):
            application_sid (None | str): Inbound: the application the message was routed to. Outbound: the application
                whose `message` verb sent it (`null` when sent through the API).
            direction (MessageDirection): `outbound`: sent by the platform; `inbound`: received from a carrier.
            from_ (str): The sender, digits without `+` for a phone number.
            to (str): The recipient, digits without `+`.
            text (None | str):
            media (list[str]): Media URLs (empty when there are none).
            carrier (str): The carrier's name, or `simulator`.
            voip_carrier_sid (None | str): The carrier's sid (`null` for the simulator).
            carrier_message_id (None | str): The provider's id for the message.
            status (MessageStatus): Outbound: `queued` (stored, being handed to the provider), then `sent` (the
                provider accepted it) and later `delivered` (the provider reported delivery) or
                `failed` (refused, no answer in time, or a failed delivery reported; `error` says
                why). Inbound messages are `received`.
            error (None | str): Why the message failed; for an inbound message, why its application could not
                be reached or what it answered wrong.
            provider_response (MessageProviderResponseType0 | None): What the provider answered when sending
                (`providerResponse`).
            status_hook (HookRead | None): Where status changes are reported.
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            updated_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            status_history (list[MessageStatusChange]):
    """

    message_sid: str
    account_sid: str
    service_provider_sid: None | str
    application_sid: None | str
    direction: MessageDirection
    from_: str
    to: str
    text: None | str
    media: list[str]
    carrier: str
    voip_carrier_sid: None | str
    carrier_message_id: None | str
    status: MessageStatus
    error: None | str
    provider_response: MessageProviderResponseType0 | None
    status_hook: HookRead | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status_history: list[MessageStatusChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_read import HookRead  # noqa: PLC0415
        from ..models.message_provider_response_type_0 import MessageProviderResponseType0  # noqa: PLC0415

        message_sid = self.message_sid

        account_sid = self.account_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        application_sid: None | str
        application_sid = self.application_sid

        direction: str = self.direction

        from_ = self.from_

        to = self.to

        text: None | str
        text = self.text

        media = self.media

        carrier = self.carrier

        voip_carrier_sid: None | str
        voip_carrier_sid = self.voip_carrier_sid

        carrier_message_id: None | str
        carrier_message_id = self.carrier_message_id

        status: str = self.status

        error: None | str
        error = self.error

        provider_response: dict[str, Any] | None
        if isinstance(self.provider_response, MessageProviderResponseType0):
            provider_response = self.provider_response.to_dict()
        else:
            provider_response = self.provider_response

        status_hook: dict[str, Any] | None
        if isinstance(self.status_hook, HookRead):
            status_hook = self.status_hook.to_dict()
        else:
            status_hook = self.status_hook

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_sid": message_sid,
                "account_sid": account_sid,
                "service_provider_sid": service_provider_sid,
                "application_sid": application_sid,
                "direction": direction,
                "from": from_,
                "to": to,
                "text": text,
                "media": media,
                "carrier": carrier,
                "voip_carrier_sid": voip_carrier_sid,
                "carrier_message_id": carrier_message_id,
                "status": status,
                "error": error,
                "provider_response": provider_response,
                "status_hook": status_hook,
                "created_at": created_at,
                "updated_at": updated_at,
                "status_history": status_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_read import HookRead  # noqa: PLC0415
        from ..models.message_provider_response_type_0 import MessageProviderResponseType0  # noqa: PLC0415
        from ..models.message_status_change import MessageStatusChange  # noqa: PLC0415

        d = dict(src_dict)
        message_sid = d.pop("message_sid")

        account_sid = d.pop("account_sid")

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_application_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_sid = _parse_application_sid(d.pop("application_sid"))

        direction = check_message_direction(d.pop("direction"))

        from_ = d.pop("from")

        to = d.pop("to")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        media = cast(list[str], d.pop("media"))

        carrier = d.pop("carrier")

        def _parse_voip_carrier_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        voip_carrier_sid = _parse_voip_carrier_sid(d.pop("voip_carrier_sid"))

        def _parse_carrier_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        carrier_message_id = _parse_carrier_message_id(d.pop("carrier_message_id"))

        status = check_message_status(d.pop("status"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_provider_response(data: object) -> MessageProviderResponseType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_response_type_0 = MessageProviderResponseType0.from_dict(data)

                return provider_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageProviderResponseType0 | None, data)

        provider_response = _parse_provider_response(d.pop("provider_response"))

        def _parse_status_hook(data: object) -> HookRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_hook_type_0 = HookRead.from_dict(data)

                return status_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookRead | None, data)

        status_hook = _parse_status_hook(d.pop("status_hook"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = MessageStatusChange.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        message = cls(
            message_sid=message_sid,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            application_sid=application_sid,
            direction=direction,
            from_=from_,
            to=to,
            text=text,
            media=media,
            carrier=carrier,
            voip_carrier_sid=voip_carrier_sid,
            carrier_message_id=carrier_message_id,
            status=status,
            error=error,
            provider_response=provider_response,
            status_hook=status_hook,
            created_at=created_at,
            updated_at=updated_at,
            status_history=status_history,
        )

        message.additional_properties = d
        return message

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
