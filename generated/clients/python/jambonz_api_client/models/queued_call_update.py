from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="QueuedCallUpdate")


@_attrs_define
class QueuedCallUpdate:
    """Take the call out of the queue into another application: `call_hook` is requested
    (`session:redirect`) and its verbs replace the call's; `call_status_hook` may come
    with it.

        Attributes:
            call_hook (HookObjectInput | str): A hook, as an object or as a bare URL string (which means `{"url": ...,
                "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
            call_status_hook (HookObjectInput | str | Unset): A hook, as an object or as a bare URL string (which means
                `{"url": ..., "method":
                "POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then
                updated in place.
    """

    call_hook: HookObjectInput | str
    call_status_hook: HookObjectInput | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        call_hook: dict[str, Any] | str
        if isinstance(self.call_hook, HookObjectInput):
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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_hook": call_hook,
            }
        )
        if call_status_hook is not UNSET:
            field_dict["call_status_hook"] = call_status_hook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_call_hook(data: object) -> HookObjectInput | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_hook_input_type_1 = HookObjectInput.from_dict(data)

                return componentsschemas_hook_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookObjectInput | str, data)

        call_hook = _parse_call_hook(d.pop("call_hook"))

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

        queued_call_update = cls(
            call_hook=call_hook,
            call_status_hook=call_status_hook,
        )

        return queued_call_update
