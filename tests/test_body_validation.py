"""The fast path's compiled body check never accepts a body Connexion's validator rejects.

`handlers.validation.compiled_check` only decides which bodies skip the second validation
by Connexion, so it is safe exactly when *fast accepts => `RequestValidator` accepts*. This
is checked on every JSON request body of the contract with bodies generated from its
schema (mostly valid ones, then the same with one value anywhere replaced by something
awkward: null, booleans next to numbers, 1.0 for an integer, empty strings, wrong
containers). The check must also accept every valid one (but those with a string ending in
a newline, which it leaves to Connexion), or the fast path would serve no write.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator

from handlers.app import load_spec
from handlers.fastpath import VERBS
from handlers.validation import RequestValidator, compiled_check


def _bodies() -> list[tuple[str, dict]]:
    from connexion.json_schema import resolve_refs

    spec = resolve_refs(load_spec())
    found = []
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in VERBS:
                continue
            content = (operation.get("requestBody") or {}).get("content", {})
            if "application/json" in content:
                found.append((operation["operationId"], content["application/json"]["schema"]))
    return found


def _parameters() -> list[tuple[str, dict]]:
    """Every distinct path and query parameter schema the fast path checks."""
    from connexion.json_schema import resolve_refs

    spec = resolve_refs(load_spec())
    found: dict[str, tuple[str, dict]] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in VERBS:
                continue
            for param in [*item.get("parameters", []), *operation.get("parameters", [])]:
                if param["in"] in ("path", "query") and "schema" in param:
                    found.setdefault(repr(param["schema"]), (param["name"], param["schema"]))
    return sorted(found.values(), key=lambda named: named[0])


BODIES = _bodies()
PARAMETERS = _parameters()
AWKWARD = st.sampled_from(
    [None, True, False, 0, 1, 1.0, -1, 2.5, "", "x", "0", [], {}, [None], {"": None}]
)


def _body(schema: Any, data: st.DataObject, depth: int = 0) -> Any:
    """A body shaped by `schema` (OpenAPI 3.0 as the contract writes it): usually valid,
    not always (allOf/oneOf are drawn loosely); the assertions do not rely on it."""
    if not isinstance(schema, dict):
        return data.draw(AWKWARD)
    if schema.get("nullable") and data.draw(st.integers(0, 9)) == 0:
        return None
    if "enum" in schema:
        return data.draw(st.sampled_from(schema["enum"]))
    for key in ("oneOf", "anyOf"):
        if key in schema:
            rest = {k: v for k, v in schema.items() if k != key}
            return _body({**rest, **data.draw(st.sampled_from(schema[key]))}, data, depth)
    if "allOf" in schema:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            properties = {**merged.get("properties", {}), **part.get("properties", {})}
            required = [*merged.get("required", []), *part.get("required", [])]
            merged = {**merged, **part, "properties": properties, "required": required}
        return _body(merged, data, depth)
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object" or depth > 4:
        properties = schema.get("properties", {}) if depth <= 4 else {}
        required = set(schema.get("required", []))
        return {
            name: _body(sub, data, depth + 1)
            for name, sub in properties.items()
            if name in required or data.draw(st.booleans())
        }
    if kind == "array":
        size = data.draw(st.integers(schema.get("minItems", 0), min(schema.get("maxItems", 3), 3)))
        return [_body(schema.get("items", {}), data, depth + 1) for _ in range(size)]
    if kind == "string":
        low, high = schema.get("minLength", 0), schema.get("maxLength", 40)
        if "pattern" in schema:
            text = st.from_regex(schema["pattern"], fullmatch=True)
        elif schema.get("format") == "date-time":
            text = st.sampled_from(["2026-11-28T10:00:00Z", "2026-11-28T10:00:00.5+01:00"])
        else:
            text = st.text(min_size=low, max_size=min(high, low + 40))
        return data.draw(text.filter(lambda t: low <= len(t) <= high) | st.just("x" * low))
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        low = None if low is None else low + bool(schema.get("exclusiveMinimum"))
        high = None if high is None else high - bool(schema.get("exclusiveMaximum"))
        return data.draw(st.integers(low, high))
    if kind == "number":
        return data.draw(
            st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False)
            | st.integers(-5, 5)
        )
    if kind == "boolean":
        return data.draw(st.booleans())
    return data.draw(AWKWARD)


def _ends_in_newline(value: Any) -> bool:
    if isinstance(value, str):
        return value.endswith("\n")
    if isinstance(value, dict):
        return any(_ends_in_newline(v) for v in value.values())
    if isinstance(value, list):
        return any(_ends_in_newline(v) for v in value)
    return False


def _replace_somewhere(value: Any, data: st.DataObject) -> Any:
    """`value` with one node (possibly itself) replaced by an awkward value."""
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        return {**value, key: _replace_somewhere(value[key], data)}
    if isinstance(value, list) and value and data.draw(st.booleans()):
        at = data.draw(st.integers(0, len(value) - 1))
        return [*value[:at], _replace_somewhere(value[at], data), *value[at + 1 :]]
    return data.draw(AWKWARD)


def test_every_body_of_the_contract_gets_a_compiled_check() -> None:
    assert len(BODIES) > 30
    missing = [name for name, schema in BODIES if compiled_check(schema) is None]
    assert missing == []


@pytest.mark.parametrize(("operation", "schema"), BODIES, ids=[name for name, _ in BODIES])
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_fast_accepts_only_what_connexion_accepts(
    operation: str, schema: dict, data: st.DataObject
) -> None:
    fast = compiled_check(schema)
    assert fast is not None
    slow = RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    body = _body(schema, data)
    for candidate in (body, _replace_somewhere(body, data)):
        if fast(candidate):
            assert slow.is_valid(candidate), (operation, candidate)
        elif slow.is_valid(candidate):  # what the contract allows takes the fast path
            assert _ends_in_newline(candidate), (operation, candidate)


@pytest.mark.parametrize(
    ("name", "schema"), PARAMETERS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(PARAMETERS)]
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parameters_fast_accepts_only_what_connexion_accepts(
    name: str, schema: dict, data: st.DataObject
) -> None:
    """Connexion checks a (coerced) parameter with a plain Draft 4 validator."""
    fast = compiled_check(schema)
    assert fast is not None, name
    slow = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    value = _body(schema, data)
    for candidate in (value, data.draw(AWKWARD), data.draw(st.text(max_size=50))):
        if fast(candidate):
            assert slow.is_valid(candidate), (name, candidate)
        elif slow.is_valid(candidate):
            assert _ends_in_newline(candidate), (name, candidate)


@pytest.mark.parametrize(
    ("schema", "body", "expected"),
    [
        ({"type": "integer"}, 1.0, False),  # Draft 4: 1.0 is not an integer
        ({"enum": [0, 1]}, False, False),  # false is not 0
        ({"enum": [0, 1]}, 1, True),
        ({"type": "string", "nullable": True}, None, True),
        ({"type": "string"}, None, False),
        ({"allOf": [{"type": "object"}], "nullable": True}, None, True),
        ({"type": "object", "properties": {"a": {"default": 5}}}, {}, True),
        ({"type": "string", "format": "date-time"}, "yesterday", False),
        ({"type": "string", "format": "date-time"}, "2026-11-28T10:00:00Z", True),
    ],
)
def test_the_rewrite_keeps_connexions_meaning(schema: dict, body: Any, expected: bool) -> None:
    slow = RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    fast = compiled_check(schema)
    assert fast is not None
    assert slow.is_valid(body) is expected
    assert fast(body) is expected
    if isinstance(body, dict):
        assert body == {}, "defaults are never written into the body"


@pytest.mark.parametrize(
    "schema",
    [
        {"enum": [{"a": 1}]},
        {"enum": [True, 1]},
        {"type": "string", "nullable": True, "not": {"enum": ["x"]}},
    ],
)
def test_what_the_rewrite_cannot_express_keeps_jsonschema(schema: dict) -> None:
    assert compiled_check(schema) is None
