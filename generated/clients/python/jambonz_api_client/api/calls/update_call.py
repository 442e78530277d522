from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.call_update import CallUpdate
from ...models.feature_server_answer import FeatureServerAnswer
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    body: CallUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Accounts/{account_sid}/Calls/{call_sid}".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | FeatureServerAnswer | str | None:
    if response.status_code == 200:
        response_200 = FeatureServerAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ApiError.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 480:
        response_480 = ApiError.from_dict(response.json())

        return response_480

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | FeatureServerAnswer | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Response[Any | ApiError | FeatureServerAnswer | str]:
    """Control a live call

     Exactly one of `call_hook` (redirect the call to a new application at once,
    preempting the verb in progress; `call_status_hook` may come with it),
    `call_status` (`completed` hangs up an answered call; `no-answer` cancels a ringing
    outbound call, 487, or rejects an unanswered inbound one, 503), `listen_status`
    (`pause`/`silence`/`resume` an active listen or stream),
    `mute_status` (mute/unmute the caller inside a dial, a queue bridge or a
    conference), `conf_mute_status` (mute/unmute every member of the caller's conference
    that is not a moderator) and `conf_hold_status` (hold/unhold this conference member,
    optionally with a `wait_hook` whose play/say/pause verbs it hears while on hold);
    `whisper` (a say or play verb, or an array of them; no `loop`) alone or with one of
    them, played to the dialled party. `call_status: completed` on a conference member
    hangs it up: it leaves the room (a `leave` event). A call in a conference or a
    queue that gets a `call_hook` leaves it and runs the new application (no
    actionHook). A request the call's current state does not allow answers 422 and
    changes nothing (completed on a ringing call, no-answer on an answered one,
    mute_status outside a dial, bridge or conference, conf_mute_status or
    conf_hold_status outside a conference, listen_status without a listen or stream,
    whisper outside a dial or listen, call_hook on a ringing outbound call); a call
    that is no longer live answers 422 too. **Differs from jambonz**: success is 204
    (jambonz 202).

    **With several instances** (`JAMBONZ_REDIS_URL`), any instance takes the request:
    for a call another instance runs it is answered by that instance, as jambonz's
    api-server sends it to the call's feature server; 503 when Redis cannot say which
    instance runs it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`), after the same checks of
    the body, the body is posted unchanged to `<service_url>/v1/updateCall/<CallSid>`
    of the feature server running the call (its Redis record's `service_url`), and
    its answer is relayed as jambonz relays it: 200 with its JSON, another 2xx with
    that status and its reason phrase as text (`202 Accepted`); its 400, 404 and 422
    with its message (`call session is gone for call_sid ...`). 404 when the call
    has no record in Redis. **Differs from jambonz**: a feature server that cannot be
    reached, or answers another status, is 480 with a `msg` (jambonz answers 500 or
    that status), and errors are always `{"msg"}` (jambonz relays a text body as it
    is).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | FeatureServerAnswer | str]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Any | ApiError | FeatureServerAnswer | str | None:
    """Control a live call

     Exactly one of `call_hook` (redirect the call to a new application at once,
    preempting the verb in progress; `call_status_hook` may come with it),
    `call_status` (`completed` hangs up an answered call; `no-answer` cancels a ringing
    outbound call, 487, or rejects an unanswered inbound one, 503), `listen_status`
    (`pause`/`silence`/`resume` an active listen or stream),
    `mute_status` (mute/unmute the caller inside a dial, a queue bridge or a
    conference), `conf_mute_status` (mute/unmute every member of the caller's conference
    that is not a moderator) and `conf_hold_status` (hold/unhold this conference member,
    optionally with a `wait_hook` whose play/say/pause verbs it hears while on hold);
    `whisper` (a say or play verb, or an array of them; no `loop`) alone or with one of
    them, played to the dialled party. `call_status: completed` on a conference member
    hangs it up: it leaves the room (a `leave` event). A call in a conference or a
    queue that gets a `call_hook` leaves it and runs the new application (no
    actionHook). A request the call's current state does not allow answers 422 and
    changes nothing (completed on a ringing call, no-answer on an answered one,
    mute_status outside a dial, bridge or conference, conf_mute_status or
    conf_hold_status outside a conference, listen_status without a listen or stream,
    whisper outside a dial or listen, call_hook on a ringing outbound call); a call
    that is no longer live answers 422 too. **Differs from jambonz**: success is 204
    (jambonz 202).

    **With several instances** (`JAMBONZ_REDIS_URL`), any instance takes the request:
    for a call another instance runs it is answered by that instance, as jambonz's
    api-server sends it to the call's feature server; 503 when Redis cannot say which
    instance runs it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`), after the same checks of
    the body, the body is posted unchanged to `<service_url>/v1/updateCall/<CallSid>`
    of the feature server running the call (its Redis record's `service_url`), and
    its answer is relayed as jambonz relays it: 200 with its JSON, another 2xx with
    that status and its reason phrase as text (`202 Accepted`); its 400, 404 and 422
    with its message (`call session is gone for call_sid ...`). 404 when the call
    has no record in Redis. **Differs from jambonz**: a feature server that cannot be
    reached, or answers another status, is 480 with a `msg` (jambonz answers 500 or
    that status), and errors are always `{"msg"}` (jambonz relays a text body as it
    is).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | FeatureServerAnswer | str
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Response[Any | ApiError | FeatureServerAnswer | str]:
    """Control a live call

     Exactly one of `call_hook` (redirect the call to a new application at once,
    preempting the verb in progress; `call_status_hook` may come with it),
    `call_status` (`completed` hangs up an answered call; `no-answer` cancels a ringing
    outbound call, 487, or rejects an unanswered inbound one, 503), `listen_status`
    (`pause`/`silence`/`resume` an active listen or stream),
    `mute_status` (mute/unmute the caller inside a dial, a queue bridge or a
    conference), `conf_mute_status` (mute/unmute every member of the caller's conference
    that is not a moderator) and `conf_hold_status` (hold/unhold this conference member,
    optionally with a `wait_hook` whose play/say/pause verbs it hears while on hold);
    `whisper` (a say or play verb, or an array of them; no `loop`) alone or with one of
    them, played to the dialled party. `call_status: completed` on a conference member
    hangs it up: it leaves the room (a `leave` event). A call in a conference or a
    queue that gets a `call_hook` leaves it and runs the new application (no
    actionHook). A request the call's current state does not allow answers 422 and
    changes nothing (completed on a ringing call, no-answer on an answered one,
    mute_status outside a dial, bridge or conference, conf_mute_status or
    conf_hold_status outside a conference, listen_status without a listen or stream,
    whisper outside a dial or listen, call_hook on a ringing outbound call); a call
    that is no longer live answers 422 too. **Differs from jambonz**: success is 204
    (jambonz 202).

    **With several instances** (`JAMBONZ_REDIS_URL`), any instance takes the request:
    for a call another instance runs it is answered by that instance, as jambonz's
    api-server sends it to the call's feature server; 503 when Redis cannot say which
    instance runs it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`), after the same checks of
    the body, the body is posted unchanged to `<service_url>/v1/updateCall/<CallSid>`
    of the feature server running the call (its Redis record's `service_url`), and
    its answer is relayed as jambonz relays it: 200 with its JSON, another 2xx with
    that status and its reason phrase as text (`202 Accepted`); its 400, 404 and 422
    with its message (`call session is gone for call_sid ...`). 404 when the call
    has no record in Redis. **Differs from jambonz**: a feature server that cannot be
    reached, or answers another status, is 480 with a `msg` (jambonz answers 500 or
    that status), and errors are always `{"msg"}` (jambonz relays a text body as it
    is).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | FeatureServerAnswer | str]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
) -> Any | ApiError | FeatureServerAnswer | str | None:
    """Control a live call

     Exactly one of `call_hook` (redirect the call to a new application at once,
    preempting the verb in progress; `call_status_hook` may come with it),
    `call_status` (`completed` hangs up an answered call; `no-answer` cancels a ringing
    outbound call, 487, or rejects an unanswered inbound one, 503), `listen_status`
    (`pause`/`silence`/`resume` an active listen or stream),
    `mute_status` (mute/unmute the caller inside a dial, a queue bridge or a
    conference), `conf_mute_status` (mute/unmute every member of the caller's conference
    that is not a moderator) and `conf_hold_status` (hold/unhold this conference member,
    optionally with a `wait_hook` whose play/say/pause verbs it hears while on hold);
    `whisper` (a say or play verb, or an array of them; no `loop`) alone or with one of
    them, played to the dialled party. `call_status: completed` on a conference member
    hangs it up: it leaves the room (a `leave` event). A call in a conference or a
    queue that gets a `call_hook` leaves it and runs the new application (no
    actionHook). A request the call's current state does not allow answers 422 and
    changes nothing (completed on a ringing call, no-answer on an answered one,
    mute_status outside a dial, bridge or conference, conf_mute_status or
    conf_hold_status outside a conference, listen_status without a listen or stream,
    whisper outside a dial or listen, call_hook on a ringing outbound call); a call
    that is no longer live answers 422 too. **Differs from jambonz**: success is 204
    (jambonz 202).

    **With several instances** (`JAMBONZ_REDIS_URL`), any instance takes the request:
    for a call another instance runs it is answered by that instance, as jambonz's
    api-server sends it to the call's feature server; 503 when Redis cannot say which
    instance runs it.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`), after the same checks of
    the body, the body is posted unchanged to `<service_url>/v1/updateCall/<CallSid>`
    of the feature server running the call (its Redis record's `service_url`), and
    its answer is relayed as jambonz relays it: 200 with its JSON, another 2xx with
    that status and its reason phrase as text (`202 Accepted`); its 400, 404 and 422
    with its message (`call session is gone for call_sid ...`). 404 when the call
    has no record in Redis. **Differs from jambonz**: a feature server that cannot be
    reached, or answers another status, is 480 with a `msg` (jambonz answers 500 or
    that status), and errors are always `{"msg"}` (jambonz relays a text body as it
    is).

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        call_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallUpdate): Exactly one of `call_hook`, `call_status`, `listen_status`,
            `mute_status`,
            `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
            `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
            hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
            again after each round; jambonz's feature server reads it as `wait_hook`). A body
            that breaks these rules answers 422 (rules across properties are kept out of the
            schema so that generated clients get one plain model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | FeatureServerAnswer | str
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
            body=body,
        )
    ).parsed
