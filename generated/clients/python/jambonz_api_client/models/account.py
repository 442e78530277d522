from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.plan_type import PlanType, check_plan_type

if TYPE_CHECKING:
    from ..models.bucket_credential import BucketCredential
    from ..models.hook_read import HookRead


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Example:
        {'account_sid': '9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33', 'name': 'acme', 'sip_realm': 'acme.sip.example.com',
            'service_provider_sid': '2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33', 'registration_hook': {'url':
            'https://acme.example.com/auth', 'method': 'POST', 'username': None, 'password': None}, 'queue_event_hook':
            {'url': 'https://acme.example.com/queue-events', 'method': 'POST', 'username': None, 'password': None},
            'device_calling_application_sid': None, 'siprec_hook_sid': None, 'is_active': 1, 'created_at':
            '2024-05-01T12:00:00.000Z', 'plan_type': 'trial', 'stripe_customer_id': None, 'webhook_secret':
            'wh_secret_4Qh9cTxZbW2mJkLp8RvYfA', 'disable_cdrs': 0, 'trial_end_date': None, 'deactivated_reason': None,
            'device_to_call_ratio': 5, 'subspace_client_id': None, 'subspace_client_secret': None,
            'subspace_sip_teleport_id': None, 'subspace_sip_teleport_destinations': None, 'record_all_calls': 0,
            'record_format': 'mp3', 'bucket_credential': {'vendor': 'aws_s3', 'name': 'acme-recordings', 'region': 'us-
            east-1', 'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'}, 'enable_debug_log': 0}

    Attributes:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str):
        sip_realm (None | str):
        service_provider_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        registration_hook (HookRead | None): Called by the registrar to authenticate the account's SIP devices.
        queue_event_hook (HookRead | None): Receives queue join and leave events.
        device_calling_application_sid (None | str): The application that handles calls placed by the account's devices.
        siprec_hook_sid (None | str): The application that handles SIPREC sessions (an application sid).
        is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
        created_at (datetime.datetime): UTC, ISO-8601 with milliseconds. Example: 2024-05-01T12:00:00.000Z.
        plan_type (PlanType): The account's billing plan.
        stripe_customer_id (None | str):
        webhook_secret (str): The key of the account's webhook signatures. One this server generates is
            `wh_secret_` followed by 22 base58 characters; one a client chose when it created
            the account (as jambonz allows) is read back as given.
             Example: wh_secret_4Qh9cTxZbW2mJkLp8RvYfA.
        disable_cdrs (Flag): A boolean as jambonz reads it back, `0` or `1`.
        trial_end_date (datetime.datetime | None):
        deactivated_reason (None | str):
        device_to_call_ratio (int):
        subspace_client_id (None | str):
        subspace_client_secret (None | str):
        subspace_sip_teleport_id (None | str):
        subspace_sip_teleport_destinations (None | str):
        record_all_calls (Flag): A boolean as jambonz reads it back, `0` or `1`.
        record_format (str):
        bucket_credential (BucketCredential | None): The recording storage credential, secrets obscured.
        enable_debug_log (Flag): A boolean as jambonz reads it back, `0` or `1`.
    """

    account_sid: str
    name: str
    sip_realm: None | str
    service_provider_sid: str
    registration_hook: HookRead | None
    queue_event_hook: HookRead | None
    device_calling_application_sid: None | str
    siprec_hook_sid: None | str
    is_active: Flag
    created_at: datetime.datetime
    plan_type: PlanType
    stripe_customer_id: None | str
    webhook_secret: str
    disable_cdrs: Flag
    trial_end_date: datetime.datetime | None
    deactivated_reason: None | str
    device_to_call_ratio: int
    subspace_client_id: None | str
    subspace_client_secret: None | str
    subspace_sip_teleport_id: None | str
    subspace_sip_teleport_destinations: None | str
    record_all_calls: Flag
    record_format: str
    bucket_credential: BucketCredential | None
    enable_debug_log: Flag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bucket_credential import BucketCredential  # noqa: PLC0415
        from ..models.hook_read import HookRead  # noqa: PLC0415

        account_sid = self.account_sid

        name = self.name

        sip_realm: None | str
        sip_realm = self.sip_realm

        service_provider_sid = self.service_provider_sid

        registration_hook: dict[str, Any] | None
        if isinstance(self.registration_hook, HookRead):
            registration_hook = self.registration_hook.to_dict()
        else:
            registration_hook = self.registration_hook

        queue_event_hook: dict[str, Any] | None
        if isinstance(self.queue_event_hook, HookRead):
            queue_event_hook = self.queue_event_hook.to_dict()
        else:
            queue_event_hook = self.queue_event_hook

        device_calling_application_sid: None | str
        device_calling_application_sid = self.device_calling_application_sid

        siprec_hook_sid: None | str
        siprec_hook_sid = self.siprec_hook_sid

        is_active: int = self.is_active

        created_at = self.created_at.isoformat()

        plan_type: str = self.plan_type

        stripe_customer_id: None | str
        stripe_customer_id = self.stripe_customer_id

        webhook_secret = self.webhook_secret

        disable_cdrs: int = self.disable_cdrs

        trial_end_date: None | str
        if isinstance(self.trial_end_date, datetime.datetime):
            trial_end_date = self.trial_end_date.isoformat()
        else:
            trial_end_date = self.trial_end_date

        deactivated_reason: None | str
        deactivated_reason = self.deactivated_reason

        device_to_call_ratio = self.device_to_call_ratio

        subspace_client_id: None | str
        subspace_client_id = self.subspace_client_id

        subspace_client_secret: None | str
        subspace_client_secret = self.subspace_client_secret

        subspace_sip_teleport_id: None | str
        subspace_sip_teleport_id = self.subspace_sip_teleport_id

        subspace_sip_teleport_destinations: None | str
        subspace_sip_teleport_destinations = self.subspace_sip_teleport_destinations

        record_all_calls: int = self.record_all_calls

        record_format = self.record_format

        bucket_credential: dict[str, Any] | None
        if isinstance(self.bucket_credential, BucketCredential):
            bucket_credential = self.bucket_credential.to_dict()
        else:
            bucket_credential = self.bucket_credential

        enable_debug_log: int = self.enable_debug_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "name": name,
                "sip_realm": sip_realm,
                "service_provider_sid": service_provider_sid,
                "registration_hook": registration_hook,
                "queue_event_hook": queue_event_hook,
                "device_calling_application_sid": device_calling_application_sid,
                "siprec_hook_sid": siprec_hook_sid,
                "is_active": is_active,
                "created_at": created_at,
                "plan_type": plan_type,
                "stripe_customer_id": stripe_customer_id,
                "webhook_secret": webhook_secret,
                "disable_cdrs": disable_cdrs,
                "trial_end_date": trial_end_date,
                "deactivated_reason": deactivated_reason,
                "device_to_call_ratio": device_to_call_ratio,
                "subspace_client_id": subspace_client_id,
                "subspace_client_secret": subspace_client_secret,
                "subspace_sip_teleport_id": subspace_sip_teleport_id,
                "subspace_sip_teleport_destinations": subspace_sip_teleport_destinations,
                "record_all_calls": record_all_calls,
                "record_format": record_format,
                "bucket_credential": bucket_credential,
                "enable_debug_log": enable_debug_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bucket_credential import BucketCredential  # noqa: PLC0415
        from ..models.hook_read import HookRead  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        name = d.pop("name")

        def _parse_sip_realm(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sip_realm = _parse_sip_realm(d.pop("sip_realm"))

        service_provider_sid = d.pop("service_provider_sid")

        def _parse_registration_hook(data: object) -> HookRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registration_hook_type_0 = HookRead.from_dict(data)

                return registration_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookRead | None, data)

        registration_hook = _parse_registration_hook(d.pop("registration_hook"))

        def _parse_queue_event_hook(data: object) -> HookRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                queue_event_hook_type_0 = HookRead.from_dict(data)

                return queue_event_hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HookRead | None, data)

        queue_event_hook = _parse_queue_event_hook(d.pop("queue_event_hook"))

        def _parse_device_calling_application_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        device_calling_application_sid = _parse_device_calling_application_sid(d.pop("device_calling_application_sid"))

        def _parse_siprec_hook_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        siprec_hook_sid = _parse_siprec_hook_sid(d.pop("siprec_hook_sid"))

        is_active = check_flag(d.pop("is_active"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        plan_type = check_plan_type(d.pop("plan_type"))

        def _parse_stripe_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_customer_id = _parse_stripe_customer_id(d.pop("stripe_customer_id"))

        webhook_secret = d.pop("webhook_secret")

        disable_cdrs = check_flag(d.pop("disable_cdrs"))

        def _parse_trial_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return trial_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        trial_end_date = _parse_trial_end_date(d.pop("trial_end_date"))

        def _parse_deactivated_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deactivated_reason = _parse_deactivated_reason(d.pop("deactivated_reason"))

        device_to_call_ratio = d.pop("device_to_call_ratio")

        def _parse_subspace_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subspace_client_id = _parse_subspace_client_id(d.pop("subspace_client_id"))

        def _parse_subspace_client_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subspace_client_secret = _parse_subspace_client_secret(d.pop("subspace_client_secret"))

        def _parse_subspace_sip_teleport_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subspace_sip_teleport_id = _parse_subspace_sip_teleport_id(d.pop("subspace_sip_teleport_id"))

        def _parse_subspace_sip_teleport_destinations(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subspace_sip_teleport_destinations = _parse_subspace_sip_teleport_destinations(
            d.pop("subspace_sip_teleport_destinations")
        )

        record_all_calls = check_flag(d.pop("record_all_calls"))

        record_format = d.pop("record_format")

        def _parse_bucket_credential(data: object) -> BucketCredential | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bucket_credential_type_0 = BucketCredential.from_dict(data)

                return bucket_credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BucketCredential | None, data)

        bucket_credential = _parse_bucket_credential(d.pop("bucket_credential"))

        enable_debug_log = check_flag(d.pop("enable_debug_log"))

        account = cls(
            account_sid=account_sid,
            name=name,
            sip_realm=sip_realm,
            service_provider_sid=service_provider_sid,
            registration_hook=registration_hook,
            queue_event_hook=queue_event_hook,
            device_calling_application_sid=device_calling_application_sid,
            siprec_hook_sid=siprec_hook_sid,
            is_active=is_active,
            created_at=created_at,
            plan_type=plan_type,
            stripe_customer_id=stripe_customer_id,
            webhook_secret=webhook_secret,
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
        )

        account.additional_properties = d
        return account

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
