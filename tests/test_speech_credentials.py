"""/v1/ServiceProviders/{sid}/SpeechCredentials and /v1/Accounts/{sid}/SpeechCredentials
over HTTP, on SQLite and PostgreSQL: each scope's CRUD, secrets obscured on reads and
sealed at rest, the test operation's answer, tenants kept apart, jambonz's 400s."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select, update

from jambonz import jambonz_cipher
from jambonz.db.tables import speech_credentials
from jambonz.jambonz_cipher import JambonzCipher
from jambonz.sealing import DEVELOPMENT_SECRET, Sealer, Unsealable
from tests.conftest import Api, Tenant

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
PRIVATE_KEY = (
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n"
)
GOOGLE_KEY = json.dumps(
    {
        "type": "service_account",
        "project_id": "acme",
        "private_key_id": "17a374747574b98284",
        "private_key": PRIVATE_KEY,
        "client_email": "tts@acme.iam.gserviceaccount.com",
    }
)
AWS_SECRET = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY"
AWS = {
    "vendor": "aws",
    "access_key_id": "AKIAEXAMPLE123",
    "secret_access_key": AWS_SECRET,
    "aws_region": "us-east-1",
}


def sp_path(sp: str, rest: str = "") -> str:
    return f"/v1/ServiceProviders/{sp}/SpeechCredentials{rest}"


def acct_path(account: str, rest: str = "") -> str:
    return f"/v1/Accounts/{account}/SpeechCredentials{rest}"


def obscured(value: str) -> str:
    return value[:6] + "X" * (len(value) - 6)


async def raw_row(api: Api, sid: str) -> Any:
    async with api.core.db.read() as conn:
        query = select(speech_credentials).where(speech_credentials.c.speech_credential_sid == sid)
        return (await conn.execute(query)).first()


# -- per scope ------------------------------------------------------------------------


async def test_admin_on_the_provider_path(api: Api, tenants: list[Tenant]) -> None:
    sp, account = tenants[0].sp, tenants[0].accounts[0]
    sid = await api.create(sp_path(sp), {**AWS, "use_for_stt": False})
    r = await api.get(sp_path(sp, f"/{sid}"))
    assert r.status_code == 200, r.text
    item = r.json()
    assert item["service_provider_sid"] == sp and item["account_sid"] is None
    assert (item["use_for_tts"], item["use_for_stt"]) == (1, 0)
    assert item["access_key_id"] == "AKIAEXAMPLE123" and item["aws_region"] == "us-east-1"
    assert item["last_tested"] is None and item["tts_tested_ok"] is None
    assert "api_key" not in item and "service_key" not in item  # other vendors' properties
    # The provider's credential is in its list and in its accounts' lists.
    assert sid in [c["speech_credential_sid"] for c in (await api.get(sp_path(sp))).json()]
    listed = (await api.get(acct_path(account))).json()
    assert sid in [c["speech_credential_sid"] for c in listed]
    assert (await api.get(acct_path(account, f"/{sid}"))).status_code == 200

    r = await api.put(sp_path(sp, f"/{sid}"), json={"use_for_stt": True})
    assert r.status_code == 204, r.text
    item = (await api.get(sp_path(sp, f"/{sid}"))).json()
    assert item["use_for_stt"] == 1 and item["aws_region"] == "us-east-1"  # kept
    assert (await api.delete(sp_path(sp, f"/{sid}"))).status_code == 204
    assert (await api.get(sp_path(sp, f"/{sid}"))).status_code == 404


async def test_account_key_adds_its_own_accounts_credentials(
    api: Api, tenants: list[Tenant]
) -> None:
    t = tenants[0]
    account, token = t.accounts[0], t.account_tokens[0]
    sid = await api.create(
        acct_path(account), {"vendor": "deepgram", "api_key": "dg-0123456789"}, token
    )
    row = await raw_row(api, sid)
    assert (row.account_sid, row.service_provider_sid) == (account, t.sp)
    assert row.use_for_tts and row.use_for_stt  # the defaults
    # On its provider's path too, the credential is the account's (as in jambonz).
    sid2 = await api.create(sp_path(t.sp), {"vendor": "soniox", "api_key": "sx-key-1"}, token)
    assert (await raw_row(api, sid2)).account_sid == account
    # The provider's path lists the account key's own credentials, then the provider's.
    listed = [c["speech_credential_sid"] for c in (await api.get(sp_path(t.sp), token)).json()]
    assert listed[:2] == [sid, sid2]
    # The provider key and the admin key see and delete it.
    assert (await api.get(acct_path(account, f"/{sid}"), t.sp_token)).status_code == 200
    assert (await api.get(sp_path(t.sp, f"/{sid}"), t.sp_token)).status_code == 200
    assert (await api.delete(acct_path(account, f"/{sid}"), token)).status_code == 204
    assert (await api.delete(sp_path(t.sp, f"/{sid2}"), t.sp_token)).status_code == 204


async def test_provider_key_adds_an_accounts_credential(api: Api, tenants: list[Tenant]) -> None:
    t = tenants[0]
    account = t.accounts[1]
    on_account = await api.create(acct_path(account), AWS, t.sp_token)
    by_body = await api.create(
        sp_path(t.sp), {"vendor": "voxist", "api_key": "vx-1", "account_sid": account}, t.sp_token
    )
    for sid in (on_account, by_body):
        row = await raw_row(api, sid)
        assert (row.account_sid, row.service_provider_sid) == (account, t.sp)
    # An account of another provider in the body: 403; an unknown one: 400.
    other = tenants[1].accounts[0]
    r = await api.post(sp_path(t.sp), t.sp_token, json={**AWS, "account_sid": other})
    assert r.status_code == 403, r.text
    r = await api.post(sp_path(t.sp), json={**AWS, "account_sid": MISSING})
    assert r.status_code == 400 and r.json()["msg"] == "unknown account_sid"
    # The path's account wins over nothing: a different body account is 422.
    r = await api.post(acct_path(account), json={**AWS, "account_sid": t.accounts[0]})
    assert r.status_code == 422, r.text


# -- reads: obscured; storage: sealed -----------------------------------------------------


async def test_secrets_are_obscured_on_reads(api: Api, tenants: list[Tenant]) -> None:
    account = tenants[0].accounts[0]
    aws = await api.create(acct_path(account), AWS)
    google = await api.create(
        acct_path(account), {"vendor": "google", "service_key": GOOGLE_KEY, "model_id": "g1"}
    )
    ms = await api.create(
        acct_path(account),
        {"vendor": "microsoft", "api_key": "8f3a1c0d2e4b4c6a", "region": "eastus"},
    )
    item = (await api.get(acct_path(account, f"/{aws}"))).json()
    assert item["secret_access_key"] == obscured(AWS_SECRET)
    item = (await api.get(acct_path(account, f"/{ms}"))).json()
    assert item["api_key"] == "8f3a1cXXXXXXXXXX" and item["region"] == "eastus"
    item = (await api.get(acct_path(account, f"/{google}"))).json()
    key = json.loads(item["service_key"])
    assert key["client_email"] == "tts@acme.iam.gserviceaccount.com"
    header = "-----BEGIN PRIVATE KEY-----\n"
    rest = PRIVATE_KEY[len(header) :]
    assert key["private_key"] == header + obscured(rest)
    assert item["model_id"] == "g1"
    for sid in (aws, google, ms):
        assert (await api.delete(acct_path(account, f"/{sid}"))).status_code == 204


async def test_credentials_are_sealed_at_rest(api: Api, tenants: list[Tenant]) -> None:
    account = tenants[0].accounts[0]
    sid = await api.create(acct_path(account), AWS)
    google = await api.create(acct_path(account), {"vendor": "google", "service_key": GOOGLE_KEY})
    row = await raw_row(api, sid)
    for plain in (AWS_SECRET, AWS_SECRET[:12], "AKIAEXAMPLE123", "us-east-1", "secret_access_key"):
        assert plain not in row.credential
    assert api.row_sealed(row.credential)
    google_row = await raw_row(api, google)
    for plain in ("MIIEvQIBADANBgkq", "client_email", "acme.iam"):
        assert plain not in google_row.credential
    # Sealed with the server's key (its key file's here), for this row only; on MySQL in
    # jambonz's format, under the server's current secret (which binds no row).
    opened = json.loads(api.core.row_sealer.open(row.credential, sid))
    assert opened["secret_access_key"] == AWS_SECRET
    for other in (JambonzCipher(Sealer("another secret")), Sealer("another secret")):
        with pytest.raises(Unsealable):
            other.open(row.credential, sid)
    if api.core.db.is_mysql:
        assert jambonz_cipher.decrypt(row.credential, [api.core.sealer.secrets[0]]) == (
            api.core.row_sealer.open(row.credential, google)
        )
    else:
        with pytest.raises(Unsealable):
            Sealer(DEVELOPMENT_SECRET).open(row.credential, sid)
        with pytest.raises(Unsealable):
            api.core.sealer.open(row.credential, google)
    # Two seals of one value differ (a fresh nonce each time).
    assert Sealer("s").seal("x", "c") != Sealer("s").seal("x", "c")

    # A sealed value copied into another row is not read as that row's. jambonz's format
    # (MySQL) binds no row: there, a value encrypted under another secret stands for it.
    foreign = row.credential
    if api.core.db.is_mysql:
        foreign = JambonzCipher(Sealer("another secret")).seal(json.dumps(opened), google)
    async with api.core.db.write() as conn:
        await conn.execute(
            update(speech_credentials)
            .where(speech_credentials.c.speech_credential_sid == google)
            .values(credential=foreign, vendor="aws")
        )
    item = (await api.get(acct_path(account, f"/{google}"))).json()
    assert "secret_access_key" not in item and "access_key_id" not in item
    r = await api.put(acct_path(account, f"/{google}"), json={"use_for_tts": False})
    assert r.status_code == 422 and "cannot be decrypted" in r.json()["msg"]
    r = await api.get(acct_path(account, f"/{google}/test"))
    assert r.status_code == 200 and "cannot be decrypted" in r.json()["tts"]["reason"]
    for s in (sid, google):
        assert (await api.delete(acct_path(account, f"/{s}"))).status_code == 204


# -- the test operation ---------------------------------------------------------------


async def test_testing_a_credential_fails_plainly_and_is_recorded(
    api: Api, tenants: list[Tenant]
) -> None:
    t = tenants[0]
    account, token = t.accounts[0], t.account_tokens[0]
    aws = await api.create(acct_path(account), AWS, token)
    r = await api.get(acct_path(account, f"/{aws}/test"), token)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"tts", "stt"}
    for half in ("tts", "stt"):
        assert body[half]["status"] == "fail"
        assert "does not contact speech vendors" in body[half]["reason"]
    item = (await api.get(acct_path(account, f"/{aws}"), token)).json()
    assert item["last_tested"] is not None
    assert (item["tts_tested_ok"], item["stt_tested_ok"]) == (0, 0)

    # Halves the credential is not used for, or jambonz does not test, are "not tested".
    nvidia = await api.create(
        acct_path(account), {"vendor": "nvidia", "riva_server_uri": "192.0.2.2:50051"}, token
    )
    onprem = await api.create(
        acct_path(account),
        {
            "vendor": "deepgram",
            "deepgram_stt_uri": "192.0.2.3:50002",
            "deepgram_tts_uri": "https://tts.example.com",
        },
        token,
    )
    stt_only = await api.create(
        acct_path(account), {"vendor": "soniox", "api_key": "k", "use_for_tts": False}, token
    )
    expected = {
        nvidia: ("not tested", "not tested"),
        onprem: ("fail", "not tested"),  # jambonz tests deepgram's STT with an api_key only
        stt_only: ("not tested", "fail"),
    }
    for sid, (tts, stt) in expected.items():
        body = (await api.get(acct_path(account, f"/{sid}/test"), token)).json()
        assert (body["tts"]["status"], body["stt"]["status"]) == (tts, stt), sid
        assert "reason" not in body["tts"] or tts == "fail"
    item = (await api.get(acct_path(account, f"/{nvidia}"), token)).json()
    assert (item["tts_tested_ok"], item["stt_tested_ok"]) == (None, None)

    # An account key may test its provider's credential (it sees it in lists), as jambonz.
    sp_cred = await api.create(sp_path(t.sp), AWS)
    r = await api.get(acct_path(account, f"/{sp_cred}/test"), token)
    assert r.status_code == 200 and r.json()["tts"]["status"] == "fail"
    # Another tenant's: not found.
    other = tenants[1].account_tokens[0]
    r = await api.get(acct_path(tenants[1].accounts[0], f"/{aws}/test"), other)
    assert r.status_code == 404


# -- tenants kept apart ---------------------------------------------------------------


async def test_tenants_are_kept_apart(api: Api, tenants: list[Tenant]) -> None:
    a, b = tenants
    mine = await api.create(acct_path(a.accounts[0]), AWS, a.account_tokens[0])
    sp_cred = await api.create(sp_path(a.sp), {**AWS, "label": "shared"})

    # A path tenant outside the key's scope is 403, whether or not it exists ...
    for token in (a.account_tokens[0], a.sp_token):
        for path in (
            acct_path(b.accounts[0]),
            acct_path(MISSING),
            sp_path(b.sp),
            sp_path(MISSING),
        ):
            r = await api.get(path, token)
            assert r.status_code == 403 and r.json() == {"msg": "Insufficient privileges"}, path
            r = await api.post(path, token, json=AWS)
            assert r.status_code == 403, path
    # ... the sibling account too; an admin key gets 404 for one that does not exist.
    r = await api.get(acct_path(a.accounts[1]), a.account_tokens[0])
    assert r.status_code == 403
    assert (await api.get(acct_path(MISSING))).status_code == 404
    assert (await api.get(sp_path(MISSING))).status_code == 404

    # Another tenant's credential under one's own path is not found.
    for path in (
        acct_path(b.accounts[0], f"/{mine}"),
        sp_path(b.sp, f"/{mine}"),
        acct_path(a.accounts[1], f"/{mine}"),
    ):
        assert (await api.get(path)).status_code == 404, path
    assert (await api.get(sp_path(b.sp, f"/{mine}"), b.sp_token)).status_code == 404
    r = await api.get(acct_path(a.accounts[1], f"/{mine}"), a.account_tokens[1])
    assert r.status_code == 404
    assert (await api.delete(sp_path(b.sp, f"/{mine}"), b.sp_token)).status_code == 404
    listed = (await api.get(acct_path(a.accounts[1]), a.account_tokens[1])).json()
    assert mine not in [c["speech_credential_sid"] for c in listed]

    # An account key lists its provider's credential without secrets, and may not read,
    # change or delete it by sid (403, as jambonz).
    token = a.account_tokens[0]
    listed = {
        c["speech_credential_sid"]: c
        for c in (await api.get(acct_path(a.accounts[0]), token)).json()
    }
    assert "secret_access_key" in listed[mine]
    assert "secret_access_key" not in listed[sp_cred]
    assert listed[sp_cred]["access_key_id"] == "AKIAEXAMPLE123"
    for method, kwargs in (("GET", {}), ("PUT", {"json": {"use_for_tts": True}}), ("DELETE", {})):
        r = await api.request(method, acct_path(a.accounts[0], f"/{sp_cred}"), token, **kwargs)
        assert r.status_code == 403 and r.json() == {"msg": "Insufficient privileges"}, method
    # Through the admin key, the secret is there (obscured).
    item = (await api.get(sp_path(a.sp, f"/{sp_cred}"))).json()
    assert item["secret_access_key"] == obscured(AWS_SECRET)
    for path in (acct_path(a.accounts[0], f"/{mine}"), sp_path(a.sp, f"/{sp_cred}")):
        assert (await api.delete(path)).status_code == 204


# -- jambonz's rules, in its words ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "msg"),
    [
        ({"vendor": "bogus"}, "invalid or missing vendor: bogus"),
        ({"vendor": "custom:"}, "invalid or missing vendor: custom:"),
        ({"vendor": "google"}, "invalid json key: service_key is required"),
        (
            {"vendor": "google", "service_key": "not json"},
            "invalid google service account key - not JSON",
        ),
        (
            {"vendor": "google", "service_key": '{"client_email": "a@b"}'},
            "invalid google service account key",
        ),
        (
            {"vendor": "microsoft", "api_key": "k"},
            "invalid azure speech credential: region is required",
        ),
        (
            {"vendor": "elevenlabs", "api_key": "k"},
            "invalid elevenLabs speech credential: model_id is required",
        ),
        ({"vendor": "deepgram"}, "invalid deepgram speech credential: api_key is required"),
        (
            {"vendor": "deepgram", "deepgram_stt_uri": "192.0.2.1:1"},
            "invalid deepgram speech credential: api_key is required",
        ),
        ({"vendor": "nvidia"}, "invalid riva server uri: riva_server_uri is required"),
        (
            {"vendor": "wellsaid", "api_key": ""},
            "invalid wellsaid speech credential: api_key is required",
        ),
        (
            {"vendor": "verbio", "client_id": "c", "client_secret": "s"},
            "invalid verbio speech credential: engine_version is required",
        ),
        (
            {"vendor": "cartesia", "api_key": "k", "use_for_tts": True},
            "invalid cartesia speech credential: model_id is required",
        ),
        (
            {"vendor": "playht", "api_key": "k", "user_id": "u"},
            "invalid playht speech credential: voice_engine is required",
        ),
    ],
)
async def test_invalid_credentials_are_400_in_jambonzs_words(
    api: Api, tenants: list[Tenant], body: dict[str, Any], msg: str
) -> None:
    r = await api.post(acct_path(tenants[0].accounts[0]), json=body)
    assert r.status_code == 400 and r.json() == {"msg": msg}, r.text


async def test_what_each_vendor_keeps(api: Api, tenants: list[Tenant]) -> None:
    account = tenants[0].accounts[0]
    cases = [
        (
            {
                "vendor": "microsoft",
                "custom_tts_endpoint_url": "https://tts.example.com",
                "use_custom_tts": 1,
            },
            {"custom_tts_endpoint_url": "https://tts.example.com", "use_custom_tts": True},
        ),
        (
            {"vendor": "nuance", "nuance_tts_uri": "192.0.2.2:5060", "api_key": "ignored"},
            {"nuance_tts_uri": "192.0.2.2:5060", "secret": None},
        ),
        (
            {
                "vendor": "custom:acme",
                "auth_token": "tok-123456789",
                "custom_tts_url": "https://t.example.com",
            },
            {"auth_token": "tok-12XXXXXXX", "custom_tts_url": "https://t.example.com"},
        ),
        (
            {
                "vendor": "verbio",
                "client_id": "c:i",
                "client_secret": "c:secret",
                "engine_version": "V1",
            },
            {"client_id": "c:i", "client_secret": "c:secrXX", "engine_version": "V1"},
        ),
        (
            {"vendor": "aws", "role_arn": "arn:aws:iam::1:role/x"},
            {"role_arn": "arn:aws:iam::1:role/x"},
        ),
    ]
    for body, shown in cases:
        sid = await api.create(acct_path(account), body)
        item = (await api.get(acct_path(account, f"/{sid}"))).json()
        vendor_props = {
            k: v
            for k, v in item.items()
            if k
            not in {
                "speech_credential_sid",
                "service_provider_sid",
                "account_sid",
                "vendor",
                "label",
                "use_for_tts",
                "use_for_stt",
                "last_used",
                "last_tested",
                "tts_tested_ok",
                "stt_tested_ok",
                "created_at",
            }
        }
        assert vendor_props == shown, body
        assert (await api.delete(acct_path(account, f"/{sid}"))).status_code == 204


async def test_labels_are_unique_per_vendor_and_owner(api: Api, tenants: list[Tenant]) -> None:
    t = tenants[0]
    a0, a1 = t.accounts
    first = await api.create(acct_path(a0), {**AWS, "label": "main"})
    r = await api.post(acct_path(a0), json={**AWS, "label": "main"})
    assert r.status_code == 422
    assert r.json() == {"msg": "Label main is already in use for another speech credential"}
    # Another vendor, or another account, may use the label.
    other_vendor = await api.create(
        acct_path(a0), {"vendor": "soniox", "api_key": "k", "label": "main"}
    )
    sibling = await api.create(acct_path(a1), {**AWS, "label": "main"})
    # A provider's label is taken for its accounts' credentials of that vendor.
    sp_cred = await api.create(sp_path(t.sp), {**AWS, "label": "platform"})
    r = await api.post(acct_path(a0), json={**AWS, "label": "platform"})
    assert r.status_code == 422
    for sid in (first, other_vendor, sibling, sp_cred):
        assert (await api.delete(sp_path(t.sp, f"/{sid}"))).status_code == 204


async def test_updates(api: Api, tenants: list[Tenant]) -> None:
    account = tenants[0].accounts[0]
    r = await api.put(acct_path(account, f"/{MISSING}"), json={"model_id": "x"})
    assert r.status_code == 422 and r.json() == {
        "msg": "use_for_tts and use_for_stt are the only updateable fields"
    }
    dg = await api.create(
        acct_path(account),
        {
            "vendor": "deepgram",
            "deepgram_stt_uri": "127.0.0.1:50002",
            "deepgram_stt_use_tls": True,
            "deepgram_tts_uri": "https://server.com",
        },
    )
    r = await api.put(
        acct_path(account, f"/{dg}"),
        json={
            "vendor": "deepgram",
            "use_for_stt": True,
            "deepgram_stt_uri": "127.0.0.2:50002",
            "deepgram_stt_use_tls": False,
            "deepgram_tts_uri": "https://server2.com",
        },
    )
    assert r.status_code == 204, r.text
    item = (await api.get(acct_path(account, f"/{dg}"))).json()
    assert item["deepgram_stt_uri"] == "127.0.0.2:50002"
    assert item["deepgram_stt_use_tls"] is False
    assert item["deepgram_tts_uri"] == "https://server2.com"

    google = await api.create(
        acct_path(account), {"vendor": "google", "service_key": GOOGLE_KEY, "model_id": "m1"}
    )
    await api.put(acct_path(account, f"/{google}"), json={"use_for_tts": True, "model_id": "m2"})
    assert (await api.get(acct_path(account, f"/{google}"))).json()["model_id"] == "m2"
    await api.put(acct_path(account, f"/{google}"), json={"use_for_tts": True, "model_id": None})
    item = (await api.get(acct_path(account, f"/{google}"))).json()
    assert item["model_id"] is None and "client_email" in item["service_key"]

    # Secrets cannot change by PUT: sent back obscured (or changed) they are ignored.
    aws = await api.create(acct_path(account), AWS)
    seen = (await api.get(acct_path(account, f"/{aws}"))).json()
    r = await api.put(
        acct_path(account, f"/{aws}"),
        json={"use_for_tts": False, "secret_access_key": seen["secret_access_key"], "label": "z"},
    )
    assert r.status_code == 204
    row = await raw_row(api, aws)
    opened = json.loads(api.core.row_sealer.open(row.credential, aws))
    assert opened["secret_access_key"] == AWS_SECRET and row.label is None
    assert opened["aws_region"] == "us-east-1" and not row.use_for_tts

    # A change that leaves the credential invalid is refused.
    ms = await api.create(
        acct_path(account), {"vendor": "microsoft", "api_key": "k", "region": "r"}
    )
    r = await api.put(acct_path(account, f"/{ms}"), json={"use_for_tts": True, "region": None})
    assert r.status_code == 400
    assert r.json() == {"msg": "invalid azure speech credential: region is required"}
    for sid in (dg, google, aws, ms):
        assert (await api.delete(acct_path(account, f"/{sid}"))).status_code == 204


async def test_credentials_go_with_their_account_and_provider(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    own = await api.create(acct_path(account), AWS)
    sp_cred = await api.create(sp_path(sp), AWS)
    assert (await api.delete(f"/v1/Accounts/{account}")).status_code == 204
    assert await raw_row(api, own) is None and await raw_row(api, sp_cred) is not None
    assert (await api.delete(f"/v1/ServiceProviders/{sp}")).status_code == 204
    assert await raw_row(api, sp_cred) is None


# -- languages and voices -------------------------------------------------------------


async def test_languages_and_voices(api: Api, tenants: list[Tenant]) -> None:
    t = tenants[0]
    base = acct_path(t.accounts[0], "/speech/supportedLanguagesAndVoices")
    r = await api.get(base, params={"vendor": "google"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"tts", "stt"}
    us = next(lang for lang in body["tts"] if lang["value"] == "en-US")
    assert us["name"] == "English (United States)"
    assert {"value": "en-US-Standard-C", "name": "Standard-C (Female)"} in us["voices"]
    assert {"name": "English (United States)", "value": "en-US"} in body["stt"]
    expected = {
        "deepgram": {"tts", "stt", "models", "sttModels"},
        "elevenlabs": {"tts", "models"},
        "whisper": {"tts", "models"},
        "soniox": {"stt"},
        "wellsaid": {"tts"},
    }
    for vendor, keys in expected.items():
        body = (await api.get(base, t.account_tokens[0], params={"vendor": vendor})).json()
        assert set(body) == keys and all(body[k] for k in keys), vendor
    sp_base = sp_path(t.sp, "/speech/supportedLanguagesAndVoices")
    r = await api.get(
        sp_base, t.sp_token, params={"vendor": "aws", "label": "x", "create_new": "1"}
    )
    assert (
        r.status_code == 200
        and {"value": "Joanna", "name": "Joanna (Female)"}
        in next(lang for lang in r.json()["tts"] if lang["value"] == "en-US")["voices"]
    )
    r = await api.get(base)
    assert r.status_code == 400 and r.json() == {"msg": "vendor is required"}
    r = await api.get(base, params={"vendor": "deepgramflux"})
    assert r.status_code == 422 and r.json() == {"msg": "Invalid vendor deepgramflux"}
    r = await api.get(
        sp_path(tenants[1].sp, "/speech/supportedLanguagesAndVoices"),
        t.sp_token,
        params={"vendor": "aws"},
    )
    assert r.status_code == 403


async def test_credentials_are_stored_in_jambonzs_shape(api: Api, tenants: list[Tenant]) -> None:
    """A google credential is stored as jambonz stores it (its feature servers read the
    same rows): the service account key itself, with model_id inside; and rows in the
    shapes jambonz's api-server writes read back here, whatever extra properties its
    PUT left in them."""
    account = tenants[0].accounts[0]
    google = await api.create(
        acct_path(account), {"vendor": "google", "service_key": GOOGLE_KEY, "model_id": "g1"}
    )
    row = await raw_row(api, google)
    stored = json.loads(api.core.row_sealer.open(row.credential, google))
    assert stored == {**json.loads(GOOGLE_KEY), "model_id": "g1"}
    item = (await api.get(acct_path(account, f"/{google}"))).json()
    shown = json.loads(item["service_key"])
    assert shown["model_id"] == "g1" and shown["client_email"] == "tts@acme.iam.gserviceaccount.com"
    assert list(shown) == [*json.loads(GOOGLE_KEY), "model_id"]

    # Rows as jambonz's api-server writes them: a google key without model_id, and a
    # microsoft credential after jambonz's PUT, which keeps every property it was sent
    # (here one this server does not know).
    ms = await api.create(
        acct_path(account), {"vendor": "microsoft", "api_key": "k" * 16, "region": "r"}
    )
    rows = {
        google: json.loads(GOOGLE_KEY),
        ms: {
            "api_key": "9a8b7c6d5e4f3a2b",
            "region": "westus",
            "vendor": "microsoft",
            "type": "standard",
        },
    }
    async with api.core.db.write() as conn:
        for sid, value in rows.items():
            await conn.execute(
                update(speech_credentials)
                .where(speech_credentials.c.speech_credential_sid == sid)
                .values(credential=api.core.row_sealer.seal(json.dumps(value), sid))
            )
    item = (await api.get(acct_path(account, f"/{google}"))).json()
    assert item["model_id"] is None
    assert json.loads(item["service_key"])["project_id"] == "acme"
    item = (await api.get(acct_path(account, f"/{ms}"))).json()
    assert item["api_key"] == "9a8b7cXXXXXXXXXX" and item["region"] == "westus"
    assert "type" not in item
    listed = (await api.get(acct_path(account))).json()
    assert {google, ms} <= {c["speech_credential_sid"] for c in listed}
    # Changed here, the google row keeps jambonz's shape.
    r = await api.put(
        acct_path(account, f"/{google}"), json={"use_for_tts": True, "model_id": "g2"}
    )
    assert r.status_code == 204, r.text
    row = await raw_row(api, google)
    assert json.loads(api.core.row_sealer.open(row.credential, google)) == {
        **json.loads(GOOGLE_KEY),
        "model_id": "g2",
    }
    for sid in (google, ms):
        assert (await api.delete(acct_path(account, f"/{sid}"))).status_code == 204
