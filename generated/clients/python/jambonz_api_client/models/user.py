from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.user_scope import UserScope, check_user_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user as listed, as jambonz lists it: the owner sids and names only when set.

    Example:
        {'user_sid': '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'name': 'jane', 'email': 'jane@example.com', 'scope':
            'account', 'force_change': 0, 'is_active': 1, 'account_sid': '9f02a1b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b',
            'account_name': 'acme', 'service_provider_sid': '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a', 'service_provider_name':
            'default service provider'}

    Attributes:
        user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        name (str):
        email (str):
        scope (UserScope): What the user may reach, from its owners: none = `admin`, a service provider =
            `service_provider`, an account = `account`.
        force_change (Flag): A boolean as jambonz reads it back, `0` or `1`.
        is_active (Flag): A boolean as jambonz reads it back, `0` or `1`.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        account_name (str | Unset):
        service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        service_provider_name (str | Unset):
    """

    user_sid: str
    name: str
    email: str
    scope: UserScope
    force_change: Flag
    is_active: Flag
    account_sid: str | Unset = UNSET
    account_name: str | Unset = UNSET
    service_provider_sid: str | Unset = UNSET
    service_provider_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_sid = self.user_sid

        name = self.name

        email = self.email

        scope: str = self.scope

        force_change: int = self.force_change

        is_active: int = self.is_active

        account_sid = self.account_sid

        account_name = self.account_name

        service_provider_sid = self.service_provider_sid

        service_provider_name = self.service_provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_sid": user_sid,
                "name": name,
                "email": email,
                "scope": scope,
                "force_change": force_change,
                "is_active": is_active,
            }
        )
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if service_provider_name is not UNSET:
            field_dict["service_provider_name"] = service_provider_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_sid = d.pop("user_sid")

        name = d.pop("name")

        email = d.pop("email")

        scope = check_user_scope(d.pop("scope"))

        force_change = check_flag(d.pop("force_change"))

        is_active = check_flag(d.pop("is_active"))

        account_sid = d.pop("account_sid", UNSET)

        account_name = d.pop("account_name", UNSET)

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        service_provider_name = d.pop("service_provider_name", UNSET)

        user = cls(
            user_sid=user_sid,
            name=name,
            email=email,
            scope=scope,
            force_change=force_change,
            is_active=is_active,
            account_sid=account_sid,
            account_name=account_name,
            service_provider_sid=service_provider_sid,
            service_provider_name=service_provider_name,
        )

        user.additional_properties = d
        return user

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
