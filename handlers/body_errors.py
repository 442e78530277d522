"""The words of a 400 for a request body the contract rejects.

jsonschema's own messages speak Python (`None is not of type 'string'`, a pattern with
doubled backslashes) and quote the offending value in full, however large. These name the
property, say what is expected in plain words, and quote at most a short prefix of the
value sent (`quantity: must be an integer (got 1.5)`), so that a 3 MB value never comes
back in a 400. A `*_sid` property that is not a sid at all reads as jambonz answers it:
`unknown account_sid`.
"""

from __future__ import annotations

import json
from typing import Any

from jsonschema import ValidationError

_TYPES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


QUOTE_LIMIT = 40  # characters of the offending value quoted back, at most
_NO_QUOTE = ("required", "additionalProperties", "maxProperties", "minItems", "maxItems")


def _quoted(value: Any) -> str:
    """The value as JSON, cut to `QUOTE_LIMIT` characters (whole containers are not shown)."""
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "an array"
    return _cut(json.dumps(value, ensure_ascii=False))


def _cut(text: str) -> str:
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


# What a limit keyword expects, with its value in the braces.
_BOUNDS = {
    "minLength": "must be at least {} characters",
    "maxLength": "must be at most {} characters",
    "minimum": "must be at least {}",
    "maximum": "must be at most {}",
    "minItems": "must have at least {} items",
    "maxItems": "must have at most {} items",
    "maxProperties": "must have at most {} properties",
    "format": "must be a valid {}",
}


def _where(error: ValidationError) -> str:
    return ".".join(str(part) for part in error.absolute_path)


def _form_hint(description: str) -> str:
    """What a pattern expects, in the words of the schema's description: its first clause
    (up to a sentence end, a colon or a parenthesis), on one line."""
    text = " ".join(description.split())
    cut = min(
        (i for i in (text.find(". "), text.find(": "), text.find(" (")) if i > 0), default=len(text)
    )
    return text[:cut].rstrip(".")[:80]


def _type_words(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return " or ".join(_TYPES.get(str(name), str(name)) for name in names)


def _deepest(error: ValidationError) -> ValidationError:
    """Inside a `oneOf`/`anyOf`, the alternative that came closest, described instead of
    the bare "not valid under any of the given schemas": alternatives of another type
    altogether (a URL string where an object was sent) are passed over, and of the rest the
    deepest error wins, then the first alternative. When every alternative is of another
    type, the first one's type is what is expected."""
    while error.validator in ("oneOf", "anyOf", "allOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for e in error.context:
            branches.setdefault(list(e.relative_schema_path)[:1][0], []).append(e)
        wrong_type = {
            branch
            for branch, errors in branches.items()
            if any(e.validator == "type" and not e.relative_path for e in errors)
        }
        close = [e for b, errors in branches.items() if b not in wrong_type for e in errors]
        if not close:
            types = [e for e in error.context if e.validator == "type" and not e.relative_path]
            return _union_of_types(error, types)
        error = min(close, key=lambda e: (-len(e.absolute_path), list(e.relative_schema_path)))
    return error


def _union_of_types(error: ValidationError, types: list[ValidationError]) -> ValidationError:
    """One `type` error naming every type the alternatives accept."""
    expected: list[str] = []
    for e in types:
        for name in (
            e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]
        ):
            if name not in expected:
                expected.append(name)
    return ValidationError(
        "wrong type",
        validator="type",
        validator_value=expected,
        instance=error.instance,
        path=error.relative_path,
        schema_path=error.relative_schema_path,
        parent=error.parent,
    )


def _words(error: ValidationError) -> str:
    kind, expected, schema = error.validator, error.validator_value, error.schema
    if kind == "required":
        missing = [name for name in expected if name not in (error.instance or {})]
        return f"missing required property {', '.join(missing) or expected}"
    if kind == "additionalProperties":
        known = set((schema or {}).get("properties", {}))
        extra = sorted(_cut(str(key)) for key in (error.instance or {}) if key not in known)
        return f"unknown propert{'ies' if len(extra) > 1 else 'y'} {', '.join(extra)}"
    if kind == "type":
        return f"must be {_type_words(expected)}"
    if kind == "enum":
        shown = ", ".join("null" if value is None else str(value) for value in expected)
        return f"must be one of {shown}"
    if kind == "minLength" and expected == 1:
        return "must not be empty"
    if kind in _BOUNDS:
        return _BOUNDS[kind].format(expected)
    if kind == "pattern":
        hint = _form_hint((schema or {}).get("description", ""))
        return f"is not in the expected form ({hint})" if hint else "is not in the expected form"
    if kind == "not":
        return "is not allowed here"
    return "is not valid"


def describe(error: ValidationError) -> str:
    """One line for the 400 of an invalid body: `<property path>: <what is expected>`."""
    error = _deepest(error)
    where = _where(error)
    field = str(error.absolute_path[-1]) if error.absolute_path else ""
    if field.endswith("_sid") and error.validator in ("pattern", "minLength", "maxLength"):
        return f"unknown {field}"
    words = _words(error)
    if error.validator not in _NO_QUOTE:
        words += f" (got {_quoted(error.instance)})"
    return f"{where}: {words}" if where else f"request body {words}"
