"""How an API key's token is kept in jambonz's `api_keys.token` column (CHAR(36)).

jambonz keeps the token itself there, a UUID. This server never stores a token it makes:
the column holds a hashed form of the same width, so that the table keeps jambonz's shape
and a database shared with jambonz's components needs no change:

- `#` + the first 31 hex digits of the token's SHA-256 + the token's last 4 characters
  (what a key list shows of it), for a token of 16 characters or more;
- `=` + the first 35 hex digits of the SHA-256, for a shorter one (its last 4 characters
  would give too much of it away), and for the keys made before this server kept them.

Neither form is shaped like a UUID, so a stored form can never be presented as a token
and match: a token that jambonz's api-server stored as it is (a UUID) is matched as it
is, and only a UUID-shaped token is looked up that way. 31 hex digits are 124 bits: a
token of 122 random bits is not found from its stored form.
"""

from __future__ import annotations

import hashlib
import re

HASHED_WITH_TAIL = "#"
HASHED = "="
TAIL = 4
# A shorter token's last characters would give away too much of it.
MIN_TAILED_LENGTH = 16
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def stored_form(token: str) -> str:
    """What the column holds for a key this server makes (36 characters)."""
    digest = _digest(token)
    if len(token) >= MIN_TAILED_LENGTH:
        return HASHED_WITH_TAIL + digest[:31] + token[-TAIL:]
    return HASHED + digest[:35]


def stored_form_of_digest(sha256_hex: str, last4: str | None) -> str:
    """The stored form of a token known only by its SHA-256 and, maybe, its last 4
    characters (the keys of this server's stores before migration 0016)."""
    if last4 and len(last4) == TAIL:
        return HASHED_WITH_TAIL + sha256_hex[:31] + last4
    return HASHED + sha256_hex[:35]


def is_jambonz_plain(token: str) -> bool:
    """Whether a token has the form jambonz keeps as it is (a UUID)."""
    return _UUID.fullmatch(token) is not None


def lookup_forms(token: str) -> tuple[str, ...]:
    """The column values a presented token matches: its hashed forms, and itself when it
    is shaped as jambonz's tokens are (a key that jambonz's api-server made)."""
    digest = _digest(token)
    forms = [HASHED + digest[:35]]
    # Any length: a key migrated from an older store keeps its tail whatever its length.
    if len(token) >= TAIL:
        forms.insert(0, HASHED_WITH_TAIL + digest[:31] + token[-TAIL:])
    if is_jambonz_plain(token):
        forms.append(token)
    return tuple(forms)


def visible_tail(stored: str) -> str:
    """The last characters of the token that a key list may show ('' when none)."""
    if stored.startswith(HASHED):
        return ""
    return stored[-TAIL:]
