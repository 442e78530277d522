"""Connexion validators that read OpenAPI 3.0's `nullable` fully, compiled once.

Connexion's stock validators honour `nullable: true` only next to `type`/`enum`, so a
nullable `allOf`/`oneOf` (how this contract makes an embedded object nullable) rejects
`null`. They also build a new jsonschema validator for every request; these cache one per
schema. Both are plugged in through Connexion's supported `validator_map`.
"""

from __future__ import annotations

from typing import Any

import jsonschema
from connexion.datastructures import MediaTypeDict
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator
from connexion.validators import VALIDATOR_MAP
from connexion.validators.json import JSONRequestBodyValidator, JSONResponseBodyValidator
from jsonschema import Draft4Validator

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
