from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hold_status import HoldStatus, check_hold_status
from ..models.mute_status import MuteStatus, check_mute_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="ParticipantUpdate")


@_attrs_define
class ParticipantUpdate:
    """`mute_status`, `hold_status` (with `wait_hook`, a hook whose play/say/pause verbs
    the member hears while on hold, requested again after each round) or both.
    `wait_hook` without `hold_status: hold` answers 422.

        Attributes:
            mute_status (MuteStatus | Unset): `mute` or `unmute`.
            hold_status (HoldStatus | Unset): `hold` (the member neither hears nor is heard) or `unhold`.
            wait_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means `{"url":
                ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
    """

    mute_status: MuteStatus | Unset = UNSET
    hold_status: HoldStatus | Unset = UNSET
    wait_hook: HookObjectInput | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        mute_status: str | Unset = UNSET
        if not isinstance(self.mute_status, Unset):
            mute_status = self.mute_status

        hold_status: str | Unset = UNSET
        if not isinstance(self.hold_status, Unset):
            hold_status = self.hold_status

        wait_hook: dict[str, Any] | str | Unset
        if isinstance(self.wait_hook, Unset):
            wait_hook = UNSET
        elif isinstance(self.wait_hook, HookObjectInput):
            wait_hook = self.wait_hook.to_dict()
        else:
            wait_hook = self.wait_hook

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mute_status is not UNSET:
            field_dict["mute_status"] = mute_status
        if hold_status is not UNSET:
            field_dict["hold_status"] = hold_status
        if wait_hook is not UNSET:
            field_dict["wait_hook"] = wait_hook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)
        _mute_status = d.pop("mute_status", UNSET)
        mute_status: MuteStatus | Unset
        if isinstance(_mute_status, Unset):
            mute_status = UNSET
        else:
            mute_status = check_mute_status(_mute_status)

        _hold_status = d.pop("hold_status", UNSET)
        hold_status: HoldStatus | Unset
        if isinstance(_hold_status, Unset):
            hold_status = UNSET
        else:
            hold_status = check_hold_status(_hold_status)

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

        participant_update = cls(
            mute_status=mute_status,
            hold_status=hold_status,
            wait_hook=wait_hook,
        )

        return participant_update
