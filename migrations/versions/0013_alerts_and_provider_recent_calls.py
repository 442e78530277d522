"""alerts: what went wrong on calls and messages; calls indexed by service provider

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 08:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("alert_sid", sa.String(length=36), nullable=False),
        sa.Column("time", sa.DateTime(), nullable=False),
        sa.Column("account_sid", sa.String(length=36), nullable=True),
        sa.Column("service_provider_sid", sa.String(length=36), nullable=True),
        sa.Column("alert_type", sa.String(length=64), nullable=False),
        sa.Column("message", sa.String(length=1024), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("target_sid", sa.String(length=36), nullable=True),
        sa.Column("vendor", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("alert_sid", name=op.f("pk_alerts")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alerts_time"), ["time"], unique=False)
        batch_op.create_index("ix_alerts_account_sid_time", ["account_sid", "time"], unique=False)
        batch_op.create_index(
            "ix_alerts_service_provider_sid_time", ["service_provider_sid", "time"], unique=False
        )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.create_index(
            "ix_calls_service_provider_sid_created_at",
            ["service_provider_sid", "created_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index("ix_calls_service_provider_sid_created_at")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_service_provider_sid_time")
        batch_op.drop_index("ix_alerts_account_sid_time")
        batch_op.drop_index(batch_op.f("ix_alerts_time"))
    op.drop_table("alerts")
