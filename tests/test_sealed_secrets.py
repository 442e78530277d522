"""Secrets at rest: carrier, webhook and account secrets never reach the database in plain
text, survive a key rotation, and the SQLite files are private to their owner. On MySQL,
jambonz's own database, the secrets of jambonz's tables are kept as jambonz keeps them
(its SBCs and feature servers read them); those of this server's tables are sealed there
too.

Each test writes distinctive secrets through the API and then looks at what the store
really holds: the bytes of the SQLite file and its WAL, or the raw rows of PostgreSQL.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine, text

from jambonz import cli, jambonz_cipher
from jambonz.config import Settings
from jambonz.db.migrate import alembic_config, upgrade
from jambonz.db.urls import libpq_url, sync_url
from jambonz.keyring import key_file_path, read_key_file
from jambonz.sealing import key_id
from tests.conftest import PG_SERVER, Api, Tenant, _pg_admin, app_api, unique
from tests.test_calls import (
    SAY_HANGUP,
    account_with_app,
    basic,
    check_signature,
    final_status_hook,
    place,
    wait_final,
)
from tests.voice_app import VoiceApp

CARRIER_SECRETS = {
    "register_password": "regPw-Zq81",
    "inbound_auth_password": "inPw-Yx72",
    "smpp_password": "smppPw-Wv63",
    "smpp_inbound_password": "smppIn-Ut54",
    "sms_password": "smsPw-Ts45",
    "sms_bearer_token": "bearer-Rq36-token",
    "sms_inbound_password": "smsIn-Po27",
}
HOOK_PASSWORD = "hookPw-Nm18-distinct"
SIP_PASSWORD = "sipPw-Lk09-client"


def _marker() -> str:
    return uuid.uuid4().hex[:6]


async def _carrier(api: Api, suffix: str, token: str | None = "admin", **fields: Any) -> str:
    body = {
        "name": unique("sealed"),
        "register_username": "reguser",
        "inbound_auth_username": "inuser",
        "sms_username": "smsuser",
        "sms_inbound_username": "smsinuser",
        **{name: value + suffix for name, value in CARRIER_SECRETS.items()},
        **fields,
    }
    return await api.create("/v1/VoipCarriers", body, token)


def _stored_bytes(database_url: str) -> bytes:
    """Everything the SQLite store holds on disk: the file and its WAL."""
    path = Path(sync_url(database_url).database or "")
    found = b""
    for suffix in ("", "-wal"):
        file = path.with_name(path.name + suffix)
        if file.exists():
            found += file.read_bytes()
    return found


def _raw(database_url: str, sql: str) -> list[tuple[Any, ...]]:
    """Rows read past SQLAlchemy's types (no opening of sealed values)."""
    if not database_url.startswith("postgresql"):
        engine = create_engine(sync_url(database_url))
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql)).all()]
        finally:
            engine.dispose()
    with psycopg.connect(libpq_url(database_url)) as conn:
        return list(conn.execute(sql).fetchall())


async def test_no_secret_appears_in_the_database(api: Api, database_url: str) -> None:
    suffix = _marker()
    sp = await api.service_provider()
    account = await api.account(sp)
    carrier = await _carrier(api, suffix, service_provider_sid=sp)
    hook_password = HOOK_PASSWORD + suffix
    app = await api.application(
        account,
        call_hook={
            "url": "https://app.example.com/call",
            "method": "POST",
            "username": "hookuser",
            "password": hook_password,
        },
    )
    secret = (await api.get(f"/v1/Accounts/{account}/WebhookSecret")).json()["webhook_secret"]
    # The API reads every one of them back as given.
    got = (await api.get(f"/v1/VoipCarriers/{carrier}")).json()
    for name, value in CARRIER_SECRETS.items():
        assert got[name] == value + suffix
    assert (await api.get(f"/v1/Applications/{app}")).json()["call_hook"][
        "password"
    ] == hook_password
    assert (await api.get(f"/v1/Accounts/{account}")).json()["webhook_secret"] == secret

    plain = [value + suffix for value in CARRIER_SECRETS.values()] + [hook_password, secret]
    if database_url.startswith("sqlite"):
        stored = _stored_bytes(database_url)
        assert stored, "the SQLite file is empty"
        for value in plain:
            assert value.encode() not in stored, value
    carrier_columns = ", ".join(c for c in CARRIER_SECRETS if not c.startswith("sms_"))
    jambonz_rows = _raw(
        database_url,
        f"SELECT {carrier_columns} FROM voip_carriers WHERE voip_carrier_sid = '{carrier}'",
    )
    jambonz_rows += _raw(
        database_url, f"SELECT webhook_secret FROM accounts WHERE account_sid = '{account}'"
    )
    jambonz_rows += _raw(
        database_url,
        "SELECT w.password FROM webhooks w JOIN applications a "
        f"ON a.call_hook_sid = w.webhook_sid WHERE a.application_sid = '{app}'",
    )
    sms_columns = ", ".join(c for c in CARRIER_SECRETS if c.startswith("sms_"))
    own_rows = _raw(
        database_url,
        f"SELECT {sms_columns} FROM japi_carrier_sms WHERE voip_carrier_sid = '{carrier}'",
    )
    kid = api.core.sealer.current_kid
    jambonz_values = [value for row in jambonz_rows for value in row]
    own_values = [value for row in own_rows for value in row]
    assert len(jambonz_values) == 6 and len(own_values) == 3
    if database_url.startswith("mysql"):
        # jambonz's own tables keep secrets as jambonz does, for its SBCs and feature
        # servers; this server's own tables seal them.
        carrier_plain = [value + suffix for value in CARRIER_SECRETS.values()][:4]
        assert jambonz_values == [*carrier_plain, secret, hook_password]
        sealed = own_values
    else:
        sealed = jambonz_values + own_values
    for value in sealed:
        assert value.startswith(f"v2.{kid}."), value
        assert not any(p in value for p in plain)


async def test_account_keys_read_their_providers_carrier_secrets_masked(
    api: Api, tenants: list[Tenant]
) -> None:
    t = tenants[0]
    suffix = _marker()
    shared = await _carrier(api, suffix, t.sp_token, service_provider_sid=t.sp)
    own = await _carrier(api, suffix, t.account_tokens[0])
    as_account = (await api.get(f"/v1/VoipCarriers/{shared}", t.account_tokens[0])).json()
    for name, value in CARRIER_SECRETS.items():
        full = value + suffix
        assert as_account[name] == full[0] + "X" * (len(full) - 1), name
    # usernames are not secrets
    assert as_account["register_username"] == "reguser"
    listed = (await api.get("/v1/VoipCarriers", t.account_tokens[0])).json()
    by_sid = {c["voip_carrier_sid"]: c for c in listed}
    assert by_sid[shared]["sms_bearer_token"].startswith("bXXX")
    # its own carrier, and the provider and admin keys: as stored
    assert by_sid[own]["register_password"] == CARRIER_SECRETS["register_password"] + suffix
    for token in (t.sp_token, "admin"):
        seen = (await api.get(f"/v1/VoipCarriers/{shared}", token)).json()
        assert seen["inbound_auth_password"] == CARRIER_SECRETS["inbound_auth_password"] + suffix


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_sqlite_files_and_key_file_are_private(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/private.db"
    upgrade(url)
    async with app_api(url) as made:
        await made.service_provider()
        for suffix in ("", "-wal", "-shm"):
            file = tmp_path / f"private.db{suffix}"
            assert file.exists() and _mode(file) == 0o600, (suffix, oct(_mode(file)))
    key_file = tmp_path / "private.db.key"
    assert _mode(key_file) == 0o600 and len(read_key_file(key_file)[0]) >= 43
    # An existing world-readable database (an older version's) is tightened at start.
    old = tmp_path / "old.db"
    old.touch()
    os.chmod(old, 0o644)
    upgrade(f"sqlite:///{old}")
    assert _mode(old) == 0o600


async def test_rotation_keeps_every_secret_working(tmp_path: Path) -> None:
    """Create, rotate with the CLI command, restart, read back, and place a call whose
    signed webhook and basic-auth hook a real local listener checks."""
    url = f"sqlite:///{tmp_path}/rotate.db"
    upgrade(url)
    with VoiceApp() as voice:
        async with app_api(url, sim_speed=50.0, webhook_timeout=5.0) as before:
            old_kid = before.core.sealer.current_kid
            account, application = await account_with_app(
                before,
                voice,
                call_hook={
                    "url": f"{voice.url}/call",
                    "method": "POST",
                    "username": "alice",
                    "password": HOOK_PASSWORD,
                },
            )
            carrier = await _carrier(before, "-r")
            client = await before.create(
                "/v1/Clients",
                {"account_sid": account, "username": unique("rot"), "password": SIP_PASSWORD},
            )
            secret = (await before.get(f"/v1/Accounts/{account}/WebhookSecret")).json()[
                "webhook_secret"
            ]
            assert cli.main(["rotate-encryption-key", "--database-url", url]) == 0
            # A server still running reads what the rotation re-sealed (the key file is
            # re-read for a key id it lacks).
            running = (await before.get(f"/v1/VoipCarriers/{carrier}")).json()
            assert running["sms_password"] == CARRIER_SECRETS["sms_password"] + "-r"

        keys = read_key_file(tmp_path / "rotate.db.key")
        assert len(keys) == 2 and key_id(keys[1]) == old_kid
        rows = _raw(url, "SELECT register_password FROM voip_carriers")
        new_kid = key_id(keys[0])
        assert rows and all(r[0].startswith(f"v2.{new_kid}.") for r in rows)

        async with app_api(url, sim_speed=50.0, webhook_timeout=5.0) as after:
            assert after.core.sealer.current_kid == new_kid
            got = (await after.get(f"/v1/VoipCarriers/{carrier}")).json()
            for name, value in CARRIER_SECRETS.items():
                assert got[name] == value + "-r"
            # The SIP client's password (sealed bound to its sid) was re-sealed too: the
            # row holds the new key id and opens with it to what was written.
            ((stored,),) = _raw(url, f"SELECT password FROM clients WHERE client_sid = '{client}'")
            assert stored.startswith(f"v2.{new_kid}.") and SIP_PASSWORD not in stored
            assert after.core.sealer.open(stored, client) == SIP_PASSWORD
            shown = (await after.get(f"/v1/Clients/{client}")).json()["password"]
            assert shown == SIP_PASSWORD[0] + "X" * (len(SIP_PASSWORD) - 1)
            voice.reply("/call", SAY_HANGUP)
            sid = await place(after, account, application_sid=application)
            data = await wait_final(after, account, sid)
            assert data["call_status"] == "completed"
            hooks = await final_status_hook(voice, sid)
            (call_hook,) = [r for r in voice.at("/call") if r.json.get("call_sid") == sid]
            assert call_hook.headers["authorization"] == basic("alice", HOOK_PASSWORD)
            for request in [call_hook, *hooks]:
                check_signature(secret, request)

        # With the old key dropped the values still open (all were re-sealed).
        assert cli.main(["rotate-encryption-key", "--database-url", url, "--drop-old-keys"]) == 0
        assert len(read_key_file(tmp_path / "rotate.db.key")) == 1
        async with app_api(url) as dropped:
            got = (await dropped.get(f"/v1/VoipCarriers/{carrier}")).json()
            assert got["register_password"] == CARRIER_SECRETS["register_password"] + "-r"


def test_rotation_with_an_environment_secret(tmp_path: Path, monkeypatch: Any) -> None:
    url = f"sqlite:///{tmp_path}/env.db"
    monkeypatch.setenv("JAMBONZ_ENCRYPTION_SECRET", "the-old-secret-of-this-test")
    upgrade(url)
    monkeypatch.setenv("JAMBONZ_NEW_ENCRYPTION_SECRET", "the-new-secret-of-this-test")
    assert cli.main(["rotate-encryption-key", "--database-url", url]) == 0
    assert not (tmp_path / "env.db.key").exists()
    # The servers now run with the new secret, the old one still opened; rotating to the
    # new secret again re-seals what they wrote with the old one in between.
    monkeypatch.setenv("JAMBONZ_ENCRYPTION_SECRET", "the-new-secret-of-this-test")
    monkeypatch.setenv("JAMBONZ_ENCRYPTION_OLD_SECRET", "the-old-secret-of-this-test")
    assert cli.main(["rotate-encryption-key", "--database-url", url]) == 0
    # a secret too short is refused, changing nothing
    monkeypatch.setenv("JAMBONZ_NEW_ENCRYPTION_SECRET", "short")
    assert cli.main(["rotate-encryption-key", "--database-url", url]) == 2


def test_migration_seals_plain_text_rows(fresh_url: str) -> None:
    """Rows written in plain text at revision 0011 are sealed by 0014, and the downgrade
    gives them back."""
    config = alembic_config(fresh_url)
    command.upgrade(config, "0011")
    sp, account, carrier, hook = (str(uuid.uuid4()) for _ in range(4))
    secret = "wh_secret_plainTextBefore14"
    statements = [
        f"INSERT INTO webhooks (webhook_sid, url, method, username, password) VALUES "
        f"('{hook}', 'https://x.example.com', 'POST', 'u', 'plainHookPw-0011')",
        f"INSERT INTO service_providers (service_provider_sid, name, created_at) VALUES "
        f"('{sp}', '{unique('sp')}', '2026-01-01 00:00:00')",
        f"INSERT INTO accounts (account_sid, name, service_provider_sid, is_active, created_at, "
        f"plan_type, webhook_secret, disable_cdrs, device_to_call_ratio, record_all_calls, "
        f"record_format, enable_debug_log) VALUES ('{account}', 'a', '{sp}', true, "
        f"'2026-01-01 00:00:00', 'trial', '{secret}', false, 5, false, 'mp3', false)",
        f"INSERT INTO voip_carriers (voip_carrier_sid, name, service_provider_sid, "
        f"e164_leading_plus, requires_register, register_password, "
        f"register_public_ip_in_contact, inbound_auth_password, is_active, created_at, "
        f"smpp_enquire_link_interval, dtmf_type, trunk_type) VALUES ('{carrier}', 'c', "
        f"'{sp}', false, false, 'plainRegPw-0011', false, 'plainInPw-0011', true, "
        f"'2026-01-01 00:00:00', 0, 'rfc2833', 'static_ip')",
    ]
    engine = create_engine(sync_url(fresh_url))
    try:
        with engine.begin() as conn:
            for sql in statements:
                conn.execute(text(sql))
    finally:
        engine.dispose()

    command.upgrade(config, "0014")
    kid = key_id(read_key_file(key_file_path(Settings(database_url=fresh_url)))[0])
    (row,) = _raw(
        fresh_url,
        "SELECT register_password, inbound_auth_password, smpp_password FROM voip_carriers "
        f"WHERE voip_carrier_sid = '{carrier}'",
    )
    assert row[0].startswith(f"v2.{kid}.") and row[1].startswith(f"v2.{kid}.")
    assert row[2] is None
    ((stored_secret,),) = _raw(
        fresh_url, f"SELECT webhook_secret FROM accounts WHERE account_sid = '{account}'"
    )
    assert stored_secret.startswith("v2.") and secret not in stored_secret
    if fresh_url.startswith("sqlite"):
        stored = _stored_bytes(fresh_url)
        for plain in ("plainRegPw-0011", "plainInPw-0011", "plainHookPw-0011", secret):
            assert plain.encode() not in stored, plain

    command.downgrade(config, "0011")
    (row,) = _raw(
        fresh_url,
        f"SELECT register_password, inbound_auth_password FROM voip_carriers "
        f"WHERE voip_carrier_sid = '{carrier}'",
    )
    assert row == ("plainRegPw-0011", "plainInPw-0011")
    command.upgrade(config, "head")


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database of its own (the migration test walks it down and up)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/fresh.db"
        return
    name = f"jz_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    base = PG_SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def test_env_vars_and_bucket_credentials_are_sealed_at_rest(
    api: Api, database_url: str
) -> None:
    """Sealed for their column on SQLite and PostgreSQL; on MySQL in jambonz's format under
    the server's current secret, as jambonz's feature servers decrypt them."""
    sp = await api.service_provider()
    account = await api.account(sp)
    app = await api.application(account, env_vars={"TOKEN": "envSecret-Hj55"})
    bucket = {
        "vendor": "azure",
        "name": "recs",
        "connection_string": "DefaultEndpointsProtocol=https;AccountKey=azSecret-Gf44",
    }
    r = await api.put(f"/v1/Accounts/{account}", json={"bucket_credential": bucket})
    assert r.status_code == 204, r.text
    assert (await api.get(f"/v1/Applications/{app}")).json()["env_vars"] == {
        "TOKEN": "envSecret-Hj55"
    }
    ((env,),) = _raw(
        database_url, f"SELECT env_vars FROM applications WHERE application_sid = '{app}'"
    )
    ((stored,),) = _raw(
        database_url, f"SELECT bucket_credential FROM accounts WHERE account_sid = '{account}'"
    )
    for value, context in ((env, "applications.env_vars"), (stored, "accounts.bucket_credential")):
        assert "Secret-" not in value
        if database_url.startswith("mysql"):
            plain = jambonz_cipher.decrypt(value, [api.core.sealer.secrets[0]])
        else:
            assert value.startswith(f"v2.{api.core.sealer.current_kid}.")
            plain = api.core.sealer.open(value, context)
        assert "Secret-" in plain
    if database_url.startswith("sqlite"):
        on_disk = _stored_bytes(database_url)
        assert b"envSecret-Hj55" not in on_disk and b"azSecret-Gf44" not in on_disk
