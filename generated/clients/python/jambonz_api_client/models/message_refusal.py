from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MessageRefusal")


@_attrs_define
class MessageRefusal:
    """The body of a 480 answer to sending a message.

    Attributes:
        sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        msg (str): Why the message failed.
    """

    sid: str
    msg: str

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        msg = self.msg

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sid": sid,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sid = d.pop("sid")

        msg = d.pop("msg")

        message_refusal = cls(
            sid=sid,
            msg=msg,
        )

        return message_refusal
