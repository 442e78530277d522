"""beta_invite_codes: jambonz's sign-up invite codes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 00:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "beta_invite_codes",
        sa.Column("invite_code", sa.String(length=6), nullable=False),
        sa.Column("in_use", sa.Boolean(create_constraint=False), nullable=False),
        sa.PrimaryKeyConstraint("invite_code"),
    )


def downgrade() -> None:
    op.drop_table("beta_invite_codes")
