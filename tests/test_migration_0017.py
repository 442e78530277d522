"""Migration 0017 seals applications' env_vars and accounts' bucket credentials, which were
plain JSON; on MySQL it writes them, and the speech credentials and SIP clients' passwords
that revision 0016 kept sealed this server's way, in jambonz's format, which jambonz's
components decrypt. The downgrade gives every value back in its earlier form."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from jambonz import jambonz_cipher
from jambonz.config import Settings
from jambonz.db.migrate import alembic_config, upgrade
from jambonz.db.urls import sync_url
from jambonz.keyring import sealer_for
from jambonz.sealing import is_sealed
from tests.conftest import STORES, app_api, database_on, unique
from tests.test_sealed_secrets import _raw

ENV = {"API_KEY": "plainEnv-0016"}
BUCKET = {
    "vendor": "aws_s3",
    "name": "recs",
    "region": "us-east-1",
    "access_key_id": "AKIA0016",
    "secret_access_key": "plainBucket-0016-secret",
}
SPEECH = {"vendor": "deepgram", "api_key": "dgKey-0016-0123456789"}
GOOGLE_KEY = {
    "type": "service_account",
    "client_email": "tts@acme.iam.gserviceaccount.com",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQ0016\n-----END PRIVATE KEY-----\n",
}


@pytest.fixture(params=STORES)
def url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from database_on(request.param, tmp_path_factory)


def _set(url: str, sql: str, **values: str) -> None:
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), values)
    finally:
        engine.dispose()


def _value(url: str, table: str, key: str, sid: str, column: str) -> str:
    ((value,),) = _raw(url, f"SELECT {column} FROM {table} WHERE {key} = '{sid}'")
    return value


async def test_0017_seals_what_was_plain_and_goes_back(url: str) -> None:
    upgrade(url)
    async with app_api(url) as api:
        sp = await api.service_provider()
        account = await api.account(sp)
        app = await api.application(account)
        client = await api.create(
            "/v1/Clients", {"account_sid": account, "username": unique("c"), "password": "pw0016"}
        )
        speech = await api.create(f"/v1/Accounts/{account}/SpeechCredentials", SPEECH)
        google = await api.create(
            f"/v1/Accounts/{account}/SpeechCredentials",
            {"vendor": "google", "service_key": json.dumps(GOOGLE_KEY), "model_id": "m0016"},
        )
    mysql = url.startswith("mysql")
    sealer = sealer_for(Settings(database_url=url), announce=False)
    stored_speech = {"api_key": SPEECH["api_key"]}
    # The rows as revision 0016 kept them: env_vars and bucket_credential plain, the
    # row-bound secrets sealed this server's way.
    _set(
        url,
        "UPDATE applications SET env_vars = :v WHERE application_sid = :s",
        v=json.dumps(ENV),
        s=app,
    )
    _set(
        url,
        "UPDATE accounts SET bucket_credential = :v WHERE account_sid = :s",
        v=json.dumps(BUCKET),
        s=account,
    )
    _set(
        url,
        "UPDATE clients SET password = :v WHERE client_sid = :s",
        v=sealer.seal("pw0016", client),
        s=client,
    )
    _set(
        url,
        "UPDATE speech_credentials SET credential = :v WHERE speech_credential_sid = :s",
        v=sealer.seal(json.dumps(stored_speech), speech),
        s=speech,
    )
    # revision 0016's shape of a google credential
    google_before = {"service_key": GOOGLE_KEY, "model_id": "m0016"}
    _set(
        url,
        "UPDATE speech_credentials SET credential = :v WHERE speech_credential_sid = :s",
        v=sealer.seal(json.dumps(google_before), google),
        s=google,
    )
    config = alembic_config(url)
    command.downgrade(config, "0016")
    assert _value(url, "applications", "application_sid", app, "env_vars") == json.dumps(ENV)

    command.upgrade(config, "head")
    env = _value(url, "applications", "application_sid", app, "env_vars")
    bucket = _value(url, "accounts", "account_sid", account, "bucket_credential")
    password = _value(url, "clients", "client_sid", client, "password")
    credential = _value(url, "speech_credentials", "speech_credential_sid", speech, "credential")
    for stored in (env, bucket, password, credential):
        assert "0016" not in stored
    current = [sealer.secrets[0]]
    if mysql:
        assert json.loads(jambonz_cipher.decrypt(env, current)) == ENV
        assert json.loads(jambonz_cipher.decrypt(bucket, current)) == BUCKET
        assert jambonz_cipher.decrypt(password, current) == "pw0016"
        assert json.loads(jambonz_cipher.decrypt(credential, current)) == stored_speech
        google_now = _value(
            url, "speech_credentials", "speech_credential_sid", google, "credential"
        )
        assert json.loads(jambonz_cipher.decrypt(google_now, current)) == {
            **GOOGLE_KEY,
            "model_id": "m0016",
        }
    else:
        assert json.loads(sealer.open(env, "applications.env_vars")) == ENV
        assert json.loads(sealer.open(bucket, "accounts.bucket_credential")) == BUCKET
        assert sealer.open(password, client) == "pw0016"
    # The server reads them all back.
    async with app_api(url) as api:
        assert (await api.get(f"/v1/Applications/{app}")).json()["env_vars"] == ENV
        got = (await api.get(f"/v1/Accounts/{account}")).json()["bucket_credential"]
        assert got["access_key_id"] == "AKIA0016" and got["secret_access_key"].startswith("plainB")
        assert (await api.get(f"/v1/Clients/{client}")).json()["password"] == "pXXXXX"
        path = f"/v1/Accounts/{account}/SpeechCredentials/{speech}"
        assert (await api.get(path)).json()["api_key"].startswith("dgKey-XXX")
        path = f"/v1/Accounts/{account}/SpeechCredentials/{google}"
        assert (await api.get(path)).json()["model_id"] == "m0016"

    command.downgrade(config, "0016")
    assert _value(url, "applications", "application_sid", app, "env_vars") == json.dumps(ENV)
    assert (
        json.loads(_value(url, "accounts", "account_sid", account, "bucket_credential")) == BUCKET
    )
    password = _value(url, "clients", "client_sid", client, "password")
    assert is_sealed(password) and sealer.open(password, client) == "pw0016"
    credential = _value(url, "speech_credentials", "speech_credential_sid", speech, "credential")
    assert json.loads(sealer.open(credential, speech)) == stored_speech
    google_after = _value(url, "speech_credentials", "speech_credential_sid", google, "credential")
    assert json.loads(sealer.open(google_after, google)) == google_before
