"""Read the contract's YAML the way a JSON-minded client generator sees it."""

from __future__ import annotations

from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp rule: an unquoted `2024-05-01` stays a string, so the
    document always round-trips through JSON."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> dict[str, Any]:
    """Parse one OpenAPI document."""
    doc = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass
    if not isinstance(doc, dict):
        raise ValueError("not an OpenAPI document (the top level is not a mapping)")
    return doc
