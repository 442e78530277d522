"""Bundle the contract's files into the one document the tools read.

The contract is written as several files under `openapi/` (see `openapi/README.md`):

- `openapi.yaml`: the root (`info`, `servers`, `security`, `tags`, the security schemes)
  and `paths`, where each path is a `$ref` into its tag's file;
- `components/shared.yaml`: the components several tags share;
- `paths/<tag>.yaml`: the paths of one tag (`paths:`);
- `schemas/<tag>.yaml`: the components only that tag uses (`components:`).

The root is a valid OpenAPI document on its own (a validator or an editor follows its
references across the files). Every file keeps the bundled document's layout, so a
reference into another file (`../components/shared.yaml#/components/schemas/Sid`) is
`#/components/schemas/Sid` in the bundle, and bundling is a merge: the root's security
schemes, the shared components, then each tag's files in the order of the root's `tags`,
with the paths in the root's order. A key defined twice, a fragment of a tag the root does
not list, a path whose operations carry another tag, or a path the root lists differently
from its file (or not at all) stops the bundle with the file named.

`python -m tools.bundle_spec` writes `generated/openapi.yaml`; `--check` fails when that
file differs from what the sources bundle to (`make check-generated`).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from tools import spec_yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "openapi"
BUNDLE = ROOT / "generated" / "openapi.yaml"
COMPONENT_SECTIONS = ("securitySchemes", "parameters", "responses", "examples", "schemas")
HEADER = (
    "# Bundled from openapi/ by `make bundle` (tools/bundle_spec.py). Do not edit: edit the\n"
    "# files under openapi/ and bundle again.\n"
)


class BundleError(Exception):
    """The sources do not make one consistent document."""


def tag_file(tag: str) -> str:
    """`ServiceProviders` -> `service_providers.yaml`."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", tag).lower() + ".yaml"


def _shown(path: Path) -> str:
    """A source file's name as an error message gives it: `openapi/paths/accounts.yaml`."""
    if path.parent.name in ("paths", "schemas", "components"):
        return f"{path.parent.parent.name}/{path.parent.name}/{path.name}"
    return f"{path.parent.name}/{path.name}"


def _load(path: Path) -> dict[str, Any]:
    try:
        return spec_yaml.load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, ValueError) as exc:
        raise BundleError(f"{_shown(path)}: {exc}") from exc


def _merge_components(into: dict[str, Any], fragment: dict[str, Any], path: Path) -> None:
    extra = set(fragment) - {"components"}
    if extra:
        raise BundleError(f"{_shown(path)}: only `components` belongs here, not {extra}")
    for section, entries in (fragment.get("components") or {}).items():
        if section not in COMPONENT_SECTIONS:
            raise BundleError(f"{_shown(path)}: unknown components section {section}")
        target = into.setdefault(section, {})
        for name, value in entries.items():
            if name in target:
                raise BundleError(f"{_shown(path)}: {section}/{name} is defined twice")
            target[name] = value


def _merge_paths(into: dict[str, Any], fragment: dict[str, Any], path: Path, tag: str) -> None:
    extra = set(fragment) - {"paths"}
    if extra:
        raise BundleError(f"{_shown(path)}: only `paths` belongs here, not {extra}")
    for route, item in (fragment.get("paths") or {}).items():
        if route in into:
            raise BundleError(f"{_shown(path)}: path {route} is defined twice")
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("tags", [tag]) != [tag]:
                raise BundleError(
                    f"{_shown(path)}: {method.upper()} {route} is tagged "
                    f"{operation.get('tags')}, not [{tag}]"
                )
        into[route] = item


def _pointer(route: str) -> str:
    """A path's JSON pointer segment: `/Accounts/{AccountSid}` -> `~1Accounts~1{AccountSid}`."""
    return route.replace("~", "~0").replace("/", "~1")


def _local(node: Any, where: str) -> Any:
    """The node with every reference into another source file made internal: the files
    keep the bundled document's layout, so `../components/shared.yaml#/components/schemas/Sid`
    is `#/components/schemas/Sid` once they are one document."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                target = value.partition("#")[2]
                if not target.startswith("/components/"):
                    raise BundleError(f"{where}: $ref {value} does not point into components")
                value = "#" + target
            out[key] = _local(value, where)
        return out
    if isinstance(node, list):
        return [_local(value, where) for value in node]
    return node


def bundle(source_dir: Path = SOURCE_DIR) -> dict[str, Any]:
    """The whole contract as one document (a dict), from the files under `source_dir`."""
    root = source_dir / "openapi.yaml"
    doc = _load(root)
    listed = doc.pop("paths", None) or {}
    root_components = doc.pop("components", None) or {}
    if set(root_components) - {"securitySchemes"}:
        raise BundleError(
            "openapi/openapi.yaml: its components hold only securitySchemes; the others live "
            "in components/shared.yaml and schemas/<tag>.yaml"
        )
    tags = [tag["name"] for tag in doc.get("tags", [])]
    files = {tag_file(tag): tag for tag in tags}
    for folder in ("paths", "schemas"):
        for path in sorted((source_dir / folder).glob("*.yaml")):
            if path.name not in files:
                raise BundleError(f"{_shown(path)}: no tag in openapi/openapi.yaml is named for it")
    components: dict[str, Any] = {}
    _merge_components(components, {"components": root_components}, root)
    shared = source_dir / "components" / "shared.yaml"
    _merge_components(components, _load(shared), shared)
    defined: dict[str, Any] = {}
    tag_of: dict[str, str] = {}
    for tag in tags:
        paths_file = source_dir / "paths" / tag_file(tag)
        if paths_file.exists():
            before = set(defined)
            _merge_paths(defined, _load(paths_file), paths_file, tag)
            tag_of.update({route: tag for route in set(defined) - before})
        schemas_file = source_dir / "schemas" / tag_file(tag)
        if schemas_file.exists():
            _merge_components(components, _load(schemas_file), schemas_file)
    paths: dict[str, Any] = {}
    for route, item in listed.items():
        if route not in defined:
            raise BundleError(f"openapi/openapi.yaml: {route} is listed, but no paths file has it")
        expected = f"paths/{tag_file(tag_of[route])}#/paths/{_pointer(route)}"
        if item != {"$ref": expected}:
            raise BundleError(f'openapi/openapi.yaml: {route} must read `$ref: "{expected}"`')
        paths[route] = defined[route]
    if unlisted := [route for route in defined if route not in listed]:
        raise BundleError(f"openapi/openapi.yaml: paths not listed under `paths`: {unlisted}")
    doc["paths"] = paths
    doc["components"] = {s: components[s] for s in COMPONENT_SECTIONS if s in components}
    return _local(doc, "openapi/")


class _Dumper(yaml.SafeDumper):
    """Block style, literal `|` for multi-line text, keys in their written order."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not value.endswith(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def render(doc: dict[str, Any]) -> str:
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.bundle_spec",
        description="Bundle openapi/ into generated/openapi.yaml, or check that it is current.",
    )
    parser.add_argument(
        "--check", action="store_true", help="fail when generated/openapi.yaml is out of date"
    )
    args = parser.parse_args(argv)
    try:
        text = render(bundle())
    except BundleError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    current = BUNDLE.read_text(encoding="utf-8") if BUNDLE.exists() else None
    if args.check:
        if current != text:
            print(
                "generated/openapi.yaml is out of date with openapi/: run 'make bundle' and commit",
                file=sys.stderr,
            )
            return 1
        print("generated/openapi.yaml matches openapi/")
        return 0
    if current != text:
        BUNDLE.write_text(text, encoding="utf-8")
        print(f"bundled {len(text.splitlines())} lines into generated/openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
