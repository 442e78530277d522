from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """A new user. Owner sids of `null` mean none (what the portal sends).

    Example:
        {'name': 'jane', 'email': 'jane@example.com', 'initial_password': 'correct-Horse-7', 'force_change': True,
            'is_active': True, 'service_provider_sid': '5a7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a'}

    Attributes:
        name (str): The name the user signs in with; unique on the platform. Example: jane.
        email (str): The user's e-mail address; unique on the platform. Example: jane@example.com.
        initial_password (str): A password in clear (sent over TLS); it is stored only as an argon2 hash. The
            password policy (`GET /PasswordSettings`) decides what is long and varied enough.
             Example: correct-Horse-7.
        force_change (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: False.
        is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: True.
        is_view_only (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: False.
        service_provider_sid (None | str | Unset): The user's service provider (for service provider and account users).
        account_sid (None | str | Unset): The user's account (for account users).
        scope (str | Unset): Kept as given in jambonz's column `users.scope` (default `read-write`), which jambonz's
            api-server also takes; the scope the user signs in with follows from its owner sids, whatever this says.
    """

    name: str
    email: str
    initial_password: str
    force_change: bool | Flag | Unset = False
    is_active: bool | Flag | Unset = True
    is_view_only: bool | Flag | Unset = False
    service_provider_sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    scope: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        initial_password = self.initial_password

        force_change: bool | int | Unset
        if isinstance(self.force_change, Unset):
            force_change = UNSET
        elif isinstance(self.force_change, int):
            force_change = self.force_change
        else:
            force_change = self.force_change

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

        is_view_only: bool | int | Unset
        if isinstance(self.is_view_only, Unset):
            is_view_only = UNSET
        elif isinstance(self.is_view_only, int):
            is_view_only = self.is_view_only
        else:
            is_view_only = self.is_view_only

        service_provider_sid: None | str | Unset
        if isinstance(self.service_provider_sid, Unset):
            service_provider_sid = UNSET
        else:
            service_provider_sid = self.service_provider_sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "email": email,
                "initial_password": initial_password,
            }
        )
        if force_change is not UNSET:
            field_dict["force_change"] = force_change
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_view_only is not UNSET:
            field_dict["is_view_only"] = is_view_only
        if service_provider_sid is not UNSET:
            field_dict["service_provider_sid"] = service_provider_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        initial_password = d.pop("initial_password")

        def _parse_force_change(data: object) -> bool | Flag | Unset:
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

        force_change = _parse_force_change(d.pop("force_change", UNSET))

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

        def _parse_is_view_only(data: object) -> bool | Flag | Unset:
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

        is_view_only = _parse_is_view_only(d.pop("is_view_only", UNSET))

        def _parse_service_provider_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_provider_sid = _parse_service_provider_sid(d.pop("service_provider_sid", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        scope = d.pop("scope", UNSET)

        user_create = cls(
            name=name,
            email=email,
            initial_password=initial_password,
            force_change=force_change,
            is_active=is_active,
            is_view_only=is_view_only,
            service_provider_sid=service_provider_sid,
            account_sid=account_sid,
            scope=scope,
        )

        return user_create
