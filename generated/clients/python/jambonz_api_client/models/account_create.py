from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..models.plan_type import PlanType, check_plan_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_credential import BucketCredential
    from ..models.hook_object_input import HookObjectInput


T = TypeVar("T", bound="AccountCreate")


@_attrs_define
class AccountCreate:
    """
    Attributes:
        name (str):
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        sip_realm (None | str | Unset): The SIP domain of the account's devices; unique, stored lower-case.
        registration_hook (HookObjectInput | None | str | Unset): A hook (object or URL string), or `null` to remove it.
        queue_event_hook (HookObjectInput | None | str | Unset): A hook (object or URL string), or `null` to remove it.
        device_calling_application_sid (None | str | Unset): An application of this account (so only `null` on create).
        siprec_hook_sid (None | str | Unset): An application of this account (so only `null` on create).
        is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: True.
        plan_type (PlanType | Unset): The account's billing plan. Default: 'trial'.
        stripe_customer_id (None | str | Unset):
        disable_cdrs (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: False.
        trial_end_date (datetime.datetime | None | Unset): An RFC 3339 date-time (with `Z` or an offset), stored in UTC.
            Example: 2030-12-31T23:59:59.000Z.
        deactivated_reason (None | str | Unset):
        device_to_call_ratio (int | Unset):  Default: 5.
        subspace_client_id (None | str | Unset):
        subspace_client_secret (None | str | Unset):
        subspace_sip_teleport_id (None | str | Unset):
        subspace_sip_teleport_destinations (None | str | Unset):
        record_all_calls (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: False.
        record_format (str | Unset):  Default: 'mp3'.
        bucket_credential (BucketCredential | None | Unset):
        enable_debug_log (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: False.
        webhook_secret (str | Unset): Accepted and ignored, as jambonz does (its own tests send one): the server
            always generates the account's webhook signing key (`wh_secret_` and 22
            base58 characters). A PUT sets it to a value of the client's choosing.
             Example: wh_secret_4Qh9cTxZbW2mJkLp8RvYfA.
    """

    name: str
    service_provider_sid: str | Unset = UNSET
    sip_realm: None | str | Unset = UNSET
    registration_hook: HookObjectInput | None | str | Unset = UNSET
    queue_event_hook: HookObjectInput | None | str | Unset = UNSET
    device_calling_application_sid: None | str | Unset = UNSET
    siprec_hook_sid: None | str | Unset = UNSET
    is_active: bool | Flag | Unset = True
    plan_type: PlanType | Unset = "trial"
    stripe_customer_id: None | str | Unset = UNSET
    disable_cdrs: bool | Flag | Unset = False
    trial_end_date: datetime.datetime | None | Unset = UNSET
    deactivated_reason: None | str | Unset = UNSET
    device_to_call_ratio: int | Unset = 5
    subspace_client_id: None | str | Unset = UNSET
    subspace_client_secret: None | str | Unset = UNSET
    subspace_sip_teleport_id: None | str | Unset = UNSET
    subspace_sip_teleport_destinations: None | str | Unset = UNSET
    record_all_calls: bool | Flag | Unset = False
    record_format: str | Unset = "mp3"
    bucket_credential: BucketCredential | None | Unset = UNSET
    enable_debug_log: bool | Flag | Unset = False
    webhook_secret: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bucket_credential import BucketCredential  # noqa: PLC0415
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        name = self.name

        service_provider_sid = self.service_provider_sid

        sip_realm: None | str | Unset
        if isinstance(self.sip_realm, Unset):
            sip_realm = UNSET
        else:
            sip_realm = self.sip_realm

        registration_hook: dict[str, Any] | None | str | Unset
        if isinstance(self.registration_hook, Unset):
            registration_hook = UNSET
        elif isinstance(self.registration_hook, HookObjectInput):
            registration_hook = self.registration_hook.to_dict()
        else:
            registration_hook = self.registration_hook

        queue_event_hook: dict[str, Any] | None | str | Unset
        if isinstance(self.queue_event_hook, Unset):
            queue_event_hook = UNSET
        elif isinstance(self.queue_event_hook, HookObjectInput):
            queue_event_hook = self.queue_event_hook.to_dict()
        else:
            queue_event_hook = self.queue_event_hook

        device_calling_application_sid: None | str | Unset
        if isinstance(self.device_calling_application_sid, Unset):
            device_calling_application_sid = UNSET
        else:
            device_calling_application_sid = self.device_calling_application_sid

        siprec_hook_sid: None | str | Unset
        if isinstance(self.siprec_hook_sid, Unset):
            siprec_hook_sid = UNSET
        else:
            siprec_hook_sid = self.siprec_hook_sid

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

        plan_type: str | Unset = UNSET
        if not isinstance(self.plan_type, Unset):
            plan_type = self.plan_type

        stripe_customer_id: None | str | Unset
        if isinstance(self.stripe_customer_id, Unset):
            stripe_customer_id = UNSET
        else:
            stripe_customer_id = self.stripe_customer_id

        disable_cdrs: bool | int | Unset
        if isinstance(self.disable_cdrs, Unset):
            disable_cdrs = UNSET
        elif isinstance(self.disable_cdrs, int):
            disable_cdrs = self.disable_cdrs
        else:
            disable_cdrs = self.disable_cdrs

        trial_end_date: None | str | Unset
        if isinstance(self.trial_end_date, Unset):
            trial_end_date = UNSET
        elif isinstance(self.trial_end_date, datetime.datetime):
            trial_end_date = self.trial_end_date.isoformat()
        else:
            trial_end_date = self.trial_end_date

        deactivated_reason: None | str | Unset
        if isinstance(self.deactivated_reason, Unset):
            deactivated_reason = UNSET
        else:
            deactivated_reason = self.deactivated_reason

        device_to_call_ratio = self.device_to_call_ratio

        subspace_client_id: None | str | Unset
        if isinstance(self.subspace_client_id, Unset):
            subspace_client_id = UNSET
        else:
            subspace_client_id = self.subspace_client_id

        subspace_client_secret: None | str | Unset
        if isinstance(self.subspace_client_secret, Unset):
            subspace_client_secret = UNSET
        else:
            subspace_client_secret = self.subspace_client_secret

        subspace_sip_teleport_id: None | str | Unset
        if isinstance(self.subspace_sip_teleport_id, Unset):
            subspace_sip_teleport_id = UNSET
        else:
            subspace_sip_teleport_id = self.subspace_sip_teleport_id

        subspace_sip_teleport_destinations: None | str | Unset
        if isinstance(self.subspace_sip_teleport_destinations, Unset):
            subspace_sip_teleport_destinations = UNSET
        else:
            subspace_sip_teleport_destinations = self.subspace_sip_teleport_destinations

        record_all_calls: bool | int | Unset
        if isinstance(self.record_all_calls, Unset):
            record_all_calls = UNSET
        elif isinstance(self.record_all_calls, int):
            record_all_calls = self.record_all_calls
        else:
            record_all_calls = self.record_all_calls

        record_format = self.record_format

        bucket_credential: dict[str, Any] | None | Unset
        if isinstance(self.bucket_credential, Unset):
            bucket_credential = UNSET
        elif isinstance(self.bucket_credential, BucketCredential):
            bucket_credential = self.bucket_credential.to_dict()
        else:
            bucket_credential = self.bucket_credential

        enable_debug_log: bool | int | Unset
        if isinstance(self.enable_debug_log, Unset):
            enable_debug_log = UNSET
        elif isinstance(self.enable_debug_log, int):
            enable_debug_log = self.enable_debug_log
        else:
            enable_debug_log = self.enable_debug_log

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if sip_realm is not UNSET:
            field_dict["sip_realm"] = sip_realm
        if registration_hook is not UNSET:
            field_dict["registration_hook"] = registration_hook
        if queue_event_hook is not UNSET:
            field_dict["queue_event_hook"] = queue_event_hook
        if device_calling_application_sid is not UNSET:
            field_dict["device_calling_application_sid"] = device_calling_application_sid
        if siprec_hook_sid is not UNSET:
            field_dict["siprec_hook_sid"] = siprec_hook_sid
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if stripe_customer_id is not UNSET:
            field_dict["stripe_customer_id"] = stripe_customer_id
        if disable_cdrs is not UNSET:
            field_dict["disable_cdrs"] = disable_cdrs
        if trial_end_date is not UNSET:
            field_dict["trial_end_date"] = trial_end_date
        if deactivated_reason is not UNSET:
            field_dict["deactivated_reason"] = deactivated_reason
        if device_to_call_ratio is not UNSET:
            field_dict["device_to_call_ratio"] = device_to_call_ratio
        if subspace_client_id is not UNSET:
            field_dict["subspace_client_id"] = subspace_client_id
        if subspace_client_secret is not UNSET:
            field_dict["subspace_client_secret"] = subspace_client_secret
        if subspace_sip_teleport_id is not UNSET:
            field_dict["subspace_sip_teleport_id"] = subspace_sip_teleport_id
        if subspace_sip_teleport_destinations is not UNSET:
            field_dict["subspace_sip_teleport_destinations"] = subspace_sip_teleport_destinations
        if record_all_calls is not UNSET:
            field_dict["record_all_calls"] = record_all_calls
        if record_format is not UNSET:
            field_dict["record_format"] = record_format
        if bucket_credential is not UNSET:
            field_dict["bucket_credential"] = bucket_credential
        if enable_debug_log is not UNSET:
            field_dict["enable_debug_log"] = enable_debug_log
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bucket_credential import BucketCredential  # noqa: PLC0415
        from ..models.hook_object_input import HookObjectInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        def _parse_sip_realm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_realm = _parse_sip_realm(d.pop("sip_realm", UNSET))

        def _parse_registration_hook(data: object) -> HookObjectInput | None | str | Unset:
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

        registration_hook = _parse_registration_hook(d.pop("registration_hook", UNSET))

        def _parse_queue_event_hook(data: object) -> HookObjectInput | None | str | Unset:
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

        queue_event_hook = _parse_queue_event_hook(d.pop("queue_event_hook", UNSET))

        def _parse_device_calling_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_calling_application_sid = _parse_device_calling_application_sid(
            d.pop("device_calling_application_sid", UNSET)
        )

        def _parse_siprec_hook_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siprec_hook_sid = _parse_siprec_hook_sid(d.pop("siprec_hook_sid", UNSET))

        def _parse_is_active(data: object) -> bool | Flag | Unset:
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

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        _plan_type = d.pop("plan_type", UNSET)
        plan_type: PlanType | Unset
        if isinstance(_plan_type, Unset):
            plan_type = UNSET
        else:
            plan_type = check_plan_type(_plan_type)

        def _parse_stripe_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_customer_id = _parse_stripe_customer_id(d.pop("stripe_customer_id", UNSET))

        def _parse_disable_cdrs(data: object) -> bool | Flag | Unset:
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

        disable_cdrs = _parse_disable_cdrs(d.pop("disable_cdrs", UNSET))

        def _parse_trial_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return trial_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end_date = _parse_trial_end_date(d.pop("trial_end_date", UNSET))

        def _parse_deactivated_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deactivated_reason = _parse_deactivated_reason(d.pop("deactivated_reason", UNSET))

        device_to_call_ratio = d.pop("device_to_call_ratio", UNSET)

        def _parse_subspace_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subspace_client_id = _parse_subspace_client_id(d.pop("subspace_client_id", UNSET))

        def _parse_subspace_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subspace_client_secret = _parse_subspace_client_secret(d.pop("subspace_client_secret", UNSET))

        def _parse_subspace_sip_teleport_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subspace_sip_teleport_id = _parse_subspace_sip_teleport_id(d.pop("subspace_sip_teleport_id", UNSET))

        def _parse_subspace_sip_teleport_destinations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subspace_sip_teleport_destinations = _parse_subspace_sip_teleport_destinations(
            d.pop("subspace_sip_teleport_destinations", UNSET)
        )

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

        record_format = d.pop("record_format", UNSET)

        def _parse_bucket_credential(data: object) -> BucketCredential | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bucket_credential_type_0 = BucketCredential.from_dict(data)

                return bucket_credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BucketCredential | None | Unset, data)

        bucket_credential = _parse_bucket_credential(d.pop("bucket_credential", UNSET))

        def _parse_enable_debug_log(data: object) -> bool | Flag | Unset:
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

        enable_debug_log = _parse_enable_debug_log(d.pop("enable_debug_log", UNSET))

        webhook_secret = d.pop("webhook_secret", UNSET)

        account_create = cls(
            name=name,
            service_provider_sid=service_provider_sid,
            sip_realm=sip_realm,
            registration_hook=registration_hook,
            queue_event_hook=queue_event_hook,
            device_calling_application_sid=device_calling_application_sid,
            siprec_hook_sid=siprec_hook_sid,
            is_active=is_active,
            plan_type=plan_type,
            stripe_customer_id=stripe_customer_id,
            disable_cdrs=disable_cdrs,
            trial_end_date=trial_end_date,
            deactivated_reason=deactivated_reason,
            device_to_call_ratio=device_to_call_ratio,
            subspace_client_id=subspace_client_id,
            subspace_client_secret=subspace_client_secret,
            subspace_sip_teleport_id=subspace_sip_teleport_id,
            subspace_sip_teleport_destinations=subspace_sip_teleport_destinations,
            record_all_calls=record_all_calls,
            record_format=record_format,
            bucket_credential=bucket_credential,
            enable_debug_log=enable_debug_log,
            webhook_secret=webhook_secret,
        )

        return account_create
