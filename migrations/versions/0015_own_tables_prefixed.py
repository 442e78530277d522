"""This server's own tables take the prefix `japi_`

`calls`, `alerts`, `messages`, `user_sessions` and `login_failures` are not jambonz's
tables. On MySQL this server shares jambonz's own database (jambonz/db/migrate.py), where a
later jambonz could add a table of any of those names; with the prefix, which jambonz's
names never use, they cannot collide. SQLite and PostgreSQL take the same names, so that one
set of services serves the three stores. Their indexes (and, on PostgreSQL, their
constraints) are renamed along, as the naming convention of jambonz/db/tables.py names them.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

PREFIX = "japi_"
TABLES = ("calls", "alerts", "messages", "user_sessions", "login_failures")


def _renamed(name: str | None, old: str, new: str) -> str | None:
    """A convention name of table `old` (`ix_calls_...`, `pk_calls`) for table `new`."""
    if not name:
        return None
    for kind in ("ix", "uq", "fk", "pk", "ck"):
        if name == f"{kind}_{old}" or name.startswith(f"{kind}_{old}_"):
            return f"{kind}_{new}" + name[len(kind) + 1 + len(old) :]
    return None


def _move(old: str, new: str) -> None:
    op.rename_table(old, new)
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for index in inspector.get_indexes(new):
        renamed = _renamed(index["name"], old, new)
        if renamed is None:
            continue
        if bind.dialect.name == "postgresql":
            op.execute(f'ALTER INDEX "{index["name"]}" RENAME TO "{renamed}"')
        else:
            op.drop_index(index["name"], table_name=new)
            op.create_index(renamed, new, index["column_names"], unique=index["unique"])
    if bind.dialect.name != "postgresql":
        return  # SQLite keeps constraint names inside the table's definition, unused.
    names = [inspector.get_pk_constraint(new).get("name")]
    names += [fk["name"] for fk in inspector.get_foreign_keys(new)]
    names += [uq["name"] for uq in inspector.get_unique_constraints(new)]
    for name in names:
        renamed = _renamed(name, old, new)
        if renamed is not None:
            op.execute(f'ALTER TABLE "{new}" RENAME CONSTRAINT "{name}" TO "{renamed}"')


def upgrade() -> None:
    for table in TABLES:
        _move(table, PREFIX + table)


def downgrade() -> None:
    for table in TABLES:
        _move(PREFIX + table, table)
