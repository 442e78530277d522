from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

T = TypeVar("T", bound="CurrentUserProfile")


@_attrs_define
class CurrentUserProfile:
    """The signed-in user's columns as jambonz answers them at `/Users/me`:
    `force_change`, `email_validated` and `phone_validated` as booleans, the others
    as in `UserDetail`.

        Attributes:
            user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            name (str):
            email (str):
            pending_email (None | str):
            phone (None | str):
            account_sid (None | str):
            service_provider_sid (None | str):
            force_change (bool):
            provider (str):
            provider_userid (None | str):
            scope (str):
            email_validated (bool):
            phone_validated (bool):
            email_content_opt_out (Flag): A boolean as jambonz reads it back, `0` or `1`.
            is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
    """

    user_sid: str
    name: str
    email: str
    pending_email: None | str
    phone: None | str
    account_sid: None | str
    service_provider_sid: None | str
    force_change: bool
    provider: str
    provider_userid: None | str
    scope: str
    email_validated: bool
    phone_validated: bool
    email_content_opt_out: Flag
    is_active: Flag
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

        force_change = self.force_change

        provider = self.provider

        provider_userid: None | str
        provider_userid = self.provider_userid

        scope = self.scope

        email_validated = self.email_validated

        phone_validated = self.phone_validated

        email_content_opt_out: int = self.email_content_opt_out

        is_active: int = self.is_active

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

        force_change = d.pop("force_change")

        provider = d.pop("provider")

        def _parse_provider_userid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_userid = _parse_provider_userid(d.pop("provider_userid"))

        scope = d.pop("scope")

        email_validated = d.pop("email_validated")

        phone_validated = d.pop("phone_validated")

        email_content_opt_out = check_flag(d.pop("email_content_opt_out"))

        is_active = check_flag(d.pop("is_active"))

        current_user_profile = cls(
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
        )

        current_user_profile.additional_properties = d
        return current_user_profile

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
