from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookSecret")


@_attrs_define
class WebhookSecret:
    """
    Attributes:
        webhook_secret (str): `wh_secret_` followed by 22 base58 characters. Example: wh_secret_4Qh9cTxZbW2mJkLp8RvYfA.
    """

    webhook_secret: str

    def to_dict(self) -> dict[str, Any]:
        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "webhook_secret": webhook_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_secret = d.pop("webhook_secret")

        webhook_secret = cls(
            webhook_secret=webhook_secret,
        )

        return webhook_secret
