from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_create_amd import CallCreateAmd
    from ..models.call_create_tag import CallCreateTag
    from ..models.hook_object_input import HookObjectInput
    from ..models.phone_target import PhoneTarget
    from ..models.sip_headers import SipHeaders
    from ..models.sip_target import SipTarget
    from ..models.teams_target import TeamsTarget
    from ..models.user_target import UserTarget


T = TypeVar("T", bound="CallCreate")


@_attrs_define
class CallCreate:
    """Give exactly one of `application_sid` and `call_hook` (400 otherwise: a rule across
    properties, which this contract keeps out of the schema so that generated clients
    get one plain model). On the call simulator the far end's behaviour follows from
    `to` and `headers` by the rules described on `POST /Accounts/{AccountSid}/Calls`:
    it answers after a one-second ring unless a reserved number (`1500555…`), a
    `sim-*` SIP URI parameter or an `X-Sim-*` header says otherwise (e.g.
    `{"type": "phone", "number": "15005550486"}` is busy; `"headers": {"X-Sim-Result":
    "no-answer"}` rings until `timeout`).

        Attributes:
            from_ (str): The calling number or SIP user.
            to (PhoneTarget | SipTarget | TeamsTarget | UserTarget): Who to call. On the call simulator the target also
                chooses the far end's
                behaviour (answers after a one-second ring by default): reserved numbers in
                `number`, or in the user part of `name` or `sipUri` (`1500555` `0` + a SIP code
                400-699 refuses with that code, `1` + N answers and hangs up after N seconds, `2` +
                digits answers and keys those digits at each gather), `sim-*` parameters of a
                `sipUri`, and `X-Sim-*` entries of `headers` (`X-Sim-Result`, `X-Sim-Code`,
                `X-Sim-Ring`, `X-Sim-Early-Media`, `X-Sim-Hangup-After`, `X-Sim-Digits`,
                `X-Sim-Speech`); see `POST /Accounts/{AccountSid}/Calls` for the full rules.
            application_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            call_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            call_status_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means
                `{"url": ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            speech_synthesis_vendor (str | Unset):
            speech_synthesis_language (str | Unset):
            speech_synthesis_voice (str | Unset):
            speech_recognizer_vendor (str | Unset):
            speech_recognizer_language (str | Unset):
            caller_name (str | Unset):
            from_host (str | Unset):
            headers (SipHeaders | Unset): Custom SIP headers, name to value.
            tag (CallCreateTag | Unset): Initial customer data, sent as `customerData` in webhooks.
            timeout (int | Unset): Seconds to ring before giving up (the call ends `no-answer`, 487). Default: 60.
            time_limit (int | Unset): Maximum seconds the call may last after it is answered.
            amd (CallCreateAmd | Unset): Answering-machine detection; accepted and ignored by the simulator.
            dual_streams (bool | Unset):
            sip_request_within_dialog_hook (str | Unset):
            refer_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
    """

    from_: str
    to: PhoneTarget | SipTarget | TeamsTarget | UserTarget
    application_sid: str | Unset = UNSET
    call_hook: HookObjectInput | str | Unset = UNSET
    call_status_hook: HookObjectInput | str | Unset = UNSET
    speech_synthesis_vendor: str | Unset = UNSET
    speech_synthesis_language: str | Unset = UNSET
    speech_synthesis_voice: str | Unset = UNSET
    speech_recognizer_vendor: str | Unset = UNSET
    speech_recognizer_language: str | Unset = UNSET
    caller_name: str | Unset = UNSET
    from_host: str | Unset = UNSET
    headers: SipHeaders | Unset = UNSET
    tag: CallCreateTag | Unset = UNSET
    timeout: int | Unset = 60
    time_limit: int | Unset = UNSET
    amd: CallCreateAmd | Unset = UNSET
    dual_streams: bool | Unset = UNSET
    sip_request_within_dialog_hook: str | Unset = UNSET
    refer_hook: HookObjectInput | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415
        from ..models.phone_target import PhoneTarget  # noqa: PLC0415
        from ..models.sip_target import SipTarget  # noqa: PLC0415
        from ..models.user_target import UserTarget  # noqa: PLC0415

        from_ = self.from_

        to: dict[str, Any]
        if isinstance(self.to, PhoneTarget):
            to = self.to.to_dict()
        elif isinstance(self.to, SipTarget):
            to = self.to.to_dict()
        elif isinstance(self.to, UserTarget):
            to = self.to.to_dict()
        else:
            to = self.to.to_dict()

        application_sid = self.application_sid

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

        speech_synthesis_vendor = self.speech_synthesis_vendor

        speech_synthesis_language = self.speech_synthesis_language

        speech_synthesis_voice = self.speech_synthesis_voice

        speech_recognizer_vendor = self.speech_recognizer_vendor

        speech_recognizer_language = self.speech_recognizer_language

        caller_name = self.caller_name

        from_host = self.from_host

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        timeout = self.timeout

        time_limit = self.time_limit

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        dual_streams = self.dual_streams

        sip_request_within_dialog_hook = self.sip_request_within_dialog_hook

        refer_hook: dict[str, Any] | str | Unset
        if isinstance(self.refer_hook, Unset):
            refer_hook = UNSET
        elif isinstance(self.refer_hook, HookObjectInput):
            refer_hook = self.refer_hook.to_dict()
        else:
            refer_hook = self.refer_hook

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if call_hook is not UNSET:
            field_dict["call_hook"] = call_hook
        if call_status_hook is not UNSET:
            field_dict["call_status_hook"] = call_status_hook
        if speech_synthesis_vendor is not UNSET:
            field_dict["speech_synthesis_vendor"] = speech_synthesis_vendor
        if speech_synthesis_language is not UNSET:
            field_dict["speech_synthesis_language"] = speech_synthesis_language
        if speech_synthesis_voice is not UNSET:
            field_dict["speech_synthesis_voice"] = speech_synthesis_voice
        if speech_recognizer_vendor is not UNSET:
            field_dict["speech_recognizer_vendor"] = speech_recognizer_vendor
        if speech_recognizer_language is not UNSET:
            field_dict["speech_recognizer_language"] = speech_recognizer_language
        if caller_name is not UNSET:
            field_dict["callerName"] = caller_name
        if from_host is not UNSET:
            field_dict["fromHost"] = from_host
        if headers is not UNSET:
            field_dict["headers"] = headers
        if tag is not UNSET:
            field_dict["tag"] = tag
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if time_limit is not UNSET:
            field_dict["timeLimit"] = time_limit
        if amd is not UNSET:
            field_dict["amd"] = amd
        if dual_streams is not UNSET:
            field_dict["dual_streams"] = dual_streams
        if sip_request_within_dialog_hook is not UNSET:
            field_dict["sipRequestWithinDialogHook"] = sip_request_within_dialog_hook
        if refer_hook is not UNSET:
            field_dict["referHook"] = refer_hook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_create_amd import CallCreateAmd  # noqa: PLC0415
        from ..models.call_create_tag import CallCreateTag  # noqa: PLC0415
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415
        from ..models.phone_target import PhoneTarget  # noqa: PLC0415
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415
        from ..models.sip_target import SipTarget  # noqa: PLC0415
        from ..models.teams_target import TeamsTarget  # noqa: PLC0415
        from ..models.user_target import UserTarget  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        def _parse_to(data: object) -> PhoneTarget | SipTarget | TeamsTarget | UserTarget:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_target_type_0 = PhoneTarget.from_dict(data)

                return componentsschemas_call_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_target_type_1 = SipTarget.from_dict(data)

                return componentsschemas_call_target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_target_type_2 = UserTarget.from_dict(data)

                return componentsschemas_call_target_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_call_target_type_3 = TeamsTarget.from_dict(data)

            return componentsschemas_call_target_type_3

        to = _parse_to(d.pop("to"))

        application_sid = d.pop("application_sid", UNSET)

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

        speech_synthesis_vendor = d.pop("speech_synthesis_vendor", UNSET)

        speech_synthesis_language = d.pop("speech_synthesis_language", UNSET)

        speech_synthesis_voice = d.pop("speech_synthesis_voice", UNSET)

        speech_recognizer_vendor = d.pop("speech_recognizer_vendor", UNSET)

        speech_recognizer_language = d.pop("speech_recognizer_language", UNSET)

        caller_name = d.pop("callerName", UNSET)

        from_host = d.pop("fromHost", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SipHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SipHeaders.from_dict(_headers)

        _tag = d.pop("tag", UNSET)
        tag: CallCreateTag | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = CallCreateTag.from_dict(_tag)

        timeout = d.pop("timeout", UNSET)

        time_limit = d.pop("timeLimit", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: CallCreateAmd | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = CallCreateAmd.from_dict(_amd)

        dual_streams = d.pop("dual_streams", UNSET)

        sip_request_within_dialog_hook = d.pop("sipRequestWithinDialogHook", UNSET)

        def _parse_refer_hook(data: object) -> HookObjectInput | str | Unset:
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

        refer_hook = _parse_refer_hook(d.pop("referHook", UNSET))

        call_create = cls(
            from_=from_,
            to=to,
            application_sid=application_sid,
            call_hook=call_hook,
            call_status_hook=call_status_hook,
            speech_synthesis_vendor=speech_synthesis_vendor,
            speech_synthesis_language=speech_synthesis_language,
            speech_synthesis_voice=speech_synthesis_voice,
            speech_recognizer_vendor=speech_recognizer_vendor,
            speech_recognizer_language=speech_recognizer_language,
            caller_name=caller_name,
            from_host=from_host,
            headers=headers,
            tag=tag,
            timeout=timeout,
            time_limit=time_limit,
            amd=amd,
            dual_streams=dual_streams,
            sip_request_within_dialog_hook=sip_request_within_dialog_hook,
            refer_hook=refer_hook,
        )

        return call_create
