from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Alert")


@_attrs_define
class Alert:
    """One alert of an account (jambonz's fields; null where unset). `target_sid` is the
    call (or message) it is about.

        Attributes:
            time (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
            account_sid (None | str): The account the alert is about.
            alert_type (str): What went wrong, in jambonz's names. This server raises `webhook-failure` (`<url>
                returned <status>`), `webhook-connection-failure` (`failed to connect to <url>`),
                `account-call-limit` and `service-provider-call-limit` (a call refused by the
                `voice_call_session` limit), `no-carrier` (`outbound call failure: no carriers have
                been provisioned`: a call to a phone number with no carrier to go out through; the
                simulator still places it), `invalid-app-payload` (a hook answered with success but
                with no usable verbs, `<url> returned an invalid payload`, or with verbs that cannot
                run), and, from its call simulator, `invalid-verb`, `unsupported-verb`,
                `queue-error` and `simulator-error`. jambonz also has types (`no-tts`, `no-stt`,
                ...) of what this server does not do.
                 Example: webhook-failure.
            message (str): What went wrong, in a sentence.
            detail (None | str): More on what went wrong (for a webhook, which hook and the error).
            service_provider_sid (None | str): The account's service provider.
            target_sid (None | str): The call or message the alert is about.
            vendor (None | str): The speech vendor of a speech alert (jambonz; never set here).
    """

    time: datetime.datetime
    account_sid: None | str
    alert_type: str
    message: str
    detail: None | str
    service_provider_sid: None | str
    target_sid: None | str
    vendor: None | str

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        account_sid: None | str
        account_sid = self.account_sid

        alert_type = self.alert_type

        message = self.message

        detail: None | str
        detail = self.detail

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        target_sid: None | str
        target_sid = self.target_sid

        vendor: None | str
        vendor = self.vendor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "time": time,
                "account_sid": account_sid,
                "alert_type": alert_type,
                "message": message,
                "detail": detail,
                "service_provider_sid": service_provider_sid,
                "target_sid": target_sid,
                "vendor": vendor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = datetime.datetime.fromisoformat(d.pop("time"))

        def _parse_account_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_sid = _parse_account_sid(d.pop("account_sid"))

        alert_type = d.pop("alert_type")

        message = d.pop("message")

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_target_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_sid = _parse_target_sid(d.pop("target_sid"))

        def _parse_vendor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vendor = _parse_vendor(d.pop("vendor"))

        alert = cls(
            time=time,
            account_sid=account_sid,
            alert_type=alert_type,
            message=message,
            detail=detail,
            service_provider_sid=service_provider_sid,
            target_sid=target_sid,
            vendor=vendor,
        )

        return alert
