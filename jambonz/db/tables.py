"""SQLAlchemy Core table definitions: the single description of the schema.

Alembic migrations under `migrations/` are generated from (and checked against) this
metadata. Constraint names follow a fixed convention so that SQLite and PostgreSQL
report the same names, which the integrity-error translation relies on.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Naive UTC now: stored without a zone, always read back as UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def _sid(name: str) -> Column:
    return Column(name, String(36), primary_key=True)


def _flag(name: str, default: bool) -> Column:
    return Column(name, Boolean(create_constraint=False), nullable=False, default=default)


webhooks = Table(
    "webhooks",
    metadata,
    _sid("webhook_sid"),
    Column("url", String(1024), nullable=False),
    Column("method", String(4), nullable=False, default="POST"),
    Column("username", String(255)),
    Column("password", String(255)),
    # Owner columns (not in jambonz): they scope GET /Webhooks/{sid}.
    Column("service_provider_sid", String(36), index=True),
    Column("account_sid", String(36), index=True),
)

service_providers = Table(
    "service_providers",
    metadata,
    _sid("service_provider_sid"),
    Column("name", String(64), nullable=False, unique=True),
    Column("description", String(255)),
    Column("root_domain", String(128), unique=True),
    Column("registration_hook_sid", String(36), ForeignKey("webhooks.webhook_sid")),
    Column("ms_teams_fqdn", String(255)),
    Column("created_at", DateTime, nullable=False, default=utcnow),
)

accounts = Table(
    "accounts",
    metadata,
    _sid("account_sid"),
    Column("name", String(64), nullable=False),
    Column("sip_realm", String(132), unique=True),
    Column(
        "service_provider_sid",
        String(36),
        ForeignKey("service_providers.service_provider_sid"),
        nullable=False,
        index=True,
    ),
    Column("registration_hook_sid", String(36), ForeignKey("webhooks.webhook_sid")),
    Column("queue_event_hook_sid", String(36), ForeignKey("webhooks.webhook_sid")),
    Column(
        "device_calling_application_sid",
        String(36),
        ForeignKey("applications.application_sid", use_alter=True, ondelete="SET NULL"),
    ),
    Column(
        "siprec_hook_sid",
        String(36),
        ForeignKey("applications.application_sid", use_alter=True, ondelete="SET NULL"),
    ),
    _flag("is_active", True),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("plan_type", String(8), nullable=False, default="trial"),
    Column("stripe_customer_id", String(56)),
    Column("webhook_secret", String(36), nullable=False),
    _flag("disable_cdrs", False),
    Column("trial_end_date", DateTime),
    Column("deactivated_reason", String(255)),
    Column("device_to_call_ratio", Integer, nullable=False, default=5),
    Column("subspace_client_id", String(255)),
    Column("subspace_client_secret", String(255)),
    Column("subspace_sip_teleport_id", String(255)),
    Column("subspace_sip_teleport_destinations", String(255)),
    _flag("record_all_calls", False),
    Column("record_format", String(16), nullable=False, default="mp3"),
    Column("bucket_credential", Text),
    _flag("enable_debug_log", False),
)

applications = Table(
    "applications",
    metadata,
    _sid("application_sid"),
    Column("name", String(64), nullable=False),
    Column(
        "account_sid",
        String(36),
        ForeignKey("accounts.account_sid"),
        nullable=False,
        index=True,
    ),
    Column(
        "service_provider_sid",
        String(36),
        ForeignKey("service_providers.service_provider_sid"),
    ),
    Column("call_hook_sid", String(36), ForeignKey("webhooks.webhook_sid")),
    Column("call_status_hook_sid", String(36), ForeignKey("webhooks.webhook_sid")),
    Column("messaging_hook_sid", String(36), ForeignKey("webhooks.webhook_sid")),
    Column("app_json", Text),
    Column("speech_synthesis_vendor", String(64), nullable=False, default="google"),
    Column("speech_synthesis_language", String(12), nullable=False, default="en-US"),
    Column("speech_synthesis_voice", String(256), default="en-US-Standard-C"),
    Column("speech_synthesis_label", String(64)),
    Column("speech_recognizer_vendor", String(64), nullable=False, default="google"),
    Column("speech_recognizer_language", String(64), nullable=False, default="en-US"),
    Column("speech_recognizer_label", String(64)),
    _flag("use_for_fallback_speech", False),
    Column("fallback_speech_synthesis_vendor", String(64)),
    Column("fallback_speech_synthesis_language", String(12)),
    Column("fallback_speech_synthesis_voice", String(256)),
    Column("fallback_speech_synthesis_label", String(64)),
    Column("fallback_speech_recognizer_vendor", String(64)),
    Column("fallback_speech_recognizer_language", String(64)),
    Column("fallback_speech_recognizer_label", String(64)),
    Column("env_vars", Text),
    _flag("record_all_calls", False),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    UniqueConstraint("account_sid", "name"),
)

api_keys = Table(
    "api_keys",
    metadata,
    _sid("api_key_sid"),
    # SHA-256 hex of the token; the token itself is never stored.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("account_sid", String(36), ForeignKey("accounts.account_sid"), index=True),
    Column(
        "service_provider_sid",
        String(36),
        ForeignKey("service_providers.service_provider_sid"),
        index=True,
    ),
    Column("expires_at", DateTime),
    Column("last_used", DateTime),
    Column("created_at", DateTime, nullable=False, default=utcnow),
)
