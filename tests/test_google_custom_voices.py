"""/v1/GoogleCustomVoices over HTTP, on SQLite and PostgreSQL: voices of a Google speech
credential, scoped by their credential, deleted with it."""

from __future__ import annotations

import json

from tests.conftest import Api, Tenant

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"
GOOGLE_KEY = json.dumps(
    {
        "type": "service_account",
        "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\n-----END PRIVATE KEY-----\n",
        "client_email": "tts@acme.iam.gserviceaccount.com",
    }
)
VOICES = "/v1/GoogleCustomVoices"


async def google_credential(api: Api, path: str, token: str = "admin", **fields: str) -> str:
    return await api.create(path, {"vendor": "google", "service_key": GOOGLE_KEY, **fields}, token)


async def test_a_voice_round_trip(api: Api, tenants: list[Tenant]) -> None:
    t = tenants[0]
    account, token = t.accounts[0], t.account_tokens[0]
    cred = await google_credential(api, f"/v1/Accounts/{account}/SpeechCredentials", token)
    body = {"speech_credential_sid": cred, "name": "Sally", "model": "path/to/modelId"}
    sid = await api.create(VOICES, {**body, "reported_usage": "REALTIME"}, token)
    r = await api.get(f"{VOICES}/{sid}", token)
    assert r.status_code == 200
    assert r.json() == {
        "google_custom_voice_sid": sid,
        "speech_credential_sid": cred,
        "name": "Sally",
        "model": "path/to/modelId",
        "reported_usage": "REALTIME",
        "use_voice_cloning_key": 0,
    }
    r = await api.put(f"{VOICES}/{sid}", token, json={"reported_usage": "OFFLINE"})
    assert r.status_code == 204
    listed = (await api.get(VOICES, token, params={"speech_credential_sid": cred})).json()
    assert [(v["google_custom_voice_sid"], v["reported_usage"]) for v in listed] == [
        (sid, "OFFLINE")
    ]
    # By account (the key's own) and label: the credential has no label.
    assert [v["name"] for v in (await api.get(VOICES, token)).json()] == ["Sally"]
    assert (await api.get(VOICES, token, params={"label": "other"})).json() == []
    assert (await api.delete(f"{VOICES}/{sid}", token)).status_code == 204
    assert (await api.get(f"{VOICES}/{sid}", token)).status_code == 404

    # Deleting the credential deletes its voices.
    again = await api.create(VOICES, body, token)
    r = await api.delete(f"/v1/Accounts/{account}/SpeechCredentials/{cred}", token)
    assert r.status_code == 204
    assert (await api.get(f"{VOICES}/{again}")).status_code == 404


async def test_jambonzs_400s_and_the_scopes(api: Api, tenants: list[Tenant]) -> None:
    a, b = tenants
    r = await api.post(VOICES, json={"name": "n", "model": "m"})
    assert r.status_code == 400 and r.json() == {"msg": "missing speech_credential_sid"}
    r = await api.post(VOICES, json={"speech_credential_sid": MISSING, "name": "n", "model": "m"})
    assert r.status_code == 400 and r.json() == {"msg": "Invalid speech_credential_sid"}
    r = await api.get(VOICES)
    assert r.status_code == 400
    assert r.json() == {"msg": "missing account_sid or service_provider_sid in query parameters"}

    theirs = await google_credential(api, f"/v1/Accounts/{b.accounts[0]}/SpeechCredentials")
    sp_cred = await google_credential(
        api, f"/v1/ServiceProviders/{a.sp}/SpeechCredentials", label="sp"
    )
    voice = await api.create(
        VOICES, {"speech_credential_sid": theirs, "name": "Theirs", "model": "m"}
    )
    sp_voice = await api.create(
        VOICES, {"speech_credential_sid": sp_cred, "name": "Platform", "model": "m"}, a.sp_token
    )
    token = a.account_tokens[0]
    # Another tenant's credential or voice: 403 in a body, 404 at a path.
    for name in ("x", "y"):
        body = {
            "speech_credential_sid": theirs if name == "x" else MISSING,
            "name": name,
            "model": "m",
        }
        r = await api.post(VOICES, token, json=body)
        assert r.status_code == 403 and r.json() == {"msg": "Insufficient privileges"}
    for method in ("GET", "DELETE"):
        assert (await api.request(method, f"{VOICES}/{voice}", token)).status_code == 404
    r = await api.get(VOICES, token, params={"speech_credential_sid": theirs})
    assert r.status_code == 404
    r = await api.get(VOICES, a.sp_token, params={"account_sid": b.accounts[0]})
    assert r.status_code == 403
    # The provider's voice: an account key sees it but may neither change nor delete it.
    assert (await api.get(f"{VOICES}/{sp_voice}", token)).status_code == 200
    listed = (await api.get(VOICES, token, params={"label": "sp"})).json()
    assert [v["name"] for v in listed] == ["Platform"]
    r = await api.put(f"{VOICES}/{sp_voice}", token, json={"name": "Mine"})
    assert r.status_code == 403
    assert (await api.delete(f"{VOICES}/{sp_voice}", token)).status_code == 403
    r = await api.post(
        VOICES, token, json={"speech_credential_sid": sp_cred, "name": "n", "model": "m"}
    )
    assert r.status_code == 403
    # The provider key lists its own credentials' voices by label.
    listed = (await api.get(VOICES, a.sp_token, params={"label": "sp"})).json()
    assert [v["name"] for v in listed] == ["Platform"]
    assert (await api.delete(f"{VOICES}/{sp_voice}", a.sp_token)).status_code == 204
