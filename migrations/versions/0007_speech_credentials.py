"""speech_credentials (speech vendor credentials of providers and accounts, sealed) and
google_custom_voices

Revision ID: 0007
Revises: 0008
Create Date: 2026-12-03 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0008"
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
    op.create_table(
        "google_custom_voices",
        sa.Column("google_custom_voice_sid", sa.String(length=36), nullable=False),
        sa.Column("speech_credential_sid", sa.String(length=36), nullable=False),
        sa.Column("model", sa.String(length=512), nullable=False),
        sa.Column("reported_usage", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("voice_cloning_key", sa.Text(), nullable=True),
        sa.Column("use_voice_cloning_key", sa.Boolean(create_constraint=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["speech_credential_sid"],
            ["speech_credentials.speech_credential_sid"],
            name=op.f("fk_google_custom_voices_speech_credential_sid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("google_custom_voice_sid", name=op.f("pk_google_custom_voices")),
    )
    op.create_index(
        op.f("ix_google_custom_voices_speech_credential_sid"),
        "google_custom_voices",
        ["speech_credential_sid"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_google_custom_voices_speech_credential_sid"), "google_custom_voices")
    op.drop_table("google_custom_voices")
    op.drop_index(op.f("ix_speech_credentials_service_provider_sid"), "speech_credentials")
    op.drop_index(op.f("ix_speech_credentials_account_sid"), "speech_credentials")
    op.drop_table("speech_credentials")
