from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookSecret")


@_attrs_define
class WebhookSecret:
    """
    Attributes:
        webhook_secret (str): The key of the account's webhook signatures. One this server generates is
            `wh_secret_` followed by 22 base58 characters; one a client chose when it created
            the account (as jambonz allows) is read back as given.
             Example: wh_secret_4Qh9cTxZbW2mJkLp8RvYfA.
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
