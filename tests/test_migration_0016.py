"""Migration 0016 moves what this server adds to jambonz's tables beside them: webhook
owners, carriers' SMS settings (re-sealed for their new column), API keys' hashes into
jambonz's `token` column; a key made before it still authenticates, and the downgrade
gives the moved values back."""

from __future__ import annotations

import hashlib
import uuid

from alembic import command
from sqlalchemy import create_engine, text

from jambonz.auth import Principal, authenticate
from jambonz.config import Settings
from jambonz.db import Database
from jambonz.db.migrate import alembic_config
from jambonz.db.urls import sync_url
from jambonz.keyring import sealer_for
from jambonz.tokens import stored_form
from tests.conftest import unique
from tests.test_sealed_secrets import _raw, fresh_url  # noqa: F401  (the fixture)


def _execute(url: str, statements: list[str]) -> None:
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            for sql in statements:
                conn.execute(text(sql))
    finally:
        engine.dispose()


async def test_0016_moves_owners_sms_settings_and_key_hashes(fresh_url: str) -> None:  # noqa: F811
    config = alembic_config(fresh_url)
    command.upgrade(config, "0015")
    sealer = sealer_for(Settings(database_url=fresh_url))
    sp, account, carrier, hook, key, short_key = (str(uuid.uuid4()) for _ in range(6))
    token, short = str(uuid.uuid4()), "short-admin"
    sealed_sms = sealer.seal("smsPw-0015", "voip_carriers.sms_password")
    _execute(
        fresh_url,
        [
            f"INSERT INTO service_providers (service_provider_sid, name, created_at) VALUES "
            f"('{sp}', '{unique('sp')}', '2026-01-01 00:00:00')",
            f"INSERT INTO webhooks (webhook_sid, url, method, service_provider_sid, account_sid) "
            f"VALUES ('{hook}', 'https://x.example.com', 'POST', '{sp}', '{account}')",
            f"INSERT INTO voip_carriers (voip_carrier_sid, name, service_provider_sid, "
            f"e164_leading_plus, requires_register, register_public_ip_in_contact, is_active, "
            f"created_at, smpp_enquire_link_interval, dtmf_type, trunk_type, sms_outbound_url, "
            f"sms_password) VALUES ('{carrier}', 'c', '{sp}', false, false, false, true, "
            f"'2026-01-01 00:00:00', 0, 'rfc2833', 'static_ip', 'https://sms.example.com/', "
            f"'{sealed_sms}')",
            f"INSERT INTO api_keys (api_key_sid, token_hash, token_last4, created_at) VALUES "
            f"('{key}', '{hashlib.sha256(token.encode()).hexdigest()}', '{token[-4:]}', "
            f"'2026-01-01 00:00:00')",
            # a short admin token, whose last 4 characters were kept then
            f"INSERT INTO api_keys (api_key_sid, token_hash, token_last4, created_at) VALUES "
            f"('{short_key}', '{hashlib.sha256(short.encode()).hexdigest()}', '{short[-4:]}', "
            f"'2026-01-01 00:00:00')",
        ],
    )

    command.upgrade(config, "head")
    assert _raw(
        fresh_url,
        f"SELECT service_provider_sid, account_sid FROM japi_webhook_owners "
        f"WHERE webhook_sid = '{hook}'",
    ) == [(sp, account)]
    ((url, moved),) = _raw(
        fresh_url,
        f"SELECT sms_outbound_url, sms_password FROM japi_carrier_sms "
        f"WHERE voip_carrier_sid = '{carrier}'",
    )
    assert url == "https://sms.example.com/"
    assert sealer.open(moved, "japi_carrier_sms.sms_password") == "smsPw-0015"
    assert _raw(fresh_url, f"SELECT token FROM api_keys WHERE api_key_sid = '{key}'") == [
        (stored_form(token),)
    ]
    db = Database(fresh_url)
    try:
        assert await authenticate(db, token) == Principal("admin", key)
        assert await authenticate(db, short) == Principal("admin", short_key)
        assert await authenticate(db, stored_form(token)) is None
    finally:
        await db.dispose()

    command.downgrade(config, "0015")
    assert _raw(
        fresh_url,
        f"SELECT service_provider_sid, account_sid FROM webhooks WHERE webhook_sid = '{hook}'",
    ) == [(sp, account)]
    ((url, back),) = _raw(
        fresh_url,
        f"SELECT sms_outbound_url, sms_password FROM voip_carriers "
        f"WHERE voip_carrier_sid = '{carrier}'",
    )
    assert url == "https://sms.example.com/"
    assert sealer.open(back, "voip_carriers.sms_password") == "smsPw-0015"
    ((old_hash, tail),) = _raw(
        fresh_url, f"SELECT token_hash, token_last4 FROM api_keys WHERE api_key_sid = '{key}'"
    )
    # No token is recoverable from its hashed form: the key must be made again.
    assert old_hash != hashlib.sha256(token.encode()).hexdigest() and tail == token[-4:]
    command.upgrade(config, "head")
