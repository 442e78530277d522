from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """What to change; see the operation for the rules. `initial_password` of `null` or
    `""` changes nothing (the portal sends `null` when the field is left blank).

        Example:
            {'old_password': 'correct-Horse-7', 'new_password': 'battery-Staple-8'}

        Attributes:
            name (str | Unset): The name the user signs in with; unique on the platform. Example: jane.
            email (str | Unset): The user's e-mail address; unique on the platform. Example: jane@example.com.
            old_password (str | Unset): A password in clear (sent over TLS); it is stored only as an argon2 hash. The
                password policy (`GET /PasswordSettings`) decides what is long and varied enough.
                 Example: correct-Horse-7.
            new_password (str | Unset): A password in clear (sent over TLS); it is stored only as an argon2 hash. The
                password policy (`GET /PasswordSettings`) decides what is long and varied enough.
                 Example: correct-Horse-7.
            initial_password (None | str | Unset): A new password, set without the old one.
            force_change (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            is_view_only (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
            service_provider_sid (None | str | Unset):
            account_sid (None | str | Unset):
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    old_password: str | Unset = UNSET
    new_password: str | Unset = UNSET
    initial_password: None | str | Unset = UNSET
    force_change: bool | Flag | Unset = UNSET
    is_active: bool | Flag | Unset = UNSET
    is_view_only: bool | Flag | Unset = UNSET
    service_provider_sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        old_password = self.old_password

        new_password = self.new_password

        initial_password: None | str | Unset
        if isinstance(self.initial_password, Unset):
            initial_password = UNSET
        else:
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if old_password is not UNSET:
            field_dict["old_password"] = old_password
        if new_password is not UNSET:
            field_dict["new_password"] = new_password
        if initial_password is not UNSET:
            field_dict["initial_password"] = initial_password
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        old_password = d.pop("old_password", UNSET)

        new_password = d.pop("new_password", UNSET)

        def _parse_initial_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_password = _parse_initial_password(d.pop("initial_password", UNSET))

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

        user_update = cls(
            name=name,
            email=email,
            old_password=old_password,
            new_password=new_password,
            initial_password=initial_password,
            force_change=force_change,
            is_active=is_active,
            is_view_only=is_view_only,
            service_provider_sid=service_provider_sid,
            account_sid=account_sid,
        )

        return user_update
