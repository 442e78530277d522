"""The Connexion shim answers exactly as the function it replaces, and is installed."""

from __future__ import annotations

import connexion.decorators.parameter as parameter
import connexion.security as security

from handlers import connexion_shims
from handlers.app import create_app  # noqa: F401  (importing installs nothing; building does)


def sample(a, b=1, *args, c, **kwargs):
    return a


async def handler(account_sid: str, token_info: dict) -> None:
    return None


def plain(x):
    return x


def test_same_answers_as_connexion() -> None:
    for function in (sample, handler, plain, print):
        expected = connexion_shims.original_inspect_function_arguments(function)
        assert connexion_shims.cached_inspect_function_arguments(function) == expected
        assert connexion_shims.cached_inspect_function_arguments(function) == expected


def test_callers_cannot_corrupt_the_cache() -> None:
    first, _ = connexion_shims.cached_inspect_function_arguments(handler)
    first.append("mutated")
    again, _ = connexion_shims.cached_inspect_function_arguments(handler)
    assert again == ["account_sid", "token_info"]


def test_installed_where_connexion_calls_it() -> None:
    connexion_shims.install()
    assert parameter.inspect_function_arguments is connexion_shims.cached_inspect_function_arguments
    assert security.inspect_function_arguments is connexion_shims.cached_inspect_function_arguments
