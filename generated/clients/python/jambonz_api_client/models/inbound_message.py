from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundMessage")


@_attrs_define
class InboundMessage:
    """An SMS a carrier delivers. `text` and/or `media`: at least one (400 otherwise).

    Attributes:
        from_ (str): A phone number in E.164 form (1 to 15 digits, optionally after a `+`, which is
            dropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and
            digits).
             Example: +15085550100.
        to (str): A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,
            dashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`
            and `15085550100` are the same number. **Differs from jambonz**, which accepts any
            text without whitespace.
             Example: +15085550100.
        cc (list[str] | Unset): Other recipients (group messages); passed on to the application.
        text (str | Unset): The text of the message. Example: Your code is 1234.
        media (list[str] | str | Unset): One media URL, or an array of up to 10.
        carrier_message_id (str | Unset): The carrier's own id for the message.
    """

    from_: str
    to: str
    cc: list[str] | Unset = UNSET
    text: str | Unset = UNSET
    media: list[str] | str | Unset = UNSET
    carrier_message_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        text = self.text

        media: list[str] | str | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, list):
            media = self.media

        else:
            media = self.media

        carrier_message_id = self.carrier_message_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if cc is not UNSET:
            field_dict["cc"] = cc
        if text is not UNSET:
            field_dict["text"] = text
        if media is not UNSET:
            field_dict["media"] = media
        if carrier_message_id is not UNSET:
            field_dict["carrier_message_id"] = carrier_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        cc = cast(list[str], d.pop("cc", UNSET))

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

        carrier_message_id = d.pop("carrier_message_id", UNSET)

        inbound_message = cls(
            from_=from_,
            to=to,
            cc=cc,
            text=text,
            media=media,
            carrier_message_id=carrier_message_id,
        )

        return inbound_message
