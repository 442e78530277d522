"""The rows a new database starts with, whichever way its tables were made (the
migrations on SQLite and PostgreSQL, the metadata on MySQL: jambonz/db/migrate.py)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from jambonz.db.tables import permissions

# jambonz's permissions, with the sids (and names) its own seed data gives them, so that a
# store shared with jambonz agrees on them; the descriptions are this project's.
PERMISSIONS = (
    (
        "ffbc342a-546a-11ed-bdc3-0242ac120002",
        "VIEW_ONLY",
        "reads what its scope holds and changes nothing",
    ),
    ("ffbc3a10-546a-11ed-bdc3-0242ac120002", "PROVISION_SERVICES", "sets up services"),
    ("ffbc3c5e-546a-11ed-bdc3-0242ac120002", "PROVISION_USERS", "manages users"),
)


def seed_missing(conn: Connection) -> list[str]:
    """Insert the permissions the database lacks (a jambonz database has them already);
    the names of those inserted."""
    present = set(conn.execute(select(permissions.c.permission_sid)).scalars())
    rows = [
        {"permission_sid": sid, "name": name, "description": description}
        for sid, name, description in PERMISSIONS
        if sid not in present
    ]
    if rows:
        conn.execute(insert(permissions), rows)
    return [row["name"] for row in rows]
