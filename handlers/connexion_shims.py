"""A small, documented patch of Connexion 3.3's per-request work.

Connexion inspects the handler's signature (`inspect.signature`) on every request to
decide which arguments to pass (`connexion.utils.inspect_function_arguments`, called from
the parameter decorator and the security handler). A function's signature does not change
while the process runs, so the answer is computed once per function and reused. The cache
returns a fresh list each time, as the original does, so a caller that mutates it cannot
affect the next request.

Connexion also validates the whole contract against the OpenAPI meta-schema each time an
app is built (`Specification._validate_spec`, half a second for this contract). The
document does not change while the process runs, so a document that passed once is not
checked again; `make lint` validates it with two validators before it ever gets here.

Installed by `handlers.app.create_app`; `tests/test_connexion_shims.py` checks that it is
in place and answers exactly as the original for the kinds of functions Connexion passes.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any

import connexion.decorators.parameter as _parameter
import connexion.security as _security
import connexion.utils as _utils
from connexion.spec import Specification

original_validate_spec = Specification.__dict__["_validate_spec"].__func__
_valid_documents: set[str] = set()


def _validate_spec_once(cls: type, spec: dict[str, Any]) -> None:
    try:
        key = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()
    except (TypeError, ValueError):
        original_validate_spec(cls, spec)
        return
    if key not in _valid_documents:
        original_validate_spec(cls, spec)  # raises InvalidSpecification, remembering nothing
        _valid_documents.add(key)


original_inspect_function_arguments = _utils.inspect_function_arguments


@functools.lru_cache(maxsize=4096)
def _inspect(function: Callable[..., Any]) -> tuple[tuple[str, ...], bool]:
    arguments, has_kwargs = original_inspect_function_arguments(function)
    return tuple(arguments), has_kwargs


def cached_inspect_function_arguments(function: Callable[..., Any]) -> tuple[list[str], bool]:
    try:
        arguments, has_kwargs = _inspect(function)
    except TypeError:  # an unhashable callable: fall back to the original
        return original_inspect_function_arguments(function)
    return list(arguments), has_kwargs


def install() -> None:
    """Idempotent."""
    Specification._validate_spec = classmethod(_validate_spec_once)  # type: ignore[method-assign,assignment]
    _parameter.inspect_function_arguments = cached_inspect_function_arguments
    _security.inspect_function_arguments = cached_inspect_function_arguments
