"""Bundle the contract's files into the one document the tools read.

The contract is written as several files under `openapi/` (see `openapi/README.md`):

- `openapi.yaml`: the root (`info`, `servers`, `security`, `tags`);
- `components.yaml`: the components several tags share;
- `paths/<tag>.yaml`: the paths of one tag (`paths:`);
- `schemas/<tag>.yaml`: the components only that tag uses (`components:`).

Every `$ref` is written as it reads in the bundled whole (`#/components/schemas/Account`),
so bundling is a merge: the root, then the shared components, then each tag's files in
the order of the root's `tags`. A key defined twice, a fragment of a tag the root does not
list, or a path whose operations carry another tag stops the bundle with the file named.

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
    return (
        f"{path.parent.parent.name}/{path.parent.name}/{path.name}"
        if path.parent.name
        in (
            "paths",
            "schemas",
        )
        else f"{path.parent.name}/{path.name}"
    )


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


def bundle(source_dir: Path = SOURCE_DIR) -> dict[str, Any]:
    """The whole contract as one document (a dict), from the files under `source_dir`."""
    doc = _load(source_dir / "openapi.yaml")
    if "paths" in doc or "components" in doc:
        raise BundleError("openapi/openapi.yaml: paths and components live in their own files")
    tags = [tag["name"] for tag in doc.get("tags", [])]
    files = {tag_file(tag): tag for tag in tags}
    for folder in ("paths", "schemas"):
        for path in sorted((source_dir / folder).glob("*.yaml")):
            if path.name not in files:
                raise BundleError(f"{_shown(path)}: no tag in openapi/openapi.yaml is named for it")
    paths: dict[str, Any] = {}
    components: dict[str, Any] = {}
    shared = source_dir / "components.yaml"
    _merge_components(components, _load(shared), shared)
    for tag in tags:
        paths_file = source_dir / "paths" / tag_file(tag)
        if paths_file.exists():
            _merge_paths(paths, _load(paths_file), paths_file, tag)
        schemas_file = source_dir / "schemas" / tag_file(tag)
        if schemas_file.exists():
            _merge_components(components, _load(schemas_file), schemas_file)
    doc["paths"] = paths
    doc["components"] = {s: components[s] for s in COMPONENT_SECTIONS if s in components}
    return doc


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
