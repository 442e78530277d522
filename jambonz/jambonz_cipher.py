"""jambonz's own encryption of the secrets its feature servers and SBCs decrypt.

In a jambonz cluster the api-server encrypts four kinds of secret before it writes them to
MySQL, and the cluster's other components decrypt them from the same rows: a speech
vendor's credential (`speech_credentials.credential`), a SIP client's password
(`clients.password`), an application's environment (`applications.env_vars`) and an
account's recording bucket (`accounts.bucket_credential`). Their format is jambonz's:
the JSON text `{"iv":"<hex>","content":"<hex>"}`, AES-256-CBC with PKCS#7 padding, under the
key made of the first 32 characters of the base64 of SHA-256 of the cluster's
`ENCRYPTION_SECRET`.

So on MySQL this server writes those values in that format, with its current secret
(`JAMBONZ_ENCRYPTION_SECRET`, which an operator sets to the cluster's `ENCRYPTION_SECRET`):
what it writes, jambonz's components decrypt, and what jambonz wrote, it reads. Each value
gets a fresh random IV (jambonz draws one per process; its decryption reads the IV from
the value, so either works). The format has no authentication, which is why this server's
own sealing (jambonz/sealing.py: AES-GCM bound to the row) keeps every other secret and
every store but MySQL.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from jambonz import sealing
from jambonz.sealing import Sealer, Unsealable, is_sealed

IV_BYTES = 16


def jambonz_key(secret: str) -> bytes:
    """The AES-256 key jambonz derives from its ENCRYPTION_SECRET."""
    return base64.b64encode(hashlib.sha256(secret.encode("utf-8")).digest())[:32]


def encrypt(plaintext: str, secret: str) -> str:
    """`plaintext` in jambonz's stored form, under `secret`."""
    iv = os.urandom(IV_BYTES)
    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    padded = padder.update(plaintext.encode("utf-8")) + padder.finalize()
    encryptor = Cipher(algorithms.AES(jambonz_key(secret)), modes.CBC(iv)).encryptor()
    content = encryptor.update(padded) + encryptor.finalize()
    return json.dumps({"iv": iv.hex(), "content": content.hex()}, separators=(",", ":"))


def parse(stored: str) -> tuple[bytes, bytes] | None:
    """The IV and ciphertext of a value in jambonz's form; None for any other text."""
    if not stored.startswith("{"):
        return None
    try:
        value: Any = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(value, dict) or set(value) != {"iv", "content"}:
        return None
    try:
        iv, content = bytes.fromhex(value["iv"]), bytes.fromhex(value["content"])
    except (TypeError, ValueError):
        return None
    if len(iv) != IV_BYTES or not content or len(content) % IV_BYTES:
        return None
    return iv, content


def is_encrypted(stored: str) -> bool:
    """Whether a stored value has jambonz's encrypted form."""
    return parse(stored) is not None


def decrypt(stored: str, secrets: tuple[str, ...] | list[str]) -> str:
    """The plaintext of a value in jambonz's form, trying each secret; `Unsealable` when
    none gives valid padding and UTF-8 (the format cannot tell a wrong key better)."""
    parsed = parse(stored)
    if parsed is None:
        raise Unsealable("not a value in jambonz's encrypted form")
    iv, content = parsed
    for secret in secrets:
        decryptor = Cipher(algorithms.AES(jambonz_key(secret)), modes.CBC(iv)).decryptor()
        padded = decryptor.update(content) + decryptor.finalize()
        unpadder = padding.PKCS7(algorithms.AES.block_size).unpadder()
        try:
            return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
        except ValueError:  # bad padding or not UTF-8: another secret's
            continue
    raise Unsealable("encrypted with another secret than this server's")


class JambonzCipher:
    """A sealer (the same `seal`/`open`) that writes jambonz's form with the current
    secret of `sealer`, and reads jambonz's form with any of its secrets, or a value this
    server sealed its own way (a store written before revision 0017) through `sealer`."""

    def __init__(self, sealer: Sealer) -> None:
        self.sealer = sealer

    @property
    def secrets(self) -> tuple[str, ...]:
        return self.sealer.secrets

    def seal(self, plaintext: str, context: str) -> str:
        del context  # jambonz's form binds nothing: its components decrypt any row
        return encrypt(plaintext, self.sealer.secrets[0])

    def open(self, stored: str, context: str) -> str:
        if is_sealed(stored):
            return self.sealer.open(stored, context)
        return decrypt(stored, self.sealer.secrets)


def installed() -> JambonzCipher:
    """The cipher over the process's sealer (`jambonz.sealing.install`): what jambonz's
    encrypted columns use on MySQL (jambonz/db/sealed.py)."""
    return JambonzCipher(sealing.installed())
