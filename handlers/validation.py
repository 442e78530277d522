"""Connexion validators that read OpenAPI 3.0's `nullable` fully, compiled once.

Connexion's stock validators honour `nullable: true` only next to `type`/`enum`, so a
nullable `allOf`/`oneOf` (how this contract makes an embedded object nullable) rejects
`null`. They also build a new jsonschema validator for every request; these cache one per
schema. Both are plugged in through Connexion's supported `validator_map`.
"""

from __future__ import annotations

import json
import re
from typing import Any

import fastjsonschema
import jsonschema
from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem, ProblemException
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator
from connexion.validators import VALIDATOR_MAP
from connexion.validators.json import JSONRequestBodyValidator, JSONResponseBodyValidator
from jsonschema import Draft4Validator

from handlers.body_errors import describe
from handlers.bounds import BodyRefused, parse_json
from handlers.context import core

_COMPOSITES = ("allOf", "oneOf", "anyOf")


def _allow_null(keyword_fn: Any) -> Any:
    def validate(validator: Any, value: Any, instance: Any, schema: dict) -> Any:
        if instance is None and (schema.get("nullable") or schema.get("x-nullable")):
            return
        yield from keyword_fn(validator, value, instance, schema)

    return validate


def _nullable_everywhere(base: Any) -> Any:
    return jsonschema.validators.extend(
        base, {k: _allow_null(Draft4Validator.VALIDATORS[k]) for k in _COMPOSITES}
    )


RequestValidator = _nullable_everywhere(Draft4RequestValidator)
ResponseValidator = _nullable_everywhere(Draft4ResponseValidator)

_cache: dict[int, tuple[dict, Any]] = {}


def _compiled(cls: Any, schema: dict) -> Any:
    key = id(schema)
    hit = _cache.get(key)
    if hit is None or hit[0] is not schema:
        hit = (schema, cls(schema, format_checker=Draft4Validator.FORMAT_CHECKER))
        _cache[key] = hit
    return hit[1]


class JsonBodyValidator(JSONRequestBodyValidator):
    @property
    def _validator(self) -> Any:
        return _compiled(RequestValidator, self._schema)

    async def _parse(self, stream: Any, scope: Any) -> Any:
        """As Connexion's, within the bounds of `handlers.bounds.parse_json` (a body too
        deep, a number too long: 400 in plain words, where Python's limits were 500s)."""
        text = b"".join([chunk async for chunk in stream]).decode(self._encoding)
        if not text:
            return None
        try:
            return parse_json(text, core().settings)
        except BodyRefused as exc:
            if exc.status != 400:
                raise ProblemException(status=exc.status, detail=exc.msg) from None
            raise BadRequestProblem(detail=exc.msg) from None
        except json.JSONDecodeError as exc:
            raise BadRequestProblem(detail=str(exc)) from None

    def _validate(self, body: Any) -> dict | None:
        """As Connexion's, with the error in plain words (`handlers/body_errors.py`)."""
        if not self._nullable and body is None:
            raise BadRequestProblem(detail="request body must not be empty")
        try:
            return self._validator.validate(body)
        except jsonschema.ValidationError as exception:
            raise BadRequestProblem(detail=describe(exception)) from None


class JsonResponseValidator(JSONResponseBodyValidator):
    @property
    def validator(self) -> Any:
        return _compiled(ResponseValidator, self._schema)


def validator_map() -> dict[str, Any]:
    body = MediaTypeDict(dict(VALIDATOR_MAP["body"]))
    body["*/*json"] = JsonBodyValidator
    response = MediaTypeDict(dict(VALIDATOR_MAP["response"]))
    response["*/*json"] = JsonResponseValidator
    return {"body": body, "response": response}


# --- Compiled checks for the fast path (bodies and parameters) -----------------------------
#
# jsonschema interprets a schema on every call; for a request body that is most of what a
# POST costs (bench/README.md). fastjsonschema compiles the schema to Python once. It is
# only ever used to *accept*: a body it rejects goes to Connexion, which validates it again
# with the validator above and writes the error. So the one thing that must hold is that
# whatever it accepts, `RequestValidator` accepts too (tests/test_body_validation.py checks
# that on every request body of the contract). The schema is first rewritten so that the
# two agree where they would not:
#
# - `nullable` (OpenAPI 3.0) becomes `anyOf: [{type: null}, <the schema>]`, which is what
#   `RequestValidator` does (a null passes `type`, `enum` and the composites of a nullable
#   schema; every other keyword ignores null anyway, except `not`, so a nullable schema
#   with `not` gets no compiled check);
# - an enum of numbers also says `not: {type: boolean}`: jsonschema tells `false` from `0`,
#   a Python `in` does not; enums of objects, arrays or of both booleans and numbers get no
#   compiled check;
# - formats are checked by jsonschema's own format checker, and defaults are never filled in.


class _NotCompilable(Exception):
    pass


def _rewrite(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _IGNORED:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _rewrite(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [_rewrite(sub) for sub in value]
        elif key in _SCHEMAS:
            out[key] = (
                [_rewrite(sub) for sub in value] if isinstance(value, list) else _rewrite(value)
            )
        else:  # data (enum, default) or a plain value
            out[key] = value
    if isinstance(out.get("pattern"), str):
        out["pattern"] = _escape_dollar_in_sets(out["pattern"])
    if "enum" in out:
        members = out["enum"]
        if any(isinstance(m, dict | list) for m in members):
            raise _NotCompilable("an enum of objects or arrays")
        numbers = any(isinstance(m, int | float) and not isinstance(m, bool) for m in members)
        if numbers and any(isinstance(m, bool) for m in members):
            raise _NotCompilable("an enum of booleans and numbers")
        if numbers:
            out["allOf"] = [*out.get("allOf", []), {"not": {"type": "boolean"}}]
    if schema.get("nullable") or schema.get("x-nullable") is True:
        if "not" in schema:
            raise _NotCompilable("a nullable schema with `not`")
        return {"anyOf": [{"type": "null"}, out]}
    return out


_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "definitions"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf"})
_SCHEMAS = frozenset({"items", "additionalProperties", "additionalItems", "not"})

# OpenAPI annotations that are not JSON Schema (jsonschema ignores them as unknown keywords).
_IGNORED = frozenset(
    {
        "nullable",
        "x-nullable",
        "example",
        "examples",
        "readOnly",
        "writeOnly",
        "discriminator",
        "xml",
        "externalDocs",
        "deprecated",
    }
)


def _escape_dollar_in_sets(pattern: str) -> str:
    """`$` inside `[...]` written `\\$` (the same set). fastjsonschema turns every unescaped
    `$` into `\\Z`, which is right outside a set (and stricter than `re.search`'s `$`, so it
    only sends a trailing newline to Connexion) but is an error inside one."""
    out, in_set, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_set:
            in_set = True
        elif char == "]" and in_set:
            in_set = False
        elif char == "$" and in_set:
            out.append("\\")
        out.append(char)
    return "".join(out)


def _formats(schema: Any, found: set[str]) -> set[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("format"), str):
            found.add(schema["format"])
        for value in schema.values():
            _formats(value, found)
    elif isinstance(schema, list):
        for value in schema:
            _formats(value, found)
    return found


def _format_check(name: str) -> Any:
    conforms = Draft4Validator.FORMAT_CHECKER.conforms
    return lambda value: conforms(value, name)


_COMPILED: dict[str, Any] = {}


def compiled_check(schema: dict) -> Any | None:
    """`_compiled_check`, once per distinct schema in a process: every app built from the
    contract (several in one test process, one per worker) compiles the same ones."""
    try:
        key = json.dumps(schema, sort_keys=True)
    except (TypeError, ValueError):  # not plain JSON (or circular): compile it each time
        return _compiled_check(schema)
    if key not in _COMPILED:
        _COMPILED[key] = _compiled_check(schema)
    return _COMPILED[key]


def _compiled_check(schema: dict) -> Any | None:
    """A function `value -> bool` that is True only for values `RequestValidator` accepts,
    or None when the schema needs what the rewrite above does not cover. Used for bodies,
    and for path and query parameters, whose schemas here are never nullable (so that
    `RequestValidator` and the `Draft4Validator` Connexion checks them with agree)."""
    try:
        rewritten = _rewrite(schema)
    except _NotCompilable:
        return None
    # Draft 4, as Connexion's validators (in later drafts 1.0 is an integer).
    rewritten = {"$schema": "http://json-schema.org/draft-04/schema#", **rewritten}
    try:
        check = fastjsonschema.compile(
            rewritten,
            formats={name: _format_check(name) for name in _formats(schema, set())},
            use_default=False,
            detailed_exceptions=False,
        )
    except (fastjsonschema.JsonSchemaDefinitionException, re.error):
        return None

    def is_valid(body: Any) -> bool:
        try:
            check(body)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return is_valid
