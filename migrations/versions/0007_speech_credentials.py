"""speech_credentials: speech vendor credentials of providers and accounts, sealed

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "speech_credentials",
        sa.Column("speech_credential_sid", sa.String(length=36), nullable=False),
        sa.Column("service_provider_sid", sa.String(length=36), nullable=True),
        sa.Column("account_sid", sa.String(length=36), nullable=True),
        sa.Column("vendor", sa.String(length=32), nullable=False),
        sa.Column("credential", sa.Text(), nullable=False),
        sa.Column("use_for_tts", sa.Boolean(create_constraint=False), nullable=False),
        sa.Column("use_for_stt", sa.Boolean(create_constraint=False), nullable=False),
        sa.Column("last_used", sa.DateTime(), nullable=True),
        sa.Column("last_tested", sa.DateTime(), nullable=True),
        sa.Column("tts_tested_ok", sa.Boolean(create_constraint=False), nullable=True),
        sa.Column("stt_tested_ok", sa.Boolean(create_constraint=False), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_sid"],
            ["accounts.account_sid"],
            name=op.f("fk_speech_credentials_account_sid"),
        ),
        sa.ForeignKeyConstraint(
            ["service_provider_sid"],
            ["service_providers.service_provider_sid"],
            name=op.f("fk_speech_credentials_service_provider_sid"),
        ),
        sa.PrimaryKeyConstraint("speech_credential_sid", name=op.f("pk_speech_credentials")),
    )
    op.create_index(
        op.f("ix_speech_credentials_account_sid"), "speech_credentials", ["account_sid"]
    )
    op.create_index(
        op.f("ix_speech_credentials_service_provider_sid"),
        "speech_credentials",
        ["service_provider_sid"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_speech_credentials_service_provider_sid"), "speech_credentials")
    op.drop_index(op.f("ix_speech_credentials_account_sid"), "speech_credentials")
    op.drop_table("speech_credentials")
