"""A call's record names the instance that runs the call

Several instances share one database (jambonz/instances.py). A call's record now names
the instance running it (`instance_id`), so that an instance's start closes only the calls
its own last run left open, and the instances that outlive a dead one close the dead
one's calls. Records written before this revision name none: the next start of any
instance closes them if they are still open, as every start did before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 19:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

TABLE = "japi_calls"
INDEX = "ix_japi_calls_instance_id"


def upgrade() -> None:
    with op.batch_alter_table(TABLE) as batch:
        batch.add_column(sa.Column("instance_id", sa.String(length=255), nullable=True))
        batch.create_index(INDEX, ["instance_id"])


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch:
        batch.drop_index(INDEX)
        batch.drop_column("instance_id")
