"""SQLAlchemy Core table definitions: the single description of the schema.

Alembic migrations under `migrations/` are generated from (and checked against) this
metadata. Constraint names follow a fixed convention so that SQLite and PostgreSQL
report the same names, which the integrity-error translation relies on.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Select,
    String,
    Table,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.dialects import mysql

from jambonz.db.sealed import Sealed, jambonz_encrypted, jambonz_secret

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

_MYSQL = ("mysql", "mariadb")
# This server's own tables (not in jambonz's schema) carry this prefix, which jambonz's
# table names never use, so that they can sit in a jambonz database without colliding.
OWN_PREFIX = "japi_"
# A sid: jambonz's `CHAR(36)` on MySQL, where jambonz's own components read these tables.
SID = String(36).with_variant(mysql.CHAR(36), *_MYSQL)
# A moment, naive UTC: MySQL's DATETIME keeps whole seconds unless told otherwise, and the
# lists that order by creation need more.
DATETIME = DateTime().with_variant(mysql.DATETIME(fsp=6), *_MYSQL)


def utcnow() -> datetime:
    """Naive UTC now: stored without a zone, always read back as UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def _enum(length: int, *values: str) -> String:
    """One of jambonz's ENUM columns: an ENUM on MySQL, as jambonz declares it, and a
    `length`-character string elsewhere (the contract limits the values)."""
    return String(length).with_variant(mysql.ENUM(*values), *_MYSQL)


LIMIT_CATEGORIES = (
    "api_rate",
    "voice_call_session",
    "device",
    "voice_call_minutes",
    "voice_call_session_license",
    "voice_call_minutes_license",
)
TRUNK_TYPES = ("static_ip", "auth", "reg")


def _sid(name: str) -> Column:
    return Column(name, SID, primary_key=True)


def _flag(name: str, default: bool) -> Column:
    return Column(name, Boolean(create_constraint=False), nullable=False, default=default)


webhooks = Table(
    "webhooks",
    metadata,
    _sid("webhook_sid"),
    Column("url", String(1024), nullable=False),
    Column("method", _enum(4, "GET", "POST"), nullable=False, default="POST"),
    Column("username", String(255)),
    Column("password", jambonz_secret("webhooks.password", 255)),
)

# Not in jambonz: who made a webhook row, which scopes GET /Webhooks/{sid} and deletes the
# rows with their owner. A row of its own, so that jambonz's `webhooks` keeps its shape;
# rows that another jambonz component wrote have none (only an admin key reads them).
webhook_owners = Table(
    OWN_PREFIX + "webhook_owners",
    metadata,
    Column(
        "webhook_sid",
        SID,
        ForeignKey("webhooks.webhook_sid", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("service_provider_sid", SID, index=True),
    Column("account_sid", SID, index=True),
)

service_providers = Table(
    "service_providers",
    metadata,
    _sid("service_provider_sid"),
    Column("name", String(64), nullable=False, unique=True),
    Column("description", String(255)),
    Column("root_domain", String(128), unique=True),
    Column("registration_hook_sid", SID, ForeignKey("webhooks.webhook_sid")),
    Column("ms_teams_fqdn", String(255)),
)

accounts = Table(
    "accounts",
    metadata,
    _sid("account_sid"),
    Column("name", String(64), nullable=False),
    Column("sip_realm", String(132), unique=True),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        nullable=False,
        index=True,
    ),
    Column("registration_hook_sid", SID, ForeignKey("webhooks.webhook_sid")),
    Column("queue_event_hook_sid", SID, ForeignKey("webhooks.webhook_sid")),
    Column(
        "device_calling_application_sid",
        SID,
        ForeignKey("applications.application_sid", use_alter=True, ondelete="SET NULL"),
    ),
    Column(
        "siprec_hook_sid",
        SID,
        ForeignKey("applications.application_sid", use_alter=True, ondelete="SET NULL"),
    ),
    _flag("is_active", True),
    Column("created_at", DATETIME, nullable=False, default=utcnow),
    Column("plan_type", _enum(8, "trial", "free", "paid"), nullable=False, default="trial"),
    Column("stripe_customer_id", String(56)),
    # Signs the account's webhooks; sealed at rest (jambonz/db/sealed.py), as are the
    # carriers' and webhooks' passwords.
    Column("webhook_secret", jambonz_secret("accounts.webhook_secret", 36), nullable=False),
    _flag("disable_cdrs", False),
    Column("trial_end_date", DATETIME),
    Column("deactivated_reason", String(255)),
    Column("device_to_call_ratio", Integer, nullable=False, default=5),
    Column("subspace_client_id", String(255)),
    Column("subspace_client_secret", String(255)),
    Column("subspace_sip_teleport_id", String(255)),
    Column("subspace_sip_teleport_destinations", String(255)),
    _flag("record_all_calls", False),
    Column("record_format", String(16), nullable=False, default="mp3"),
    Column("bucket_credential", jambonz_encrypted("accounts.bucket_credential")),
    _flag("enable_debug_log", False),
)

applications = Table(
    "applications",
    metadata,
    _sid("application_sid"),
    Column("name", String(64), nullable=False),
    Column(
        "account_sid",
        SID,
        ForeignKey("accounts.account_sid"),
        nullable=False,
        index=True,
    ),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
    ),
    Column("call_hook_sid", SID, ForeignKey("webhooks.webhook_sid")),
    Column("call_status_hook_sid", SID, ForeignKey("webhooks.webhook_sid")),
    Column("messaging_hook_sid", SID, ForeignKey("webhooks.webhook_sid")),
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
    Column("env_vars", jambonz_encrypted("applications.env_vars")),
    _flag("record_all_calls", False),
    Column("created_at", DATETIME, nullable=False, default=utcnow),
    UniqueConstraint("account_sid", "name"),
)

api_keys = Table(
    "api_keys",
    metadata,
    _sid("api_key_sid"),
    # jambonz's column, CHAR(36). This server stores a key it makes in hashed form
    # (jambonz/tokens.py: `#`, 31 hex digits of the token's SHA-256, its last 4
    # characters), never the token; a key that jambonz's api-server made holds its token
    # as it is, and keeps working.
    Column("token", SID, nullable=False, unique=True),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), index=True),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        index=True,
    ),
    Column("expires_at", DATETIME),
    Column("last_used", DATETIME),
    Column("created_at", DATETIME, nullable=False, default=utcnow),
)

# --- Routing configuration: carriers, gateways, phone numbers, limits --------------------

voip_carriers = Table(
    "voip_carriers",
    metadata,
    _sid("voip_carrier_sid"),
    Column("name", String(64), nullable=False),
    Column("description", String(255)),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), index=True),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        index=True,
    ),
    Column(
        "application_sid",
        SID,
        ForeignKey("applications.application_sid", ondelete="SET NULL"),
    ),
    _flag("e164_leading_plus", False),
    _flag("requires_register", False),
    Column("register_username", String(64)),
    Column("register_password", jambonz_secret("voip_carriers.register_password", 64)),
    Column("register_sip_realm", String(64)),
    Column("register_from_user", String(128)),
    Column("register_from_domain", String(255)),
    _flag("register_public_ip_in_contact", False),
    Column("register_status", String(4096)),
    Column("tech_prefix", String(16)),
    Column("inbound_auth_username", String(64)),
    Column("inbound_auth_password", jambonz_secret("voip_carriers.inbound_auth_password", 64)),
    Column("diversion", String(32)),
    _flag("is_active", True),
    Column("created_at", DATETIME, nullable=False, default=utcnow),
    Column("smpp_system_id", String(255)),
    Column("smpp_password", jambonz_secret("voip_carriers.smpp_password", 64)),
    Column("smpp_enquire_link_interval", Integer, nullable=False, default=0),
    Column("smpp_inbound_system_id", String(255)),
    Column("smpp_inbound_password", jambonz_secret("voip_carriers.smpp_inbound_password", 64)),
    Column("dtmf_type", _enum(16, "rfc2833", "tones", "info"), nullable=False, default="rfc2833"),
    Column("outbound_sip_proxy", String(255)),
    Column("trunk_type", _enum(16, *TRUNK_TYPES), nullable=False, default="static_ip"),
)

# A carrier's HTTP SMS provider (not in jambonz, which speaks SMPP): where outbound
# messages are POSTed and with which credentials, and the credentials the carrier must
# present on /messaging/{name} (inbound messages and delivery receipts). At most one row
# per carrier, absent when none of it is set; jambonz's `voip_carriers` keeps its shape.
carrier_sms = Table(
    OWN_PREFIX + "carrier_sms",
    metadata,
    Column(
        "voip_carrier_sid",
        SID,
        ForeignKey("voip_carriers.voip_carrier_sid", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("sms_outbound_url", String(1024)),
    Column("sms_username", String(255)),
    Column("sms_password", Sealed("japi_carrier_sms.sms_password")),
    Column("sms_bearer_token", Sealed("japi_carrier_sms.sms_bearer_token")),
    Column("sms_inbound_username", String(255)),
    Column("sms_inbound_password", Sealed("japi_carrier_sms.sms_inbound_password")),
)
# Its settings, as the carrier's service and the messaging code name them.
CARRIER_SMS_FIELDS = tuple(c.name for c in carrier_sms.c if c.name != "voip_carrier_sid")


def carriers_with_sms() -> Select[Any]:
    """`SELECT` of the carriers with their SMS settings as columns of the same row (null
    where the carrier has none): what reads of a whole carrier start from."""
    return select(voip_carriers, *(carrier_sms.c[name] for name in CARRIER_SMS_FIELDS)).select_from(
        voip_carriers.outerjoin(
            carrier_sms, carrier_sms.c.voip_carrier_sid == voip_carriers.c.voip_carrier_sid
        )
    )


sip_gateways = Table(
    "sip_gateways",
    metadata,
    _sid("sip_gateway_sid"),
    Column(
        "voip_carrier_sid",
        SID,
        ForeignKey("voip_carriers.voip_carrier_sid"),
        nullable=False,
        index=True,
    ),
    Column("ipv4", String(128), nullable=False),
    Column("netmask", Integer, nullable=False, default=32),
    Column("port", Integer),
    _flag("inbound", True),
    _flag("outbound", True),
    _flag("is_active", True),
    _flag("send_options_ping", False),
    _flag("use_sips_scheme", False),
    _flag("pad_crypto", False),
    Column("protocol", _enum(16, "udp", "tcp", "tls", "tls/srtp"), nullable=False, default="udp"),
    _flag("remove_ice", False),
    _flag("dtls_off", False),
)

smpp_gateways = Table(
    "smpp_gateways",
    metadata,
    _sid("smpp_gateway_sid"),
    Column(
        "voip_carrier_sid",
        SID,
        ForeignKey("voip_carriers.voip_carrier_sid"),
        nullable=False,
        index=True,
    ),
    Column("ipv4", String(128), nullable=False),
    Column("port", Integer, nullable=False, default=2775),
    Column("netmask", Integer, nullable=False, default=32),
    _flag("is_primary", True),
    _flag("inbound", False),
    _flag("outbound", True),
    _flag("use_tls", False),
)

phone_numbers = Table(
    "phone_numbers",
    metadata,
    _sid("phone_number_sid"),
    # Unique across the platform (jambonz: only per carrier).
    Column("number", String(132), nullable=False, unique=True),
    Column("voip_carrier_sid", SID, ForeignKey("voip_carriers.voip_carrier_sid"), index=True),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), index=True),
    Column("application_sid", SID, ForeignKey("applications.application_sid"), index=True),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        index=True,
    ),
)

account_limits = Table(
    "account_limits",
    metadata,
    _sid("account_limits_sid"),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), nullable=False),
    Column("category", _enum(32, *LIMIT_CATEGORIES), nullable=False),
    Column("quantity", Integer, nullable=False),
    UniqueConstraint("account_sid", "category"),
)

service_provider_limits = Table(
    "service_provider_limits",
    metadata,
    _sid("service_provider_limits_sid"),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        nullable=False,
    ),
    Column("category", _enum(32, *LIMIT_CATEGORIES), nullable=False),
    Column("quantity", Integer, nullable=False),
    UniqueConstraint("service_provider_sid", "category"),
)

# --- Calls: every call leg the engine ran, with its status history -------------------------

calls = Table(
    OWN_PREFIX + "calls",
    metadata,
    _sid("call_sid"),
    Column("parent_call_sid", SID, index=True),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), nullable=False),
    Column("service_provider_sid", SID),
    Column("application_sid", SID),
    Column("direction", String(8), nullable=False),
    Column("from", String(256), nullable=False),
    Column("to", String(256), nullable=False),
    Column("call_id", String(128), nullable=False),
    Column("call_status", String(16), nullable=False),
    Column("sip_status", Integer, nullable=False),
    Column("sip_reason", String(64)),
    Column("duration", Integer),
    Column("call_termination_by", String(16)),
    Column("originating_sip_ip", String(64)),
    Column("originating_sip_trunk_name", String(64)),
    # The carrier an outbound call to a phone number went out through (least-cost routing,
    # a named trunk, or the account's own carriers), by sid and by name as jambonz's CDRs
    # name it (`trunk`). No foreign key: a call's record outlives its carrier.
    Column("voip_carrier_sid", SID),
    Column("trunk", String(64)),
    Column("trace_id", String(64)),
    Column("tag", Text),
    Column("status_history", Text, nullable=False),
    Column("created_at", DATETIME, nullable=False),
    Column("answered_at", DATETIME),
    Column("ended_at", DATETIME),
    # The instance that runs the call (jambonz/instances.py); null in older records.
    Column("instance_id", String(255), index=True),
    Index("ix_japi_calls_account_sid_created_at", "account_sid", "created_at"),
    # A service provider's recent calls (`GET /ServiceProviders/{sid}/RecentCalls`).
    Index("ix_japi_calls_service_provider_sid_created_at", "service_provider_sid", "created_at"),
)

# --- Alerts: what went wrong on an account's calls and messages (jambonz/alerts.py) -------

# Not a jambonz table (jambonz keeps alerts in InfluxDB): its columns are the fields of
# an alert in `GET .../Alerts`. No foreign keys: an alert outlives what it is about, and
# is deleted after the retention period instead.
alerts = Table(
    OWN_PREFIX + "alerts",
    metadata,
    _sid("alert_sid"),
    Column("time", DATETIME, nullable=False, index=True),
    Column("account_sid", SID),
    Column("service_provider_sid", SID),
    Column("alert_type", String(64), nullable=False),
    Column("message", String(1024), nullable=False),
    Column("detail", Text),
    Column("target_sid", SID),
    Column("vendor", String(64)),
    Index("ix_japi_alerts_account_sid_time", "account_sid", "time"),
    Index("ix_japi_alerts_service_provider_sid_time", "service_provider_sid", "time"),
)

# --- Messages: every SMS sent or received, with its status history ------------------------

messages = Table(
    OWN_PREFIX + "messages",
    metadata,
    _sid("message_sid"),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), nullable=False),
    Column("service_provider_sid", SID),
    # No foreign keys to applications and carriers: a message's history outlives them.
    Column("application_sid", SID),
    Column("direction", String(8), nullable=False),
    Column("from", String(64), nullable=False),
    Column("to", String(64), nullable=False),
    Column("text", Text),
    Column("media", Text),
    Column("carrier", String(64), nullable=False),
    Column("voip_carrier_sid", SID),
    Column("carrier_message_id", String(255)),
    Column("status", String(16), nullable=False),
    Column("error", String(1024)),
    Column("provider_response", Text),
    Column("status_hook", Text),
    Column("status_history", Text, nullable=False),
    Column("created_at", DATETIME, nullable=False),
    Column("updated_at", DATETIME, nullable=False),
    Index("ix_japi_messages_account_sid_created_at", "account_sid", "created_at"),
    Index(
        "ix_japi_messages_voip_carrier_sid_carrier_message_id",
        "voip_carrier_sid",
        "carrier_message_id",
    ),
)

# jambonz's table of sign-up invite codes (only POST /BetaInviteCodes writes it here).
beta_invite_codes = Table(
    "beta_invite_codes",
    metadata,
    Column("invite_code", String(6), primary_key=True),
    _flag("in_use", False),
)

# --- Platform addresses and Teams tenants (Sbcs, Smpps, MicrosoftTeamsTenants) ---
# A provider's rows go with it (ON DELETE CASCADE); a null provider means shared.
sbc_addresses = Table(
    "sbc_addresses",
    metadata,
    _sid("sbc_address_sid"),
    Column("ipv4", String(255), nullable=False),
    Column("port", Integer, nullable=False, default=5060),
    Column("tls_port", Integer),
    Column("wss_port", Integer),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid", ondelete="CASCADE"),
        index=True,
    ),
    Column("last_updated", DATETIME),
)

smpp_addresses = Table(
    "smpp_addresses",
    metadata,
    _sid("smpp_address_sid"),
    Column("ipv4", String(255), nullable=False),
    Column("port", Integer, nullable=False, default=5060),
    _flag("use_tls", False),
    _flag("is_primary", True),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid", ondelete="CASCADE"),
        index=True,
    ),
)

ms_teams_tenants = Table(
    "ms_teams_tenants",
    metadata,
    _sid("ms_teams_tenant_sid"),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid", ondelete="CASCADE"),
        nullable=False,
    ),
    Column(
        "account_sid",
        SID,
        ForeignKey("accounts.account_sid", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "application_sid",
        SID,
        ForeignKey("applications.application_sid", ondelete="SET NULL"),
    ),
    Column("tenant_fqdn", String(255), nullable=False, unique=True),
)

# --- SIP clients (Clients) -------------------------------------------------------------
# SIP users that jambonz authenticates itself (instead of an account's registration hook).
# A user name is unique within its account; the password is sealed at rest
# (jambonz.sealing, bound to the row's sid), never stored in plain text. The clients go
# with their account (ON DELETE CASCADE).
clients = Table(
    "clients",
    metadata,
    _sid("client_sid"),
    Column(
        "account_sid",
        SID,
        ForeignKey("accounts.account_sid", ondelete="CASCADE"),
        nullable=False,
    ),
    _flag("is_active", True),
    Column("username", String(64), nullable=False),
    Column("password", String(1024)),
    _flag("allow_direct_app_calling", True),
    _flag("allow_direct_queue_calling", True),
    _flag("allow_direct_user_calling", True),
    UniqueConstraint("account_sid", "username"),
)

# --- Least-cost routing (Lcrs, LcrRoutes, LcrCarrierSetEntries) ------------------------
# jambonz's three tables. A table belongs to one service provider (`account_sid` null),
# to one account (`service_provider_sid` null, as jambonz stores it) or, made by an admin
# key, to nobody. Routes go with their table and entries with their route (ON DELETE
# CASCADE; the services delete them explicitly as well). Each owner column is unique: at
# most one table per provider or account (NULLs do not collide, so ownerless tables may be
# many), which also settles two concurrent creates. An entry's carrier may not be
# deleted while the entry exists (the carrier delete answers 422 first).
# `default_carrier_set_entry_sid` is not a foreign key: the two tables would refer to each
# other; the services clear it when its entry goes.
lcr = Table(
    "lcr",
    metadata,
    _sid("lcr_sid"),
    Column("name", String(64)),
    _flag("is_active", True),
    Column("default_carrier_set_entry_sid", SID),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid", ondelete="CASCADE"),
        unique=True,
    ),
    Column(
        "account_sid",
        SID,
        ForeignKey("accounts.account_sid", ondelete="CASCADE"),
        unique=True,
    ),
)

lcr_routes = Table(
    "lcr_routes",
    metadata,
    _sid("lcr_route_sid"),
    Column(
        "lcr_sid",
        SID,
        ForeignKey("lcr.lcr_sid", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("regex", String(32), nullable=False),
    Column("description", String(1024)),
    Column("priority", Integer, nullable=False),
)

lcr_carrier_set_entry = Table(
    "lcr_carrier_set_entry",
    metadata,
    _sid("lcr_carrier_set_entry_sid"),
    Column("workload", Integer, nullable=False, default=1),
    Column(
        "lcr_route_sid",
        SID,
        ForeignKey("lcr_routes.lcr_route_sid", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "voip_carrier_sid",
        SID,
        ForeignKey("voip_carriers.voip_carrier_sid"),
        nullable=False,
        index=True,
    ),
    Column("priority", Integer, nullable=False, default=0),
)

# --- SpeechCredentials: a provider's or an account's speech vendor credentials ------------

speech_credentials = Table(
    "speech_credentials",
    metadata,
    _sid("speech_credential_sid"),
    # Set on an account's credential too (its account's provider), so "the provider's
    # credentials" is one comparison; null only in rows imported from jambonz.
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        index=True,
    ),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), index=True),
    Column("vendor", String(32), nullable=False),
    # The vendor's properties as JSON, sealed (jambonz/sealing.py): never plain text.
    Column("credential", Text, nullable=False),
    _flag("use_for_tts", True),
    _flag("use_for_stt", True),
    Column("last_used", DATETIME),
    Column("last_tested", DATETIME),
    Column("tts_tested_ok", Boolean(create_constraint=False)),
    Column("stt_tested_ok", Boolean(create_constraint=False)),
    Column("created_at", DATETIME, nullable=False, default=utcnow),
    Column("label", String(64)),
)

# Custom voice models of Google speech credentials (deleted with their credential).
google_custom_voices = Table(
    "google_custom_voices",
    metadata,
    _sid("google_custom_voice_sid"),
    Column(
        "speech_credential_sid",
        SID,
        ForeignKey("speech_credentials.speech_credential_sid", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("model", String(512), nullable=False),
    Column(
        "reported_usage",
        _enum(32, "REPORTED_USAGE_UNSPECIFIED", "REALTIME", "OFFLINE"),
        nullable=False,
        default="REALTIME",
    ),
    Column("name", String(64), nullable=False),
    # jambonz's instant custom voice key; its upload is not served, so it stays null.
    Column("voice_cloning_key", Text),
    _flag("use_voice_cloning_key", False),
)

# --- Users, sign-in and system settings (Users, login, PasswordSettings, SystemInformation) ---
# jambonz's tables and columns. Two additions keep the store safe where jambonz checks in
# its routes only: `name` and `email` are unique (two racing creations cannot both win).
users = Table(
    "users",
    metadata,
    _sid("user_sid"),
    Column("name", String(255), nullable=False, unique=True),
    Column("email", String(255), nullable=False, unique=True),
    Column("pending_email", String(255)),
    Column("phone", String(20), unique=True),
    # An argon2 hash in its encoded form (`$argon2id$v=19$...`); never the password.
    Column("hashed_password", String(1024)),
    Column("account_sid", SID, ForeignKey("accounts.account_sid"), index=True),
    Column(
        "service_provider_sid",
        SID,
        ForeignKey("service_providers.service_provider_sid"),
        index=True,
    ),
    _flag("force_change", False),
    Column("provider", String(255), nullable=False, default="local"),
    Column("provider_userid", String(255)),
    # jambonz's legacy column, unrelated to the scope a user signs in with.
    Column("scope", String(16), nullable=False, default="read-write"),
    Column("phone_activation_code", String(16)),
    Column("email_activation_code", String(16), index=True),
    _flag("email_validated", False),
    _flag("phone_validated", False),
    _flag("email_content_opt_out", False),
    _flag("is_active", True),
)

# The password policy: at most one row (no row: 8 to 20 characters).
password_settings = Table(
    "password_settings",
    metadata,
    Column("min_password_length", Integer, nullable=False, default=8),
    _flag("require_digit", False),
    _flag("require_special_character", False),
)

# jambonz's three permissions, seeded by the migration with jambonz's sids.
permissions = Table(
    "permissions",
    metadata,
    _sid("permission_sid"),
    Column("name", String(32), nullable=False, unique=True),
    Column("description", String(255)),
)

user_permissions = Table(
    "user_permissions",
    metadata,
    _sid("user_permissions_sid"),
    Column(
        "user_sid",
        SID,
        ForeignKey("users.user_sid", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("permission_sid", SID, ForeignKey("permissions.permission_sid"), nullable=False),
)

# The platform's settings: at most one row.
system_information = Table(
    "system_information",
    metadata,
    Column("domain_name", String(255)),
    Column("sip_domain_name", String(255)),
    Column("monitoring_domain_name", String(255)),
    Column("private_network_cidr", String(8192)),
    Column("log_level", _enum(8, "info", "debug"), nullable=False, default="info"),
)

# Not in jambonz (which keeps both in Redis): the sessions of signed-in users and the
# counters of failed sign-ins, used when no Redis is configured (jambonz/sessions.py).
# A user's tokens are accepted while its session row lives (`expires_at` in the future).
user_sessions = Table(
    OWN_PREFIX + "user_sessions",
    metadata,
    Column(
        "user_sid",
        SID,
        ForeignKey("users.user_sid", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("expires_at", DATETIME, nullable=False),
)

# `failure_key` is a SHA-256 of what is counted (a user name or a client address), so
# that names typed at the sign-in page are not kept.
login_failures = Table(
    OWN_PREFIX + "login_failures",
    metadata,
    Column("failure_key", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("expires_at", DATETIME, nullable=False, index=True),
)


# --- jambonz's tables that no route of this server serves -------------------------------
# jambonz 0.9.6's schema has them (billing, static IPs, DNS records, regex call routes, the
# predefined carriers' templates, sign-ups, the schema's version); they are made with the
# rest on an empty database so that jambonz's components find a whole schema, and deletes
# of an account or an application remove the rows that refer to it.

VARBINARY16 = LargeBinary(16).with_variant(mysql.VARBINARY(16), *_MYSQL)
VARBINARY52 = LargeBinary(52).with_variant(mysql.VARBINARY(52), *_MYSQL)


def _account_ref() -> Column:
    return Column(
        "account_sid", SID, ForeignKey("accounts.account_sid"), nullable=False, index=True
    )


account_static_ips = Table(
    "account_static_ips",
    metadata,
    _sid("account_static_ip_sid"),
    _account_ref(),
    Column("public_ipv4", String(16), nullable=False, unique=True),
    Column("private_ipv4", VARBINARY16, nullable=False, unique=True),
)

account_subscriptions = Table(
    "account_subscriptions",
    metadata,
    _sid("account_subscription_sid"),
    _account_ref(),
    _flag("pending", False),
    Column("effective_start_date", DATETIME, nullable=False, default=utcnow),
    Column("effective_end_date", DATETIME),
    Column("change_reason", String(255)),
    Column("stripe_subscription_id", String(56)),
    Column("stripe_payment_method_id", String(56)),
    Column("stripe_statement_descriptor", String(255)),
    Column("last4", String(512)),
    Column("exp_month", Integer),
    Column("exp_year", Integer),
    Column("card_type", String(16)),
    Column("pending_reason", VARBINARY52),
)

products = Table(
    "products",
    metadata,
    _sid("product_sid"),
    Column("name", String(32), nullable=False),
    Column("category", _enum(32, "api_rate", "voice_call_session", "device"), nullable=False),
)

account_products = Table(
    "account_products",
    metadata,
    _sid("account_product_sid"),
    Column(
        "account_subscription_sid",
        SID,
        ForeignKey("account_subscriptions.account_subscription_sid"),
        nullable=False,
        index=True,
    ),
    Column("product_sid", SID, ForeignKey("products.product_sid"), nullable=False, index=True),
    Column("quantity", Integer, nullable=False),
)

account_offers = Table(
    "account_offers",
    metadata,
    _sid("account_offer_sid"),
    _account_ref(),
    Column("product_sid", SID, ForeignKey("products.product_sid"), nullable=False, index=True),
    Column("stripe_product_id", String(56), nullable=False),
)

call_routes = Table(
    "call_routes",
    metadata,
    _sid("call_route_sid"),
    Column("priority", Integer, nullable=False),
    _account_ref(),
    Column("regex", String(255), nullable=False),
    Column(
        "application_sid",
        SID,
        ForeignKey("applications.application_sid"),
        nullable=False,
        index=True,
    ),
)

dns_records = Table(
    "dns_records",
    metadata,
    _sid("dns_record_sid"),
    _account_ref(),
    Column("record_type", String(6), nullable=False),
    Column("record_id", Integer, nullable=False),
)

predefined_carriers = Table(
    "predefined_carriers",
    metadata,
    _sid("predefined_carrier_sid"),
    Column("name", String(64), nullable=False),
    _flag("requires_static_ip", False),
    _flag("e164_leading_plus", False),
    _flag("requires_register", False),
    Column("register_username", String(64)),
    Column("register_sip_realm", String(64)),
    Column("register_password", String(64)),
    Column("tech_prefix", String(16)),
    Column("inbound_auth_username", String(64)),
    Column("inbound_auth_password", String(64)),
    Column("diversion", String(32)),
    Column("trunk_type", _enum(16, *TRUNK_TYPES), nullable=False, default="static_ip"),
)


def _predefined_carrier_ref() -> Column:
    return Column(
        "predefined_carrier_sid",
        SID,
        ForeignKey("predefined_carriers.predefined_carrier_sid"),
        nullable=False,
        index=True,
    )


predefined_sip_gateways = Table(
    "predefined_sip_gateways",
    metadata,
    _sid("predefined_sip_gateway_sid"),
    Column("ipv4", String(128), nullable=False),
    Column("port", Integer, nullable=False, default=5060),
    Column("inbound", Boolean(create_constraint=False), nullable=False),
    Column("outbound", Boolean(create_constraint=False), nullable=False),
    Column("netmask", Integer, nullable=False, default=32),
    _predefined_carrier_ref(),
)

predefined_smpp_gateways = Table(
    "predefined_smpp_gateways",
    metadata,
    _sid("predefined_smpp_gateway_sid"),
    Column("ipv4", String(128), nullable=False),
    Column("port", Integer, nullable=False, default=2775),
    Column("inbound", Boolean(create_constraint=False), nullable=False),
    Column("outbound", Boolean(create_constraint=False), nullable=False),
    Column("netmask", Integer, nullable=False, default=32),
    _flag("is_primary", True),
    Column("use_tls", Boolean(create_constraint=False), default=False),
    _predefined_carrier_ref(),
)

signup_history = Table(
    "signup_history",
    metadata,
    Column("email", String(255), primary_key=True),
    Column("name", String(255)),
    Column("signed_up_at", DATETIME, default=utcnow),
)

# One row on a database made by jambonz's installer; an empty one made here gets
# JAMBONZ_SCHEMA_VERSION (jambonz/db/migrate.py).
schema_version = Table(
    "schema_version",
    metadata,
    Column("version", String(16)),
)
JAMBONZ_SCHEMA_VERSION = "0.9.6"

# The tables of jambonz's whose rows belong to an account, deleted with it once the
# `account_products` of its subscriptions are gone.
ACCOUNT_ROWS = (account_offers, account_subscriptions, account_static_ips, dns_records, call_routes)


OWN_TABLES = frozenset(name for name in metadata.tables if name.startswith(OWN_PREFIX))
