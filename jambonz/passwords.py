"""Users' passwords: argon2 hashes, a timing-safe check, and the password policy.

A password is stored only as an argon2id hash in its encoded form (argon2-cffi's defaults:
t=3, m=64 MiB, p=4, 16-byte salt, 32-byte hash). jambonz stores argon2i hashes with the
same costs; the encoded form names its variant, so those verify here too, and a store
shared with jambonz keeps working both ways.

Hashing and checking take about 50 ms of CPU each: they run in a thread, so the event
loop keeps serving other requests meanwhile. A sign-in for a user that does not exist
checks the password against a hash made once for that purpose, so that it takes as long
as a wrong password for a real user.
"""

from __future__ import annotations

import asyncio
import string
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from jambonz.db.tables import password_settings
from jambonz.errors import BadRequest

_hasher = PasswordHasher()

# jambonz's policy when no row is stored: 8 to 20 characters.
DEFAULT_MIN_LENGTH = 8
DEFAULT_MAX_LENGTH = 20
SETTABLE_MIN_LENGTHS = range(8, 21)
SPECIAL_CHARACTERS = frozenset(string.punctuation)


def _hash(password: str) -> str:
    return _hasher.hash(password)


def _verify(encoded: str, password: str) -> bool:
    try:
        return _hasher.verify(encoded, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@cache
def _stand_in() -> str:
    """A hash no password of a user matches, checked when the user does not exist."""
    return _hasher.hash("no user has this password " + "x" * 16)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hash, password)


async def verify_password(encoded: str | None, password: str) -> bool:
    """Whether `password` matches `encoded`; with no hash (no such user, or a user without
    a local password) a stand-in is checked, so the answer takes as long either way."""
    if not encoded:
        await asyncio.to_thread(_verify, _stand_in(), password)
        return False
    return await asyncio.to_thread(_verify, encoded, password)


def check_policy(password: str, policy: Any | None) -> None:
    """400 naming the first rule `password` breaks: the stored policy row, or without one
    jambonz's default of 8 to 20 characters."""
    if policy is None:
        if not DEFAULT_MIN_LENGTH <= len(password) <= DEFAULT_MAX_LENGTH:
            raise BadRequest(
                f"password must be between {DEFAULT_MIN_LENGTH} and {DEFAULT_MAX_LENGTH} "
                "characters long"
            )
        return
    if policy.min_password_length and len(password) < policy.min_password_length:
        raise BadRequest(f"password must be at least {policy.min_password_length} characters long")
    if policy.require_digit and not any(c in string.digits for c in password):
        raise BadRequest("password must contain at least one digit")
    if policy.require_special_character and not any(c in SPECIAL_CHARACTERS for c in password):
        raise BadRequest(
            "password must contain at least one special character (punctuation such as ! # - _)"
        )


async def policy_row(conn: Any) -> Any | None:
    """The stored password policy, or None (at most one row is kept)."""
    return (await conn.execute(select(password_settings).limit(1))).first()
