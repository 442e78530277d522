from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.call_update_call_status import CallUpdateCallStatus, check_call_update_call_status
from ..models.call_update_listen_status import CallUpdateListenStatus, check_call_update_listen_status
from ..models.hold_status import HoldStatus, check_hold_status
from ..models.mute_status import MuteStatus, check_mute_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput
    from ..models.whisper_verb import WhisperVerb


T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """Exactly one of `call_hook`, `call_status`, `listen_status`, `mute_status`,
    `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
    `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
    hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
    again after each round; jambonz's feature server reads it as `wait_hook`). A body
    that breaks these rules answers 422 (rules across properties are kept out of the
    schema so that generated clients get one plain model).

        Attributes:
            call_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            call_status_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means
                `{"url": ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            call_status (CallUpdateCallStatus | Unset):
            listen_status (CallUpdateListenStatus | Unset):
            mute_status (MuteStatus | Unset): `mute` or `unmute`.
            conf_mute_status (MuteStatus | Unset): `mute` or `unmute`.
            conf_hold_status (HoldStatus | Unset): `hold` (the member neither hears nor is heard) or `unhold`.
            wait_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            whisper (list[WhisperVerb] | Unset | WhisperVerb): One whisper verb or an array of them.
    """

    call_hook: HookObjectInput | str | Unset = UNSET
    call_status_hook: HookObjectInput | str | Unset = UNSET
    call_status: CallUpdateCallStatus | Unset = UNSET
    listen_status: CallUpdateListenStatus | Unset = UNSET
    mute_status: MuteStatus | Unset = UNSET
    conf_mute_status: MuteStatus | Unset = UNSET
    conf_hold_status: HoldStatus | Unset = UNSET
    wait_hook: HookObjectInput | str | Unset = UNSET
    whisper: list[WhisperVerb] | Unset | WhisperVerb = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415
        from ..models.whisper_verb import WhisperVerb  # noqa: PLC0415

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

        call_status: str | Unset = UNSET
        if not isinstance(self.call_status, Unset):
            call_status = self.call_status

        listen_status: str | Unset = UNSET
        if not isinstance(self.listen_status, Unset):
            listen_status = self.listen_status

        mute_status: str | Unset = UNSET
        if not isinstance(self.mute_status, Unset):
            mute_status = self.mute_status

        conf_mute_status: str | Unset = UNSET
        if not isinstance(self.conf_mute_status, Unset):
            conf_mute_status = self.conf_mute_status

        conf_hold_status: str | Unset = UNSET
        if not isinstance(self.conf_hold_status, Unset):
            conf_hold_status = self.conf_hold_status

        wait_hook: dict[str, Any] | str | Unset
        if isinstance(self.wait_hook, Unset):
            wait_hook = UNSET
        elif isinstance(self.wait_hook, HookObjectInput):
            wait_hook = self.wait_hook.to_dict()
        else:
            wait_hook = self.wait_hook

        whisper: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.whisper, Unset):
            whisper = UNSET
        elif isinstance(self.whisper, WhisperVerb):
            whisper = self.whisper.to_dict()
        else:
            whisper = []
            for componentsschemas_whisper_verbs_item_data in self.whisper:
                componentsschemas_whisper_verbs_item = componentsschemas_whisper_verbs_item_data.to_dict()
                whisper.append(componentsschemas_whisper_verbs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if call_hook is not UNSET:
            field_dict["call_hook"] = call_hook
        if call_status_hook is not UNSET:
            field_dict["call_status_hook"] = call_status_hook
        if call_status is not UNSET:
            field_dict["call_status"] = call_status
        if listen_status is not UNSET:
            field_dict["listen_status"] = listen_status
        if mute_status is not UNSET:
            field_dict["mute_status"] = mute_status
        if conf_mute_status is not UNSET:
            field_dict["conf_mute_status"] = conf_mute_status
        if conf_hold_status is not UNSET:
            field_dict["conf_hold_status"] = conf_hold_status
        if wait_hook is not UNSET:
            field_dict["wait_hook"] = wait_hook
        if whisper is not UNSET:
            field_dict["whisper"] = whisper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415
        from ..models.whisper_verb import WhisperVerb  # noqa: PLC0415

        d = dict(src_dict)

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

        _call_status = d.pop("call_status", UNSET)
        call_status: CallUpdateCallStatus | Unset
        if isinstance(_call_status, Unset):
            call_status = UNSET
        else:
            call_status = check_call_update_call_status(_call_status)

        _listen_status = d.pop("listen_status", UNSET)
        listen_status: CallUpdateListenStatus | Unset
        if isinstance(_listen_status, Unset):
            listen_status = UNSET
        else:
            listen_status = check_call_update_listen_status(_listen_status)

        _mute_status = d.pop("mute_status", UNSET)
        mute_status: MuteStatus | Unset
        if isinstance(_mute_status, Unset):
            mute_status = UNSET
        else:
            mute_status = check_mute_status(_mute_status)

        _conf_mute_status = d.pop("conf_mute_status", UNSET)
        conf_mute_status: MuteStatus | Unset
        if isinstance(_conf_mute_status, Unset):
            conf_mute_status = UNSET
        else:
            conf_mute_status = check_mute_status(_conf_mute_status)

        _conf_hold_status = d.pop("conf_hold_status", UNSET)
        conf_hold_status: HoldStatus | Unset
        if isinstance(_conf_hold_status, Unset):
            conf_hold_status = UNSET
        else:
            conf_hold_status = check_hold_status(_conf_hold_status)

        def _parse_wait_hook(data: object) -> HookObjectInput | str | Unset:
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

        wait_hook = _parse_wait_hook(d.pop("wait_hook", UNSET))

        def _parse_whisper(data: object) -> list[WhisperVerb] | Unset | WhisperVerb:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_whisper_type_0 = WhisperVerb.from_dict(data)

                return componentsschemas_whisper_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_whisper_type_1 = []
            _componentsschemas_whisper_type_1 = data
            for componentsschemas_whisper_verbs_item_data in _componentsschemas_whisper_type_1:
                componentsschemas_whisper_verbs_item = WhisperVerb.from_dict(componentsschemas_whisper_verbs_item_data)

                componentsschemas_whisper_type_1.append(componentsschemas_whisper_verbs_item)

            return componentsschemas_whisper_type_1

        whisper = _parse_whisper(d.pop("whisper", UNSET))

        call_update = cls(
            call_hook=call_hook,
            call_status_hook=call_status_hook,
            call_status=call_status,
            listen_status=listen_status,
            mute_status=mute_status,
            conf_mute_status=conf_mute_status,
            conf_hold_status=conf_hold_status,
            wait_hook=wait_hook,
            whisper=whisper,
        )

        return call_update
