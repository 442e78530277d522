"""The generated Python client (generated/clients/python) against a live server.

The client is generated from the contract by openapi-python-client (`make clients`); these
tests prove that what it generates really talks to this server: a complete management round
trip and one simulated call, through typed models only (no hand-built JSON).
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live import live_server
from tests.voice_app import VoiceApp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated" / "clients" / "python"))

from jambonz_api_client import AuthenticatedClient  # noqa: E402
from jambonz_api_client.api.accounts import create_account, delete_account  # noqa: E402
from jambonz_api_client.api.api_keys import create_api_key, delete_api_key  # noqa: E402
from jambonz_api_client.api.applications import (  # noqa: E402
    create_application,
    delete_application,
    get_application,
    list_applications,
    update_application,
)
from jambonz_api_client.api.calls import create_call, get_call  # noqa: E402
from jambonz_api_client.api.service_providers import (  # noqa: E402
    create_service_provider,
    delete_service_provider,
    get_service_provider,
)
from jambonz_api_client.models import (  # noqa: E402
    AccountCreate,
    ApiError,
    ApiKeyCreate,
    ApiKeyCreated,
    Application,
    ApplicationCreate,
    ApplicationUpdate,
    Call,
    CallCreate,
    CallCreatedBody,
    Created,
    HookObjectInput,
    PhoneTarget,
    ServiceProviderCreate,
)

ADMIN = "6b0f3c2e-9d4a-4e1b-8c7f-2a5d9e3b1c40"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("python-client")
    with live_server(workdir, JAMBONZ_ADMIN_TOKEN=ADMIN, JAMBONZ_SIM_SPEED="20") as (base, _):
        yield f"{base}/v1"


def client(base_url: str, token: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True)


def created(answer: object) -> str:
    assert isinstance(answer, Created), answer
    return answer.sid


def test_management_round_trip(base_url: str) -> None:
    admin = client(base_url, ADMIN)
    name = f"py-{uuid.uuid4().hex[:8]}"

    sp = created(create_service_provider.sync(client=admin, body=ServiceProviderCreate(name=name)))
    account = created(
        create_account.sync(client=admin, body=AccountCreate(name=name, service_provider_sid=sp))
    )
    app_sid = created(
        create_application.sync(
            client=admin,
            body=ApplicationCreate(
                name="ivr",
                account_sid=account,
                call_hook=HookObjectInput(url="https://app.example.com/call", method="POST"),
                call_status_hook="https://app.example.com/status",
            ),
        )
    )
    key = create_api_key.sync(client=admin, body=ApiKeyCreate(account_sid=account))
    assert isinstance(key, ApiKeyCreated), key
    mine = client(base_url, key.token)

    listed = list_applications.sync(client=mine)
    assert isinstance(listed, list), listed
    assert [(a.application_sid, a.name) for a in listed] == [(app_sid, "ivr")]
    assert listed[0].call_hook is not None
    assert listed[0].call_hook.url == "https://app.example.com/call"
    assert listed[0].call_status_hook is not None
    assert listed[0].call_status_hook.method == "POST"

    done = update_application.sync_detailed(
        app_sid, client=mine, body=ApplicationUpdate(name="ivr-renamed", record_all_calls=True)
    )
    assert done.status_code == 204, done.content
    read = get_application.sync(app_sid, client=mine)
    assert isinstance(read, Application), read
    assert (read.name, read.record_all_calls) == ("ivr-renamed", 1)

    assert delete_application.sync_detailed(app_sid, client=mine).status_code == 204
    gone = get_application.sync_detailed(app_sid, client=mine)
    assert gone.status_code == 404
    assert isinstance(gone.parsed, ApiError)
    assert gone.parsed.msg

    assert delete_api_key.sync_detailed(key.sid, client=admin).status_code == 204
    assert delete_account.sync_detailed(account, client=admin).status_code == 204
    assert delete_service_provider.sync_detailed(sp, client=admin).status_code == 204
    assert get_service_provider.sync_detailed(sp, client=admin).status_code == 404


def test_failure_is_a_typed_error(base_url: str) -> None:
    admin = client(base_url, ADMIN)
    answer = create_service_provider.sync_detailed(
        client=admin, body=ServiceProviderCreate(name="x" * 65)
    )
    assert answer.status_code == 400
    assert isinstance(answer.parsed, ApiError)
    assert "name" in answer.parsed.msg


def test_simulated_call(base_url: str) -> None:
    admin = client(base_url, ADMIN)
    name = f"py-call-{uuid.uuid4().hex[:8]}"
    sp = created(create_service_provider.sync(client=admin, body=ServiceProviderCreate(name=name)))
    account = created(
        create_account.sync(client=admin, body=AccountCreate(name=name, service_provider_sid=sp))
    )
    key = create_api_key.sync(client=admin, body=ApiKeyCreate(account_sid=account))
    assert isinstance(key, ApiKeyCreated), key
    mine = client(base_url, key.token)

    with VoiceApp() as app:
        app.reply("/call", [{"verb": "say", "text": "hi"}, {"verb": "hangup"}])
        placed = create_call.sync(
            account,
            client=mine,
            body=CallCreate(
                from_="15085550100",
                to=PhoneTarget(type_="phone", number="15085550199"),
                call_hook=f"{app.url}/call",
            ),
        )
        assert isinstance(placed, CallCreatedBody), placed
        call = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            call = get_call.sync(account, placed.sid, client=mine)
            assert isinstance(call, Call), call
            if call.call_status == "completed":
                break
            time.sleep(0.05)
        assert isinstance(call, Call)
        assert (call.call_sid, call.call_status, call.direction) == (
            placed.sid,
            "completed",
            "outbound",
        )
        assert call.answered_at is not None
        hooks = app.at("/call")
        assert len(hooks) == 1
        assert hooks[0].json["call_sid"] == placed.sid
        assert hooks[0].json["direction"] == "outbound"
