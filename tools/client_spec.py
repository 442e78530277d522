"""Write the client's view of the contract: the document the client generators read.

The contract's operationIds are Connexion routes
(`handlers.service_providers.create_service_provider`); a generator turns them into names
such as `handlers_service_providers_create_service_provider`, leaking the server's module
layout into every client. The client view keeps everything else as it is and reduces each
operationId to its last dotted part (`create_service_provider`), which is unique across the
contract (checked here: a clash is an error, never a silent rename).

It also respells one construct that openapi-python-client (0.29) misreads. The contract
writes a nullable embedded object the OpenAPI 3.0.3 way, `{type: object, nullable: true,
allOf: [$ref]}`; the generator then drops `nullable` (a single-`$ref` allOf passes straight
through to the referenced model) and its client crashes on every `null` such a property
holds. The client view writes the same set of values as `oneOf: [$ref, NullValue]` (the
contract's own spelling of a nullable hook input). Only the Python view does this:
openapi-typescript reads the original correctly (`HookRead | null`).

Usage: python -m tools.client_spec [--python] [SPEC] OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tools import spec_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class ClientSpecError(Exception):
    """The contract cannot be turned into a client view (a clash of short operationIds)."""


def _short(operation_id: str) -> str:
    return operation_id.rsplit(".", 1)[-1]


def client_view(doc: dict[str, Any], python: bool = False) -> dict[str, Any]:
    """Return a copy of `doc` with short operationIds (also in response links); for
    `python`, with nullable refs respelled for openapi-python-client."""
    doc = json.loads(json.dumps(doc))
    seen: dict[str, str] = {}
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if not operation or "operationId" not in operation:
                continue
            full = operation["operationId"]
            short = _short(full)
            if short in seen and seen[short] != full:
                raise ClientSpecError(
                    f"{method.upper()} {path}: operationId {full} and {seen[short]} both "
                    f"shorten to {short}; rename one of the handler functions"
                )
            seen[short] = full
            operation["operationId"] = short
    _shorten_links(doc)
    if not python:
        return doc
    if "NullValue" not in doc.get("components", {}).get("schemas", {}):
        raise ClientSpecError("components/schemas/NullValue is missing (nullable refs need it)")
    _respell_nullable_refs(doc)
    return doc


NULL_VALUE = "#/components/schemas/NullValue"


def _respell_nullable_refs(node: Any) -> None:
    """`{type: object, nullable: true, allOf: [X], ...}` -> `{oneOf: [X, NullValue], ...}`."""
    if isinstance(node, dict):
        all_of = node.get("allOf")
        if (
            node.get("nullable") is True
            and node.get("type") == "object"
            and isinstance(all_of, list)
            and len(all_of) == 1
        ):
            del node["type"], node["nullable"], node["allOf"]
            node["oneOf"] = [all_of[0], {"$ref": NULL_VALUE}]
        for value in node.values():
            _respell_nullable_refs(value)
    elif isinstance(node, list):
        for value in node:
            _respell_nullable_refs(value)


def _shorten_links(node: Any) -> None:
    """Links name operations by operationId too; keep them pointing at the short names."""
    if isinstance(node, dict):
        links = node.get("links")
        if isinstance(links, dict):
            for link in links.values():
                if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                    link["operationId"] = _short(link["operationId"])
        for value in node.values():
            _shorten_links(value)
    elif isinstance(node, list):
        for value in node:
            _shorten_links(value)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    python = "--python" in args
    args = [arg for arg in args if arg != "--python"]
    if len(args) not in (1, 2):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target = (SPEC, Path(args[0])) if len(args) == 1 else (Path(args[0]), Path(args[1]))
    try:
        view = client_view(spec_yaml.load(source.read_text()), python=python)
    except ClientSpecError as exc:
        print(f"client spec: {exc}", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
