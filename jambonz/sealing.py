"""Secrets sealed at rest: AES-256-GCM under a key derived from one server secret.

What a tenant hands over so that the platform can act in its name (a speech vendor's API
key, a Google service account key) must be readable by the server but never sit in the
database as plain text: a database dump or backup alone then reveals nothing.

- The key is HKDF-SHA256 of `JAMBONZ_ENCRYPTION_SECRET`, so any text of any length makes a
  full-strength 256-bit key and the secret itself is never used as a key.
- Every value gets a fresh random 96-bit nonce (jambonz reuses one IV per process).
- GCM authenticates: a changed byte, or a value moved to another row, does not decrypt.
  The row's sid is bound in as associated data (`context`), so a sealed value copied into
  another row is refused rather than read as that row's.
- The stored text is `v1.` and the URL-safe base64 of nonce, ciphertext and tag, so a
  later scheme can be told apart.

Without `JAMBONZ_ENCRYPTION_SECRET` the server uses a built-in development secret, which
is public (it is in this file): fine on a laptop, worthless in production. The server logs
a warning at every start while it does so. Changing the secret makes what was sealed with
the old one unreadable (`Unsealable`); the services then read such a value as absent.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger("jambonz.sealing")

DEVELOPMENT_SECRET = "jambonz-api development secret: set JAMBONZ_ENCRYPTION_SECRET"
PREFIX = "v1."
NONCE_BYTES = 12
_INFO = b"jambonz-api sealed secrets v1"


class Unsealable(Exception):
    """The value was not sealed with this server's secret, or was altered."""


def derive_key(secret: str) -> bytes:
    """The AES-256 key for a secret (HKDF-SHA256; deterministic, so every process agrees)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(
        secret.encode("utf-8")
    )


class Sealer:
    """Seals and opens text with one key. Cheap to call: no I/O, microseconds per value."""

    def __init__(self, secret: str) -> None:
        self._aead = AESGCM(derive_key(secret))

    @classmethod
    def from_secret(cls, secret: str | None) -> Sealer:
        """The sealer for the configured secret, or for the development secret (logged)."""
        if not secret:
            log.warning(
                "JAMBONZ_ENCRYPTION_SECRET is not set: secrets at rest (speech credentials) "
                "are sealed with the built-in development secret, which is public. Set "
                "JAMBONZ_ENCRYPTION_SECRET to a long random value before storing real ones."
            )
            secret = DEVELOPMENT_SECRET
        return cls(secret)

    def seal(self, plaintext: str, context: str) -> str:
        """The stored form of `plaintext`, bound to `context` (the owning row's sid)."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, stored: str, context: str) -> str:
        """The plaintext of a stored value sealed for `context`; `Unsealable` otherwise."""
        if not stored.startswith(PREFIX):
            raise Unsealable("not a sealed value")
        try:
            raw = base64.urlsafe_b64decode(stored[len(PREFIX) :].encode("ascii"))
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise Unsealable("not a sealed value") from exc
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        try:
            plain = self._aead.decrypt(nonce, sealed, context.encode("utf-8"))
        except (InvalidTag, ValueError) as exc:
            raise Unsealable("sealed with another secret, for another row, or altered") from exc
        return plain.decode("utf-8")
