from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_result_permissions_item import LoginResultPermissionsItem, check_login_result_permissions_item
from ..models.user_scope import UserScope, check_user_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginResult")


@_attrs_define
class LoginResult:
    """jambonz's answer to a sign-in. The owners' sids and names are there for service
    provider and account users only.

        Example:
            {'token': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzY29wZSI6ImFkbWluIn0.c2lnbmF0dXJl', 'user_sid':
                '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'scope': 'admin', 'force_change': True, 'permissions':
                ['PROVISION_SERVICES', 'PROVISION_USERS']}

        Attributes:
            token (str): The session token, sent as `Authorization: Bearer <token>`.
            user_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            scope (UserScope): What the user may reach, from its owners: none = `admin`, a service provider =
                `service_provider`, an account = `account`.
            force_change (bool): The user must choose a new password (the portal asks for one).
            permissions (list[LoginResultPermissionsItem]):
            service_provider_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            service_provider_name (str | Unset):
            account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
                2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
            account_name (str | Unset):
    """

    token: str
    user_sid: str
    scope: UserScope
    force_change: bool
    permissions: list[LoginResultPermissionsItem]
    service_provider_sid: str | Unset = UNSET
    service_provider_name: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    account_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        user_sid = self.user_sid

        scope: str = self.scope

        force_change = self.force_change

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item: str = permissions_item_data
            permissions.append(permissions_item)

        service_provider_sid = self.service_provider_sid

        service_provider_name = self.service_provider_name

        account_sid = self.account_sid

        account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "user_sid": user_sid,
                "scope": scope,
                "force_change": force_change,
                "permissions": permissions,
            }
        )
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if service_provider_name is not UNSET:
            field_dict["service_provider_name"] = service_provider_name
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if account_name is not UNSET:
            field_dict["account_name"] = account_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        user_sid = d.pop("user_sid")

        scope = check_user_scope(d.pop("scope"))

        force_change = d.pop("force_change")

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = check_login_result_permissions_item(permissions_item_data)

            permissions.append(permissions_item)

        service_provider_sid = d.pop("service_provider_sid", UNSET)

        service_provider_name = d.pop("service_provider_name", UNSET)

        account_sid = d.pop("account_sid", UNSET)

        account_name = d.pop("account_name", UNSET)

        login_result = cls(
            token=token,
            user_sid=user_sid,
            scope=scope,
            force_change=force_change,
            permissions=permissions,
            service_provider_sid=service_provider_sid,
            service_provider_name=service_provider_name,
            account_sid=account_sid,
            account_name=account_name,
        )

        login_result.additional_properties = d
        return login_result

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
