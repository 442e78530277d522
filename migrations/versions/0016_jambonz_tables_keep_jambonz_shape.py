"""jambonz's tables keep jambonz 0.9.6's shape; what this server adds moves beside them

So that one database serves this server and jambonz's own components (its SBCs and feature
servers read these tables through `@jambonz/db-helpers`), jambonz's tables hold jambonz's
columns and no others:

- the owner columns of `webhooks` move to `japi_webhook_owners` (a row per owned webhook);
- the HTTP SMS settings of `voip_carriers` move to `japi_carrier_sms` (a row per carrier
  that has any), their secrets re-sealed for their new column;
- `api_keys.token_hash` and `token_last4` become jambonz's `token` column, holding the
  key's hashed form (jambonz/tokens.py), never the token;
- `service_providers.created_at` and `phone_numbers.created_at`, which jambonz lacks, go;
- jambonz's tables that no route here serves (billing, static IPs, DNS records, call
  routes, predefined carriers, sign-ups, the schema's version) are made, empty.

On MySQL (a database this server made at revision 0015) the secrets of jambonz's own
tables are opened back to plain text, as jambonz keeps them (jambonz/db/sealed.py).

The downgrade moves everything back but the keys: the earlier revision matched a token by
its whole SHA-256, which a hashed form does not keep, so each key is given a `token_hash`
that no token matches (its last 4 characters kept), and must be made again.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 23:30:00
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

from jambonz.config import Settings
from jambonz.keyring import sealer_for
from jambonz.sealing import Sealer, Unsealable, is_sealed

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

SID = sa.String(length=36).with_variant(mysql.CHAR(length=36), "mysql", "mariadb")
MOMENT = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
MYSQL = ("mysql", "mariadb")
SMS_COLUMNS = (
    "sms_outbound_url",
    "sms_username",
    "sms_password",
    "sms_bearer_token",
    "sms_inbound_username",
    "sms_inbound_password",
)
SMS_SEALED = ("sms_password", "sms_bearer_token", "sms_inbound_password")
# The secrets of jambonz's tables, kept plain on MySQL from this revision on.
CLUSTER_PLAIN = (
    ("webhooks", "webhook_sid", "password"),
    ("accounts", "account_sid", "webhook_secret"),
    ("voip_carriers", "voip_carrier_sid", "register_password"),
    ("voip_carriers", "voip_carrier_sid", "inbound_auth_password"),
    ("voip_carriers", "voip_carrier_sid", "smpp_password"),
    ("voip_carriers", "voip_carrier_sid", "smpp_inbound_password"),
)


def _enum(length: int, *values: str) -> Any:
    return sa.String(length=length).with_variant(mysql.ENUM(*values), *MYSQL)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _sealer() -> Sealer:
    url = op.get_bind().engine.url.render_as_string(hide_password=False)
    return sealer_for(Settings.from_env().with_overrides(database_url=url))


def _is_mysql() -> bool:
    return op.get_bind().dialect.name in MYSQL


def _reseal(sealer: Sealer, value: str | None, old: str, new: str) -> str | None:
    """A value sealed for column `old` sealed for column `new` (None stays None)."""
    if value is None:
        return None
    plain = sealer.open(value, old) if is_sealed(value) else value
    return sealer.seal(plain, new)


def _jambonz_tables() -> None:
    op.create_table(
        "predefined_carriers",
        sa.Column("predefined_carrier_sid", SID, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        _flag("requires_static_ip"),
        _flag("e164_leading_plus"),
        _flag("requires_register"),
        sa.Column("register_username", sa.String(length=64)),
        sa.Column("register_sip_realm", sa.String(length=64)),
        sa.Column("register_password", sa.String(length=64)),
        sa.Column("tech_prefix", sa.String(length=16)),
        sa.Column("inbound_auth_username", sa.String(length=64)),
        sa.Column("inbound_auth_password", sa.String(length=64)),
        sa.Column("diversion", sa.String(length=32)),
        sa.Column("trunk_type", _enum(16, "static_ip", "auth", "reg"), nullable=False),
        sa.PrimaryKeyConstraint("predefined_carrier_sid", name=op.f("pk_predefined_carriers")),
    )
    op.create_table(
        "products",
        sa.Column("product_sid", SID, nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column(
            "category", _enum(32, "api_rate", "voice_call_session", "device"), nullable=False
        ),
        sa.PrimaryKeyConstraint("product_sid", name=op.f("pk_products")),
    )
    op.create_table("schema_version", sa.Column("version", sa.String(length=16)))
    op.create_table(
        "signup_history",
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255)),
        sa.Column("signed_up_at", MOMENT),
        sa.PrimaryKeyConstraint("email", name=op.f("pk_signup_history")),
    )
    for kind in ("sip", "smpp"):
        extra = (
            [
                sa.Column("is_primary", sa.Boolean(), nullable=False),
                sa.Column("use_tls", sa.Boolean()),
            ]
            if kind == "smpp"
            else []
        )
        table = f"predefined_{kind}_gateways"
        op.create_table(
            table,
            sa.Column(f"predefined_{kind}_gateway_sid", SID, nullable=False),
            sa.Column("ipv4", sa.String(length=128), nullable=False),
            sa.Column("port", sa.Integer(), nullable=False),
            sa.Column("inbound", sa.Boolean(), nullable=False),
            sa.Column("outbound", sa.Boolean(), nullable=False),
            sa.Column("netmask", sa.Integer(), nullable=False),
            *extra,
            sa.Column("predefined_carrier_sid", SID, nullable=False),
            sa.ForeignKeyConstraint(
                ["predefined_carrier_sid"],
                ["predefined_carriers.predefined_carrier_sid"],
                name=op.f(f"fk_{table}_predefined_carrier_sid"),
            ),
            sa.PrimaryKeyConstraint(f"predefined_{kind}_gateway_sid", name=op.f(f"pk_{table}")),
        )
        _index(table, "predefined_carrier_sid")

    def account_table(name: str, sid: str, *columns: Any, refs: tuple[str, ...] = ()) -> None:
        op.create_table(
            name,
            sa.Column(sid, SID, nullable=False),
            sa.Column("account_sid", SID, nullable=False),
            *columns,
            sa.ForeignKeyConstraint(
                ["account_sid"], ["accounts.account_sid"], name=op.f(f"fk_{name}_account_sid")
            ),
            sa.PrimaryKeyConstraint(sid, name=op.f(f"pk_{name}")),
        )
        _index(name, "account_sid")
        for column in refs:
            _index(name, column)

    account_table(
        "account_offers",
        "account_offer_sid",
        sa.Column("product_sid", SID, nullable=False),
        sa.Column("stripe_product_id", sa.String(length=56), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_sid"], ["products.product_sid"], name=op.f("fk_account_offers_product_sid")
        ),
        refs=("product_sid",),
    )
    account_table(
        "account_static_ips",
        "account_static_ip_sid",
        sa.Column("public_ipv4", sa.String(length=16), nullable=False),
        sa.Column(
            "private_ipv4",
            sa.LargeBinary(length=16).with_variant(sa.VARBINARY(length=16), *MYSQL),
            nullable=False,
        ),
        sa.UniqueConstraint("private_ipv4", name=op.f("uq_account_static_ips_private_ipv4")),
        sa.UniqueConstraint("public_ipv4", name=op.f("uq_account_static_ips_public_ipv4")),
    )
    account_table(
        "account_subscriptions",
        "account_subscription_sid",
        _flag("pending"),
        sa.Column("effective_start_date", MOMENT, nullable=False),
        sa.Column("effective_end_date", MOMENT),
        sa.Column("change_reason", sa.String(length=255)),
        sa.Column("stripe_subscription_id", sa.String(length=56)),
        sa.Column("stripe_payment_method_id", sa.String(length=56)),
        sa.Column("stripe_statement_descriptor", sa.String(length=255)),
        sa.Column("last4", sa.String(length=512)),
        sa.Column("exp_month", sa.Integer()),
        sa.Column("exp_year", sa.Integer()),
        sa.Column("card_type", sa.String(length=16)),
        sa.Column(
            "pending_reason",
            sa.LargeBinary(length=52).with_variant(sa.VARBINARY(length=52), *MYSQL),
        ),
    )
    account_table(
        "dns_records",
        "dns_record_sid",
        sa.Column("record_type", sa.String(length=6), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
    )
    op.create_table(
        "account_products",
        sa.Column("account_product_sid", SID, nullable=False),
        sa.Column("account_subscription_sid", SID, nullable=False),
        sa.Column("product_sid", SID, nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_subscription_sid"],
            ["account_subscriptions.account_subscription_sid"],
            name=op.f("fk_account_products_account_subscription_sid"),
        ),
        sa.ForeignKeyConstraint(
            ["product_sid"], ["products.product_sid"], name=op.f("fk_account_products_product_sid")
        ),
        sa.PrimaryKeyConstraint("account_product_sid", name=op.f("pk_account_products")),
    )
    _index("account_products", "account_subscription_sid")
    _index("account_products", "product_sid")
    account_table(
        "call_routes",
        "call_route_sid",
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("regex", sa.String(length=255), nullable=False),
        sa.Column("application_sid", SID, nullable=False),
        sa.ForeignKeyConstraint(
            ["application_sid"],
            ["applications.application_sid"],
            name=op.f("fk_call_routes_application_sid"),
        ),
        refs=("application_sid",),
    )


JAMBONZ_TABLES = (
    "call_routes",
    "account_products",
    "dns_records",
    "account_subscriptions",
    "account_static_ips",
    "account_offers",
    "predefined_smpp_gateways",
    "predefined_sip_gateways",
    "signup_history",
    "schema_version",
    "products",
    "predefined_carriers",
)


def _index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _webhook_owners_out() -> None:
    op.create_table(
        "japi_webhook_owners",
        sa.Column("webhook_sid", SID, nullable=False),
        sa.Column("service_provider_sid", SID),
        sa.Column("account_sid", SID),
        sa.ForeignKeyConstraint(
            ["webhook_sid"],
            ["webhooks.webhook_sid"],
            name=op.f("fk_japi_webhook_owners_webhook_sid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("webhook_sid", name=op.f("pk_japi_webhook_owners")),
    )
    _index("japi_webhook_owners", "account_sid")
    _index("japi_webhook_owners", "service_provider_sid")
    op.execute(
        "INSERT INTO japi_webhook_owners (webhook_sid, service_provider_sid, account_sid) "
        "SELECT webhook_sid, service_provider_sid, account_sid FROM webhooks "
        "WHERE service_provider_sid IS NOT NULL OR account_sid IS NOT NULL"
    )
    with op.batch_alter_table("webhooks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhooks_account_sid"))
        batch_op.drop_index(batch_op.f("ix_webhooks_service_provider_sid"))
        batch_op.drop_column("service_provider_sid")
        batch_op.drop_column("account_sid")


def _carrier_sms_out(sealer: Sealer) -> None:
    op.create_table(
        "japi_carrier_sms",
        sa.Column("voip_carrier_sid", SID, nullable=False),
        sa.Column("sms_outbound_url", sa.String(length=1024)),
        sa.Column("sms_username", sa.String(length=255)),
        sa.Column("sms_password", sa.Text()),
        sa.Column("sms_bearer_token", sa.Text()),
        sa.Column("sms_inbound_username", sa.String(length=255)),
        sa.Column("sms_inbound_password", sa.Text()),
        sa.ForeignKeyConstraint(
            ["voip_carrier_sid"],
            ["voip_carriers.voip_carrier_sid"],
            name=op.f("fk_japi_carrier_sms_voip_carrier_sid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("voip_carrier_sid", name=op.f("pk_japi_carrier_sms")),
    )
    conn = op.get_bind()
    carriers = sa.table(
        "voip_carriers", sa.column("voip_carrier_sid"), *(sa.column(c) for c in SMS_COLUMNS)
    )
    side = sa.table(
        "japi_carrier_sms", sa.column("voip_carrier_sid"), *(sa.column(c) for c in SMS_COLUMNS)
    )
    rows = conn.execute(
        sa.select(carriers).where(sa.or_(*(carriers.c[c].is_not(None) for c in SMS_COLUMNS)))
    ).all()
    for row in rows:
        values = dict(row._mapping)
        for column in SMS_SEALED:
            values[column] = _reseal(
                sealer, values[column], f"voip_carriers.{column}", f"japi_carrier_sms.{column}"
            )
        conn.execute(sa.insert(side).values(values))
    if rows:
        log.info("moved the SMS settings of %d carriers to japi_carrier_sms", len(rows))
    with op.batch_alter_table("voip_carriers", schema=None) as batch_op:
        for column in SMS_COLUMNS:
            batch_op.drop_column(column)


def _tokens_in_jambonz_column() -> None:
    # The stored forms of jambonz/tokens.py, frozen here.
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token", SID, nullable=True))
    conn = op.get_bind()
    keys = sa.table(
        "api_keys",
        sa.column("api_key_sid"),
        sa.column("token_hash"),
        sa.column("token_last4"),
        sa.column("token"),
    )
    for sid, digest, last4 in conn.execute(
        sa.select(keys.c.api_key_sid, keys.c.token_hash, keys.c.token_last4)
    ).all():
        form = "#" + digest[:31] + last4 if last4 and len(last4) == 4 else "=" + digest[:35]
        conn.execute(sa.update(keys).where(keys.c.api_key_sid == sid).values(token=form))
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.alter_column("token", existing_type=SID, nullable=False)
        batch_op.drop_constraint(batch_op.f("uq_api_keys_token_hash"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_api_keys_token"), ["token"])
        batch_op.drop_column("token_last4")
        batch_op.drop_column("token_hash")


def _cluster_secrets(sealer: Sealer, *, plain: bool) -> None:
    """On MySQL, open jambonz's secrets to plain text (or seal them back)."""
    conn = op.get_bind()
    for table, key, column in CLUSTER_PLAIN:
        t = sa.table(table, sa.column(key), sa.column(column))
        context = f"{table}.{column}"
        for sid, value in conn.execute(
            sa.select(t.c[key], t.c[column]).where(t.c[column].is_not(None))
        ).all():
            if plain and is_sealed(value):
                try:
                    new = sealer.open(value, context)
                except Unsealable:
                    log.warning("%s of %s does not open with any key: left as it is", context, sid)
                    continue
            elif not plain and not is_sealed(value):
                new = sealer.seal(value, context)
            else:
                continue
            conn.execute(sa.update(t).where(t.c[key] == sid).values({column: new}))


def upgrade() -> None:
    sealer = _sealer()
    _webhook_owners_out()
    _carrier_sms_out(sealer)
    _tokens_in_jambonz_column()
    for table in ("phone_numbers", "service_providers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("created_at")
    _jambonz_tables()
    if _is_mysql():
        _cluster_secrets(sealer, plain=True)


def downgrade() -> None:
    sealer = _sealer()
    if _is_mysql():
        _cluster_secrets(sealer, plain=False)
    for table in JAMBONZ_TABLES:
        op.drop_table(table)
    now = sa.text("CURRENT_TIMESTAMP")
    for table in ("phone_numbers", "service_providers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("created_at", MOMENT, nullable=False, server_default=now))
    conn = op.get_bind()

    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("token_last4", sa.String(length=4)))
    keys = sa.table(
        "api_keys",
        sa.column("api_key_sid"),
        sa.column("token"),
        sa.column("token_hash"),
        sa.column("token_last4"),
    )
    for sid, token in conn.execute(sa.select(keys.c.api_key_sid, keys.c.token)).all():
        # No token is recoverable; a 64-digit value that is not hex matches none.
        tail = token[-4:] if token.startswith("#") else None
        conn.execute(
            sa.update(keys)
            .where(keys.c.api_key_sid == sid)
            .values(token_hash=("x" + token).ljust(64, "x")[:64], token_last4=tail)
        )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.alter_column("token_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_constraint(batch_op.f("uq_api_keys_token"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_api_keys_token_hash"), ["token_hash"])
        batch_op.drop_column("token")

    with op.batch_alter_table("voip_carriers", schema=None) as batch_op:
        for column in SMS_COLUMNS:
            kind = (
                sa.Text()
                if column in SMS_SEALED
                else sa.String(length=1024 if column == "sms_outbound_url" else 255)
            )
            batch_op.add_column(sa.Column(column, kind))
    side = sa.table(
        "japi_carrier_sms", sa.column("voip_carrier_sid"), *(sa.column(c) for c in SMS_COLUMNS)
    )
    carriers = sa.table(
        "voip_carriers", sa.column("voip_carrier_sid"), *(sa.column(c) for c in SMS_COLUMNS)
    )
    for row in conn.execute(sa.select(side)).all():
        values = dict(row._mapping)
        sid = values.pop("voip_carrier_sid")
        for column in SMS_SEALED:
            values[column] = _reseal(
                sealer, values[column], f"japi_carrier_sms.{column}", f"voip_carriers.{column}"
            )
        conn.execute(sa.update(carriers).where(carriers.c.voip_carrier_sid == sid).values(values))
    op.drop_table("japi_carrier_sms")

    with op.batch_alter_table("webhooks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service_provider_sid", SID))
        batch_op.add_column(sa.Column("account_sid", SID))
        batch_op.create_index(batch_op.f("ix_webhooks_account_sid"), ["account_sid"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_webhooks_service_provider_sid"), ["service_provider_sid"], unique=False
        )
    owners = sa.table(
        "japi_webhook_owners",
        sa.column("webhook_sid"),
        sa.column("service_provider_sid"),
        sa.column("account_sid"),
    )
    hooks = sa.table(
        "webhooks",
        sa.column("webhook_sid"),
        sa.column("service_provider_sid"),
        sa.column("account_sid"),
    )
    for sid, provider, account in conn.execute(sa.select(owners)).all():
        conn.execute(
            sa.update(hooks)
            .where(hooks.c.webhook_sid == sid)
            .values(service_provider_sid=provider, account_sid=account)
        )
    op.drop_table("japi_webhook_owners")
