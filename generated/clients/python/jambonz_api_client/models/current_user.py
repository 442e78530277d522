from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.current_user_profile import CurrentUserProfile
    from ..models.service_provider import ServiceProvider


T = TypeVar("T", bound="CurrentUser")


@_attrs_define
class CurrentUser:
    """The signed-in user with its account and service provider.

    Attributes:
        user (CurrentUserProfile): The signed-in user's columns as jambonz answers them at `/Users/me`:
            `force_change`, `email_validated` and `phone_validated` as booleans, the others
            as in `UserDetail`.
        account (Account | None): The user's account; `null` for admin and service provider users.
        sp (None | ServiceProvider): The user's service provider; `null` for admin users.
    """

    user: CurrentUserProfile
    account: Account | None
    sp: None | ServiceProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.service_provider import ServiceProvider  # noqa: PLC0415

        user = self.user.to_dict()

        account: dict[str, Any] | None
        if isinstance(self.account, Account):
            account = self.account.to_dict()
        else:
            account = self.account

        sp: dict[str, Any] | None
        if isinstance(self.sp, ServiceProvider):
            sp = self.sp.to_dict()
        else:
            sp = self.sp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "account": account,
                "sp": sp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.current_user_profile import CurrentUserProfile  # noqa: PLC0415
        from ..models.service_provider import ServiceProvider  # noqa: PLC0415

        d = dict(src_dict)
        user = CurrentUserProfile.from_dict(d.pop("user"))

        def _parse_account(data: object) -> Account | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = Account.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Account | None, data)

        account = _parse_account(d.pop("account"))

        def _parse_sp(data: object) -> None | ServiceProvider:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sp_type_0 = ServiceProvider.from_dict(data)

                return sp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceProvider, data)

        sp = _parse_sp(d.pop("sp"))

        current_user = cls(
            user=user,
            account=account,
            sp=sp,
        )

        current_user.additional_properties = d
        return current_user

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
