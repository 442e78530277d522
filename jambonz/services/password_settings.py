"""The password policy (jambonz's `/PasswordSettings`, operator facts §2.6): one row of
`password_settings`, read by every caller, set by admins, checked by
`jambonz.passwords.check_policy` whenever a password is set."""

from __future__ import annotations

from generated.models import PasswordSettings, PasswordSettingsUpdate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import password_settings
from jambonz.errors import BadRequest
from jambonz.passwords import DEFAULT_MIN_LENGTH, SETTABLE_MIN_LENGTHS, policy_row
from jambonz.services.common import changes, flag, require_scope, write_single_row

ADMIN_ONLY = "only admin users may change the password policy"
BAD_LENGTH = "invalid min_password_length property: should be between 8-20"


async def get(db: Database) -> PasswordSettings:
    async with db.read() as conn:
        row = await policy_row(conn)
    if row is None:
        return PasswordSettings(min_password_length=DEFAULT_MIN_LENGTH)
    return PasswordSettings(
        min_password_length=row.min_password_length,
        require_digit=flag(row.require_digit),
        require_special_character=flag(row.require_special_character),
    )


async def update(db: Database, principal: Principal, data: PasswordSettingsUpdate) -> None:
    require_scope(principal, ["admin"], ADMIN_ONLY)
    values = changes(data)
    length = values.get("min_password_length")
    if length is not None and length not in SETTABLE_MIN_LENGTHS:
        raise BadRequest(BAD_LENGTH)
    for key in ("require_digit", "require_special_character"):
        if key in values:
            values[key] = bool(values[key])
    async with db.write() as conn:
        if not await policy_row(conn):
            values = {
                "min_password_length": DEFAULT_MIN_LENGTH,
                "require_digit": False,
                "require_special_character": False,
                **values,
            }
        await write_single_row(conn, password_settings, values)
