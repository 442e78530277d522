"""Compare two versions of the contract and classify every change as breaking or not.

`make contract-diff BASE=<git ref>` compares the bundled contract (generated/openapi.yaml) at
that ref with the working tree; `make contract-guard` does the same against the previous
commit and fails on a breaking change unless `info.version`'s major part was raised.

"Breaking" means: a client written against the old contract (by hand, or generated from it)
can fail against the new one. The rules, applied over the resolved documents:

- Operations (matched by method and path, path parameter names aside): removed, or a changed
  operationId or tag (generated clients name and group functions by them), is breaking.
- Parameters: removed, added as required, made required, or a changed `in`/style is
  breaking; their schemas are compared as request data.
- Request bodies: removed, made required, a removed media type, and anything that makes the
  schema accept less (a new required property, a removed property, a removed enum value or
  oneOf/anyOf variant, a narrowed type, a tighter min/max/length/pattern/format, `nullable`
  dropped, `additionalProperties` closed, a changed default) is breaking.
- Responses: a removed status code (a changed code is a removal plus an addition), a removed
  media type or header, and anything that lets the schema produce what old clients do not
  expect (a removed or no-longer-required property, an added enum value or oneOf/anyOf
  variant, a widened type or limit, `nullable` added) is breaking.
- Components: a removed schema is breaking (generated clients lose the model); removed or
  changed security schemes, and an operation needing a security scheme it did not need, too.
- Everything else (additions, widened requests, narrowed responses, summaries, descriptions,
  examples, links, extensions) is listed as not breaking.

openapi-diff (npm, 0.24.1) was tried first and rejected: it missed a narrowed enum reached
through `oneOf` and a query parameter made required, and prints whole objects instead of
what changed.

Usage:
  python -m tools.contract_diff --base REF [--guard] [--allow-missing-base]
  python -m tools.contract_diff --old FILE [--new FILE] [--guard]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools import spec_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = "generated/openapi.yaml"
# Where the whole contract lived before it was split into files (older refs have only it).
FORMER_SPEC_PATHS = ("openapi/jambonz.yaml",)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_REF = "#/components/schemas/"
REQUEST, RESPONSE = "request", "response"
# Keywords whose changes never break a client; reported as documentation changes.
DOC_KEYWORDS = {"description", "title", "summary", "example", "examples", "externalDocs"}
# Upper limits (a lower value narrows) and lower limits (a higher value narrows).
UPPER = ("maxLength", "maximum", "maxItems", "maxProperties", "exclusiveMaximum")
LOWER = ("minLength", "minimum", "minItems", "minProperties", "exclusiveMinimum")
HANDLED = {
    "$ref",
    "type",
    "nullable",
    "enum",
    "format",
    "pattern",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "default",
    "discriminator",
    "multipleOf",
    "uniqueItems",
    *UPPER,
    *LOWER,
    *DOC_KEYWORDS,
}


@dataclass(frozen=True, order=True)
class Change:
    """One difference: where it is, what it is, and whether it breaks old clients."""

    where: str
    what: str
    breaking: bool


@dataclass
class Report:
    old_version: str
    new_version: str
    changes: dict[Change, set[str]] = field(default_factory=dict)

    def add(self, breaking: bool, where: str, what: str, operation: str | None = None) -> None:
        used_by = self.changes.setdefault(Change(where, what, breaking), set())
        if operation:
            used_by.add(operation)

    @property
    def breaking(self) -> list[Change]:
        return sorted(c for c in self.changes if c.breaking)

    @property
    def compatible(self) -> list[Change]:
        return sorted(c for c in self.changes if not c.breaking)

    def lines(self, old_label: str, new_label: str) -> list[str]:
        out = [
            f"Contract changes: {old_label} (info.version {self.old_version}) -> "
            f"{new_label} (info.version {self.new_version})",
        ]
        if not self.changes:
            return [*out, "", "No changes."]
        for title, changes in (("BREAKING", self.breaking), ("Not breaking", self.compatible)):
            out += ["", f"{title} ({len(changes)})"]
            for change in changes:
                out.append(f"  - {change.where}: {change.what}")
                used_by = sorted(self.changes[change], key=_operation_order)
                if used_by and not change.where.startswith(tuple(m.upper() for m in METHODS)):
                    shown = ", ".join(used_by[:3])
                    more = f" and {len(used_by) - 3} more" if len(used_by) > 3 else ""
                    out.append(f"      used by {shown}{more}")
        return out


def _operation_order(operation: str) -> tuple[str, str]:
    method, _, path = operation.partition(" ")
    return (path, method)


def major(version: str) -> int | None:
    found = re.match(r"\s*v?(\d+)", version)
    return int(found.group(1)) if found else None


def _fmt(value: Any) -> str:
    return repr(value) if not isinstance(value, str) else f"'{value}'"


class Differ:
    """Walks two documents side by side and records every change in a `Report`."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.report = Report(
            str(old.get("info", {}).get("version", "?")),
            str(new.get("info", {}).get("version", "?")),
        )

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _resolve(doc: dict[str, Any], node: Any) -> Any:
        """Follow local `$ref`s (parameters, responses, bodies, headers) to their target."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"cannot resolve $ref {ref}")
            seen.add(ref)
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _add(self, breaking: bool, where: str, what: str, op: str | None) -> None:
        self.report.add(breaking, where, what, op)

    # -- document level --------------------------------------------------------------------

    def run(self) -> Report:
        old_v, new_v = self.report.old_version, self.report.new_version
        if old_v != new_v:
            self._add(False, "info.version", f"{old_v} -> {new_v}", None)
        old_info, new_info = self.old.get("info", {}), self.new.get("info", {})
        for key in sorted((old_info.keys() | new_info.keys()) - {"version"}):
            if old_info.get(key) != new_info.get(key):
                self._add(False, f"info.{key}", "changed", None)
        for key in ("openapi", "tags", "externalDocs"):
            if self.old.get(key) != self.new.get(key):
                self._add(False, key, "changed", None)
        self._servers()
        self._components()
        old_ops, new_ops = dict(self._operations(self.old)), dict(self._operations(self.new))
        for key in sorted(old_ops.keys() - new_ops.keys()):
            path, method, _, _ = old_ops[key]
            self._add(True, f"{method.upper()} {path}", "operation removed", None)
        for key in sorted(new_ops.keys() - old_ops.keys()):
            path, method, _, _ = new_ops[key]
            self._add(False, f"{method.upper()} {path}", "operation added", None)
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self._operation(old_ops[key], new_ops[key])
        return self.report

    def _servers(self) -> None:
        old = {s.get("url") for s in self.old.get("servers", [])}
        new = {s.get("url") for s in self.new.get("servers", [])}
        for url in sorted(old - new, key=str):
            self._add(True, "servers", f"server {_fmt(url)} removed", None)
        for url in sorted(new - old, key=str):
            self._add(False, "servers", f"server {_fmt(url)} added", None)

    def _components(self) -> None:
        old_c, new_c = self.old.get("components", {}), self.new.get("components", {})
        old_s, new_s = old_c.get("schemas", {}), new_c.get("schemas", {})
        for name in sorted(old_s.keys() - new_s.keys()):
            self._add(True, f"schema {name}", "removed (generated clients lose the model)", None)
        for name in sorted(new_s.keys() - old_s.keys()):
            self._add(False, f"schema {name}", "added", None)
        old_sec, new_sec = old_c.get("securitySchemes", {}), new_c.get("securitySchemes", {})
        for name in sorted(old_sec.keys() | new_sec.keys()):
            if name not in new_sec:
                self._add(True, f"security scheme {name}", "removed", None)
            elif name not in old_sec:
                self._add(False, f"security scheme {name}", "added", None)
            elif _strip_docs(old_sec[name]) != _strip_docs(new_sec[name]):
                self._add(True, f"security scheme {name}", "changed", None)

    @staticmethod
    def _operations(
        doc: dict[str, Any],
    ) -> Iterator[tuple[tuple[str, str], tuple[str, str, dict[str, Any], dict[str, Any]]]]:
        for path, item in doc.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    key = (re.sub(r"\{[^}]*\}", "{}", path), method)
                    yield key, (path, method, item, item[method])

    # -- operations ------------------------------------------------------------------------

    def _operation(
        self,
        old: tuple[str, str, dict[str, Any], dict[str, Any]],
        new: tuple[str, str, dict[str, Any], dict[str, Any]],
    ) -> None:
        old_path, method, old_item, old_op = old
        new_path, _, new_item, new_op = new
        op = f"{method.upper()} {new_path}"
        if old_path != new_path:
            self._add(False, op, f"path parameters renamed (was {old_path})", op)
        if old_op.get("operationId") != new_op.get("operationId"):
            what = (
                f"operationId {_fmt(old_op.get('operationId'))} -> "
                f"{_fmt(new_op.get('operationId'))} (renames it in generated clients)"
            )
            self._add(True, op, what, op)
        if old_op.get("tags") != new_op.get("tags"):
            what = (
                f"tags {old_op.get('tags')} -> {new_op.get('tags')} (moves it in generated clients)"
            )
            self._add(True, op, what, op)
        docs = sorted(k for k in ("summary", "description") if old_op.get(k) != new_op.get(k))
        if docs:
            self._add(False, op, f"{' and '.join(docs)} changed", op)
        if not old_op.get("deprecated") and new_op.get("deprecated"):
            self._add(False, op, "deprecated", op)
        self._security(op, old_op, new_op)
        self._parameters(op, old_path, new_path, old_item, old_op, new_item, new_op)
        self._request_body(op, old_op.get("requestBody"), new_op.get("requestBody"))
        self._responses(op, old_op.get("responses", {}), new_op.get("responses", {}))

    def _security(self, op: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        def alternatives(doc: dict[str, Any], operation: dict[str, Any]) -> set[frozenset[str]]:
            requirements = operation.get("security", doc.get("security", []))
            return {frozenset(r) for r in requirements} or {frozenset()}

        def label(schemes: frozenset[str]) -> str:
            return " + ".join(sorted(schemes)) or "no authentication"

        old, new = alternatives(self.old, old_op), alternatives(self.new, new_op)
        for lost in sorted(old - new, key=sorted):
            self._add(True, op, f"security: {label(lost)} no longer accepted", op)
        for gained in sorted(new - old, key=sorted):
            self._add(False, op, f"security: {label(gained)} now accepted", op)

    def _parameters(
        self,
        op: str,
        old_path: str,
        new_path: str,
        old_item: dict[str, Any],
        old_op: dict[str, Any],
        new_item: dict[str, Any],
        new_op: dict[str, Any],
    ) -> None:
        def params(doc: dict[str, Any], item: dict[str, Any], operation: dict[str, Any], path: str):
            order = re.findall(r"\{([^}]*)\}", path)
            found: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
                param = self._resolve(doc, raw)
                name, place = param.get("name", ""), param.get("in", "")
                # Path parameters match by position: renaming one breaks nobody.
                key = (
                    place,
                    f"#{order.index(name)}" if place == "path" and name in order else name,
                )
                found[key] = param
            return found

        old = params(self.old, old_item, old_op, old_path)
        new = params(self.new, new_item, new_op, new_path)
        for key in sorted(old.keys() | new.keys()):
            before, after = old.get(key), new.get(key)
            label = f"{op} {key[0]} parameter {(after or before or {}).get('name')}"
            if after is None:
                self._add(True, label, "removed", op)
                continue
            if before is None:
                required = bool(after.get("required"))
                self._add(required, label, "added (required)" if required else "added", op)
                continue
            if not before.get("required") and after.get("required"):
                self._add(True, label, "became required", op)
            elif before.get("required") and not after.get("required"):
                self._add(False, label, "no longer required", op)
            for keyword in ("style", "explode", "allowReserved"):
                if before.get(keyword) != after.get(keyword):
                    self._add(True, label, f"{keyword} changed", op)
            if before.get("description") != after.get("description"):
                self._add(False, label, "description changed", op)
            self._schema(op, label, before.get("schema"), after.get("schema"), REQUEST)

    def _request_body(self, op: str, old_raw: Any, new_raw: Any) -> None:
        label = f"{op} request body"
        old = self._resolve(self.old, old_raw) if old_raw else None
        new = self._resolve(self.new, new_raw) if new_raw else None
        if old is None and new is None:
            return
        if new is None:
            self._add(True, label, "removed", op)
            return
        if old is None:
            required = bool(new.get("required"))
            self._add(required, label, "added (required)" if required else "added", op)
            return
        if not old.get("required") and new.get("required"):
            self._add(True, label, "became required", op)
        elif old.get("required") and not new.get("required"):
            self._add(False, label, "no longer required", op)
        self._content(op, label, old.get("content", {}), new.get("content", {}), REQUEST)

    def _responses(self, op: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for code in sorted(old.keys() | new.keys()):
            label = f"{op} response {code}"
            if code not in new:
                self._add(True, label, "removed", op)
                continue
            if code not in old:
                self._add(False, label, "added", op)
                continue
            before, after = self._resolve(self.old, old[code]), self._resolve(self.new, new[code])
            if before.get("description") != after.get("description"):
                self._add(False, label, "description changed", op)
            old_h, new_h = before.get("headers", {}), after.get("headers", {})
            for header in sorted(old_h.keys() | new_h.keys()):
                if header not in new_h:
                    self._add(True, label, f"header {header} removed", op)
                elif header not in old_h:
                    self._add(False, label, f"header {header} added", op)
            if before.get("links") != after.get("links"):
                self._add(False, label, "links changed", op)
            old_c, new_c = before.get("content", {}), after.get("content", {})
            if old_c and not new_c:
                self._add(True, label, "body removed", op)
            elif new_c and not old_c:
                self._add(False, label, "body added", op)
            else:
                self._content(op, label, old_c, new_c, RESPONSE)

    def _content(
        self, op: str, label: str, old: dict[str, Any], new: dict[str, Any], direction: str
    ) -> None:
        for media in sorted(old.keys() | new.keys()):
            if media not in new:
                self._add(True, label, f"media type {media} removed", op)
            elif media not in old:
                self._add(False, label, f"media type {media} added", op)
            else:
                before, after = old[media], new[media]
                if any(before.get(k) != after.get(k) for k in ("example", "examples")):
                    self._add(False, label, "examples changed", op)
                where = label if len(new) == 1 else f"{label} ({media})"
                self._schema(op, where, before.get("schema"), after.get("schema"), direction)

    # -- schemas ---------------------------------------------------------------------------

    def _schema(
        self,
        op: str,
        where: str,
        old: Any,
        new: Any,
        direction: str,
        stack: frozenset[tuple[str, str, str]] = frozenset(),
    ) -> None:
        """Compare two schemas used as `direction` data; narrowing breaks requests and
        widening breaks responses."""
        if old is None and new is None:
            return
        if old is None or new is None:
            # No schema means anything: adding one narrows, removing one widens.
            breaking = (new is None) != (direction == REQUEST)
            what = "schema removed" if new is None else "schema added"
            self._add(breaking, _at(where, direction), what, op)
            return
        old_ref = old.get("$ref", "") if isinstance(old, dict) else ""
        new_ref = new.get("$ref", "") if isinstance(new, dict) else ""
        if old_ref or new_ref:
            key = (old_ref, new_ref, direction)
            if key in stack:
                return
            stack = stack | {key}
            if new_ref.startswith(SCHEMA_REF):
                name = new_ref[len(SCHEMA_REF) :]
                if old_ref and old_ref != new_ref:
                    old_name = old_ref.rsplit("/", 1)[-1]
                    self._add(False, _at(where, direction), f"schema {old_name} -> {name}", op)
                where = name
            old, new = self._resolve(self.old, old), self._resolve(self.new, new)
        at = _at(where, direction)
        if not isinstance(old, dict) or not isinstance(new, dict):
            if old != new:
                self._add(True, at, "schema changed", op)
            return
        narrowing, widening = (True, False) if direction == REQUEST else (False, True)

        def narrowed(what: str) -> None:
            self._add(narrowing, at, what, op)

        def widened(what: str) -> None:
            self._add(widening, at, what, op)

        self._types(old, new, narrowed, widened)
        old_null, new_null = self._nullable(self.old, old), self._nullable(self.new, new)
        if not old_null and new_null:
            widened("now nullable")
        elif old_null and not new_null:
            narrowed("no longer nullable")
        self._enum(old, new, narrowed, widened)
        self._limits(old, new, narrowed, widened)
        for keyword in ("format", "pattern"):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if before is None:
                narrowed(f"{keyword} {_fmt(after)} added")
            elif after is None:
                widened(f"{keyword} {_fmt(before)} removed")
            else:
                self._add(True, at, f"{keyword} {_fmt(before)} -> {_fmt(after)}", op)
        if old.get("default") != new.get("default"):
            what = f"default {_fmt(old.get('default'))} -> {_fmt(new.get('default'))}"
            self._add(direction == REQUEST and "default" in old, at, what, op)
        for keyword in ("discriminator", "multipleOf", "uniqueItems", "not"):
            if old.get(keyword) != new.get(keyword):
                self._add(True, at, f"{keyword} changed", op)
        docs = sorted(k for k in DOC_KEYWORDS if old.get(k) != new.get(k))
        if docs:
            self._add(False, at, f"{' and '.join(docs)} changed", op)
        extra = sorted(k for k in (old.keys() | new.keys()) - HANDLED if old.get(k) != new.get(k))
        if extra:
            self._add(False, at, f"{', '.join(extra)} changed", op)
        self._object(op, where, old, new, direction, stack)
        if "items" in old or "items" in new:
            self._schema(op, f"{where}[]", old.get("items"), new.get("items"), direction, stack)
        for keyword in ("allOf", "oneOf", "anyOf"):
            self._composition(op, where, keyword, old, new, direction, stack)

    def _nullable(self, doc: Any, schema: dict) -> bool:
        """True when the schema admits null: `nullable`, or a oneOf/anyOf variant that is
        the JSON null (the contract's `NullValue`)."""
        if schema.get("nullable"):
            return True
        for key in ("oneOf", "anyOf"):
            for variant in schema.get(key) or []:
                resolved = self._resolve(doc, variant)
                if isinstance(resolved, dict) and resolved.get("enum") == [None]:
                    return True
        return False

    @staticmethod
    def _types(old: dict[str, Any], new: dict[str, Any], narrowed: Any, widened: Any) -> None:
        def types(schema: dict[str, Any]) -> set[str] | None:
            found = schema.get("type")
            if found is None:
                return None
            found = {found} if isinstance(found, str) else set(found)
            return found | {"integer"} if "number" in found else found

        before, after = types(old), types(new)
        if before == after:
            return
        what = f"type {old.get('type', 'any')} -> {new.get('type', 'any')}"
        if after is None or (before is not None and before < after):
            widened(what)
        elif before is None or after < before:
            narrowed(what)
        else:
            narrowed(what)
            widened(what)

    @staticmethod
    def _enum(old: dict[str, Any], new: dict[str, Any], narrowed: Any, widened: Any) -> None:
        before, after = old.get("enum"), new.get("enum")
        if before == after:
            return
        if before is None:
            narrowed(f"enum {after} added")
            return
        if after is None:
            widened(f"enum {before} removed")
            return
        for value in [v for v in before if v not in after]:
            narrowed(f"enum value {_fmt(value)} removed")
        for value in [v for v in after if v not in before]:
            widened(f"enum value {_fmt(value)} added")

    @staticmethod
    def _limits(old: dict[str, Any], new: dict[str, Any], narrowed: Any, widened: Any) -> None:
        for keyword in (*UPPER, *LOWER):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            what = f"{keyword} {before} -> {after}"
            if isinstance(before, bool) or isinstance(after, bool):  # 3.0 exclusiveMaximum: true
                narrowed(what) if after else widened(what)
                continue
            tighter = before is None or (
                after is not None and (after < before if keyword in UPPER else after > before)
            )
            narrowed(what) if tighter else widened(what)

    def _object(
        self,
        op: str,
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: str,
        stack: frozenset[tuple[str, str, str]],
    ) -> None:
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        request = direction == REQUEST
        for name in sorted(old_props.keys() | new_props.keys() | old_req | new_req):
            label = f"{where}.{name}"
            at = _at(label, direction)
            if name in old_props and name not in new_props:
                self._add(True, at, "property removed", op)
            elif name in new_props and name not in old_props:
                required = name in new_req
                what = "property added (required)" if required else "property added"
                self._add(request and required, at, what, op)
            elif name in new_req and name not in old_req:
                self._add(request, at, "became required", op)
            elif name in old_req and name not in new_req:
                self._add(not request, at, "no longer required", op)
            if name in old_props and name in new_props:
                self._schema(op, label, old_props[name], new_props[name], direction, stack)
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if before == after:
            return
        if isinstance(before, dict) and isinstance(after, dict):
            self._schema(op, f"{where}{{*}}", before, after, direction, stack)
        elif after is False:
            self._add(request, _at(where, direction), "additionalProperties closed", op)
        elif before is False:
            self._add(False, _at(where, direction), "additionalProperties opened", op)
        else:
            self._add(request, _at(where, direction), "additionalProperties changed", op)

    def _composition(
        self,
        op: str,
        where: str,
        keyword: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: str,
        stack: frozenset[tuple[str, str, str]],
    ) -> None:
        def keyed(items: list[Any]) -> dict[str, Any]:
            return {
                (item["$ref"].rsplit("/", 1)[-1] if "$ref" in item else f"#{i + 1}"): item
                for i, item in enumerate(items)
            }

        before, after = keyed(old.get(keyword, [])), keyed(new.get(keyword, []))
        request = direction == REQUEST
        # More allOf members narrow; more oneOf/anyOf variants widen.
        adding_narrows = keyword == "allOf"
        for key in before.keys() - after.keys():
            what = f"{keyword} member {key} removed"
            self._add(request != adding_narrows, _at(where, direction), what, op)
        for key in after.keys() - before.keys():
            what = f"{keyword} member {key} added"
            self._add(request == adding_narrows, _at(where, direction), what, op)
        for key in sorted(before.keys() & after.keys()):
            label = where if len(after) == 1 else f"{where} ({keyword} {key})"
            self._schema(op, label, before[key], after[key], direction, stack)


def _at(where: str, direction: str) -> str:
    """Label a place inside a named schema with how it is used (operation labels say it)."""
    if where.split(" ", 1)[0].lower() in METHODS:
        return where
    return f"{where} (in {direction}s)"


def _strip_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_docs(v) for k, v in node.items() if k not in DOC_KEYWORDS}
    return node


def diff(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """Every change from `old` to `new`, classified."""
    return Differ(old, new).run()


def guard(report: Report) -> tuple[bool, str]:
    """Whether the change may go in: no breaking change, or the major version was raised."""
    if not report.breaking:
        return True, "no breaking changes"
    old, new = major(report.old_version), major(report.new_version)
    count = len(report.breaking)
    if old is not None and new is not None and new > old:
        return True, (
            f"{count} breaking change(s), accepted: info.version's major part was raised "
            f"({report.old_version} -> {report.new_version})"
        )
    return False, (
        f"{count} breaking change(s), but info.version's major part was not raised "
        f"({report.old_version} -> {report.new_version}): undo them, or raise the major "
        "version in openapi/openapi.yaml"
    )


def _git_show(ref: str) -> str | None:
    """The contract at `ref`, or None when the ref or the file does not exist there."""
    for path in (SPEC_PATH, *FORMER_SPEC_PATHS):
        done = subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True
        )
        if done.returncode == 0:
            return done.stdout
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--base", help="git ref whose bundled contract is the old one")
    source.add_argument("--old", type=Path, help="file with the old contract")
    parser.add_argument("--new", type=Path, default=ROOT / SPEC_PATH, help="the new contract")
    parser.add_argument("--guard", action="store_true", help="fail on unversioned breakage")
    parser.add_argument(
        "--allow-missing-base", action="store_true", help="pass when the base has no contract"
    )
    args = parser.parse_args(argv)
    if args.base:
        text = _git_show(args.base)
        if text is None:
            print(f"contract diff: no {SPEC_PATH} at {args.base}")
            return 0 if args.allow_missing_base else 2
        old_label = args.base
    else:
        text, old_label = args.old.read_text(), str(args.old)
    new_label = "working tree" if args.new == ROOT / SPEC_PATH else str(args.new)
    report = diff(spec_yaml.load(text), spec_yaml.load(args.new.read_text()))
    print("\n".join(report.lines(old_label, new_label)))
    if not args.guard:
        return 0
    ok, why = guard(report)
    print(f"\ncontract guard: {why}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
