from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUpdate")


@_attrs_define
class ClientUpdate:
    """The properties of a SIP client to change.

    Example:
        {'is_active': 0}

    Attributes:
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
        username (str | Unset): The SIP user name the device registers and authenticates with (the user part of
            `<username>@<the account's sip_realm>`), unique within its account: the characters
            RFC 3261 allows in a SIP URI's user part (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.
        password (None | str | Unset): A new SIP password (sealed at rest), or `null` to remove it.
        allow_direct_app_calling (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
        allow_direct_queue_calling (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
        allow_direct_user_calling (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`.
    """

    account_sid: str | Unset = UNSET
    is_active: bool | Flag | Unset = UNSET
    username: str | Unset = UNSET
    password: None | str | Unset = UNSET
    allow_direct_app_calling: bool | Flag | Unset = UNSET
    allow_direct_queue_calling: bool | Flag | Unset = UNSET
    allow_direct_user_calling: bool | Flag | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

        username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        allow_direct_app_calling: bool | int | Unset
        if isinstance(self.allow_direct_app_calling, Unset):
            allow_direct_app_calling = UNSET
        elif isinstance(self.allow_direct_app_calling, int):
            allow_direct_app_calling = self.allow_direct_app_calling
        else:
            allow_direct_app_calling = self.allow_direct_app_calling

        allow_direct_queue_calling: bool | int | Unset
        if isinstance(self.allow_direct_queue_calling, Unset):
            allow_direct_queue_calling = UNSET
        elif isinstance(self.allow_direct_queue_calling, int):
            allow_direct_queue_calling = self.allow_direct_queue_calling
        else:
            allow_direct_queue_calling = self.allow_direct_queue_calling

        allow_direct_user_calling: bool | int | Unset
        if isinstance(self.allow_direct_user_calling, Unset):
            allow_direct_user_calling = UNSET
        elif isinstance(self.allow_direct_user_calling, int):
            allow_direct_user_calling = self.allow_direct_user_calling
        else:
            allow_direct_user_calling = self.allow_direct_user_calling

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if allow_direct_app_calling is not UNSET:
            field_dict["allow_direct_app_calling"] = allow_direct_app_calling
        if allow_direct_queue_calling is not UNSET:
            field_dict["allow_direct_queue_calling"] = allow_direct_queue_calling
        if allow_direct_user_calling is not UNSET:
            field_dict["allow_direct_user_calling"] = allow_direct_user_calling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid", UNSET)

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

        username = d.pop("username", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_allow_direct_app_calling(data: object) -> bool | Flag | Unset:
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

        allow_direct_app_calling = _parse_allow_direct_app_calling(d.pop("allow_direct_app_calling", UNSET))

        def _parse_allow_direct_queue_calling(data: object) -> bool | Flag | Unset:
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

        allow_direct_queue_calling = _parse_allow_direct_queue_calling(d.pop("allow_direct_queue_calling", UNSET))

        def _parse_allow_direct_user_calling(data: object) -> bool | Flag | Unset:
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

        allow_direct_user_calling = _parse_allow_direct_user_calling(d.pop("allow_direct_user_calling", UNSET))

        client_update = cls(
            account_sid=account_sid,
            is_active=is_active,
            username=username,
            password=password,
            allow_direct_app_calling=allow_direct_app_calling,
            allow_direct_queue_calling=allow_direct_queue_calling,
            allow_direct_user_calling=allow_direct_user_calling,
        )

        return client_update
