from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="UserDetail")


@_attrs_define
class UserDetail:
    """A user's columns as jambonz reads them back (booleans as 0/1; `scope` is jambonz's
    legacy column, always `read-write`), and `is_view_only`.

        Example:
            {'user_sid': '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'name': 'jane', 'email': 'jane@example.com',
                'pending_email': None, 'phone': None, 'account_sid': None, 'service_provider_sid':
                '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a', 'force_change': 1, 'provider': 'local', 'provider_userid': None,
                'scope': 'read-write', 'email_validated': 0, 'phone_validated': 0, 'email_content_opt_out': 0, 'is_active': 1,
                'is_view_only': False}

        Attributes:
            user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str):
            email (str):
            pending_email (None | str):
            phone (None | str):
            account_sid (None | str):
            service_provider_sid (None | str):
            force_change (Flag): A boolean as jambonz reads it back, `0` or `1`.
            provider (str): How the user signs in; `local` (a password) for users made here.
            provider_userid (None | str):
            scope (str):
            email_validated (Flag): A boolean as jambonz reads it back, `0` or `1`.
            phone_validated (Flag): A boolean as jambonz reads it back, `0` or `1`.
            email_content_opt_out (Flag): A boolean as jambonz reads it back, `0` or `1`.
            is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
            is_view_only (bool): Whether `VIEW_ONLY` is the user's only permission (it then never writes).
    """

    user_sid: str
    name: str
    email: str
    pending_email: None | str
    phone: None | str
    account_sid: None | str
    service_provider_sid: None | str
    force_change: Flag
    provider: str
    provider_userid: None | str
    scope: str
    email_validated: Flag
    phone_validated: Flag
    email_content_opt_out: Flag
    is_active: Flag
    is_view_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_sid = self.user_sid

        name = self.name

        email = self.email

        pending_email: None | str
        pending_email = self.pending_email

        phone: None | str
        phone = self.phone

        account_sid: None | str
        account_sid = self.account_sid

        service_provider_sid: None | str
        service_provider_sid = self.service_provider_sid

        force_change: int = self.force_change

        provider = self.provider

        provider_userid: None | str
        provider_userid = self.provider_userid

        scope = self.scope

        email_validated: int = self.email_validated

        phone_validated: int = self.phone_validated

        email_content_opt_out: int = self.email_content_opt_out

        is_active: int = self.is_active

        is_view_only = self.is_view_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_sid": user_sid,
                "name": name,
                "email": email,
                "pending_email": pending_email,
                "phone": phone,
                "account_sid": account_sid,
                "service_provider_sid": service_provider_sid,
                "force_change": force_change,
                "provider": provider,
                "provider_userid": provider_userid,
                "scope": scope,
                "email_validated": email_validated,
                "phone_validated": phone_validated,
                "email_content_opt_out": email_content_opt_out,
                "is_active": is_active,
                "is_view_only": is_view_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_sid = d.pop("user_sid")

        name = d.pop("name")

        email = d.pop("email")

        def _parse_pending_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pending_email = _parse_pending_email(d.pop("pending_email"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_account_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_sid = _parse_account_sid(d.pop("account_sid"))

        def _parse_service_provider_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid"))

        force_change = check_flag(d.pop("force_change"))

        provider = d.pop("provider")

        def _parse_provider_userid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_userid = _parse_provider_userid(d.pop("provider_userid"))

        scope = d.pop("scope")

        email_validated = check_flag(d.pop("email_validated"))

        phone_validated = check_flag(d.pop("phone_validated"))

        email_content_opt_out = check_flag(d.pop("email_content_opt_out"))

        is_active = check_flag(d.pop("is_active"))

        is_view_only = d.pop("is_view_only")

        user_detail = cls(
            user_sid=user_sid,
            name=name,
            email=email,
            pending_email=pending_email,
            phone=phone,
            account_sid=account_sid,
            service_provider_sid=service_provider_sid,
            force_change=force_change,
            provider=provider,
            provider_userid=provider_userid,
            scope=scope,
            email_validated=email_validated,
            phone_validated=phone_validated,
            email_content_opt_out=email_content_opt_out,
            is_active=is_active,
            is_view_only=is_view_only,
        )

        user_detail.additional_properties = d
        return user_detail

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
