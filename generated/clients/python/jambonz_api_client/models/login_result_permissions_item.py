from typing import Literal

LoginResultPermissionsItem = Literal["PROVISION_SERVICES", "PROVISION_USERS", "VIEW_ONLY"]

LOGIN_RESULT_PERMISSIONS_ITEM_VALUES: set[LoginResultPermissionsItem] = {
    "PROVISION_SERVICES",
    "PROVISION_USERS",
    "VIEW_ONLY",
}


def check_login_result_permissions_item(value: str) -> LoginResultPermissionsItem:
    if value in LOGIN_RESULT_PERMISSIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOGIN_RESULT_PERMISSIONS_ITEM_VALUES!r}")
