from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

if TYPE_CHECKING:
    from ..models.application_env_vars_type_0 import ApplicationEnvVarsType0
    from ..models.hook_with_sid import HookWithSid


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """An application as read back. Hooks carry their `webhook_sid` (as jambonz); booleans
    read back as `0`/`1`; `app_json` is the JSON text that was stored; `env_vars` is an
    object.

        Attributes:
            application_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str):
            account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            service_provider_sid (None | str): Set for an SP-wide test application (the account's provider).
            call_hook (HookWithSid | None):
            call_status_hook (HookWithSid | None):
            messaging_hook (HookWithSid | None):
            app_json (None | str):
            speech_synthesis_vendor (str):
            speech_synthesis_language (str):
            speech_synthesis_voice (None | str):
            speech_synthesis_label (None | str):
            speech_recognizer_vendor (str):
            speech_recognizer_language (str):
            speech_recognizer_label (None | str):
            use_for_fallback_speech (Flag): A boolean as jambonz reads it back, `0` or `1`.
            fallback_speech_synthesis_vendor (None | str):
            fallback_speech_synthesis_language (None | str):
            fallback_speech_synthesis_voice (None | str):
            fallback_speech_synthesis_label (None | str):
            fallback_speech_recognizer_vendor (None | str):
            fallback_speech_recognizer_language (None | str):
            fallback_speech_recognizer_label (None | str):
            env_vars (ApplicationEnvVarsType0 | None):
            record_all_calls (Flag): A boolean as jambonz reads it back, `0` or `1`.
            created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
    """

    application_sid: str
    name: str
    account_sid: str
    service_provider_sid: None | str
    call_hook: HookWithSid | None
    call_status_hook: HookWithSid | None
    messaging_hook: HookWithSid | None
    app_json: None | str
    speech_synthesis_vendor: str
    speech_synthesis_language: str
    speech_synthesis_voice: None | str
    speech_synthesis_label: None | str
    speech_recognizer_vendor: str
    speech_recognizer_language: str
    speech_recognizer_label: None | str
    use_for_fallback_speech: Flag
    fallback_speech_synthesis_vendor: None | str
    fallback_speech_synthesis_language: None | str
    fallback_speech_synthesis_voice: None | str
    fallback_speech_synthesis_label: None | str
    fallback_speech_recognizer_vendor: None | str
    fallback_speech_recognizer_language: None | str
    fallback_speech_recognizer_label: None | str
    env_vars: ApplicationEnvVarsType0 | None
    record_all_calls: Flag
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_env_vars_type_0 import ApplicationEnvVarsType0  # noqa: PLC0415
        from ..models.hook_with_sid import HookWithSid  # noqa: PLC0415

        application_sid = self.application_sid

        name = self.name

        account_sid = self.account_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        call_hook: dict[str, Any] | None
        if isinstance(self.call_hook, HookWithSid):
            call_hook = self.call_hook.to_dict()
        else:
            call_hook = self.call_hook

        call_status_hook: dict[str, Any] | None
        if isinstance(self.call_status_hook, HookWithSid):
            call_status_hook = self.call_status_hook.to_dict()
        else:
            call_status_hook = self.call_status_hook

        messaging_hook: dict[str, Any] | None
        if isinstance(self.messaging_hook, HookWithSid):
            messaging_hook = self.messaging_hook.to_dict()
        else:
            messaging_hook = self.messaging_hook

        app_json: None | str
        app_json = self.app_json

        speech_synthesis_vendor = self.speech_synthesis_vendor

        speech_synthesis_language = self.speech_synthesis_language

        speech_synthesis_voice: None | str
        speech_synthesis_voice = self.speech_synthesis_voice

        speech_synthesis_label: None | str
        speech_synthesis_label = self.speech_synthesis_label

        speech_recognizer_vendor = self.speech_recognizer_vendor

        speech_recognizer_language = self.speech_recognizer_language

        speech_recognizer_label: None | str
        speech_recognizer_label = self.speech_recognizer_label

        use_for_fallback_speech: int = self.use_for_fallback_speech

        fallback_speech_synthesis_vendor: None | str
        fallback_speech_synthesis_vendor = self.fallback_speech_synthesis_vendor

        fallback_speech_synthesis_language: None | str
        fallback_speech_synthesis_language = self.fallback_speech_synthesis_language

        fallback_speech_synthesis_voice: None | str
        fallback_speech_synthesis_voice = self.fallback_speech_synthesis_voice

        fallback_speech_synthesis_label: None | str
        fallback_speech_synthesis_label = self.fallback_speech_synthesis_label

        fallback_speech_recognizer_vendor: None | str
        fallback_speech_recognizer_vendor = self.fallback_speech_recognizer_vendor

        fallback_speech_recognizer_language: None | str
        fallback_speech_recognizer_language = self.fallback_speech_recognizer_language

        fallback_speech_recognizer_label: None | str
        fallback_speech_recognizer_label = self.fallback_speech_recognizer_label

        env_vars: dict[str, Any] | None
        if isinstance(self.env_vars, ApplicationEnvVarsType0):
            env_vars = self.env_vars.to_dict()
        else:
            env_vars = self.env_vars

        record_all_calls: int = self.record_all_calls

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_sid": application_sid,
                "name": name,
                "account_sid": account_sid,
                "service_provider_sid": service_provider_sid,
                "call_hook": call_hook,
                "call_status_hook": call_status_hook,
                "messaging_hook": messaging_hook,
                "app_json": app_json,
                "speech_synthesis_vendor": speech_synthesis_vendor,
                "speech_synthesis_language": speech_synthesis_language,
                "speech_synthesis_voice": speech_synthesis_voice,
                "speech_synthesis_label": speech_synthesis_label,
                "speech_recognizer_vendor": speech_recognizer_vendor,
                "speech_recognizer_language": speech_recognizer_language,
                "speech_recognizer_label": speech_recognizer_label,
                "use_for_fallback_speech": use_for_fallback_speech,
                "fallback_speech_synthesis_vendor": fallback_speech_synthesis_vendor,
                "fallback_speech_synthesis_language": fallback_speech_synthesis_language,
                "fallback_speech_synthesis_voice": fallback_speech_synthesis_voice,
                "fallback_speech_synthesis_label": fallback_speech_synthesis_label,
                "fallback_speech_recognizer_vendor": fallback_speech_recognizer_vendor,
                "fallback_speech_recognizer_language": fallback_speech_recognizer_language,
                "fallback_speech_recognizer_label": fallback_speech_recognizer_label,
                "env_vars": env_vars,
                "record_all_calls": record_all_calls,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_env_vars_type_0 import ApplicationEnvVarsType0  # noqa: PLC0415
        from ..models.hook_with_sid import HookWithSid  # noqa: PLC0415

        d = dict(src_dict)
        application_sid = d.pop("application_sid")

        name = d.pop("name")

        account_sid = d.pop("account_sid")

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        def _parse_call_hook(data: object) -> HookWithSid | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_hook_type_0 = HookWithSid.from_dict(data)

                return call_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookWithSid | None, data)

        call_hook = _parse_call_hook(d.pop("call_hook"))

        def _parse_call_status_hook(data: object) -> HookWithSid | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_status_hook_type_0 = HookWithSid.from_dict(data)

                return call_status_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookWithSid | None, data)

        call_status_hook = _parse_call_status_hook(d.pop("call_status_hook"))

        def _parse_messaging_hook(data: object) -> HookWithSid | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messaging_hook_type_0 = HookWithSid.from_dict(data)

                return messaging_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookWithSid | None, data)

        messaging_hook = _parse_messaging_hook(d.pop("messaging_hook"))

        def _parse_app_json(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_json = _parse_app_json(d.pop("app_json"))

        speech_synthesis_vendor = d.pop("speech_synthesis_vendor")

        speech_synthesis_language = d.pop("speech_synthesis_language")

        def _parse_speech_synthesis_voice(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        speech_synthesis_voice = _parse_speech_synthesis_voice(d.pop("speech_synthesis_voice"))

        def _parse_speech_synthesis_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        speech_synthesis_label = _parse_speech_synthesis_label(d.pop("speech_synthesis_label"))

        speech_recognizer_vendor = d.pop("speech_recognizer_vendor")

        speech_recognizer_language = d.pop("speech_recognizer_language")

        def _parse_speech_recognizer_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        speech_recognizer_label = _parse_speech_recognizer_label(d.pop("speech_recognizer_label"))

        use_for_fallback_speech = check_flag(d.pop("use_for_fallback_speech"))

        def _parse_fallback_speech_synthesis_vendor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_synthesis_vendor = _parse_fallback_speech_synthesis_vendor(
            d.pop("fallback_speech_synthesis_vendor")
        )

        def _parse_fallback_speech_synthesis_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_synthesis_language = _parse_fallback_speech_synthesis_language(
            d.pop("fallback_speech_synthesis_language")
        )

        def _parse_fallback_speech_synthesis_voice(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_synthesis_voice = _parse_fallback_speech_synthesis_voice(
            d.pop("fallback_speech_synthesis_voice")
        )

        def _parse_fallback_speech_synthesis_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_synthesis_label = _parse_fallback_speech_synthesis_label(
            d.pop("fallback_speech_synthesis_label")
        )

        def _parse_fallback_speech_recognizer_vendor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_recognizer_vendor = _parse_fallback_speech_recognizer_vendor(
            d.pop("fallback_speech_recognizer_vendor")
        )

        def _parse_fallback_speech_recognizer_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_recognizer_language = _parse_fallback_speech_recognizer_language(
            d.pop("fallback_speech_recognizer_language")
        )

        def _parse_fallback_speech_recognizer_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fallback_speech_recognizer_label = _parse_fallback_speech_recognizer_label(
            d.pop("fallback_speech_recognizer_label")
        )

        def _parse_env_vars(data: object) -> ApplicationEnvVarsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_vars_type_0 = ApplicationEnvVarsType0.from_dict(data)

                return env_vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationEnvVarsType0 | None, data)

        env_vars = _parse_env_vars(d.pop("env_vars"))

        record_all_calls = check_flag(d.pop("record_all_calls"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        application = cls(
            application_sid=application_sid,
            name=name,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            call_hook=call_hook,
            call_status_hook=call_status_hook,
            messaging_hook=messaging_hook,
            app_json=app_json,
            speech_synthesis_vendor=speech_synthesis_vendor,
            speech_synthesis_language=speech_synthesis_language,
            speech_synthesis_voice=speech_synthesis_voice,
            speech_synthesis_label=speech_synthesis_label,
            speech_recognizer_vendor=speech_recognizer_vendor,
            speech_recognizer_language=speech_recognizer_language,
            speech_recognizer_label=speech_recognizer_label,
            use_for_fallback_speech=use_for_fallback_speech,
            fallback_speech_synthesis_vendor=fallback_speech_synthesis_vendor,
            fallback_speech_synthesis_language=fallback_speech_synthesis_language,
            fallback_speech_synthesis_voice=fallback_speech_synthesis_voice,
            fallback_speech_synthesis_label=fallback_speech_synthesis_label,
            fallback_speech_recognizer_vendor=fallback_speech_recognizer_vendor,
            fallback_speech_recognizer_language=fallback_speech_recognizer_language,
            fallback_speech_recognizer_label=fallback_speech_recognizer_label,
            env_vars=env_vars,
            record_all_calls=record_all_calls,
            created_at=created_at,
        )

        application.additional_properties = d
        return application

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
