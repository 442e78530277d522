from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """A new SIP client.

    Example:
        {'account_sid': '7c1e3a5b-2d4f-4e6a-8b9c-0d1e2f3a4b5c', 'username': 'alice', 'password': 's3cret-pass',
            'allow_direct_app_calling': 0}

    Attributes:
        username (str): The SIP user name the device registers and authenticates with (the user part of
            `<username>@<the account's sip_realm>`), unique within its account: the characters
            RFC 3261 allows in a SIP URI's user part (letters, digits and `-_.!~*'()%&=+$,;?/`).
             Example: alice.
        account_sid (str | Unset): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        is_active (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: True.
        password (None | str | Unset): The SIP password (sealed at rest), or `null` for none.
        allow_direct_app_calling (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: True.
        allow_direct_queue_calling (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default:
            True.
        allow_direct_user_calling (bool | Flag | Unset): A boolean, written as `true`/`false` or `0`/`1`. Default: True.
    """

    username: str
    account_sid: str | Unset = UNSET
    is_active: bool | Flag | Unset = True
    password: None | str | Unset = UNSET
    allow_direct_app_calling: bool | Flag | Unset = True
    allow_direct_queue_calling: bool | Flag | Unset = True
    allow_direct_user_calling: bool | Flag | Unset = True

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        account_sid = self.account_sid

        is_active: bool | int | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, int):
            is_active = self.is_active
        else:
            is_active = self.is_active

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

        field_dict.update(
            {
                "username": username,
            }
        )
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        username = d.pop("username")

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

        client_create = cls(
            username=username,
            account_sid=account_sid,
            is_active=is_active,
            password=password,
            allow_direct_app_calling=allow_direct_app_calling,
            allow_direct_queue_calling=allow_direct_queue_calling,
            allow_direct_user_calling=allow_direct_user_calling,
        )

        return client_create
