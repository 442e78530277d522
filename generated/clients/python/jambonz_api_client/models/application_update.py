from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_vars_type_0 import EnvVarsType0
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="ApplicationUpdate")


@_attrs_define
class ApplicationUpdate:
    """The properties to change; at least one. `account_sid` and `application_sid`
    cannot be changed: the portal sends them back with every change, so a value that
    repeats the application's own is ignored, and another one answers 400 `account_sid
    may not be modified` (**differs from jambonz**, which moves the application).

        Attributes:
            application_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str | Unset):
            service_provider_sid (None | str | Unset): `null`, or the service provider of the application's account.
            call_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            call_status_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means
                `{"url": ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            messaging_hook (HookObjectInput | None | str | Unset): A hook (object or URL string), or `null` to remove it.
            app_json (None | str | Unset): A JSON **string** holding an array of verbs, executed instead of requesting
                `call_hook` when a call arrives. It is parsed and each verb validated; a problem
                answers 400 naming the verb, e.g. `app_json: verb 1 (say): missing required property
                text`. **Differs from jambonz**, which answers 500 to text that is not JSON and
                prefixes verb messages with `Error: `.
                 Example: [{"verb":"say","text":"Hello"},{"verb":"hangup"}].
            speech_synthesis_vendor (str | Unset):
            speech_synthesis_language (str | Unset):
            speech_synthesis_voice (None | str | Unset):
            speech_synthesis_label (None | str | Unset):
            speech_recognizer_vendor (str | Unset):
            speech_recognizer_language (str | Unset):
            speech_recognizer_label (None | str | Unset):
            use_for_fallback_speech (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            fallback_speech_synthesis_vendor (None | str | Unset):
            fallback_speech_synthesis_language (None | str | Unset):
            fallback_speech_synthesis_voice (None | str | Unset):
            fallback_speech_synthesis_label (None | str | Unset):
            fallback_speech_recognizer_vendor (None | str | Unset):
            fallback_speech_recognizer_language (None | str | Unset):
            fallback_speech_recognizer_label (None | str | Unset):
            env_vars (EnvVarsType0 | None | Unset): Name/value settings handed to the application, sealed at rest and read
                back as the
                same object. As jambonz does, a create or change that gives them first asks the
                application which variables it takes (an `OPTIONS` request to the `call_hook` URL
                given, else the stored one, as `GET /AppEnv` asks, under the outbound policy):
                when it answers with an env-schema, a required variable missing is 400 `Missing
                required value env_vars.<name>` and a value of another type or outside its `enum`
                is 400 `Invalid value/type for env_vars.<name>` (the last problem found is the one
                told). An application that cannot be asked, or answers no env-schema, declares
                none: the object is stored as it is.
                 Example: {'GREETING': 'Welcome to Acme'}.
            record_all_calls (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
    """

    application_sid: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    service_provider_sid: None | str | Unset = UNSET
    call_hook: HookObjectInput | str | Unset = UNSET
    call_status_hook: HookObjectInput | str | Unset = UNSET
    messaging_hook: HookObjectInput | None | str | Unset = UNSET
    app_json: None | str | Unset = UNSET
    speech_synthesis_vendor: str | Unset = UNSET
    speech_synthesis_language: str | Unset = UNSET
    speech_synthesis_voice: None | str | Unset = UNSET
    speech_synthesis_label: None | str | Unset = UNSET
    speech_recognizer_vendor: str | Unset = UNSET
    speech_recognizer_language: str | Unset = UNSET
    speech_recognizer_label: None | str | Unset = UNSET
    use_for_fallback_speech: bool | Flag | Unset = UNSET
    fallback_speech_synthesis_vendor: None | str | Unset = UNSET
    fallback_speech_synthesis_language: None | str | Unset = UNSET
    fallback_speech_synthesis_voice: None | str | Unset = UNSET
    fallback_speech_synthesis_label: None | str | Unset = UNSET
    fallback_speech_recognizer_vendor: None | str | Unset = UNSET
    fallback_speech_recognizer_language: None | str | Unset = UNSET
    fallback_speech_recognizer_label: None | str | Unset = UNSET
    env_vars: EnvVarsType0 | None | Unset = UNSET
    record_all_calls: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.env_vars_type_0 import EnvVarsType0  # noqa: PLC0415
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        application_sid = self.application_sid

        account_sid = self.account_sid

        name = self.name

        service_provider_sid: None | str | Unset
        if isinstance(self.service_provider_sid, Unset):
            service_provider_sid = UNSET
        else:
            service_provider_sid = self.service_provider_sid

        call_hook: dict[str, Any] | str | Unset
        if isinstance(self.call_hook, Unset):
            call_hook = UNSET
        elif isinstance(self.call_hook, HookObjectInput):
            call_hook = self.call_hook.to_dict()
        else:
            call_hook = self.call_hook

        call_status_hook: dict[str, Any] | str | Unset
        if isinstance(self.call_status_hook, Unset):
            call_status_hook = UNSET
        elif isinstance(self.call_status_hook, HookObjectInput):
            call_status_hook = self.call_status_hook.to_dict()
        else:
            call_status_hook = self.call_status_hook

        messaging_hook: dict[str, Any] | None | str | Unset
        if isinstance(self.messaging_hook, Unset):
            messaging_hook = UNSET
        elif isinstance(self.messaging_hook, HookObjectInput):
            messaging_hook = self.messaging_hook.to_dict()
        else:
            messaging_hook = self.messaging_hook

        app_json: None | str | Unset
        if isinstance(self.app_json, Unset):
            app_json = UNSET
        else:
            app_json = self.app_json

        speech_synthesis_vendor = self.speech_synthesis_vendor

        speech_synthesis_language = self.speech_synthesis_language

        speech_synthesis_voice: None | str | Unset
        if isinstance(self.speech_synthesis_voice, Unset):
            speech_synthesis_voice = UNSET
        else:
            speech_synthesis_voice = self.speech_synthesis_voice

        speech_synthesis_label: None | str | Unset
        if isinstance(self.speech_synthesis_label, Unset):
            speech_synthesis_label = UNSET
        else:
            speech_synthesis_label = self.speech_synthesis_label

        speech_recognizer_vendor = self.speech_recognizer_vendor

        speech_recognizer_language = self.speech_recognizer_language

        speech_recognizer_label: None | str | Unset
        if isinstance(self.speech_recognizer_label, Unset):
            speech_recognizer_label = UNSET
        else:
            speech_recognizer_label = self.speech_recognizer_label

        use_for_fallback_speech: bool | int | Unset
        if isinstance(self.use_for_fallback_speech, Unset):
            use_for_fallback_speech = UNSET
        elif isinstance(self.use_for_fallback_speech, int):
            use_for_fallback_speech = self.use_for_fallback_speech
        else:
            use_for_fallback_speech = self.use_for_fallback_speech

        fallback_speech_synthesis_vendor: None | str | Unset
        if isinstance(self.fallback_speech_synthesis_vendor, Unset):
            fallback_speech_synthesis_vendor = UNSET
        else:
            fallback_speech_synthesis_vendor = self.fallback_speech_synthesis_vendor

        fallback_speech_synthesis_language: None | str | Unset
        if isinstance(self.fallback_speech_synthesis_language, Unset):
            fallback_speech_synthesis_language = UNSET
        else:
            fallback_speech_synthesis_language = self.fallback_speech_synthesis_language

        fallback_speech_synthesis_voice: None | str | Unset
        if isinstance(self.fallback_speech_synthesis_voice, Unset):
            fallback_speech_synthesis_voice = UNSET
        else:
            fallback_speech_synthesis_voice = self.fallback_speech_synthesis_voice

        fallback_speech_synthesis_label: None | str | Unset
        if isinstance(self.fallback_speech_synthesis_label, Unset):
            fallback_speech_synthesis_label = UNSET
        else:
            fallback_speech_synthesis_label = self.fallback_speech_synthesis_label

        fallback_speech_recognizer_vendor: None | str | Unset
        if isinstance(self.fallback_speech_recognizer_vendor, Unset):
            fallback_speech_recognizer_vendor = UNSET
        else:
            fallback_speech_recognizer_vendor = self.fallback_speech_recognizer_vendor

        fallback_speech_recognizer_language: None | str | Unset
        if isinstance(self.fallback_speech_recognizer_language, Unset):
            fallback_speech_recognizer_language = UNSET
        else:
            fallback_speech_recognizer_language = self.fallback_speech_recognizer_language

        fallback_speech_recognizer_label: None | str | Unset
        if isinstance(self.fallback_speech_recognizer_label, Unset):
            fallback_speech_recognizer_label = UNSET
        else:
            fallback_speech_recognizer_label = self.fallback_speech_recognizer_label

        env_vars: dict[str, Any] | None | Unset
        if isinstance(self.env_vars, Unset):
            env_vars = UNSET
        elif isinstance(self.env_vars, EnvVarsType0):
            env_vars = self.env_vars.to_dict()
        else:
            env_vars = self.env_vars

        record_all_calls: bool | int | Unset
        if isinstance(self.record_all_calls, Unset):
            record_all_calls = UNSET
        elif isinstance(self.record_all_calls, int):
            record_all_calls = self.record_all_calls
        else:
            record_all_calls = self.record_all_calls

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if name is not UNSET:
            field_dict["name"] = name
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if call_hook is not UNSET:
            field_dict["call_hook"] = call_hook
        if call_status_hook is not UNSET:
            field_dict["call_status_hook"] = call_status_hook
        if messaging_hook is not UNSET:
            field_dict["messaging_hook"] = messaging_hook
        if app_json is not UNSET:
            field_dict["app_json"] = app_json
        if speech_synthesis_vendor is not UNSET:
            field_dict["speech_synthesis_vendor"] = speech_synthesis_vendor
        if speech_synthesis_language is not UNSET:
            field_dict["speech_synthesis_language"] = speech_synthesis_language
        if speech_synthesis_voice is not UNSET:
            field_dict["speech_synthesis_voice"] = speech_synthesis_voice
        if speech_synthesis_label is not UNSET:
            field_dict["speech_synthesis_label"] = speech_synthesis_label
        if speech_recognizer_vendor is not UNSET:
            field_dict["speech_recognizer_vendor"] = speech_recognizer_vendor
        if speech_recognizer_language is not UNSET:
            field_dict["speech_recognizer_language"] = speech_recognizer_language
        if speech_recognizer_label is not UNSET:
            field_dict["speech_recognizer_label"] = speech_recognizer_label
        if use_for_fallback_speech is not UNSET:
            field_dict["use_for_fallback_speech"] = use_for_fallback_speech
        if fallback_speech_synthesis_vendor is not UNSET:
            field_dict["fallback_speech_synthesis_vendor"] = fallback_speech_synthesis_vendor
        if fallback_speech_synthesis_language is not UNSET:
            field_dict["fallback_speech_synthesis_language"] = fallback_speech_synthesis_language
        if fallback_speech_synthesis_voice is not UNSET:
            field_dict["fallback_speech_synthesis_voice"] = fallback_speech_synthesis_voice
        if fallback_speech_synthesis_label is not UNSET:
            field_dict["fallback_speech_synthesis_label"] = fallback_speech_synthesis_label
        if fallback_speech_recognizer_vendor is not UNSET:
            field_dict["fallback_speech_recognizer_vendor"] = fallback_speech_recognizer_vendor
        if fallback_speech_recognizer_language is not UNSET:
            field_dict["fallback_speech_recognizer_language"] = fallback_speech_recognizer_language
        if fallback_speech_recognizer_label is not UNSET:
            field_dict["fallback_speech_recognizer_label"] = fallback_speech_recognizer_label
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if record_all_calls is not UNSET:
            field_dict["record_all_calls"] = record_all_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_vars_type_0 import EnvVarsType0  # noqa: PLC0415
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)
        application_sid = d.pop("application_sid", UNSET)

        account_sid = d.pop("account_sid", UNSET)

        name = d.pop("name", UNSET)

        def _parse_service_provider_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid", UNSET))

        def _parse_call_hook(data: object) -> HookObjectInput | str | Unset:
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

        call_hook = _parse_call_hook(d.pop("call_hook", UNSET))

        def _parse_call_status_hook(data: object) -> HookObjectInput | str | Unset:
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

        call_status_hook = _parse_call_status_hook(d.pop("call_status_hook", UNSET))

        def _parse_messaging_hook(data: object) -> HookObjectInput | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_hook_input_type_1 = HookObjectInput.from_dict(data)

                return componentsschemas_nullable_hook_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookObjectInput | None | str | Unset, data)

        messaging_hook = _parse_messaging_hook(d.pop("messaging_hook", UNSET))

        def _parse_app_json(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_json = _parse_app_json(d.pop("app_json", UNSET))

        speech_synthesis_vendor = d.pop("speech_synthesis_vendor", UNSET)

        speech_synthesis_language = d.pop("speech_synthesis_language", UNSET)

        def _parse_speech_synthesis_voice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speech_synthesis_voice = _parse_speech_synthesis_voice(d.pop("speech_synthesis_voice", UNSET))

        def _parse_speech_synthesis_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speech_synthesis_label = _parse_speech_synthesis_label(d.pop("speech_synthesis_label", UNSET))

        speech_recognizer_vendor = d.pop("speech_recognizer_vendor", UNSET)

        speech_recognizer_language = d.pop("speech_recognizer_language", UNSET)

        def _parse_speech_recognizer_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speech_recognizer_label = _parse_speech_recognizer_label(d.pop("speech_recognizer_label", UNSET))

        def _parse_use_for_fallback_speech(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        use_for_fallback_speech = _parse_use_for_fallback_speech(d.pop("use_for_fallback_speech", UNSET))

        def _parse_fallback_speech_synthesis_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_synthesis_vendor = _parse_fallback_speech_synthesis_vendor(
            d.pop("fallback_speech_synthesis_vendor", UNSET)
        )

        def _parse_fallback_speech_synthesis_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_synthesis_language = _parse_fallback_speech_synthesis_language(
            d.pop("fallback_speech_synthesis_language", UNSET)
        )

        def _parse_fallback_speech_synthesis_voice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_synthesis_voice = _parse_fallback_speech_synthesis_voice(
            d.pop("fallback_speech_synthesis_voice", UNSET)
        )

        def _parse_fallback_speech_synthesis_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_synthesis_label = _parse_fallback_speech_synthesis_label(
            d.pop("fallback_speech_synthesis_label", UNSET)
        )

        def _parse_fallback_speech_recognizer_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_recognizer_vendor = _parse_fallback_speech_recognizer_vendor(
            d.pop("fallback_speech_recognizer_vendor", UNSET)
        )

        def _parse_fallback_speech_recognizer_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_recognizer_language = _parse_fallback_speech_recognizer_language(
            d.pop("fallback_speech_recognizer_language", UNSET)
        )

        def _parse_fallback_speech_recognizer_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_speech_recognizer_label = _parse_fallback_speech_recognizer_label(
            d.pop("fallback_speech_recognizer_label", UNSET)
        )

        def _parse_env_vars(data: object) -> EnvVarsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_env_vars_type_0 = EnvVarsType0.from_dict(data)

                return componentsschemas_env_vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvVarsType0 | None | Unset, data)

        env_vars = _parse_env_vars(d.pop("env_vars", UNSET))

        def _parse_record_all_calls(data: object) -> bool | Flag | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flag_input_type_1 = check_flag(data)

                return componentsschemas_flag_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | Unset, data)

        record_all_calls = _parse_record_all_calls(d.pop("record_all_calls", UNSET))

        application_update = cls(
            application_sid=application_sid,
            account_sid=account_sid,
            name=name,
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
        )

        return application_update
