"""Secrets sealed at rest: AES-256-GCM under keys derived from the server's secrets.

What a tenant hands over so that the platform can act in its name (a speech vendor's API
key, a carrier's SIP password, a webhook's basic-auth password, an account's webhook
signing secret) must be readable by the server but never sit in the database as plain
text: a database dump or backup alone then reveals nothing.

- Each key is HKDF-SHA256 of a secret, so any text of any length makes a full-strength
  256-bit key and the secret itself is never used as a key.
- Every value gets a fresh random 96-bit nonce (jambonz reuses one IV per process).
- GCM authenticates: a changed byte, or a value moved elsewhere, does not decrypt. The
  `context` is bound in as associated data: a row's sid (speech credentials) or the
  column's name (`voip_carriers.register_password`, jambonz/db/sealed.py), so a sealed
  value copied into another row or column is refused rather than read as its own.
- A sealer is a keyring: it seals with its first (current) secret and opens with any of
  them, so a key can be rotated while servers run (`jambonz-api rotate-encryption-key`).
  The stored text is `v2.<kid>.` and the URL-safe base64 of nonce, ciphertext and tag;
  `kid` is 8 hex digits of a hash of the key (it tells which key opens it, and reveals
  nothing of it). The older `v1.` values (no key id) are still opened, by trying each key.

Where the secrets come from (the environment, a key file made 0600 on first start) is
jambonz/keyring.py. The development secret below is public: a keyring always holds it as a
last key to open old `v1.` values sealed with it before key files existed (the migration
and a rotation re-seal them), and seals with it only when no key could be had at all.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger("jambonz.sealing")

DEVELOPMENT_SECRET = "jambonz-api development secret: set JAMBONZ_ENCRYPTION_SECRET"
PREFIX = "v2."
LEGACY_PREFIX = "v1."
NONCE_BYTES = 12
_INFO = b"jambonz-api sealed secrets v1"
# An unknown key id makes the sealer re-read its key source at most this often (seconds).
_RELOAD_INTERVAL = 1.0


class Unsealable(Exception):
    """The value was not sealed with any of this server's secrets, or was altered."""


def derive_key(secret: str) -> bytes:
    """The AES-256 key for a secret (HKDF-SHA256; deterministic, so every process agrees)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(
        secret.encode("utf-8")
    )


def key_id(secret: str) -> str:
    """The public name of a secret's key: 8 hex digits of a hash of the derived key."""
    return hashlib.sha256(b"jambonz-api key id:" + derive_key(secret)).hexdigest()[:8]


def is_sealed(stored: str) -> bool:
    """Whether a stored value has the form of a sealed one (either version)."""
    return stored.startswith((PREFIX, LEGACY_PREFIX))


class Seals(Protocol):
    """What seals and opens a secret bound to a context: a `Sealer`, or on MySQL the
    cipher of jambonz's own format (jambonz/jambonz_cipher.py)."""

    def seal(self, plaintext: str, context: str) -> str: ...

    def open(self, stored: str, context: str) -> str: ...


class Sealer:
    """Seals with the first secret, opens with any. Cheap: no I/O, microseconds per value.

    `reload`, when given, returns the current list of secrets (the key file's): it is called
    when a value names a key this sealer lacks, so a server keeps reading what a rotation
    made while it ran."""

    def __init__(
        self,
        secret: str,
        *older: str,
        reload: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        self._reload = reload
        self._reloaded_at = 0.0
        self._lock = threading.Lock()
        self._load([secret, *older])

    def _load(self, secrets: Sequence[str]) -> None:
        ordered = list(dict.fromkeys([*secrets, DEVELOPMENT_SECRET]))
        keys = [(key_id(s), AESGCM(derive_key(s))) for s in ordered]
        self.current_kid = keys[0][0]
        self._current = keys[0][1]
        self._keys = dict(keys)
        self._all = [aead for _, aead in keys]
        self.secrets = tuple(ordered)

    @classmethod
    def from_secret(cls, secret: str | None) -> Sealer:
        """The sealer for one secret, or for the development secret (logged)."""
        if not secret:
            log.warning(
                "no encryption secret: secrets at rest are sealed with the built-in "
                "development secret, which is public. Set JAMBONZ_ENCRYPTION_SECRET or "
                "JAMBONZ_ENCRYPTION_KEY_FILE before storing real ones."
            )
            secret = DEVELOPMENT_SECRET
        return cls(secret)

    @property
    def uses_development_secret(self) -> bool:
        return self.secrets[0] == DEVELOPMENT_SECRET

    def seal(self, plaintext: str, context: str) -> str:
        """The stored form of `plaintext`, bound to `context` (a row's sid, a column)."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._current.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current_kid}.{body}"

    def open(self, stored: str, context: str) -> str:
        """The plaintext of a stored value sealed for `context`; `Unsealable` otherwise."""
        if stored.startswith(PREFIX):
            kid, _, body = stored[len(PREFIX) :].partition(".")
            aead = self._keys.get(kid)
            if aead is None and self._reload_keys():
                aead = self._keys.get(kid)
            if aead is None:
                raise Unsealable("sealed with a key this server does not have")
            return _decrypt([aead], body, context)
        if stored.startswith(LEGACY_PREFIX):
            return _decrypt(self._all, stored[len(LEGACY_PREFIX) :], context)
        raise Unsealable("not a sealed value")

    def opens_with_current(self, stored: str) -> bool:
        """Whether `stored` is already sealed with the current key (a rotation skips it)."""
        return stored.startswith(f"{PREFIX}{self.current_kid}.")

    def _reload_keys(self) -> bool:
        if self._reload is None:
            return False
        with self._lock:
            now = time.monotonic()
            if now - self._reloaded_at < _RELOAD_INTERVAL:
                return False
            self._reloaded_at = now
            try:
                secrets = list(self._reload())
            except OSError as exc:
                log.warning("could not re-read the encryption keys: %s", exc)
                return False
            if not secrets:
                return False
            # The current key stays: this process keeps sealing with the key it started
            # with, which the rotated key file still lists.
            self._load([self.secrets[0], *secrets])
            log.info("re-read the encryption keys: a value named a key added since the start")
            return True


def _decrypt(candidates: Sequence[AESGCM], body: str, context: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(body.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise Unsealable("not a sealed value") from exc
    nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    for aead in candidates:
        try:
            plain = aead.decrypt(nonce, sealed, context.encode("utf-8"))
        except (InvalidTag, ValueError):
            continue
        return plain.decode("utf-8")
    raise Unsealable("sealed with another secret, for another row, or altered")


def seal_legacy(secret: str, plaintext: str, context: str) -> str:
    """A value in the `v1.` form (no key id), which the code before key ids reads: only
    for the downgrade of migration 0014."""
    nonce = os.urandom(NONCE_BYTES)
    aead = AESGCM(derive_key(secret))
    sealed = aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
    return LEGACY_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


# -- the process-wide sealer of the sealed columns (jambonz/db/sealed.py) ----------------

_installed: Sealer | None = None


def install(sealer: Sealer) -> None:
    """Make `sealer` the one the database's sealed columns use (Core does, at start)."""
    global _installed
    _installed = sealer


def installed() -> Sealer:
    """The sealer of the sealed columns; an error when none was installed, rather than a
    silent fallback that would seal real secrets with a public key."""
    if _installed is None:
        raise RuntimeError(
            "no encryption keys loaded: build a jambonz.runtime.Core, or call "
            "jambonz.sealing.install(jambonz.keyring.sealer_for(settings)) first"
        )
    return _installed
