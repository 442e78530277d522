"""What the jambonz portal sends back with its changes, accepted as jambonz accepts it: the
resource's own ids in a PUT body (ignored when they repeat the row's, refused when not), an
account's webhook secret, `account_sid: null` on a provider's speech credential, empty
filters, and its doubled slash after the base URL."""

from __future__ import annotations

from tests.conftest import Api, unique


async def test_an_application_put_may_repeat_its_ids(api: Api) -> None:
    sp = await api.service_provider()
    account, other = await api.account(sp), await api.account(sp)
    app = await api.application(account)
    name = unique("renamed")
    body = {"name": name, "account_sid": account.upper(), "application_sid": app}
    r = await api.put(f"/v1/Applications/{app}", json=body)
    assert r.status_code == 204, r.text
    read = (await api.get(f"/v1/Applications/{app}")).json()
    assert read["name"] == name and read["account_sid"] == account
    moved = await api.put(f"/v1/Applications/{app}", json={"name": name, "account_sid": other})
    assert moved.status_code == 400
    assert moved.json() == {"msg": "account_sid may not be modified"}
    assert (await api.get(f"/v1/Applications/{app}")).json()["account_sid"] == account
    only_ids = await api.put(f"/v1/Applications/{app}", json={"application_sid": app})
    assert only_ids.status_code == 204


async def test_a_carrier_put_may_repeat_its_owners(api: Api) -> None:
    sp = await api.service_provider()
    other_sp = await api.service_provider()
    carrier = await api.create(
        f"/v1/ServiceProviders/{sp}/VoipCarriers", {"name": unique("carrier")}
    )
    echo = {
        "name": "renamed carrier",
        "voip_carrier_sid": carrier,
        "service_provider_sid": sp,
        "account_sid": None,
    }
    r = await api.put(f"/v1/ServiceProviders/{sp}/VoipCarriers/{carrier}", json=echo)
    assert r.status_code == 204, r.text
    assert (await api.get(f"/v1/VoipCarriers/{carrier}")).json()["name"] == "renamed carrier"
    for change, name in (
        ({"service_provider_sid": other_sp}, "service_provider_sid"),
        ({"account_sid": await api.account(sp)}, "account_sid"),
    ):
        r = await api.put(f"/v1/VoipCarriers/{carrier}", json={**echo, **change})
        assert r.status_code == 400 and r.json() == {"msg": f"{name} may not be modified"}
    read = (await api.get(f"/v1/VoipCarriers/{carrier}")).json()
    assert read["service_provider_sid"] == sp and read["account_sid"] is None


async def test_an_account_put_sets_its_webhook_secret(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    secret = "wh_secret_ChosenByThePortal1234"
    r = await api.put(f"/v1/Accounts/{account}", json={"name": unique(), "webhook_secret": secret})
    assert r.status_code == 204, r.text
    read = await api.get(f"/v1/Accounts/{account}/WebhookSecret")
    assert read.json() == {"webhook_secret": secret}
    empty = await api.put(f"/v1/Accounts/{account}", json={"webhook_secret": ""})
    assert empty.status_code == 400


async def test_empty_filters_and_a_doubled_slash(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    r = await api.get(
        "/v1/GoogleCustomVoices", params={"account_sid": "", "service_provider_sid": sp}
    )
    assert r.status_code == 200, r.text
    assert r.json() == []
    bad = await api.get("/v1/GoogleCustomVoices", params={"account_sid": "nope"})
    assert bad.status_code == 400
    doubled = await api.get(f"/v1//Accounts/{account}/SpeechCredentials")
    assert doubled.status_code == 200 and doubled.json() == []
    assert (await api.get("/v1//Accounts//")).status_code == 200


async def test_a_provider_credential_may_say_account_sid_null(api: Api) -> None:
    sp = await api.service_provider()
    body = {
        "vendor": "microsoft",
        "api_key": "an-api-key-for-the-test",
        "region": "eastus",
        "use_for_tts": 1,
        "use_for_stt": 1,
        "account_sid": None,
    }
    r = await api.post(f"/v1/ServiceProviders/{sp}/SpeechCredentials", json=body)
    assert r.status_code == 201, r.text
    listed = (await api.get(f"/v1/ServiceProviders/{sp}/SpeechCredentials")).json()
    assert [c["account_sid"] for c in listed] == [None]


async def test_a_gateway_put_may_repeat_its_ids(api: Api) -> None:
    sp = await api.service_provider()
    carrier = await api.create(f"/v1/ServiceProviders/{sp}/VoipCarriers", {"name": unique()})
    other = await api.create(f"/v1/ServiceProviders/{sp}/VoipCarriers", {"name": unique()})
    for kind, sid_name in (
        ("SipGateways", "sip_gateway_sid"),
        ("SmppGateways", "smpp_gateway_sid"),
    ):
        gw = await api.create(f"/v1/{kind}", {"voip_carrier_sid": carrier, "ipv4": "192.0.2.10"})
        echo = {"voip_carrier_sid": carrier, sid_name: gw, "port": 5080}
        r = await api.put(f"/v1/{kind}/{gw}", json=echo)
        assert r.status_code == 204, r.text
        assert (await api.get(f"/v1/{kind}/{gw}")).json()["port"] == 5080
        moved = await api.put(f"/v1/{kind}/{gw}", json={**echo, "voip_carrier_sid": other})
        assert moved.json() == {"msg": "voip_carrier_sid may not be modified"}
        assert (await api.get(f"/v1/{kind}/{gw}")).json()["voip_carrier_sid"] == carrier


async def test_a_speech_credential_put_may_say_account_sid_null(api: Api) -> None:
    sp = await api.service_provider()
    body = {"vendor": "microsoft", "api_key": "an-api-key", "region": "eastus"}
    sid = await api.create(f"/v1/ServiceProviders/{sp}/SpeechCredentials", body)
    r = await api.put(
        f"/v1/ServiceProviders/{sp}/SpeechCredentials/{sid}",
        json={"account_sid": None, "use_for_tts": 0},
    )
    assert r.status_code == 204, r.text
    read = (await api.get(f"/v1/ServiceProviders/{sp}/SpeechCredentials/{sid}")).json()
    assert read["account_sid"] is None and read["use_for_tts"] == 0
