from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.call_create import CallCreate
from ...models.call_created_body import CallCreatedBody
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: CallCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Calls".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CallCreatedBody | None:
    if response.status_code == 201:
        response_201 = CallCreatedBody.from_dict(response.json())

        return response_201

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
) -> Response[ApiError | CallCreatedBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallCreate,
) -> Response[ApiError | CallCreatedBody]:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**, which really requests
    the application's webhooks (signed with the account's webhook secret) and runs the
    verbs they answer. Status webhooks go to `call_status_hook`: `trying`, `ringing`
    (or `early-media`), `in-progress` on answer, then `completed` (with `duration`),
    or a final `busy`, `no-answer` or `failed`.

    **Far-end behaviour.** The far end (the callee, and each target of a `dial` verb)
    answers after a one-second ring and stays on the line until the application or
    the API hangs up. Other behaviours are chosen by deterministic rules on the
    target; a later source overrides an earlier one, setting by setting:

    1. Reserved test numbers: a phone/teams `number`, or the user part of a user `name`
       or of a `sipUri` (a leading `+` ignored).
       `1500555` `0` + a SIP code 400-699 refuses the call with that code: 486, 600,
       603 end `busy`; 408, 480, 487 ring until `timeout` and end `no-answer` with that
       code; any other code ends `failed` (`15005550486` busy, `15005550404` failed).
       `1500555` `1` + N answers and hangs up N seconds later (`15005551030`).
       `1500555` `2` + digits answers and keys those digits at every `gather`
       (`15005552123` keys `123`).
    2. `sim-*` parameters of a `sipUri` (URL-decoded), the same settings as the
       headers below without their `X-Sim-` prefix:
       `sip:bob@example.com;sim-result=busy;sim-ring=3`.
    3. `X-Sim-*` headers of the target (`to.headers`, this request's `headers`, a dial
       target's `headers`; names case-insensitive): `X-Sim-Result` `answer`, `busy`
       (486), `no-answer` (rings until `timeout`, 487), `reject` (403 unless
       `X-Sim-Code`) or `fail` (503 unless `X-Sim-Code`); `X-Sim-Code` the SIP status
       400-699 of a refusal, classified as for the reserved numbers (alone it means
       `reject`); `X-Sim-Ring` seconds of ringing before the answer or refusal (default
       1; longer than `timeout` ends `no-answer` 487); `X-Sim-Early-Media: true` (183
       `early-media` instead of 180 `ringing`); `X-Sim-Hangup-After` seconds after the
       answer; `X-Sim-Digits` DTMF keyed at each `gather`; `X-Sim-Speech` words said at
       each `gather`.

    Values that do not parse are ignored. A `gather` gets the far end's digits
    (`reason: dtmfDetected`, cut at `finishOnKey` and to `numDigits`/`maxDigits`) when
    its `input` includes `digits`, else its speech (`speechDetected`) when `input`
    includes `speech`, else `reason: timeout` after its `timeout` (default 5 s).
    Verbs take simulated time: `say` 2.5 words a second (at least 0.5 s), `play` its
    `timeoutSecs` (default 5 s) per URL, `pause` its `length`, `listen` its `maxLength`
    (else until the call ends). Time runs `JAMBONZ_SIM_SPEED` times faster than real
    time (default 1); durations and record times are simulated seconds.

    Admin keys and the account's own keys; service provider keys get 400 `unauthorized
    createCall request for account ...` (as jambonz), and so does a body with both or
    neither of `application_sid` and `call_hook`. **Differs from jambonz**: the five
    speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is placed as
    jambonz's api-server places it: on the feature server of `JAMBONZ_FEATURE_SERVER_URL`,
    else on the members of the cluster's Redis set `<JAMBONZ_CLUSTER_ID>:fs-service-url`
    in turn, by posting to its `/v1/createCall` the request body with `account_sid`
    added, string hooks as `{"url", "method": "POST"}` and, with an `application_sid`,
    the application's `call_hook` and `call_status_hook` (the webhook rows:
    `webhook_sid`, `url`, `method`, `username`, `password`), `app_json` and five speech
    settings in place of the body's; the feature server's 201 `{sid, callId}` is the
    answer. The far-end rules above are then the simulator's only. No feature server
    known: 480 `no available feature servers at this time`, as jambonz answers (after
    the checks of the key and the body here; jambonz answers it before them). The
    session limit is checked against the SBCs' counts of live calls in Redis.
    **Differs from jambonz**: a feature server that cannot be reached, or answers
    anything but 201 `{sid, callId}`, is 480 with a `msg` saying so (jambonz answers
    500, `Internal Server Error` or `{"msg": "fetch failed"}`): the server did not
    fail, the platform could not take the call now, and the client may retry.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (400 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model). On the call simulator the far end's behaviour follows from
            `to` and `headers` by the rules described on `POST /Accounts/{AccountSid}/Calls`:
            it answers after a one-second ring unless a reserved number (`1500555…`), a
            `sim-*` SIP URI parameter or an `X-Sim-*` header says otherwise (e.g.
            `{"type": "phone", "number": "15005550486"}` is busy; `"headers": {"X-Sim-Result":
            "no-answer"}` rings until `timeout`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CallCreatedBody]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallCreate,
) -> ApiError | CallCreatedBody | None:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**, which really requests
    the application's webhooks (signed with the account's webhook secret) and runs the
    verbs they answer. Status webhooks go to `call_status_hook`: `trying`, `ringing`
    (or `early-media`), `in-progress` on answer, then `completed` (with `duration`),
    or a final `busy`, `no-answer` or `failed`.

    **Far-end behaviour.** The far end (the callee, and each target of a `dial` verb)
    answers after a one-second ring and stays on the line until the application or
    the API hangs up. Other behaviours are chosen by deterministic rules on the
    target; a later source overrides an earlier one, setting by setting:

    1. Reserved test numbers: a phone/teams `number`, or the user part of a user `name`
       or of a `sipUri` (a leading `+` ignored).
       `1500555` `0` + a SIP code 400-699 refuses the call with that code: 486, 600,
       603 end `busy`; 408, 480, 487 ring until `timeout` and end `no-answer` with that
       code; any other code ends `failed` (`15005550486` busy, `15005550404` failed).
       `1500555` `1` + N answers and hangs up N seconds later (`15005551030`).
       `1500555` `2` + digits answers and keys those digits at every `gather`
       (`15005552123` keys `123`).
    2. `sim-*` parameters of a `sipUri` (URL-decoded), the same settings as the
       headers below without their `X-Sim-` prefix:
       `sip:bob@example.com;sim-result=busy;sim-ring=3`.
    3. `X-Sim-*` headers of the target (`to.headers`, this request's `headers`, a dial
       target's `headers`; names case-insensitive): `X-Sim-Result` `answer`, `busy`
       (486), `no-answer` (rings until `timeout`, 487), `reject` (403 unless
       `X-Sim-Code`) or `fail` (503 unless `X-Sim-Code`); `X-Sim-Code` the SIP status
       400-699 of a refusal, classified as for the reserved numbers (alone it means
       `reject`); `X-Sim-Ring` seconds of ringing before the answer or refusal (default
       1; longer than `timeout` ends `no-answer` 487); `X-Sim-Early-Media: true` (183
       `early-media` instead of 180 `ringing`); `X-Sim-Hangup-After` seconds after the
       answer; `X-Sim-Digits` DTMF keyed at each `gather`; `X-Sim-Speech` words said at
       each `gather`.

    Values that do not parse are ignored. A `gather` gets the far end's digits
    (`reason: dtmfDetected`, cut at `finishOnKey` and to `numDigits`/`maxDigits`) when
    its `input` includes `digits`, else its speech (`speechDetected`) when `input`
    includes `speech`, else `reason: timeout` after its `timeout` (default 5 s).
    Verbs take simulated time: `say` 2.5 words a second (at least 0.5 s), `play` its
    `timeoutSecs` (default 5 s) per URL, `pause` its `length`, `listen` its `maxLength`
    (else until the call ends). Time runs `JAMBONZ_SIM_SPEED` times faster than real
    time (default 1); durations and record times are simulated seconds.

    Admin keys and the account's own keys; service provider keys get 400 `unauthorized
    createCall request for account ...` (as jambonz), and so does a body with both or
    neither of `application_sid` and `call_hook`. **Differs from jambonz**: the five
    speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is placed as
    jambonz's api-server places it: on the feature server of `JAMBONZ_FEATURE_SERVER_URL`,
    else on the members of the cluster's Redis set `<JAMBONZ_CLUSTER_ID>:fs-service-url`
    in turn, by posting to its `/v1/createCall` the request body with `account_sid`
    added, string hooks as `{"url", "method": "POST"}` and, with an `application_sid`,
    the application's `call_hook` and `call_status_hook` (the webhook rows:
    `webhook_sid`, `url`, `method`, `username`, `password`), `app_json` and five speech
    settings in place of the body's; the feature server's 201 `{sid, callId}` is the
    answer. The far-end rules above are then the simulator's only. No feature server
    known: 480 `no available feature servers at this time`, as jambonz answers (after
    the checks of the key and the body here; jambonz answers it before them). The
    session limit is checked against the SBCs' counts of live calls in Redis.
    **Differs from jambonz**: a feature server that cannot be reached, or answers
    anything but 201 `{sid, callId}`, is 480 with a `msg` saying so (jambonz answers
    500, `Internal Server Error` or `{"msg": "fetch failed"}`): the server did not
    fail, the platform could not take the call now, and the client may retry.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (400 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model). On the call simulator the far end's behaviour follows from
            `to` and `headers` by the rules described on `POST /Accounts/{AccountSid}/Calls`:
            it answers after a one-second ring unless a reserved number (`1500555…`), a
            `sim-*` SIP URI parameter or an `X-Sim-*` header says otherwise (e.g.
            `{"type": "phone", "number": "15005550486"}` is busy; `"headers": {"X-Sim-Result":
            "no-answer"}` rings until `timeout`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CallCreatedBody
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallCreate,
) -> Response[ApiError | CallCreatedBody]:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**, which really requests
    the application's webhooks (signed with the account's webhook secret) and runs the
    verbs they answer. Status webhooks go to `call_status_hook`: `trying`, `ringing`
    (or `early-media`), `in-progress` on answer, then `completed` (with `duration`),
    or a final `busy`, `no-answer` or `failed`.

    **Far-end behaviour.** The far end (the callee, and each target of a `dial` verb)
    answers after a one-second ring and stays on the line until the application or
    the API hangs up. Other behaviours are chosen by deterministic rules on the
    target; a later source overrides an earlier one, setting by setting:

    1. Reserved test numbers: a phone/teams `number`, or the user part of a user `name`
       or of a `sipUri` (a leading `+` ignored).
       `1500555` `0` + a SIP code 400-699 refuses the call with that code: 486, 600,
       603 end `busy`; 408, 480, 487 ring until `timeout` and end `no-answer` with that
       code; any other code ends `failed` (`15005550486` busy, `15005550404` failed).
       `1500555` `1` + N answers and hangs up N seconds later (`15005551030`).
       `1500555` `2` + digits answers and keys those digits at every `gather`
       (`15005552123` keys `123`).
    2. `sim-*` parameters of a `sipUri` (URL-decoded), the same settings as the
       headers below without their `X-Sim-` prefix:
       `sip:bob@example.com;sim-result=busy;sim-ring=3`.
    3. `X-Sim-*` headers of the target (`to.headers`, this request's `headers`, a dial
       target's `headers`; names case-insensitive): `X-Sim-Result` `answer`, `busy`
       (486), `no-answer` (rings until `timeout`, 487), `reject` (403 unless
       `X-Sim-Code`) or `fail` (503 unless `X-Sim-Code`); `X-Sim-Code` the SIP status
       400-699 of a refusal, classified as for the reserved numbers (alone it means
       `reject`); `X-Sim-Ring` seconds of ringing before the answer or refusal (default
       1; longer than `timeout` ends `no-answer` 487); `X-Sim-Early-Media: true` (183
       `early-media` instead of 180 `ringing`); `X-Sim-Hangup-After` seconds after the
       answer; `X-Sim-Digits` DTMF keyed at each `gather`; `X-Sim-Speech` words said at
       each `gather`.

    Values that do not parse are ignored. A `gather` gets the far end's digits
    (`reason: dtmfDetected`, cut at `finishOnKey` and to `numDigits`/`maxDigits`) when
    its `input` includes `digits`, else its speech (`speechDetected`) when `input`
    includes `speech`, else `reason: timeout` after its `timeout` (default 5 s).
    Verbs take simulated time: `say` 2.5 words a second (at least 0.5 s), `play` its
    `timeoutSecs` (default 5 s) per URL, `pause` its `length`, `listen` its `maxLength`
    (else until the call ends). Time runs `JAMBONZ_SIM_SPEED` times faster than real
    time (default 1); durations and record times are simulated seconds.

    Admin keys and the account's own keys; service provider keys get 400 `unauthorized
    createCall request for account ...` (as jambonz), and so does a body with both or
    neither of `application_sid` and `call_hook`. **Differs from jambonz**: the five
    speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is placed as
    jambonz's api-server places it: on the feature server of `JAMBONZ_FEATURE_SERVER_URL`,
    else on the members of the cluster's Redis set `<JAMBONZ_CLUSTER_ID>:fs-service-url`
    in turn, by posting to its `/v1/createCall` the request body with `account_sid`
    added, string hooks as `{"url", "method": "POST"}` and, with an `application_sid`,
    the application's `call_hook` and `call_status_hook` (the webhook rows:
    `webhook_sid`, `url`, `method`, `username`, `password`), `app_json` and five speech
    settings in place of the body's; the feature server's 201 `{sid, callId}` is the
    answer. The far-end rules above are then the simulator's only. No feature server
    known: 480 `no available feature servers at this time`, as jambonz answers (after
    the checks of the key and the body here; jambonz answers it before them). The
    session limit is checked against the SBCs' counts of live calls in Redis.
    **Differs from jambonz**: a feature server that cannot be reached, or answers
    anything but 201 `{sid, callId}`, is 480 with a `msg` saying so (jambonz answers
    500, `Internal Server Error` or `{"msg": "fetch failed"}`): the server did not
    fail, the platform could not take the call now, and the client may retry.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (400 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model). On the call simulator the far end's behaviour follows from
            `to` and `headers` by the rules described on `POST /Accounts/{AccountSid}/Calls`:
            it answers after a one-second ring unless a reserved number (`1500555…`), a
            `sim-*` SIP URI parameter or an `X-Sim-*` header says otherwise (e.g.
            `{"type": "phone", "number": "15005550486"}` is busy; `"headers": {"X-Sim-Result":
            "no-answer"}` rings until `timeout`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CallCreatedBody]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallCreate,
) -> ApiError | CallCreatedBody | None:
    """Place an outbound call

     Launches a call and answers 201 as soon as the attempt is launched, before any
    ringing. When the far end answers, the application is run: its `app_json` if it
    has one, else its `call_hook` is requested (`session:new`). Give exactly one of
    `application_sid` (an application of this account; its hooks, `app_json` and
    speech settings are used) and `call_hook` (a URL or hook object).

    On this server calls run on the embedded **call simulator**, which really requests
    the application's webhooks (signed with the account's webhook secret) and runs the
    verbs they answer. Status webhooks go to `call_status_hook`: `trying`, `ringing`
    (or `early-media`), `in-progress` on answer, then `completed` (with `duration`),
    or a final `busy`, `no-answer` or `failed`.

    **Far-end behaviour.** The far end (the callee, and each target of a `dial` verb)
    answers after a one-second ring and stays on the line until the application or
    the API hangs up. Other behaviours are chosen by deterministic rules on the
    target; a later source overrides an earlier one, setting by setting:

    1. Reserved test numbers: a phone/teams `number`, or the user part of a user `name`
       or of a `sipUri` (a leading `+` ignored).
       `1500555` `0` + a SIP code 400-699 refuses the call with that code: 486, 600,
       603 end `busy`; 408, 480, 487 ring until `timeout` and end `no-answer` with that
       code; any other code ends `failed` (`15005550486` busy, `15005550404` failed).
       `1500555` `1` + N answers and hangs up N seconds later (`15005551030`).
       `1500555` `2` + digits answers and keys those digits at every `gather`
       (`15005552123` keys `123`).
    2. `sim-*` parameters of a `sipUri` (URL-decoded), the same settings as the
       headers below without their `X-Sim-` prefix:
       `sip:bob@example.com;sim-result=busy;sim-ring=3`.
    3. `X-Sim-*` headers of the target (`to.headers`, this request's `headers`, a dial
       target's `headers`; names case-insensitive): `X-Sim-Result` `answer`, `busy`
       (486), `no-answer` (rings until `timeout`, 487), `reject` (403 unless
       `X-Sim-Code`) or `fail` (503 unless `X-Sim-Code`); `X-Sim-Code` the SIP status
       400-699 of a refusal, classified as for the reserved numbers (alone it means
       `reject`); `X-Sim-Ring` seconds of ringing before the answer or refusal (default
       1; longer than `timeout` ends `no-answer` 487); `X-Sim-Early-Media: true` (183
       `early-media` instead of 180 `ringing`); `X-Sim-Hangup-After` seconds after the
       answer; `X-Sim-Digits` DTMF keyed at each `gather`; `X-Sim-Speech` words said at
       each `gather`.

    Values that do not parse are ignored. A `gather` gets the far end's digits
    (`reason: dtmfDetected`, cut at `finishOnKey` and to `numDigits`/`maxDigits`) when
    its `input` includes `digits`, else its speech (`speechDetected`) when `input`
    includes `speech`, else `reason: timeout` after its `timeout` (default 5 s).
    Verbs take simulated time: `say` 2.5 words a second (at least 0.5 s), `play` its
    `timeoutSecs` (default 5 s) per URL, `pause` its `length`, `listen` its `maxLength`
    (else until the call ends). Time runs `JAMBONZ_SIM_SPEED` times faster than real
    time (default 1); durations and record times are simulated seconds.

    Admin keys and the account's own keys; service provider keys get 400 `unauthorized
    createCall request for account ...` (as jambonz), and so does a body with both or
    neither of `application_sid` and `call_hook`. **Differs from jambonz**: the five
    speech settings are optional without an
    application (jambonz demands all five) and default to the application's or to
    google/en-US; `amd` is accepted and ignored (the simulator has no answering
    machines). The account's `voice_call_session` limit (or its service provider's),
    when set, is enforced: a call over it is refused with 422.

    **On a jambonz cluster** (`JAMBONZ_CALL_ENGINE=jambonz`) the call is placed as
    jambonz's api-server places it: on the feature server of `JAMBONZ_FEATURE_SERVER_URL`,
    else on the members of the cluster's Redis set `<JAMBONZ_CLUSTER_ID>:fs-service-url`
    in turn, by posting to its `/v1/createCall` the request body with `account_sid`
    added, string hooks as `{"url", "method": "POST"}` and, with an `application_sid`,
    the application's `call_hook` and `call_status_hook` (the webhook rows:
    `webhook_sid`, `url`, `method`, `username`, `password`), `app_json` and five speech
    settings in place of the body's; the feature server's 201 `{sid, callId}` is the
    answer. The far-end rules above are then the simulator's only. No feature server
    known: 480 `no available feature servers at this time`, as jambonz answers (after
    the checks of the key and the body here; jambonz answers it before them). The
    session limit is checked against the SBCs' counts of live calls in Redis.
    **Differs from jambonz**: a feature server that cannot be reached, or answers
    anything but 201 `{sid, callId}`, is 480 with a `msg` saying so (jambonz answers
    500, `Internal Server Error` or `{"msg": "fetch failed"}`): the server did not
    fail, the platform could not take the call now, and the client may retry.

    Args:
        account_sid (str): A resource id, a hyphenated UUID (lowercase on output). Example:
            2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33.
        body (CallCreate): Give exactly one of `application_sid` and `call_hook` (400 otherwise: a
            rule across
            properties, which this contract keeps out of the schema so that generated clients
            get one plain model). On the call simulator the far end's behaviour follows from
            `to` and `headers` by the rules described on `POST /Accounts/{AccountSid}/Calls`:
            it answers after a one-second ring unless a reserved number (`1500555…`), a
            `sim-*` SIP URI parameter or an `X-Sim-*` header says otherwise (e.g.
            `{"type": "phone", "number": "15005550486"}` is busy; `"headers": {"X-Sim-Result":
            "no-answer"}` rings until `timeout`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CallCreatedBody
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
