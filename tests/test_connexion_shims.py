"""The Connexion shims answer exactly as what they replace, and are installed."""

from __future__ import annotations

import connexion.decorators.parameter as parameter
import connexion.security as security
import pytest
from connexion.exceptions import InvalidSpecification
from connexion.spec import Specification

from handlers import connexion_shims
from handlers.app import (
    create_app,  # noqa: F401  (importing installs nothing; building does)
    load_spec,
)


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


def test_a_document_is_validated_once_and_a_broken_one_always_refused(monkeypatch) -> None:
    connexion_shims.install()
    checked: list[int] = []
    original = connexion_shims.original_validate_spec

    def counting(cls, spec):
        checked.append(1)
        return original(cls, spec)

    monkeypatch.setattr(connexion_shims, "original_validate_spec", counting)
    monkeypatch.setattr(connexion_shims, "_valid_documents", set())
    spec = load_spec()
    for _ in range(3):
        Specification.from_dict(load_spec())
    assert len(checked) == 1
    broken = {**spec, "paths": {"/x": {"get": {"responses": "not a mapping"}}}}
    for _ in range(2):
        with pytest.raises(InvalidSpecification):
            Specification.from_dict(broken)
    assert len(checked) == 3
