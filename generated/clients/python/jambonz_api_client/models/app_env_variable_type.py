from typing import Literal

AppEnvVariableType = Literal["boolean", "number", "string"]

APP_ENV_VARIABLE_TYPE_VALUES: set[AppEnvVariableType] = {
    "boolean",
    "number",
    "string",
}


def check_app_env_variable_type(value: str) -> AppEnvVariableType:
    if value in APP_ENV_VARIABLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_ENV_VARIABLE_TYPE_VALUES!r}")
