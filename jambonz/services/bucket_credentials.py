"""An account's recording storage credential (`bucket_credential`).

Stored as JSON text in `accounts.bucket_credential`, keeping only the properties the
vendor uses (as jambonz does). Read back with its secrets obscured the way jambonz
obscures them, so a key that may read an account never sees the storage secrets in full.
A client that sends back what it read (an obscured secret) keeps the stored secret, as in
jambonz; otherwise such a round trip would overwrite the real secret with `XXXX`.
"""

from __future__ import annotations

import json
from typing import Any

from generated.models import BucketCredential
from jambonz.errors import Unprocessable

# vendor -> (required properties, optional properties); `none` removes the credential.
VENDOR_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "aws_s3": (("name", "region", "access_key_id", "secret_access_key"), ("tags",)),
    "s3_compatible": (("name", "endpoint", "access_key_id", "secret_access_key"), ("tags",)),
    "google": (("service_key",), ("name", "tags")),
    "azure": (("name", "connection_string"), ("tags",)),
}
SPOILER_LENGTH = 6
PRIVATE_KEY_HEADER = "-----BEGIN PRIVATE KEY-----\n"
SECRET_FIELDS = frozenset({"secret_access_key", "connection_string", "service_key"})


def obscure_key(value: str, keep: int = SPOILER_LENGTH) -> str:
    """jambonz's obscureKey: the first `keep` characters, then one `X` per character."""
    if len(value) <= keep:
        return value
    return value[:keep] + "X" * (len(value) - keep)


def is_secret(name: str) -> bool:
    lowered = name.lower()
    return name in SECRET_FIELDS or "secret" in lowered or "password" in lowered


def _obscure_service_key(value: str) -> str:
    """A Google service key is JSON: only its `private_key` is obscured (after the PEM
    header line), as jambonz does; a value that is not such JSON is obscured whole."""
    try:
        parsed = json.loads(value)
    except ValueError:
        return obscure_key(value)
    if not isinstance(parsed, dict) or not isinstance(parsed.get("private_key"), str):
        return obscure_key(value)
    key = parsed["private_key"]
    header = PRIVATE_KEY_HEADER if key.startswith(PRIVATE_KEY_HEADER) else ""
    parsed["private_key"] = header + obscure_key(key[len(header) :])
    # Compact and unescaped: never longer than the stored text it came from.
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))


def obscured(stored: dict[str, Any]) -> dict[str, Any]:
    """The credential with every secret value obscured."""
    result = dict(stored)
    for name, value in stored.items():
        if not isinstance(value, str):
            continue
        if name == "service_key":
            result[name] = _obscure_service_key(value)
        elif is_secret(name):
            result[name] = obscure_key(value)
    return result


def load(text: str | None) -> dict[str, Any] | None:
    """The stored credential as a dict (None when unset or unreadable)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("vendor") in VENDOR_FIELDS else None


def read(text: str | None) -> BucketCredential | None:
    """The credential as clients read it: secrets obscured."""
    stored = load(text)
    if stored is None:
        return None
    return BucketCredential.model_validate(obscured(stored))


def to_column(value: BucketCredential | None, current_text: str | None) -> str | None:
    """The column value for a credential a client sent (None removes it).

    422 names the first property the vendor needs that is missing or empty. A secret equal
    to the obscured form of the stored one (same vendor) keeps the stored secret.
    """
    if value is None or value.vendor == "none":
        return None
    sent = value.model_dump(exclude_none=True)
    required, optional = VENDOR_FIELDS[value.vendor]
    for name in required:
        if not sent.get(name):
            raise Unprocessable(f"bucket_credential.{name} is required for vendor {value.vendor}")
    kept: dict[str, Any] = {"vendor": value.vendor}
    kept.update({name: sent[name] for name in required + optional if name in sent})
    current = load(current_text)
    if current is not None and current["vendor"] == value.vendor:
        hidden = obscured(current)
        for name, given in kept.items():
            if is_secret(name) and name in current and given == hidden.get(name):
                kept[name] = current[name]
    return json.dumps(kept, separators=(",", ":"))
