from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="MessageCreate")


@_attrs_define
class MessageCreate:
    """An SMS to send. Give `text` and/or `media`: at least one (400 otherwise, as jambonz:
    a rule across properties, which this contract keeps out of the schema so that generated
    clients get one plain model).

        Attributes:
            from_ (str): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,
                dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
                and `15085550100` are the same number. **Differs from jambonz**, which accepts any
                text without whitespace.
                 Example: +15085550100.
            to (str): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,
                dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
                and `15085550100` are the same number. **Differs from jambonz**, which accepts any
                text without whitespace.
                 Example: +15085550100.
            text (str | Unset): The text of the message. Example: Your code is 1234.
            media (list[str] | str | Unset): One media URL, or an array of up to 10.
            provider (str | Unset): The carrier to send through, by name; `simulator` for the embedded simulator
                (when no carrier has that name). Without it: the only carrier with an SMS route,
                else the simulator.
                 Example: globex-sms.
            carrier (str | Unset): A synonym of `provider` (the `message` verb's name for it); when both are given
                they must be equal (422).
            status_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
    """

    from_: str
    to: str
    text: str | Unset = UNSET
    media: list[str] | str | Unset = UNSET
    provider: str | Unset = UNSET
    carrier: str | Unset = UNSET
    status_hook: HookObjectInput | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        from_ = self.from_

        to = self.to

        text = self.text

        media: list[str] | str | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, list):
            media = self.media

        else:
            media = self.media

        provider = self.provider

        carrier = self.carrier

        status_hook: dict[str, Any] | str | Unset
        if isinstance(self.status_hook, Unset):
            status_hook = UNSET
        elif isinstance(self.status_hook, HookObjectInput):
            status_hook = self.status_hook.to_dict()
        else:
            status_hook = self.status_hook

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if media is not UNSET:
            field_dict["media"] = media
        if provider is not UNSET:
            field_dict["provider"] = provider
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if status_hook is not UNSET:
            field_dict["status_hook"] = status_hook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        text = d.pop("text", UNSET)

        def _parse_media(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_media_type_1 = cast(list[str], data)

                return componentsschemas_message_media_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        provider = d.pop("provider", UNSET)

        carrier = d.pop("carrier", UNSET)

        def _parse_status_hook(data: object) -> HookObjectInput | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_hook_input_type_1 = HookObjectInput.from_dict(data)

                return componentsschemas_hook_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookObjectInput | str | Unset, data)

        status_hook = _parse_status_hook(d.pop("status_hook", UNSET))

        message_create = cls(
            from_=from_,
            to=to,
            text=text,
            media=media,
            provider=provider,
            carrier=carrier,
            status_hook=status_hook,
        )

        return message_create
