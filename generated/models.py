# Generated from the contract (openapi/, bundled as generated/openapi.yaml) by `make generate` (datamodel-code-generator). Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal
from pydantic import BaseModel, ConfigDict, Field, RootModel
from typing_extensions import TypeAliasType


class Sid(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]


class SidFilter(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A resource id to filter by, or empty for none: the portal sends `account_sid=` when\nno account is chosen, which jambonz reads as not given, and so does this server.\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            pattern="^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$",
        ),
    ]


class ApiError(BaseModel):
    """
    The body of every 4xx answer.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    msg: Annotated[str, Field(description="What is wrong, naming the field, value or rule.")]


class Created(BaseModel):
    sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]


class HookUrl(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="An absolute http(s) or ws(s) URL with a host; printable ASCII only (percent-encode\nanything else), no whitespace.\n",
            examples=["https://app.example.com/call"],
            max_length=1024,
            min_length=8,
            pattern="^(https?|wss?)://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+([/?#][!-~]*)?$",
        ),
    ]


class EmptyString(RootModel[str]):
    root: Annotated[
        str,
        Field(description='An empty string, which here means "none".', examples=[""], max_length=0),
    ]


class HookObjectInput(BaseModel):
    """
    A hook as an object. An empty `url` (`{"url": "", "method": "POST"}`, what the
    jambonz portal sends for a hook left blank) means no hook, as in jambonz.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    url: HookUrl | EmptyString
    method: Annotated[
        str | None,
        Field(
            description="The HTTP method the hook is requested with, in any case (`post` and `POST` are the\nsame, as in jambonz); read back in capitals.\n",
            examples=["POST"],
            pattern="^([Gg][Ee][Tt]|[Pp][Oo][Ss][Tt])$",
        ),
    ] = None
    username: Annotated[str | None, Field(max_length=255)] = None
    password: Annotated[str | None, Field(max_length=255)] = None


class HookRead(BaseModel):
    """
    A hook as read back from an account or service provider (no `webhook_sid`, as jambonz).
    """

    url: str
    method: Annotated[
        Literal["GET", "POST"], Field(description="The HTTP method the hook is requested with.")
    ]
    username: Annotated[str | None, Field(...)]
    password: Annotated[str | None, Field(...)]


class HookWithSid(BaseModel):
    """
    A hook as read back from an application, with its `webhook_sid`.
    """

    webhook_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    url: str
    method: Annotated[
        Literal["GET", "POST"], Field(description="The HTTP method the hook is requested with.")
    ]
    username: Annotated[str | None, Field(...)]
    password: Annotated[str | None, Field(...)]


class NameCreated(BaseModel):
    """
    The name of the conference or queue just created.
    """

    name: Annotated[
        str,
        Field(
            description="A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in\na URL path as it is). Names are scoped to the account: two accounts may both have a\nqueue `support`. **Differs from jambonz**, which takes any text (a `conference`,\n`enqueue` or `dequeue` verb with another name is refused by the simulator with an\nalert).\n",
            examples=["support"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9._~-]{1,64}$",
        ),
    ]


class E164Number(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,\ndashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`\nand `15085550100` are the same number. **Differs from jambonz**, which accepts any\ntext without whitespace.\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]


class Health(BaseModel):
    status: Literal["ok"]


class ServiceProvider(BaseModel):
    service_provider_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    description: Annotated[str | None, Field(...)]
    root_domain: Annotated[str | None, Field(...)]
    registration_hook: Annotated[HookRead | None, Field(...)]
    ms_teams_fqdn: Annotated[str | None, Field(...)]


class WebhookSecret(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_secret: Annotated[
        str,
        Field(
            description="The key of the account's webhook signatures. One this server generates is\n`wh_secret_` followed by 22 base58 characters; one a client chose when it created\nthe account (as jambonz allows) is read back as given.\n",
            examples=["wh_secret_4Qh9cTxZbW2mJkLp8RvYfA"],
            max_length=36,
            min_length=1,
        ),
    ]


class BucketTag(BaseModel):
    """
    A tag put on every recording stored in the bucket.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    Key: Annotated[str, Field(max_length=128, min_length=1)]
    Value: Annotated[str, Field(max_length=256)]


class BucketCredential(BaseModel):
    """
    Where the account's call recordings are stored. Which properties a vendor needs
    (missing or empty -> 422 naming it; properties that do not apply to the vendor are
    not stored):
    - `aws_s3`: `name` (the bucket), `region`, `access_key_id`, `secret_access_key`;
    - `s3_compatible`: `name`, `endpoint`, `access_key_id`, `secret_access_key`;
    - `google`: `service_key` (the service account's JSON key, as a string); `name`
      optional;
    - `azure`: `name` (the container), `connection_string`;
    - `none`: nothing; it removes the credential.

    `tags` is allowed for every vendor except `none`. Stored as JSON text, not encrypted
    (**differs from jambonz**, which encrypts it with a server secret). Read back with
    its secrets obscured (see `GET /Accounts/{AccountSid}`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    vendor: Literal["aws_s3", "s3_compatible", "google", "azure", "none"]
    name: Annotated[
        str | None, Field(description="The bucket (or Azure container) name.", max_length=255)
    ] = None
    region: Annotated[str | None, Field(max_length=64)] = None
    endpoint: Annotated[
        str | None, Field(description="The S3-compatible service's endpoint URL.", max_length=1024)
    ] = None
    access_key_id: Annotated[str | None, Field(max_length=255)] = None
    secret_access_key: Annotated[str | None, Field(max_length=255)] = None
    service_key: Annotated[str | None, Field(max_length=8192)] = None
    connection_string: Annotated[str | None, Field(max_length=4096)] = None
    tags: Annotated[list[BucketTag] | None, Field(max_length=10)] = None


class Account(BaseModel):
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    sip_realm: Annotated[str | None, Field(...)]
    service_provider_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    registration_hook: Annotated[
        HookRead | None,
        Field(description="Called by the registrar to authenticate the account's SIP devices."),
    ]
    queue_event_hook: Annotated[
        HookRead | None, Field(description="Receives queue join and leave events.")
    ]
    device_calling_application_sid: Annotated[
        str | None,
        Field(description="The application that handles calls placed by the account's devices."),
    ]
    siprec_hook_sid: Annotated[
        str | None,
        Field(description="The application that handles SIPREC sessions (an application sid)."),
    ]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    plan_type: Annotated[
        Literal["trial", "free", "paid"], Field(description="The account's billing plan.")
    ]
    stripe_customer_id: Annotated[str | None, Field(...)]
    webhook_secret: Annotated[
        str,
        Field(
            description="The key of the account's webhook signatures. One this server generates is\n`wh_secret_` followed by 22 base58 characters; one a client chose when it created\nthe account (as jambonz allows) is read back as given.\n",
            examples=["wh_secret_4Qh9cTxZbW2mJkLp8RvYfA"],
            max_length=36,
            min_length=1,
        ),
    ]
    disable_cdrs: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    trial_end_date: Annotated[str | None, Field(...)]
    deactivated_reason: Annotated[str | None, Field(...)]
    device_to_call_ratio: int
    subspace_client_id: Annotated[str | None, Field(...)]
    subspace_client_secret: Annotated[str | None, Field(...)]
    subspace_sip_teleport_id: Annotated[str | None, Field(...)]
    subspace_sip_teleport_destinations: Annotated[str | None, Field(...)]
    record_all_calls: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    record_format: str
    bucket_credential: Annotated[
        BucketCredential | None,
        Field(description="The recording storage credential, secrets obscured."),
    ]
    enable_debug_log: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class Application(BaseModel):
    """
    An application as read back. Hooks carry their `webhook_sid` (as jambonz); booleans
    read back as `0`/`1`; `app_json` is the JSON text that was stored; `env_vars` is an
    object.

    """

    application_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    service_provider_sid: Annotated[
        str | None,
        Field(description="Set for an SP-wide test application (the account's provider)."),
    ]
    call_hook: Annotated[HookWithSid | None, Field(...)]
    call_status_hook: Annotated[HookWithSid | None, Field(...)]
    messaging_hook: Annotated[HookWithSid | None, Field(...)]
    app_json: Annotated[str | None, Field(...)]
    speech_synthesis_vendor: str
    speech_synthesis_language: str
    speech_synthesis_voice: Annotated[str | None, Field(...)]
    speech_synthesis_label: Annotated[str | None, Field(...)]
    speech_recognizer_vendor: str
    speech_recognizer_language: str
    speech_recognizer_label: Annotated[str | None, Field(...)]
    use_for_fallback_speech: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    fallback_speech_synthesis_vendor: Annotated[str | None, Field(...)]
    fallback_speech_synthesis_language: Annotated[str | None, Field(...)]
    fallback_speech_synthesis_voice: Annotated[str | None, Field(...)]
    fallback_speech_synthesis_label: Annotated[str | None, Field(...)]
    fallback_speech_recognizer_vendor: Annotated[str | None, Field(...)]
    fallback_speech_recognizer_language: Annotated[str | None, Field(...)]
    fallback_speech_recognizer_label: Annotated[str | None, Field(...)]
    env_vars: Annotated[dict[str, Any] | None, Field(...)]
    record_all_calls: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]


class ApplicationPage(BaseModel):
    """
    One page of applications, sorted by name (answered when `page` is given).
    """

    total: Annotated[int, Field(description="How many applications match, over all pages.", ge=0)]
    page: Annotated[int, Field(description="The page asked for (1-based).", ge=1)]
    page_size: Annotated[
        int | None,
        Field(
            description="The `page_size` asked for, or `null` when it was omitted (then 50 apply)."
        ),
    ]
    data: list[Application]


class ApplicationList(RootModel[list[Application] | ApplicationPage]):
    root: Annotated[
        list[Application] | ApplicationPage,
        Field(
            description="A bare array of applications; or, when `page` is given, one `ApplicationPage`.\n"
        ),
    ]


class EnvVars(RootModel[dict[str, Any]]):
    """
    Name/value settings handed to the application, sealed at rest and read back as the
    same object. As jambonz does, a create or change that gives them first asks the
    application which variables it takes (an `OPTIONS` request to the `call_hook` URL
    given, else the stored one, as `GET /AppEnv` asks, under the outbound policy):
    when it answers with an env-schema, a required variable missing is 400 `Missing
    required value env_vars.<name>` and a value of another type or outside its `enum`
    is 400 `Invalid value/type for env_vars.<name>` (the last problem found is the one
    told). An application that cannot be asked, or answers no env-schema, declares
    none: the object is stored as it is.

    """

    root: Annotated[dict[str, Any], Field(max_length=200)]


class ApiKey(BaseModel):
    """
    An API key as listed. `token` is a masked form of the token, never the token
    itself (**differs from jambonz**, which lists every token in plain text): jambonz's
    `api_keys.token` column holds a hashed form of a token this server makes (a prefix
    of its SHA-256 with its last 4 characters, so that a person and the portal can tell
    the keys apart), never the token. A key that jambonz's api-server made, kept there
    in plain text, keeps working and is listed masked the same way.

    """

    api_key_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    token: Annotated[
        str,
        Field(
            description="The token's shape with every character but the last 4 replaced by `*`\n(`********-****-****-****-********4f2a`); all `*` for a key made before this\nserver kept the last 4 characters.\n",
            examples=["********-****-****-****-********4f2a"],
        ),
    ]
    account_sid: Annotated[
        str | None, Field(description="The owning account, for an `account` key.")
    ]
    service_provider_sid: Annotated[
        str | None, Field(description="The owning service provider, for a `service_provider` key.")
    ]
    expires_at: Annotated[
        str | None, Field(description="When the token stops working; `null` = never.")
    ]
    last_used: Annotated[
        str | None,
        Field(
            description="When the key last authenticated a request, to the minute (written at most once a\nminute). jambonz bumps every key of an account at once; here only the key used.\n"
        ),
    ]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]


class ApiKeyCreate(BaseModel):
    """
    The owner of the new key (at most one) and when it expires. A request without a
    body means `{}` (an admin key). Giving both `account_sid` and
    `service_provider_sid` is refused with 422 (`null` counts as not given).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_sid: Annotated[
        str | None,
        Field(
            description="Make an `account` key for this account.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="Make a `service_provider` key for this provider.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    expires_at: Annotated[
        str | None,
        Field(
            description="An RFC 3339 date-time (with `Z` or an offset) after which the token is refused;\n`null` or absent = never expires. One that is not in the future (or outside the\nyears 1-9999 once converted to UTC) is refused with 422.\n",
            examples=["2030-12-31T23:59:59.000Z"],
        ),
    ] = None


class ApiKeyCreated(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    token: Annotated[
        str,
        Field(
            description="The bearer token. Shown only here; store it safely.",
            examples=["0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"],
            max_length=36,
            min_length=36,
        ),
    ]


class Hook(BaseModel):
    """
    A webhook: where and how the platform calls the application. Stored as its own
    webhook row; embedded in the resources that use it.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[
        str,
        Field(
            description="An absolute http(s) or ws(s) URL with a host; printable ASCII only (percent-encode\nanything else), no whitespace.\n",
            examples=["https://app.example.com/call"],
            max_length=1024,
            min_length=8,
            pattern="^(https?|wss?)://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+([/?#][!-~]*)?$",
        ),
    ]
    method: Annotated[
        str | None,
        Field(
            description="The HTTP method the hook is requested with, in any case (`post` and `POST` are the\nsame, as in jambonz); read back in capitals.\n",
            examples=["POST"],
            pattern="^([Gg][Ee][Tt]|[Pp][Oo][Ss][Tt])$",
        ),
    ] = None
    username: Annotated[str | None, Field(max_length=255)] = None
    password: Annotated[str | None, Field(max_length=255)] = None


class Webhook(HookWithSid):
    """
    A webhook row as `GET /Webhooks/{WebhookSid}` returns it.
    """


class VoipCarrierCreate(BaseModel):
    """
    A new carrier. Cross-field rules the schema cannot express answer 400 in jambonz's
    words (listed under `POST /VoipCarriers`): `requires_register` true needs a
    non-empty `register_username` (without whitespace) and `register_password`;
    `application_sid` needs an account-owned carrier and an application of that account.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str, Field(max_length=64, min_length=1)]
    description: Annotated[str | None, Field(max_length=255)] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="Makes the carrier account-owned. An account key's carriers always belong to its\nown account (naming another answers 403). A service provider key may name only an\naccount of its own provider (403). An unknown account answers 400 `unknown\naccount_sid`.\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The carrier's service provider. Without `account_sid` the carrier is SP-wide.\nA service provider key's own provider is the default (**differs from jambonz**,\nwhich leaves it unset) and the only one it may name (403). With `account_sid`\nit is taken from the account; when both are given they must agree (422). An admin\nkey that gives neither makes a carrier of the platform, owned by no tenant.\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    application_sid: Annotated[
        str | None,
        Field(
            description="Route every inbound call from this carrier to this application. Only for an\naccount-owned carrier, and only an application of that account (400 otherwise).\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    e164_leading_plus: Annotated[
        bool | Literal[0, 1],
        Field(description="Prefix dialled numbers with `+` on outbound calls."),
    ] = False
    requires_register: Annotated[
        bool | Literal[0, 1],
        Field(
            description="Register with the carrier (outbound digest auth); needs `register_username` and\n`register_password` (400 otherwise).\n"
        ),
    ] = False
    register_username: Annotated[
        str | None,
        Field(
            description="No whitespace (400 `register_username must not contain whitespace`, as jambonz).\n",
            max_length=64,
        ),
    ] = None
    register_password: Annotated[str | None, Field(max_length=64)] = None
    register_sip_realm: Annotated[
        str | None,
        Field(
            description="A domain name (with a dot) or an IPv4 address, without `sip:` and without\nspaces; 400 in jambonz's words otherwise (`... must be a valid domain or IP\naddress`). `null` falls back to the gateway's address.\n",
            examples=["sip.carrier.example.com"],
            max_length=64,
        ),
    ] = None
    register_from_user: Annotated[str | None, Field(max_length=128)] = None
    register_from_domain: Annotated[
        str | None,
        Field(
            description="A domain name (with a dot) or an IPv4 address, without `sip:` and without\nspaces; 400 in jambonz's words otherwise (`... must be a valid domain or IP\naddress`). `null` falls back to the gateway's address.\n",
            examples=["carrier.example.com"],
            max_length=255,
        ),
    ] = None
    register_public_ip_in_contact: Annotated[
        bool | Literal[0, 1],
        Field(description="Put the platform's public IP address in the REGISTER's Contact."),
    ] = False
    tech_prefix: Annotated[
        str | None,
        Field(description="Prepended to the dialled number on outbound calls.", max_length=16),
    ] = None
    inbound_auth_username: Annotated[
        str | None,
        Field(
            description="Digest credentials the carrier must present on inbound calls.",
            max_length=64,
        ),
    ] = None
    inbound_auth_password: Annotated[str | None, Field(max_length=64)] = None
    diversion: Annotated[
        str | None,
        Field(
            description="Diversion header value (a number or SIP URI) for outbound calls.",
            max_length=32,
        ),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = True
    smpp_system_id: Annotated[str | None, Field(max_length=255)] = None
    smpp_password: Annotated[str | None, Field(max_length=64)] = None
    smpp_enquire_link_interval: Annotated[
        int,
        Field(
            description="Seconds between SMPP enquire_link requests; 0 = never.",
            ge=0,
            le=2147483647,
        ),
    ] = 0
    smpp_inbound_system_id: Annotated[str | None, Field(max_length=255)] = None
    smpp_inbound_password: Annotated[str | None, Field(max_length=64)] = None
    dtmf_type: Annotated[
        Literal["rfc2833", "tones", "info"], Field(description="Defaults to `rfc2833`.")
    ] = "rfc2833"
    outbound_sip_proxy: Annotated[
        str | None,
        Field(
            description="A SIP proxy every outbound call to this carrier is sent through.",
            max_length=255,
        ),
    ] = None
    trunk_type: Annotated[
        Literal["static_ip", "auth", "reg"], Field(description="Defaults to `static_ip`.")
    ] = "static_ip"
    sms_outbound_url: Annotated[
        str | None,
        Field(
            description="Makes the carrier an HTTP SMS provider: outbound messages are POSTed here as JSON\n(the request and the answer expected are described on `POST\n/Accounts/{AccountSid}/Messages`). An absolute http(s) URL.\n",
            examples=["https://sms.carrier.example.com/v1/send"],
            max_length=1024,
            min_length=8,
            pattern="^https?://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+([/?#][!-~]*)?$",
        ),
    ] = None
    sms_username: Annotated[
        str | None,
        Field(
            description="Basic-auth credentials sent to `sms_outbound_url` (used when both are set and\nthere is no `sms_bearer_token`).\n",
            max_length=255,
            pattern="^[^:]*$",
        ),
    ] = None
    sms_password: Annotated[str | None, Field(max_length=255)] = None
    sms_bearer_token: Annotated[
        str | None,
        Field(
            description="Sent to `sms_outbound_url` as `Authorization: Bearer <token>` (wins over basic\nauth).\n",
            max_length=1024,
        ),
    ] = None
    sms_inbound_username: Annotated[
        str | None,
        Field(
            description="The HTTP basic-auth credentials the carrier must present on `POST\n/messaging/{Provider}` (inbound messages) and `POST /messaging/{Provider}/status`\n(delivery receipts), `Provider` being this carrier's name. Without both, the\ncarrier cannot deliver.\n",
            max_length=255,
            min_length=1,
            pattern="^[^:]*$",
        ),
    ] = None
    sms_inbound_password: Annotated[str | None, Field(max_length=255, min_length=1)] = None


class VoipCarrierUpdate(BaseModel):
    """
    The properties to change; at least one. `account_sid` and `service_provider_sid`
    (the owner) and `voip_carrier_sid` cannot be changed: the portal sends them back
    with every change, so values that repeat the carrier's own (`null` for an owner it
    does not have) are ignored, and others answer 400 `<property> may not be modified`
    (**differs from jambonz**, which writes them). `register_status` is read-only. The cross-field rules of
    `VoipCarrierCreate` apply to the carrier as it would be after the change (400).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    voip_carrier_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    name: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    description: Annotated[str | None, Field(max_length=255)] = None
    application_sid: Annotated[
        str | None,
        Field(
            description="An application of the carrier's account, or `null` to remove it.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    e164_leading_plus: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    requires_register: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    register_username: Annotated[
        str | None,
        Field(
            description="No whitespace (400 `register_username must not contain whitespace`, as jambonz).\n",
            max_length=64,
        ),
    ] = None
    register_password: Annotated[str | None, Field(max_length=64)] = None
    register_sip_realm: Annotated[
        str | None,
        Field(
            description="A domain name (with a dot) or an IPv4 address, without `sip:` and without\nspaces; 400 in jambonz's words otherwise (`... must be a valid domain or IP\naddress`). `null` falls back to the gateway's address.\n",
            max_length=64,
        ),
    ] = None
    register_from_user: Annotated[str | None, Field(max_length=128)] = None
    register_from_domain: Annotated[
        str | None,
        Field(
            description="A domain name (with a dot) or an IPv4 address, without `sip:` and without\nspaces; 400 in jambonz's words otherwise (`... must be a valid domain or IP\naddress`). `null` falls back to the gateway's address.\n",
            max_length=255,
        ),
    ] = None
    register_public_ip_in_contact: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    tech_prefix: Annotated[str | None, Field(max_length=16)] = None
    inbound_auth_username: Annotated[str | None, Field(max_length=64)] = None
    inbound_auth_password: Annotated[str | None, Field(max_length=64)] = None
    diversion: Annotated[str | None, Field(max_length=32)] = None
    is_active: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    smpp_system_id: Annotated[str | None, Field(max_length=255)] = None
    smpp_password: Annotated[str | None, Field(max_length=64)] = None
    smpp_enquire_link_interval: Annotated[int | None, Field(ge=0, le=2147483647)] = None
    smpp_inbound_system_id: Annotated[str | None, Field(max_length=255)] = None
    smpp_inbound_password: Annotated[str | None, Field(max_length=64)] = None
    dtmf_type: Annotated[
        Literal["rfc2833", "tones", "info"] | None,
        Field(description="How DTMF is sent to the carrier."),
    ] = None
    outbound_sip_proxy: Annotated[str | None, Field(max_length=255)] = None
    trunk_type: Annotated[
        Literal["static_ip", "auth", "reg"] | None,
        Field(
            description="How the carrier recognises the platform: by its IP address (`static_ip`), by digest\nauthentication (`auth`) or by registering (`reg`).\n"
        ),
    ] = None
    sms_outbound_url: Annotated[
        str | None,
        Field(
            description="An absolute http(s) URL, or `null` to stop sending SMS through this carrier.",
            max_length=1024,
            min_length=8,
            pattern="^https?://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+([/?#][!-~]*)?$",
        ),
    ] = None
    sms_username: Annotated[str | None, Field(max_length=255, pattern="^[^:]*$")] = None
    sms_password: Annotated[str | None, Field(max_length=255)] = None
    sms_bearer_token: Annotated[str | None, Field(max_length=1024)] = None
    sms_inbound_username: Annotated[
        str | None, Field(max_length=255, min_length=1, pattern="^[^:]*$")
    ] = None
    sms_inbound_password: Annotated[str | None, Field(max_length=255, min_length=1)] = None


class SipGateway(BaseModel):
    """
    A SIP gateway as read back; booleans read back as `0`/`1`.
    """

    sip_gateway_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    voip_carrier_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    ipv4: str
    netmask: int
    port: Annotated[int | None, Field(...)]
    inbound: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    outbound: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    send_options_ping: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    use_sips_scheme: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    pad_crypto: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    protocol: Annotated[
        Literal["udp", "tcp", "tls", "tls/srtp"], Field(description="The SIP transport.")
    ]
    remove_ice: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    dtls_off: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class SipGatewayCreate(BaseModel):
    """
    A new SIP gateway. Rules the schema cannot express answer 400, as in jambonz: an
    `inbound` gateway's `ipv4` must be a literal IPv4 address (`Inbound gateway must be
    IPv4 address`); a gateway that is not inbound must use `netmask` 32 (`For outbound
    only gateway netmask can only be 32`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    voip_carrier_sid: Annotated[
        str,
        Field(
            description="The carrier the gateway belongs to. A carrier the key may not change answers 403\n(an account key and an SP-wide carrier, or any carrier outside the key's scope,\nincluding one that does not exist); an admin key naming an unknown carrier gets\n400 `invalid voip_carrier_sid`.\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    ipv4: Annotated[
        str,
        Field(
            description="An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes\nit; an `inbound` SIP gateway needs an IPv4 address.\n",
            examples=["203.0.113.10"],
            max_length=128,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ]
    netmask: Annotated[
        int,
        Field(
            description="The prefix length of the address range the gateway stands for (1-32).",
            ge=1,
            le=32,
        ),
    ] = 32
    port: Annotated[
        int | None,
        Field(
            description="The SIP port; `null` (the default) means 5060 for an address, or a DNS SRV\nlookup for a name.\n",
            ge=1,
            le=65535,
        ),
    ] = None
    inbound: Annotated[
        bool | Literal[0, 1],
        Field(
            description="Calls from this address are accepted as calls from the carrier. Defaults to\ntrue (**differs from jambonz**, which answers 500 when it is missing).\n"
        ),
    ] = True
    outbound: Annotated[
        bool | Literal[0, 1],
        Field(
            description="Outbound calls to the carrier are sent here. Defaults to true (**differs from\njambonz**, which answers 500 when it is missing).\n"
        ),
    ] = True
    is_active: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = True
    send_options_ping: Annotated[
        bool | Literal[0, 1], Field(description="Probe the gateway with SIP OPTIONS.")
    ] = False
    use_sips_scheme: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    pad_crypto: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    protocol: Annotated[
        Literal["udp", "tcp", "tls", "tls/srtp"], Field(description="The SIP transport.")
    ] = "udp"
    remove_ice: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    dtls_off: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False


class SipGatewayUpdate(BaseModel):
    """
    The properties to change; at least one. `voip_carrier_sid` and `sip_gateway_sid`
    cannot be changed: the portal sends them back, so values that repeat the gateway's
    own are ignored, and others answer 400 `<property> may not be modified`. The rules
    of `SipGatewayCreate` apply to the gateway as it would be after the change (400).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    voip_carrier_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    sip_gateway_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    ipv4: Annotated[
        str | None,
        Field(
            description="An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes\nit; an `inbound` SIP gateway needs an IPv4 address.\n",
            examples=["203.0.113.10"],
            max_length=128,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ] = None
    netmask: Annotated[
        int | None,
        Field(
            description="The prefix length of the address range the gateway stands for (1-32).",
            ge=1,
            le=32,
        ),
    ] = None
    port: Annotated[int | None, Field(ge=1, le=65535)] = None
    inbound: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    outbound: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    send_options_ping: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    use_sips_scheme: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    pad_crypto: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    protocol: Annotated[
        Literal["udp", "tcp", "tls", "tls/srtp"] | None, Field(description="The SIP transport.")
    ] = None
    remove_ice: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    dtls_off: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None


class SmppGateway(BaseModel):
    """
    An SMPP gateway as read back; booleans read back as `0`/`1`.
    """

    smpp_gateway_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    voip_carrier_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    ipv4: str
    port: int
    netmask: int
    is_primary: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    inbound: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    outbound: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    use_tls: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class SmppGatewayCreate(BaseModel):
    """
    A new SMPP gateway.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    voip_carrier_sid: Annotated[
        str,
        Field(
            description="The carrier the gateway belongs to; the same rules as for SIP gateways (403\noutside what the key may change, 400 unknown to an admin key).\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    ipv4: Annotated[
        str,
        Field(
            description="An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes\nit; an `inbound` SIP gateway needs an IPv4 address.\n",
            examples=["203.0.113.10"],
            max_length=128,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ]
    port: Annotated[int, Field(ge=1, le=65535)] = 2775
    netmask: Annotated[
        int,
        Field(
            description="The prefix length of the address range the gateway stands for (1-32).",
            ge=1,
            le=32,
        ),
    ] = 32
    is_primary: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = True
    inbound: Annotated[
        bool | Literal[0, 1],
        Field(description="The carrier delivers messages through this gateway."),
    ] = False
    outbound: Annotated[
        bool | Literal[0, 1],
        Field(description="Messages to the carrier are submitted through this gateway."),
    ] = True
    use_tls: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False


class SmppGatewayUpdate(BaseModel):
    """
    The properties to change; at least one. `voip_carrier_sid` and `smpp_gateway_sid`
    cannot be changed: the portal sends them back, so values that repeat the gateway's
    own are ignored, and others answer 400 `<property> may not be modified`.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    voip_carrier_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    smpp_gateway_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    ipv4: Annotated[
        str | None,
        Field(
            description="An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes\nit; an `inbound` SIP gateway needs an IPv4 address.\n",
            examples=["203.0.113.10"],
            max_length=128,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ] = None
    port: Annotated[int | None, Field(ge=1, le=65535)] = None
    netmask: Annotated[
        int | None,
        Field(
            description="The prefix length of the address range the gateway stands for (1-32).",
            ge=1,
            le=32,
        ),
    ] = None
    is_primary: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    inbound: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    outbound: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    use_tls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None


class PredefinedCarrier(BaseModel):
    """
    A template of a carrier, as jambonz lists it: the fields of the carrier it creates,
    booleans read back as `0`/`1`. Its gateways are not listed; they come with the
    carrier.

    """

    predefined_carrier_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: Annotated[
        str, Field(description="The provider; the name of the carrier the template creates.")
    ]
    requires_static_ip: Annotated[
        Literal[0, 1],
        Field(
            description="The provider recognises the platform by its public IP address, which must be\nregistered with the provider. Informs only (not a field of the carrier).\n"
        ),
    ]
    e164_leading_plus: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    requires_register: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    register_username: Annotated[
        str | None,
        Field(
            description="The digest (or registration) user; often a placeholder in angle brackets for\nthe customer's own.\n"
        ),
    ]
    register_sip_realm: Annotated[str | None, Field(...)]
    register_password: Annotated[str | None, Field(...)]
    tech_prefix: Annotated[str | None, Field(...)]
    inbound_auth_username: Annotated[str | None, Field(...)]
    inbound_auth_password: Annotated[str | None, Field(...)]
    diversion: Annotated[str | None, Field(...)]
    trunk_type: Annotated[
        Literal["static_ip", "auth", "reg"],
        Field(
            description="How the carrier recognises the platform: by its IP address (`static_ip`), by digest\nauthentication (`auth`) or by registering (`reg`).\n"
        ),
    ]


class Sbc(BaseModel):
    """
    An SBC address, its columns as jambonz reads them back.
    """

    sbc_address_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    ipv4: str
    port: int
    tls_port: Annotated[int | None, Field(...)]
    wss_port: Annotated[int | None, Field(...)]
    service_provider_sid: Annotated[
        str | None, Field(description="The provider the address belongs to; `null` when shared.")
    ]
    last_updated: Annotated[
        str | None,
        Field(
            description="When an SBC last reported itself at this address; `null` for rows added here."
        ),
    ] = None


class SbcCreate(BaseModel):
    """
    A new SBC address.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    ipv4: Annotated[
        str,
        Field(
            description="An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes\nit; an `inbound` SIP gateway needs an IPv4 address.\n",
            examples=["203.0.113.10"],
            max_length=128,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ]
    port: Annotated[
        int, Field(description="A TCP or UDP port.", examples=[5060], ge=1, le=65535)
    ] = 5060
    tls_port: Annotated[int | None, Field(ge=1, le=65535)] = None
    wss_port: Annotated[int | None, Field(ge=1, le=65535)] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The provider the address is for; leave it out for a shared address.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None


class Smpp(BaseModel):
    """
    An SMPP address, its columns as jambonz reads them back.
    """

    smpp_address_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    ipv4: str
    port: int
    use_tls: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    is_primary: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    service_provider_sid: Annotated[
        str | None, Field(description="The provider the address belongs to; `null` when shared.")
    ]


class SmppCreate(BaseModel):
    """
    A new SMPP address.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    ipv4: Annotated[
        str,
        Field(
            description="An IPv4 address or a DNS name, without whitespace (400 otherwise), as jambonz takes\nit; an `inbound` SIP gateway needs an IPv4 address.\n",
            examples=["203.0.113.10"],
            max_length=128,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ]
    port: Annotated[
        int,
        Field(
            description="The port; 5060 when left out, as jambonz's column default has it.",
            examples=[5060],
            ge=1,
            le=65535,
        ),
    ] = 5060
    use_tls: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    is_primary: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = True
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The provider the address is for; leave it out for a shared address.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None


class MicrosoftTeamsTenant(BaseModel):
    """
    A Microsoft Teams tenant, its columns as jambonz reads them back.
    """

    ms_teams_tenant_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    service_provider_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    application_sid: Annotated[str | None, Field(...)]
    tenant_fqdn: str


class MicrosoftTeamsTenantCreate(BaseModel):
    """
    A new Microsoft Teams tenant.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The account's provider (optional; it follows from the account).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="The account the tenant's traffic reaches (an account key's own by default).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    application_sid: Annotated[
        str | None,
        Field(
            description="One of the account's applications to route the tenant's calls to.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    tenant_fqdn: Annotated[
        str,
        Field(
            description="The tenant's fully qualified domain name, unique on the platform.",
            examples=["contoso.example.com"],
            max_length=255,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ]


class MicrosoftTeamsTenantUpdate(BaseModel):
    """
    The properties of a tenant to change.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="Accepted only when it is the tenant's own.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="Accepted only when it is the tenant's own.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    application_sid: Annotated[
        str | None,
        Field(
            description="One of the account's applications, or `null` for none.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    tenant_fqdn: Annotated[
        str | None,
        Field(
            description="The tenant's fully qualified domain name, unique on the platform.",
            examples=["contoso.example.com"],
            max_length=255,
            min_length=1,
            pattern="^[^\\s]+$",
        ),
    ] = None


class SipClient(BaseModel):
    """
    A SIP client (a device or softphone user that jambonz authenticates itself), its
    columns as jambonz reads them back. `password` is masked: its first character and
    an `X` for each other one (`s3cret` reads `sXXXXX`), `null` when it has none.

    """

    client_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    username: str
    password: Annotated[str | None, Field(description="The password, masked.")]
    allow_direct_app_calling: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    allow_direct_queue_calling: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    allow_direct_user_calling: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class ClientCreate(BaseModel):
    """
    A new SIP client.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_sid: Annotated[
        str | None,
        Field(
            description="The account the client belongs to (an account key's own by default).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1], Field(description="Whether the client may register and call.")
    ] = True
    username: Annotated[
        str,
        Field(
            description="The SIP user name the device registers and authenticates with (the user part of\n`<username>@<the account's sip_realm>`), unique within its account: the characters\nRFC 3261 allows in a SIP URI's user part (letters, digits and `-_.!~*'()%&=+$,;?/`).\n",
            examples=["alice"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9_.!~*'()%&=+$,;?/-]+$",
        ),
    ]
    password: Annotated[
        str | None,
        Field(
            description="The SIP password (sealed at rest), or `null` for none.",
            max_length=255,
            min_length=1,
        ),
    ] = None
    allow_direct_app_calling: Annotated[
        bool | Literal[0, 1],
        Field(description="Whether the client may call the account's applications directly."),
    ] = True
    allow_direct_queue_calling: Annotated[
        bool | Literal[0, 1],
        Field(description="Whether the client may call the account's queues directly."),
    ] = True
    allow_direct_user_calling: Annotated[
        bool | Literal[0, 1],
        Field(description="Whether the client may call other SIP users directly."),
    ] = True


class ClientUpdate(BaseModel):
    """
    The properties of a SIP client to change.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_sid: Annotated[
        str | None,
        Field(
            description="Accepted only when it is the client's own.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    username: Annotated[
        str | None,
        Field(
            description="The SIP user name the device registers and authenticates with (the user part of\n`<username>@<the account's sip_realm>`), unique within its account: the characters\nRFC 3261 allows in a SIP URI's user part (letters, digits and `-_.!~*'()%&=+$,;?/`).\n",
            examples=["alice"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9_.!~*'()%&=+$,;?/-]+$",
        ),
    ] = None
    password: Annotated[
        str | None,
        Field(
            description="A new SIP password (sealed at rest), or `null` to remove it.",
            max_length=255,
            min_length=1,
        ),
    ] = None
    allow_direct_app_calling: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    allow_direct_queue_calling: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    allow_direct_user_calling: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None


class SipUserName(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A SIP user name: the characters RFC 3261 allows in a SIP URI's user part\n(letters, digits and `-_.!~*'()%&=+$,;?/`).\n",
            examples=["alice"],
            max_length=255,
            min_length=1,
            pattern="^[A-Za-z0-9_.!~*'()%&=+$,;?/-]+$",
        ),
    ]


class RegisteredSipUserNames(RootModel[list[str]]):
    """
    The registered users, as `<user>@<realm>`.
    """

    root: Annotated[
        list[str],
        Field(
            description="The registered users, as `<user>@<realm>`.",
            examples=[["alice@acme.sip.example.com"]],
        ),
    ]


class SipUserQuery(RootModel[list[SipUserName] | None]):
    """
    The names of the users to look up; empty, `null` or left out for every registered
    one.

    """

    root: Annotated[
        list[SipUserName] | None,
        Field(
            description="The names of the users to look up; empty, `null` or left out for every registered\none.\n",
            examples=[["alice", "carol"]],
            max_length=1000,
        ),
    ]


class SipRegistration(BaseModel):
    """
    A user's registration as jambonz's registrar stores it in Redis, with the user's
    `name`. `expiryTime` is when it expires, in milliseconds since the epoch (`0` when
    not registered). Looked up by name, it carries `registered_status`; a registrar
    may store more properties, which are passed on.

    """

    name: str
    contact: Annotated[str | None, Field(description="The SIP address the device is reached at.")]
    sbcAddress: Annotated[
        str | None,
        Field(description="The SBC the device registered through (not in the full listing)."),
    ] = None
    protocol: Annotated[str | None, Field(...)]
    proxy: Annotated[
        str | None, Field(description="Where the registration came from, as a SIP URI.")
    ] = None
    expiryTime: int
    registered_status: Literal["active", "inactive"] | None = None


class SipUserStatus(BaseModel):
    """
    One user's registration and its client's calling permissions (from the account's
    SIP client of that name; `0` when it has none).

    """

    name: str
    contact: Annotated[str | None, Field(...)]
    expiryTime: int
    protocol: Annotated[str | None, Field(...)]
    allow_direct_app_calling: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    allow_direct_queue_calling: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    allow_direct_user_calling: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    registered_status: Literal["active", "inactive"]
    proxy: Annotated[str | None, Field(...)]


class SimulatedRegistrationCreate(BaseModel):
    """
    A simulated device registering as one of the account's SIP users.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    username: Annotated[
        str,
        Field(
            description="A SIP user name: the characters RFC 3261 allows in a SIP URI's user part\n(letters, digits and `-_.!~*'()%&=+$,;?/`).\n",
            examples=["alice"],
            max_length=255,
            min_length=1,
            pattern="^[A-Za-z0-9_.!~*'()%&=+$,;?/-]+$",
        ),
    ]
    expires: Annotated[
        int,
        Field(description="Seconds the registration lasts (the granted expiry).", ge=1, le=86400),
    ] = 3600
    contact: Annotated[
        str | None,
        Field(
            description="The device's SIP address (printable ASCII, no spaces);\n`sip:<username>@198.51.100.20:5060` when left out.\n",
            max_length=255,
            min_length=1,
            pattern="^sips?:[!-~]+$",
        ),
    ] = None
    protocol: Annotated[
        Literal["udp", "tcp", "tls", "ws", "wss"],
        Field(description="The transport between the device and the SBC.", examples=["udp"]),
    ] = "udp"


class UserCreatedBody(BaseModel):
    user_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]


class User(BaseModel):
    """
    A user as listed, as jambonz lists it: the owner sids and names only when set.

    """

    user_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    email: str
    scope: Annotated[
        Literal["admin", "service_provider", "account"],
        Field(
            description="What the user may reach, from its owners: none = `admin`, a service provider =\n`service_provider`, an account = `account`.\n"
        ),
    ]
    force_change: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    account_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_name: str | None = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_name: str | None = None


class UserDetail(BaseModel):
    """
    A user's columns as jambonz reads them back (booleans as 0/1; `scope` is jambonz's
    legacy column, always `read-write`), and `is_view_only`.

    """

    user_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    email: str
    pending_email: Annotated[str | None, Field(...)]
    phone: Annotated[str | None, Field(...)]
    account_sid: Annotated[str | None, Field(...)]
    service_provider_sid: Annotated[str | None, Field(...)]
    force_change: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    provider: Annotated[
        str, Field(description="How the user signs in; `local` (a password) for users made here.")
    ]
    provider_userid: Annotated[str | None, Field(...)]
    scope: str
    email_validated: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    phone_validated: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    email_content_opt_out: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    is_view_only: Annotated[
        bool,
        Field(
            description="Whether `VIEW_ONLY` is the user's only permission (it then never writes)."
        ),
    ]


class CurrentUserProfile(BaseModel):
    """
    The signed-in user's columns as jambonz answers them at `/Users/me`:
    `force_change`, `email_validated` and `phone_validated` as booleans, the others
    as in `UserDetail`.

    """

    user_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    email: str
    pending_email: Annotated[str | None, Field(...)]
    phone: Annotated[str | None, Field(...)]
    account_sid: Annotated[str | None, Field(...)]
    service_provider_sid: Annotated[str | None, Field(...)]
    force_change: bool
    provider: str
    provider_userid: Annotated[str | None, Field(...)]
    scope: str
    email_validated: bool
    phone_validated: bool
    email_content_opt_out: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class CurrentUser(BaseModel):
    """
    The signed-in user with its account and service provider.
    """

    user: CurrentUserProfile
    account: Annotated[
        Account | None,
        Field(description="The user's account; `null` for admin and service provider users."),
    ]
    sp: Annotated[
        ServiceProvider | None,
        Field(description="The user's service provider; `null` for admin users."),
    ]


class UserCreate(BaseModel):
    """
    A new user. Owner sids of `null` mean none (what the portal sends).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str,
        Field(
            description="The name the user signs in with; unique on the platform.",
            examples=["jane"],
            max_length=255,
            min_length=1,
        ),
    ]
    email: Annotated[
        str,
        Field(
            description="The user's e-mail address; unique on the platform.",
            examples=["jane@example.com"],
            max_length=255,
            min_length=3,
            pattern="^[^@\\s]+@[^@\\s]+$",
        ),
    ]
    initial_password: Annotated[
        str,
        Field(
            description="A password in clear (sent over TLS); it is stored only as an argon2 hash. The\npassword policy (`GET /PasswordSettings`) decides what is long and varied enough.\n",
            examples=["correct-Horse-7"],
            max_length=1024,
            min_length=1,
        ),
    ]
    force_change: Annotated[
        bool | Literal[0, 1],
        Field(
            description="Ask the user for a new password at its first sign-in (the portal does)."
        ),
    ] = False
    is_active: Annotated[
        bool | Literal[0, 1], Field(description="An inactive user cannot sign in.")
    ] = True
    is_view_only: Annotated[
        bool | Literal[0, 1], Field(description="Give the user the `VIEW_ONLY` permission.")
    ] = False
    service_provider_sid: Annotated[
        Sid | None,
        Field(description="The user's service provider (for service provider and account users)."),
    ] = None
    account_sid: Annotated[
        Sid | None, Field(description="The user's account (for account users).")
    ] = None
    scope: Annotated[
        str | None,
        Field(
            description="Kept as given in jambonz's column `users.scope` (default `read-write`), which jambonz's api-server also takes; the scope the user signs in with follows from its owner sids, whatever this says.",
            max_length=16,
            min_length=1,
        ),
    ] = None


class UserUpdate(BaseModel):
    """
    What to change; see the operation for the rules. `initial_password` of `null` or
    `""` changes nothing (the portal sends `null` when the field is left blank).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str | None,
        Field(
            description="The name the user signs in with; unique on the platform.",
            examples=["jane"],
            max_length=255,
            min_length=1,
        ),
    ] = None
    email: Annotated[
        str | None,
        Field(
            description="The user's e-mail address; unique on the platform.",
            examples=["jane@example.com"],
            max_length=255,
            min_length=3,
            pattern="^[^@\\s]+@[^@\\s]+$",
        ),
    ] = None
    old_password: Annotated[
        str | None,
        Field(
            description="A password in clear (sent over TLS); it is stored only as an argon2 hash. The\npassword policy (`GET /PasswordSettings`) decides what is long and varied enough.\n",
            examples=["correct-Horse-7"],
            max_length=1024,
            min_length=1,
        ),
    ] = None
    new_password: Annotated[
        str | None,
        Field(
            description="A password in clear (sent over TLS); it is stored only as an argon2 hash. The\npassword policy (`GET /PasswordSettings`) decides what is long and varied enough.\n",
            examples=["correct-Horse-7"],
            max_length=1024,
            min_length=1,
        ),
    ] = None
    initial_password: Annotated[
        str | None, Field(description="A new password, set without the old one.", max_length=1024)
    ] = None
    force_change: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    is_view_only: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    service_provider_sid: Sid | None = None
    account_sid: Sid | None = None


class LoginRequest(BaseModel):
    """
    A user's name (not its e-mail) and password.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    username: Annotated[str, Field(max_length=255, min_length=1)]
    password: Annotated[str, Field(max_length=1024, min_length=1)]


class LoginResult(BaseModel):
    """
    jambonz's answer to a sign-in. The owners' sids and names are there for service
    provider and account users only.

    """

    token: Annotated[
        str, Field(description="The session token, sent as `Authorization: Bearer <token>`.")
    ]
    user_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    scope: Annotated[
        Literal["admin", "service_provider", "account"],
        Field(
            description="What the user may reach, from its owners: none = `admin`, a service provider =\n`service_provider`, an account = `account`.\n"
        ),
    ]
    force_change: Annotated[
        bool, Field(description="The user must choose a new password (the portal asks for one).")
    ]
    permissions: list[Literal["VIEW_ONLY", "PROVISION_SERVICES", "PROVISION_USERS"]]
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_name: str | None = None
    account_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_name: str | None = None


class PasswordSettings(BaseModel):
    """
    The password policy as jambonz reads it back: the stored row (booleans as 0/1),
    or only `min_password_length` when none is stored.

    """

    min_password_length: Annotated[
        int, Field(description="The fewest characters a password may have.")
    ]
    require_digit: Annotated[
        Literal[0, 1] | None, Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ] = None
    require_special_character: Annotated[
        Literal[0, 1] | None, Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ] = None


class PasswordSettingsUpdate(BaseModel):
    """
    The rules to set.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    min_password_length: Annotated[
        int | None,
        Field(
            description="8 to 20 (400 in jambonz's words otherwise).", ge=-2147483648, le=2147483647
        ),
    ] = None
    require_digit: Annotated[
        bool | Literal[0, 1] | None, Field(description="A password must contain a digit (0-9).")
    ] = None
    require_special_character: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A password must contain an ASCII punctuation character."),
    ] = None


class Availability(BaseModel):
    """
    Whether the e-mail, phone or SIP realm asked about is free.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    available: bool


class SystemInformation(BaseModel):
    """
    The platform's settings (jambonz's `system_information` row).
    """

    domain_name: Annotated[
        str | None, Field(description="The domain the portal and API are reached at.")
    ]
    sip_domain_name: Annotated[
        str | None, Field(description="The domain of the platform's SIP servers.")
    ]
    monitoring_domain_name: Annotated[
        str | None, Field(description="The domain of the monitoring tools.")
    ]
    private_network_cidr: Annotated[
        str | None, Field(description="The platform's private networks, comma-separated CIDRs.")
    ]
    log_level: Annotated[
        Literal["info", "debug"], Field(description="How much the platform's components log.")
    ]


class SystemInformationRead(BaseModel):
    """
    The settings, or `{}` when none are stored.
    """

    domain_name: str | None = None
    sip_domain_name: str | None = None
    monitoring_domain_name: str | None = None
    private_network_cidr: str | None = None
    log_level: Annotated[
        Literal["info", "debug"] | None,
        Field(description="How much the platform's components log."),
    ] = None


class SystemInformationUpdate(BaseModel):
    """
    The settings to change; `null` clears one.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    domain_name: Annotated[str | None, Field(max_length=255)] = None
    sip_domain_name: Annotated[str | None, Field(max_length=255)] = None
    monitoring_domain_name: Annotated[str | None, Field(max_length=255)] = None
    private_network_cidr: Annotated[str | None, Field(max_length=8192)] = None
    log_level: Annotated[
        Literal["info", "debug"] | None,
        Field(description="How much the platform's components log."),
    ] = None


class PhoneNumber(BaseModel):
    phone_number_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    number: Annotated[
        str,
        Field(
            description="The number as stored, digits only (no leading `+`).",
            examples=["15085550100"],
        ),
    ]
    voip_carrier_sid: Annotated[
        str | None, Field(description="The carrier the number is reached through.")
    ]
    account_sid: Annotated[
        str | None, Field(description="The owning account; `null` for an SP-level (test) number.")
    ]
    application_sid: Annotated[
        str | None,
        Field(description="The application inbound calls are routed to; `null` when unrouted."),
    ]
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The owning service provider (for an account's number, the account's provider).\n"
        ),
    ]


class PhoneNumberCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    number: Annotated[
        str,
        Field(
            description="A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,\ndashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`\nand `15085550100` are the same number. **Differs from jambonz**, which accepts any\ntext without whitespace.\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]
    account_sid: Annotated[
        str | None,
        Field(
            description="The owning account. Forced to the key's own account for account keys (403 when\nnaming another); for service provider keys an account of the provider (403\notherwise).\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The owning service provider; without `account_sid` the number is an SP-level\n(test) number. Filled in for service provider and account keys (403 when naming\nanother provider).\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    voip_carrier_sid: Annotated[
        str | None,
        Field(
            description="The carrier the number is reached through: a carrier of the account, an SP-wide\ncarrier of its provider, or a carrier of the platform (400 otherwise). Cannot be\nchanged later.\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    application_sid: Annotated[
        str | None,
        Field(
            description="The application to route inbound calls to, of the number's account.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None


class PhoneNumberUpdate(BaseModel):
    """
    The properties to change; at least one. `number` and `voip_carrier_sid` are
    immutable and therefore not accepted here (400).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    application_sid: Annotated[
        str | None,
        Field(
            description="Re-point the number to this application of its account; `null` unroutes it.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="Move the number to this account (within the key's scope).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None


class PhoneNumberPage(BaseModel):
    """
    One page of phone numbers, sorted by number (answered when `page` is given).
    """

    total: Annotated[int, Field(description="How many phone numbers match, over all pages.", ge=0)]
    page: Annotated[int, Field(description="The page asked for (1-based).", ge=1)]
    page_size: Annotated[
        int | None,
        Field(
            description="The `page_size` asked for, or `null` when it was omitted (then 50 apply)."
        ),
    ]
    data: list[PhoneNumber]


class PhoneNumberList(RootModel[list[PhoneNumber] | PhoneNumberPage]):
    root: Annotated[
        list[PhoneNumber] | PhoneNumberPage,
        Field(
            description="A bare array of phone numbers; or, when `page` is given, one `PhoneNumberPage`."
        ),
    ]


class LimitCreate(BaseModel):
    """
    One limit to set (create, or replace the quantity of) for its category.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    category: Annotated[
        Literal[
            "api_rate",
            "voice_call_session",
            "device",
            "voice_call_minutes",
            "voice_call_session_license",
            "voice_call_minutes_license",
        ],
        Field(
            description="What a limit caps: `api_rate` (the rate of API requests), `voice_call_session`\n(simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call\nminutes), and the `_license` variants of the two call caps (the licensed amounts).\n"
        ),
    ]
    quantity: Annotated[
        int, Field(description="The cap, a whole number (0 or more).", ge=0, le=2147483647)
    ]


class AccountLimit(BaseModel):
    """
    One of an account's limits.
    """

    account_limits_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    category: Annotated[
        Literal[
            "api_rate",
            "voice_call_session",
            "device",
            "voice_call_minutes",
            "voice_call_session_license",
            "voice_call_minutes_license",
        ],
        Field(
            description="What a limit caps: `api_rate` (the rate of API requests), `voice_call_session`\n(simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call\nminutes), and the `_license` variants of the two call caps (the licensed amounts).\n"
        ),
    ]
    quantity: Annotated[int, Field(ge=0)]


class ServiceProviderLimit(BaseModel):
    """
    One of a service provider's limits; it applies to accounts without their own.
    """

    service_provider_limits_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    service_provider_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    category: Annotated[
        Literal[
            "api_rate",
            "voice_call_session",
            "device",
            "voice_call_minutes",
            "voice_call_session_license",
            "voice_call_minutes_license",
        ],
        Field(
            description="What a limit caps: `api_rate` (the rate of API requests), `voice_call_session`\n(simultaneous calls), `device` (registered SIP devices), `voice_call_minutes` (call\nminutes), and the `_license` variants of the two call caps (the licensed amounts).\n"
        ),
    ]
    quantity: Annotated[int, Field(ge=0)]


class Lcr(BaseModel):
    """
    A least-cost routing table, as jambonz reads it back, with `number_routes`, the
    count of its routes. A service provider's table has `account_sid` null; an
    account's has `service_provider_sid` null (as jambonz stores it); a table with
    neither was made by an admin key and is used by no call.

    """

    lcr_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: Annotated[str | None, Field(...)]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    default_carrier_set_entry_sid: Annotated[
        str | None,
        Field(
            description='The entry whose carrier takes a call no route matches. The batch route\nendpoints set it to the entry of a route with priority 9999 (the portal\'s\n"System Default Route", regex `.*`).\n'
        ),
    ]
    service_provider_sid: Annotated[str | None, Field(...)]
    account_sid: Annotated[str | None, Field(...)]
    number_routes: Annotated[int, Field(ge=0)]


class LcrCreate(BaseModel):
    """
    A new routing table. `name` is required (400 `missing field name` when absent, in
    jambonz's words). Who owns it: see `POST /Lcrs`. `default_carrier_set_entry_sid`
    is accepted because the portal sends it, but a new table has no entries yet: only
    `null` or an empty string is valid (400 `unknown default_carrier_set_entry_sid`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str | None, Field(max_length=64)] = None
    is_active: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = True
    account_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    service_provider_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    default_carrier_set_entry_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None


class LcrUpdate(BaseModel):
    """
    Changes to a routing table; only the properties sent change. Naming an owner moves
    the table to it (an account, or with no account a service provider), within the
    key's scope; the one-table-per-owner rule applies. `default_carrier_set_entry_sid`
    names one of this table's entries (400 `unknown default_carrier_set_entry_sid`
    otherwise); `null` or an empty string clears it.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str | None, Field(max_length=64)] = None
    is_active: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    account_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    service_provider_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    default_carrier_set_entry_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None


class LcrBatchEntry(BaseModel):
    """
    A carrier of a route in a batch. `voip_carrier_sid` is required (400 `One of
    lcr_carrier_set_entries is missing voip_carrier_sid`, jambonz's words). In `PUT`,
    an entry with `lcr_carrier_set_entry_sid` is updated, one without is added.
    `lcr_route_sid` is set by the server.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    lcr_carrier_set_entry_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    lcr_route_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    voip_carrier_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    priority: Annotated[
        int,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = 0
    workload: Annotated[
        int,
        Field(
            description="A share of the traffic (stored; calls take the carriers by priority).",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = 1


class LcrRouteCreate(BaseModel):
    """
    A new route. `lcr_sid` is required (400 `missing parameter lcr_sid`, jambonz's
    words) and must name a routing table the key may change (400 `unknown lcr_sid`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    lcr_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    regex: Annotated[
        str,
        Field(
            description="The pattern the dialled number is matched against, at most 32 characters (jambonz's\ncolumn). A route matches a number that starts with this text as it is written, or\nin which the regular expression finds a match anywhere (as jambonz's SBC matches\nit): `^1` matches `15085550100`, `^49` does not match `+4912`, `.*` matches every\nnumber. The syntax is RE2's, which JavaScript's regular expressions share for what\nnumber patterns use (anchors, classes, `\\d`, groups, alternation, repetition);\nlookarounds and backreferences are refused, and an invalid pattern answers 400\n`regex: not a valid regular expression (...)` naming the problem (**differs from\njambonz**, which stores any text and matches it with JavaScript). RE2 matches in\nlinear time, so no pattern can stall the calls of other tenants.\n",
            examples=["^1"],
            max_length=32,
        ),
    ]
    description: Annotated[str | None, Field(max_length=1024)] = None
    priority: Annotated[
        int,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ]


class LcrRouteUpdate(BaseModel):
    """
    Changes to a route; only the properties sent change. A `lcr_sid` moves the route
    (with its carriers) to that routing table, which the key must be able to change
    (400 `unknown lcr_sid`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    lcr_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    regex: Annotated[
        str | None,
        Field(
            description="The pattern the dialled number is matched against, at most 32 characters (jambonz's\ncolumn). A route matches a number that starts with this text as it is written, or\nin which the regular expression finds a match anywhere (as jambonz's SBC matches\nit): `^1` matches `15085550100`, `^49` does not match `+4912`, `.*` matches every\nnumber. The syntax is RE2's, which JavaScript's regular expressions share for what\nnumber patterns use (anchors, classes, `\\d`, groups, alternation, repetition);\nlookarounds and backreferences are refused, and an invalid pattern answers 400\n`regex: not a valid regular expression (...)` naming the problem (**differs from\njambonz**, which stores any text and matches it with JavaScript). RE2 matches in\nlinear time, so no pattern can stall the calls of other tenants.\n",
            examples=["^1"],
            max_length=32,
        ),
    ] = None
    description: Annotated[str | None, Field(max_length=1024)] = None
    priority: Annotated[
        int | None,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = None


class LcrCarrierSetEntry(BaseModel):
    """
    A carrier of a route, as jambonz reads it back.
    """

    lcr_carrier_set_entry_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    workload: Annotated[
        int,
        Field(
            description="A share of the traffic, stored as given (calls take the carriers by priority)."
        ),
    ]
    lcr_route_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    voip_carrier_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    priority: Annotated[int, Field(description="The route's carriers are tried lowest first.")]


class LcrCarrierSetEntryCreate(BaseModel):
    """
    A new carrier of a route. `lcr_route_sid` is required (400 `missing lcr_route_sid`)
    and must be a route of a routing table the key may change (400 `unknown
    lcr_route_sid`); then `voip_carrier_sid` (400 `missing voip_carrier_sid`, `unknown
    voip_carrier_sid`), all in jambonz's words and in jambonz's order.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    lcr_route_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    voip_carrier_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    priority: Annotated[
        int,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = 0
    workload: Annotated[
        int,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = 1


class LcrCarrierSetEntryUpdate(BaseModel):
    """
    Changes to an entry; only the properties sent change. A `lcr_route_sid` moves the
    entry to that route (400 `unknown lcr_route_sid` unless the key may change it); a
    `voip_carrier_sid` must be a carrier the routing table's owner may use (400 `unknown
    voip_carrier_sid`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    lcr_route_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    voip_carrier_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    priority: Annotated[
        int | None,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = None
    workload: Annotated[
        int | None,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ] = None


class StatusChange(BaseModel):
    call_status: Annotated[
        Literal[
            "trying",
            "ringing",
            "early-media",
            "in-progress",
            "completed",
            "failed",
            "busy",
            "no-answer",
            "queued",
        ],
        Field(
            description="`trying`, `ringing`, `early-media`, `in-progress`, then a final `completed` (after\nanswer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by\nthe list filter, as in jambonz, and never emitted.\n"
        ),
    ]
    sip_status: int
    time: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]


class Call(BaseModel):
    """
    A call leg's record (reference §3.3). `customerData` is the tag data. **Differs from
    jambonz**: every property is present (null when unknown), and the record carries
    its `status_history` and times. On a jambonz cluster (`JAMBONZ_CALL_ENGINE=jambonz`)
    it is read from the cluster's Redis (see `GET /Accounts/{AccountSid}/Calls`) and
    the record's other fields follow these, snake_cased, as jambonz returns them:
    `service_url` (the base URL of the feature server running the call),
    `fs_sip_address` (its SIP address, `10.0.0.7:5070`), and when the feature server
    wrote them `fs_public_ip`, `caller_id` (of a leg a `dial` created), `sbc_callid`
    (the SBC's Call-ID) and `api_base_url`.

    """

    call_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    parent_call_sid: Annotated[
        str | None, Field(description="The A-leg of a leg created by `dial`.")
    ]
    direction: Literal["inbound", "outbound"]
    from_: Annotated[str, Field(alias="from")]
    to: str
    call_id: Annotated[str, Field(description="The SIP Call-ID.")]
    sip_status: int
    sip_reason: Annotated[str | None, Field(...)]
    call_status: Annotated[
        Literal[
            "trying",
            "ringing",
            "early-media",
            "in-progress",
            "completed",
            "failed",
            "busy",
            "no-answer",
            "queued",
        ],
        Field(
            description="`trying`, `ringing`, `early-media`, `in-progress`, then a final `completed` (after\nanswer, with `duration`), `failed`, `busy` or `no-answer`. `queued` is accepted by\nthe list filter, as in jambonz, and never emitted.\n"
        ),
    ]
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    application_sid: Annotated[str | None, Field(...)]
    service_provider_sid: Annotated[str | None, Field(...)]
    duration: Annotated[
        int | None, Field(description="Seconds from answer to hang-up; set once `completed`.")
    ]
    call_termination_by: Annotated[
        str | None, Field(description="Who ended the call (`caller` or `jambonz`), once it ended.")
    ]
    originating_sip_ip: Annotated[str | None, Field(...)]
    originating_sip_trunk_name: Annotated[str | None, Field(...)]
    voip_carrier_sid: Annotated[
        str | None,
        Field(
            description="The carrier an outbound leg to a phone number went out through (null for other\ntargets, inbound legs, and when no carrier applies), chosen as jambonz's\nfeature server and SBC choose it: the carrier named by the target's `trunk`\n(the account's own, then its provider's provider-wide ones); else the\naccount's active least-cost routing table, then its provider's: routes by\n`priority`, the first whose `regex` matches the dialled number (see `LcrRegex`)\ngives its active carriers by entry priority, the first is taken; no route\nmatching, the table's default entry. Else the carrier of the calling number\n(`from`, one of the account's phone numbers), else the account's first active\ncarrier with an active outbound SIP gateway, then its provider's. The call\nsimulator still decides the far end's answer (the carrier is recorded, not\ndialled). **Differs from jambonz**, whose SBC takes an inactive table too,\nconsults the account's or the provider's table whichever its database returns\nfirst, ignores the default entry and inactive carriers, and picks among the\naccount's carriers at random; and an outbound call with no carrier at all is\nstill placed here (jambonz answers 603).\n"
        ),
    ]
    trunk: Annotated[
        str | None,
        Field(description="The name of that carrier (the `trunk` of jambonz's call records)."),
    ]
    trace_id: Annotated[str | None, Field(...)]
    customerData: Annotated[dict[str, Any] | None, Field(...)]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    answered_at: Annotated[str | None, Field(...)]
    ended_at: Annotated[str | None, Field(...)]
    status_history: list[StatusChange]


class FeatureServerAnswer(BaseModel):
    """
    What a feature server answered an update, relayed as it is.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class CallCreatedBody(BaseModel):
    sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    callId: Annotated[str, Field(description="The SIP Call-ID of the new call.")]


class CallCount(BaseModel):
    inbound: Annotated[int, Field(ge=0)]
    outbound: Annotated[int, Field(ge=0)]


SipHeadersAdditionalProperty = TypeAliasType(
    "SipHeadersAdditionalProperty", Annotated[str, Field(max_length=1024)]
)


class SipHeaders(RootModel[dict[str, SipHeadersAdditionalProperty]]):
    """
    Custom SIP headers, name to value.
    """

    root: Annotated[dict[str, SipHeadersAdditionalProperty], Field(max_length=50)]


class TargetAuth(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    username: Annotated[str, Field(max_length=255)]
    password: Annotated[str, Field(max_length=255)]


class PhoneTarget(BaseModel):
    """
    A telephone number, reached through a carrier.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["phone"]
    number: Annotated[str, Field(max_length=64, min_length=1)]
    trunk: Annotated[
        str | None, Field(description="The carrier (by name) to use for this call.", max_length=64)
    ] = None
    proxy: Annotated[str | None, Field(max_length=255)] = None
    headers: SipHeaders | None = None


class SipTarget(BaseModel):
    """
    A SIP URI.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["sip"]
    sipUri: Annotated[str, Field(max_length=512, min_length=5, pattern="^sips?:")]
    auth: TargetAuth | None = None
    proxy: Annotated[str | None, Field(max_length=255)] = None
    headers: SipHeaders | None = None


class UserTarget(BaseModel):
    """
    A registered SIP user; `@<account sip_realm>` is appended when `name` has no `@`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["user"]
    name: Annotated[str, Field(max_length=256, min_length=1)]
    overrideTo: Annotated[str | None, Field(max_length=256)] = None
    headers: SipHeaders | None = None


class TeamsTarget(BaseModel):
    """
    A Microsoft Teams user.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["teams"]
    number: Annotated[str, Field(max_length=64, min_length=1)]
    tenant: Annotated[str | None, Field(max_length=255)] = None
    vmail: bool | None = None
    headers: SipHeaders | None = None


class WhisperVerb(BaseModel):
    """
    A `say` or `play` verb played to the dialled party (no `loop`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    verb: Literal["say", "play"]
    text: Annotated[str | None, Field(max_length=4096)] = None
    url: Annotated[str | None, Field(max_length=1024)] = None
    synthesizer: dict[str, Any] | None = None
    timeoutSecs: Annotated[int | None, Field(ge=1, le=600)] = None


class WhisperVerbs(RootModel[list[WhisperVerb]]):
    root: Annotated[list[WhisperVerb], Field(max_length=10, min_length=1)]


class SimulatedCallCreate(BaseModel):
    """
    An inbound call for the simulator to deliver.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    from_: Annotated[
        str,
        Field(
            alias="from", description="The caller's number or user.", max_length=256, min_length=1
        ),
    ]
    to: Annotated[
        str,
        Field(
            description="One of the account's phone numbers (a leading `+` is ignored).",
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]
    callerName: Annotated[str | None, Field(max_length=256)] = None
    headers: SipHeaders | None = None


class RecentCall(BaseModel):
    """
    One call leg that has ended (jambonz's CDR), with jambonz's field names; a field
    the call has no value for is left out, as jambonz leaves it out. This server's
    calls run on its simulator, so the SBC's own address (`host`) and a recording
    (`recording_url`) are never given.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    attempted_at: Annotated[
        str | None,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ] = None
    answered: Annotated[bool | None, Field(description="Whether the call was answered.")] = None
    answered_at: Annotated[
        str | None,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ] = None
    terminated_at: Annotated[
        str | None,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ] = None
    duration: Annotated[
        int | None,
        Field(description="Seconds from the answer to the hang-up (0 when never answered).", ge=0),
    ] = None
    sip_status: Annotated[int | None, Field(description="The final SIP status of the call.")] = None
    termination_reason: Annotated[
        str | None,
        Field(
            description="Why it ended: `caller hungup` or `jambonz hungup` for an answered call, else the\nSIP reason of the failure (e.g. `Busy Here`).\n"
        ),
    ] = None
    direction: Annotated[str | None, Field(description="`inbound` or `outbound`.")] = None
    from_: Annotated[str | None, Field(alias="from")] = None
    to: str | None = None
    trunk: Annotated[
        str | None, Field(description="The carrier the call went out through or came in from.")
    ] = None
    call_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    application_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    sip_callid: Annotated[str | None, Field(description="The SIP Call-ID of the leg.")] = None
    sip_parent_callid: Annotated[
        str | None, Field(description="The SIP Call-ID of the call that dialled this leg.")
    ] = None
    host: Annotated[
        str | None, Field(description="The SBC's address (jambonz; never given here).")
    ] = None
    remote_host: Annotated[
        str | None, Field(description="The address an inbound call came from.")
    ] = None
    trace_id: str | None = None
    recording_url: Annotated[
        str | None, Field(description="Where the call's recording is (jambonz; never given here).")
    ] = None


class RecentCallPage(BaseModel):
    """
    One page of calls, newest first. `page_size` and `page` are the query's `count` and
    `page` as text, as jambonz echoes them.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    total: Annotated[int, Field(description="How many calls match, over every page.", ge=0)]
    page_size: Annotated[str, Field(description="The query's `count`.")]
    page: Annotated[str, Field(description="The query's `page`.")]
    data: list[RecentCall]


class Alert(BaseModel):
    """
    One alert of an account (jambonz's fields; null where unset). `target_sid` is the
    call (or message) it is about.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    time: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    account_sid: Annotated[str | None, Field(description="The account the alert is about.")]
    alert_type: Annotated[
        str,
        Field(
            description="What went wrong, in jambonz's names. This server raises `webhook-failure` (`<url>\nreturned <status>`), `webhook-connection-failure` (`failed to connect to <url>`),\n`account-call-limit` and `service-provider-call-limit` (a call refused by the\n`voice_call_session` limit), `no-carrier` (`outbound call failure: no carriers have\nbeen provisioned`: a call to a phone number with no carrier to go out through; the\nsimulator still places it), `invalid-app-payload` (a hook answered with success but\nwith no usable verbs, `<url> returned an invalid payload`, or with verbs that cannot\nrun), and, from its call simulator, `invalid-verb`, `unsupported-verb`,\n`queue-error` and `simulator-error`. jambonz also has types (`no-tts`, `no-stt`,\n...) of what this server does not do.\n",
            examples=["webhook-failure"],
            max_length=64,
        ),
    ]
    message: Annotated[str, Field(description="What went wrong, in a sentence.")]
    detail: Annotated[
        str | None,
        Field(description="More on what went wrong (for a webhook, which hook and the error)."),
    ]
    service_provider_sid: Annotated[
        str | None, Field(description="The account's service provider.")
    ]
    target_sid: Annotated[str | None, Field(description="The call or message the alert is about.")]
    vendor: Annotated[
        str | None,
        Field(description="The speech vendor of a speech alert (jambonz; never set here)."),
    ]


class ServiceProviderAlert(BaseModel):
    """
    One alert of a service provider's accounts, with only the fields jambonz shows a
    provider.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    time: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    service_provider_sid: Annotated[str | None, Field(...)]
    message: str
    detail: Annotated[str | None, Field(...)]


class AlertPage(BaseModel):
    """
    One page of an account's alerts, newest first. `page_size` and `page` are the
    query's `count` and `page` as text, as jambonz echoes them.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    total: Annotated[int, Field(description="How many alerts match, over every page.", ge=0)]
    page_size: str
    page: str
    data: list[Alert]


class ServiceProviderAlertPage(BaseModel):
    """
    One page of a service provider's alerts, newest first (see `AlertPage`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    total: Annotated[int, Field(ge=0)]
    page_size: str
    page: str
    data: list[ServiceProviderAlert]


class Conference(BaseModel):
    """
    A conference room of the account. `conference_sid` is the room's key as jambonz
    sends it in status events. Times are the server's (UTC); `duration` is seconds since
    the room started.

    """

    name: Annotated[
        str,
        Field(
            description="A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in\na URL path as it is). Names are scoped to the account: two accounts may both have a\nqueue `support`. **Differs from jambonz**, which takes any text (a `conference`,\n`enqueue` or `dequeue` verb with another name is refused by the simulator with an\nalert).\n",
            examples=["support"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9._~-]{1,64}$",
        ),
    ]
    conference_sid: Annotated[
        str, Field(examples=["conf:9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33:sales-standup"])
    ]
    status: Annotated[
        Literal["created", "waiting", "in-progress"],
        Field(
            description="`created` (made through the API, nobody in it yet), `waiting` (callers wait for a\nmoderator to start it), `in-progress` (started).\n"
        ),
    ]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    started_at: Annotated[str | None, Field(...)]
    duration: Annotated[int | None, Field(ge=0)]
    participant_count: Annotated[int, Field(description="Members in the room (joined).", ge=0)]
    waiting_count: Annotated[
        int, Field(description="Callers waiting for the room to start (or about to join).", ge=0)
    ]
    max_participants: Annotated[
        int | None,
        Field(
            description="The most members the room takes; a caller finding it full goes on with its next verb."
        ),
    ]
    record: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    status_hook: Annotated[HookRead | None, Field(...)]
    status_events: list[Literal["start", "end", "join", "leave"]]


class Participant(BaseModel):
    """
    A call in the conference: its numbers, when it joined, and its state. A
    `moderator` entered with `startConferenceOnEnter` (the default); `tag` is its
    `memberTag`.

    """

    call_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    from_: Annotated[str, Field(alias="from")]
    to: str
    status: Annotated[
        Literal["waiting", "joined"],
        Field(description="`waiting` for the room to start (or about to join), or `joined`."),
    ]
    joined_at: Annotated[str | None, Field(...)]
    muted: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    on_hold: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    moderator: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    tag: Annotated[str | None, Field(...)]


class QueueSummary(BaseModel):
    """
    A queue as jambonz lists it.
    """

    name: str
    length: Annotated[
        int,
        Field(
            description="Calls waiting in it (a number; jambonz's OpenAPI text says string).", ge=0
        ),
    ]


class Queue(BaseModel):
    """
    A queue of the account. `queue_sid` is its key as jambonz sends it in hooks;
    `average_wait` and `longest_wait` are the seconds the calls waiting now have
    waited (0 when it is empty).

    """

    name: Annotated[
        str,
        Field(
            description="A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in\na URL path as it is). Names are scoped to the account: two accounts may both have a\nqueue `support`. **Differs from jambonz**, which takes any text (a `conference`,\n`enqueue` or `dequeue` verb with another name is refused by the simulator with an\nalert).\n",
            examples=["support"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9._~-]{1,64}$",
        ),
    ]
    queue_sid: Annotated[
        str, Field(examples=["queue:9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33:support"])
    ]
    length: Annotated[int, Field(ge=0)]
    max_size: Annotated[int | None, Field(...)]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    average_wait: Annotated[int, Field(ge=0)]
    longest_wait: Annotated[int, Field(ge=0)]


class QueueCreate(BaseModel):
    """
    A queue made ahead of time. With `max_size`, a call that finds it full is not
    queued: its `enqueue` actionHook gets `queue_result: error` with `queue_error`.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str,
        Field(
            description="A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in\na URL path as it is). Names are scoped to the account: two accounts may both have a\nqueue `support`. **Differs from jambonz**, which takes any text (a `conference`,\n`enqueue` or `dequeue` verb with another name is refused by the simulator with an\nalert).\n",
            examples=["support"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9._~-]{1,64}$",
        ),
    ]
    max_size: Annotated[int | None, Field(ge=1, le=10000)] = None


class QueuedCall(BaseModel):
    """
    A call waiting in a queue. `position` 0 is the next one out (as the `waitHook`'s
    `queue_position`); the order is by `priority` (0 first, 999 by default), then by
    arrival. `wait_time` is in seconds; `tag` is the call's customer data.

    """

    call_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    position: Annotated[int, Field(ge=0)]
    priority: Annotated[int, Field(ge=0, le=999)]
    wait_time: Annotated[int, Field(ge=0)]
    enqueued_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    from_: Annotated[str, Field(alias="from")]
    to: str
    tag: Annotated[dict[str, Any] | None, Field(...)]


class InviteCodesCreate(BaseModel):
    """
    How many codes to create.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    count: Annotated[
        int | None,
        Field(
            description="How many (default 1; 0 or less also means 1, as in jambonz).",
            examples=[2],
            le=1000,
        ),
    ] = None


class Code(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9ABCXZ]{6}$")]


class InviteCodesCreated(BaseModel):
    status: Literal["ok"]
    added: Annotated[int, Field(description="How many codes were created.")]
    codes: list[Code]


class MediaUrl(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="An absolute http(s) URL of a media file; printable ASCII only, no whitespace.",
            examples=["https://cdn.example.com/cat.jpg"],
            max_length=1024,
            min_length=8,
            pattern="^https?://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+([/?#][!-~]*)?$",
        ),
    ]


class MediaUrls(RootModel[list[MediaUrl]]):
    """
    One to 10 media URLs.
    """

    root: Annotated[
        list[MediaUrl], Field(description="One to 10 media URLs.", max_length=10, min_length=1)
    ]


class ProviderResponse(BaseModel):
    """
    What the provider answered when it accepted the message: the JSON object an HTTP
    provider answered (any other body as `{"body": "<text>"}`), or the simulator's
    `{"simulated": true, "carrier_message_id", "status": "accepted"}`.

    """

    model_config = ConfigDict(
        extra="allow",
    )


class MessageCreatedBody(BaseModel):
    sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    providerResponse: ProviderResponse


class MessageRefusal(BaseModel):
    """
    The body of a 480 answer to sending a message.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    msg: Annotated[str, Field(description="Why the message failed.")]


class MessageStatusChange(BaseModel):
    status: Annotated[
        Literal["queued", "sent", "delivered", "failed", "received"],
        Field(
            description="Outbound: `queued` (stored, being handed to the provider), then `sent` (the\nprovider accepted it) and later `delivered` (the provider reported delivery) or\n`failed` (refused, no answer in time, or a failed delivery reported; `error` says\nwhy). Inbound messages are `received`.\n"
        ),
    ]
    time: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    error: Annotated[str | None, Field(description="Why, for `failed`.")]


class Message(BaseModel):
    """
    A message as stored: sent (`outbound`, by the API or by an application's `message`
    verb) or received (`inbound`). Not in jambonz, which keeps no messages.

    """

    message_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    account_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    service_provider_sid: Annotated[str | None, Field(...)]
    application_sid: Annotated[
        str | None,
        Field(
            description="Inbound: the application the message was routed to. Outbound: the application\nwhose `message` verb sent it (`null` when sent through the API).\n"
        ),
    ]
    direction: Annotated[
        Literal["inbound", "outbound"],
        Field(description="`outbound`: sent by the platform; `inbound`: received from a carrier."),
    ]
    from_: Annotated[
        str, Field(alias="from", description="The sender, digits without `+` for a phone number.")
    ]
    to: Annotated[str, Field(description="The recipient, digits without `+`.")]
    text: Annotated[str | None, Field(...)]
    media: Annotated[list[str], Field(description="Media URLs (empty when there are none).")]
    carrier: Annotated[str, Field(description="The carrier's name, or `simulator`.")]
    voip_carrier_sid: Annotated[
        str | None, Field(description="The carrier's sid (`null` for the simulator).")
    ]
    carrier_message_id: Annotated[
        str | None, Field(description="The provider's id for the message.")
    ]
    status: Annotated[
        Literal["queued", "sent", "delivered", "failed", "received"],
        Field(
            description="Outbound: `queued` (stored, being handed to the provider), then `sent` (the\nprovider accepted it) and later `delivered` (the provider reported delivery) or\n`failed` (refused, no answer in time, or a failed delivery reported; `error` says\nwhy). Inbound messages are `received`.\n"
        ),
    ]
    error: Annotated[
        str | None,
        Field(
            description="Why the message failed; for an inbound message, why its application could not\nbe reached or what it answered wrong.\n"
        ),
    ]
    provider_response: Annotated[
        dict[str, Any] | None,
        Field(description="What the provider answered when sending (`providerResponse`)."),
    ]
    status_hook: Annotated[HookRead | None, Field(description="Where status changes are reported.")]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    updated_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    status_history: list[MessageStatusChange]


class MessagePage(BaseModel):
    """
    One page of messages, newest first (answered when `page` is given).
    """

    total: Annotated[int, Field(description="How many messages match, over all pages.", ge=0)]
    page: Annotated[int, Field(description="The page asked for (1-based).", ge=1)]
    page_size: Annotated[
        int | None,
        Field(
            description="The `page_size` asked for, or `null` when it was omitted (then 50 apply)."
        ),
    ]
    data: list[Message]


class MessageList(RootModel[list[Message] | MessagePage]):
    root: Annotated[
        list[Message] | MessagePage,
        Field(description="A bare array of messages; or, when `page` is given, one `MessagePage`."),
    ]


class SimulatedMessageCreate(BaseModel):
    """
    An SMS arriving on one of the account's numbers. `text` and/or `media`: at least
    one (422 otherwise).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    from_: Annotated[
        str,
        Field(
            alias="from",
            description="A phone number in E.164 form (1 to 15 digits, optionally after a `+`, which is\ndropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and\ndigits).\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^(\\+?[0-9]{1,15}|[A-Za-z0-9]{1,11})$",
        ),
    ]
    to: Annotated[
        str,
        Field(
            description="A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,\ndashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`\nand `15085550100` are the same number. **Differs from jambonz**, which accepts any\ntext without whitespace.\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]
    text: Annotated[
        str | None,
        Field(
            description="The text of the message.",
            examples=["Your code is 1234"],
            max_length=4096,
            min_length=1,
        ),
    ] = None
    media: Annotated[
        MediaUrl | MediaUrls | None, Field(description="One media URL, or an array of up to 10.")
    ] = None
    carrier: Annotated[
        str | None,
        Field(
            description="The carrier the message arrives through, by name: one the account may use (422\notherwise). By default the number's carrier, else `simulator`.\n",
            max_length=64,
            min_length=1,
        ),
    ] = None


class InboundMessage(BaseModel):
    """
    An SMS a carrier delivers. `text` and/or `media`: at least one (400 otherwise).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    from_: Annotated[
        str,
        Field(
            alias="from",
            description="A phone number in E.164 form (1 to 15 digits, optionally after a `+`, which is\ndropped when stored) or an alphanumeric sender id (1 to 11 ASCII letters and\ndigits).\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^(\\+?[0-9]{1,15}|[A-Za-z0-9]{1,11})$",
        ),
    ]
    to: Annotated[
        str,
        Field(
            description="A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,\ndashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`\nand `15085550100` are the same number. **Differs from jambonz**, which accepts any\ntext without whitespace.\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]
    cc: Annotated[
        list[E164Number] | None,
        Field(
            description="Other recipients (group messages); passed on to the application.",
            max_length=10,
        ),
    ] = None
    text: Annotated[
        str | None,
        Field(
            description="The text of the message.",
            examples=["Your code is 1234"],
            max_length=4096,
            min_length=1,
        ),
    ] = None
    media: Annotated[
        MediaUrl | MediaUrls | None, Field(description="One media URL, or an array of up to 10.")
    ] = None
    carrier_message_id: Annotated[
        str | None,
        Field(description="The carrier's own id for the message.", max_length=255, min_length=1),
    ] = None


class DeliveryReceipt(BaseModel):
    """
    What became of a message a carrier accepted. Name the message by
    `carrier_message_id` or `message_sid` (at least one; 422 otherwise).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    carrier_message_id: Annotated[
        str | None,
        Field(
            description="The id the carrier's answer to the send carried.",
            max_length=255,
            min_length=1,
        ),
    ] = None
    message_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    status: Annotated[
        Literal["sent", "delivered", "failed"],
        Field(description="A status a carrier's delivery receipt may report."),
    ]
    error: Annotated[str | None, Field(description="Why, for `failed`.", max_length=1024)] = None


class SpeechCredentialCreate(BaseModel):
    """
    A new speech credential: `vendor`, what it is used for, an optional `label`, and
    the vendor's own properties (which ones each vendor needs is in the description of
    the create operation). Properties another vendor uses are accepted and not stored,
    as in jambonz. The vendor's properties are stored encrypted.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    vendor: Annotated[
        str,
        Field(
            description="The speech vendor: `google`, `aws`, `microsoft`, `deepgram`, `deepgramflux`,\n`elevenlabs`, `wellsaid`, `nuance`, `ibm`, `nvidia`, `soniox`, `cobalt`,\n`speechmatics`, `playht`, `cartesia`, `rimelabs`, `inworld`, `resemble`, `gladia`,\n`assemblyai`, `houndify`, `voxist`, `whisper`, `openai`, `verbio`, or\n`custom:<name>` for a vendor reached through jambonz's custom speech API. Another\nvalue answers 400 `invalid or missing vendor: <vendor>` (jambonz's words; jambonz\nanswers 500).\n",
            examples=["google"],
            max_length=32,
            min_length=1,
        ),
    ]
    label: Annotated[
        str | None,
        Field(
            description="Tells apart several credentials of one vendor (applications name it as the\n`label` of their synthesizer or recognizer). Unique per vendor for the owner.\n",
            max_length=64,
        ),
    ] = None
    use_for_tts: Annotated[
        bool | Literal[0, 1] | None, Field(description="Used for text-to-speech (default true).")
    ] = None
    use_for_stt: Annotated[
        bool | Literal[0, 1] | None, Field(description="Used for speech-to-text (default true).")
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="`null` is the same as not given (the portal sends it for a provider's credential).\nThe owning account. Under `/Accounts/{AccountSid}` it must be the path's account\n(422 otherwise); under `/ServiceProviders/{ServiceProviderSid}` an account of\nthat provider makes the credential that account's (403 outside the key's\nscope, 400 `unknown account_sid`). An account key's credentials are always its\nown account's.\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The owning provider; when given it must be the path's provider (or the\npath account's provider): 422 otherwise, 403 outside the key's scope.\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_key: Annotated[
        str | None,
        Field(
            description="google: the service account key, the text of its JSON file (with `client_email`\nand `private_key`). Read back with the private key obscured.\n",
            max_length=8192,
        ),
    ] = None
    model_id: Annotated[
        str | None,
        Field(
            description="The vendor's model: google (Gemini TTS), deepgram, elevenlabs, cartesia (TTS),\nrimelabs, inworld, whisper, openai.\n",
            max_length=128,
        ),
    ] = None
    stt_model_id: Annotated[
        str | None, Field(description="cartesia: the speech-to-text model.\n", max_length=128)
    ] = None
    access_key_id: Annotated[
        str | None,
        Field(
            description="aws: the access key id (or none, with `role_arn` or the instance's role).\n",
            max_length=128,
        ),
    ] = None
    secret_access_key: Annotated[
        str | None, Field(description="aws: the secret access key.\n", max_length=256)
    ] = None
    aws_region: Annotated[
        str | None, Field(description="aws: the region, e.g. `us-east-1`.\n", max_length=64)
    ] = None
    role_arn: Annotated[
        str | None,
        Field(description="aws: a role to assume instead of access keys.\n", max_length=256),
    ] = None
    api_key: Annotated[
        str | None, Field(description="The vendor's API key (most vendors).\n", max_length=2048)
    ] = None
    region: Annotated[
        str | None,
        Field(description="microsoft, gladia: the region, e.g. `eastus`.\n", max_length=64),
    ] = None
    client_id: Annotated[
        str | None, Field(description="nuance, houndify, verbio: the client id.\n", max_length=256)
    ] = None
    client_key: Annotated[
        str | None, Field(description="houndify: the client key.\n", max_length=1024)
    ] = None
    client_secret: Annotated[
        str | None, Field(description="verbio: the client secret.\n", max_length=1024)
    ] = None
    secret: Annotated[
        str | None, Field(description="nuance: the client secret.\n", max_length=1024)
    ] = None
    nuance_tts_uri: Annotated[
        str | None,
        Field(description="nuance: an on-premises TTS server, `host:port`.\n", max_length=1024),
    ] = None
    nuance_stt_uri: Annotated[
        str | None,
        Field(description="nuance: an on-premises STT server, `host:port`.\n", max_length=1024),
    ] = None
    speechmatics_stt_uri: Annotated[
        str | None,
        Field(
            description="speechmatics: the real-time endpoint, e.g. `eu2.rt.speechmatics.com`.\n",
            max_length=1024,
        ),
    ] = None
    deepgram_stt_uri: Annotated[
        str | None,
        Field(description="deepgram: an on-premises STT server, `host:port`.\n", max_length=1024),
    ] = None
    deepgram_stt_use_tls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="deepgram: reach `deepgram_stt_uri` over TLS.\n"),
    ] = None
    deepgram_tts_uri: Annotated[
        str | None, Field(description="deepgram: an on-premises TTS server URL.\n", max_length=1024)
    ] = None
    playht_tts_uri: Annotated[
        str | None, Field(description="playht: another TTS endpoint.\n", max_length=1024)
    ] = None
    resemble_tts_uri: Annotated[
        str | None, Field(description="resemble: another TTS endpoint.\n", max_length=1024)
    ] = None
    resemble_tts_use_tls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="resemble: reach `resemble_tts_uri` over TLS.\n"),
    ] = None
    use_custom_tts: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="microsoft: use a custom (Custom Neural Voice) TTS endpoint.\n"),
    ] = None
    custom_tts_endpoint: Annotated[
        str | None, Field(description="microsoft: the custom TTS endpoint id.\n", max_length=1024)
    ] = None
    custom_tts_endpoint_url: Annotated[
        str | None,
        Field(
            description="microsoft: the custom TTS endpoint URL (then `region` and `api_key` are\noptional).\n",
            max_length=1024,
        ),
    ] = None
    use_custom_stt: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="microsoft: use a custom speech-to-text endpoint.\n"),
    ] = None
    custom_stt_endpoint: Annotated[
        str | None, Field(description="microsoft: the custom STT endpoint id.\n", max_length=1024)
    ] = None
    custom_stt_endpoint_url: Annotated[
        str | None,
        Field(
            description="microsoft: the custom STT endpoint URL (then `region` and `api_key` are\noptional).\n",
            max_length=1024,
        ),
    ] = None
    tts_api_key: Annotated[
        str | None, Field(description="ibm: the text-to-speech API key.\n", max_length=2048)
    ] = None
    tts_region: Annotated[
        str | None, Field(description="ibm: the text-to-speech region.\n", max_length=64)
    ] = None
    stt_api_key: Annotated[
        str | None, Field(description="ibm: the speech-to-text API key.\n", max_length=2048)
    ] = None
    stt_region: Annotated[
        str | None, Field(description="ibm: the speech-to-text region.\n", max_length=64)
    ] = None
    instance_id: Annotated[
        str | None, Field(description="ibm: the speech-to-text instance id.\n", max_length=256)
    ] = None
    riva_server_uri: Annotated[
        str | None, Field(description="nvidia: the Riva server, `host:port`.\n", max_length=1024)
    ] = None
    cobalt_server_uri: Annotated[
        str | None, Field(description="cobalt: the server, `host:port`.\n", max_length=1024)
    ] = None
    custom_stt_url: Annotated[
        str | None,
        Field(description="`custom:<name>`: the speech-to-text WebSocket URL.\n", max_length=1024),
    ] = None
    custom_tts_url: Annotated[
        str | None, Field(description="`custom:<name>`: the text-to-speech URL.\n", max_length=1024)
    ] = None
    custom_tts_streaming_url: Annotated[
        str | None,
        Field(description="`custom:<name>`: the streaming text-to-speech URL.\n", max_length=1024),
    ] = None
    auth_token: Annotated[
        str | None,
        Field(
            description="`custom:<name>`: the token sent to the custom vendor.\n", max_length=2048
        ),
    ] = None
    user_id: Annotated[
        str | None, Field(description="playht, houndify: the user id.\n", max_length=256)
    ] = None
    voice_engine: Annotated[
        str | None,
        Field(description="playht: the voice engine, e.g. `PlayHT2.0-turbo`.\n", max_length=128),
    ] = None
    engine_version: Annotated[
        str | None, Field(description="verbio: the engine version, e.g. `V1`.\n", max_length=64)
    ] = None
    service_version: Annotated[
        str | None,
        Field(description="assemblyai: the service version, e.g. `v2`.\n", max_length=64),
    ] = None
    api_uri: Annotated[
        str | None,
        Field(
            description="elevenlabs: another API host, e.g. `api.elevenlabs.io`.\n", max_length=1024
        ),
    ] = None
    houndify_server_uri: Annotated[
        str | None, Field(description="houndify: another server.\n", max_length=1024)
    ] = None
    options: Annotated[
        str | None,
        Field(
            description="elevenlabs, speechmatics, playht, cartesia, rimelabs, inworld: the vendor's\noptions, as JSON text.\n",
            max_length=8192,
        ),
    ] = None


class SpeechCredentialUpdate(BaseModel):
    """
    What to change: `use_for_tts` and/or `use_for_stt` (at least one of them: 422 `use_for_tts
    and use_for_stt are the only updateable fields` otherwise, jambonz's words), and
    with them the vendor's settings that are not secrets (regions, endpoints, models,
    options, versions). Secrets and identities (`api_key`, `service_key`,
    `secret_access_key`, `access_key_id`, `client_id`, `user_id`, ...) cannot be
    changed (create a new credential instead): sent back as read (obscured) or not,
    they are ignored, as are `vendor`, `label` and the owner sids, as in jambonz.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    vendor: Annotated[
        str | None,
        Field(
            description="The speech vendor: `google`, `aws`, `microsoft`, `deepgram`, `deepgramflux`,\n`elevenlabs`, `wellsaid`, `nuance`, `ibm`, `nvidia`, `soniox`, `cobalt`,\n`speechmatics`, `playht`, `cartesia`, `rimelabs`, `inworld`, `resemble`, `gladia`,\n`assemblyai`, `houndify`, `voxist`, `whisper`, `openai`, `verbio`, or\n`custom:<name>` for a vendor reached through jambonz's custom speech API. Another\nvalue answers 400 `invalid or missing vendor: <vendor>` (jambonz's words; jambonz\nanswers 500).\n",
            examples=["google"],
            max_length=32,
            min_length=1,
        ),
    ] = None
    label: Annotated[
        str | None,
        Field(description="Ignored (a credential's label cannot be changed).", max_length=64),
    ] = None
    use_for_tts: Annotated[
        bool | Literal[0, 1] | None, Field(description="Used for text-to-speech.")
    ] = None
    use_for_stt: Annotated[
        bool | Literal[0, 1] | None, Field(description="Used for speech-to-text.")
    ] = None
    account_sid: Annotated[
        Sid | None, Field(description="Ignored, `null` included (the owner cannot be changed).")
    ] = None
    service_provider_sid: Annotated[
        Sid | None, Field(description="Ignored, `null` included (the owner cannot be changed).")
    ] = None
    service_key: Annotated[
        str | None,
        Field(
            description="google: the service account key, the text of its JSON file (with `client_email`\nand `private_key`). Read back with the private key obscured.\n",
            max_length=8192,
        ),
    ] = None
    model_id: Annotated[
        str | None,
        Field(
            description="The vendor's model: google (Gemini TTS), deepgram, elevenlabs, cartesia (TTS),\nrimelabs, inworld, whisper, openai.\n",
            max_length=128,
        ),
    ] = None
    stt_model_id: Annotated[
        str | None, Field(description="cartesia: the speech-to-text model.\n", max_length=128)
    ] = None
    access_key_id: Annotated[
        str | None,
        Field(
            description="aws: the access key id (or none, with `role_arn` or the instance's role).\n",
            max_length=128,
        ),
    ] = None
    secret_access_key: Annotated[
        str | None, Field(description="aws: the secret access key.\n", max_length=256)
    ] = None
    aws_region: Annotated[
        str | None, Field(description="aws: the region, e.g. `us-east-1`.\n", max_length=64)
    ] = None
    role_arn: Annotated[
        str | None,
        Field(description="aws: a role to assume instead of access keys.\n", max_length=256),
    ] = None
    api_key: Annotated[
        str | None, Field(description="The vendor's API key (most vendors).\n", max_length=2048)
    ] = None
    region: Annotated[
        str | None,
        Field(description="microsoft, gladia: the region, e.g. `eastus`.\n", max_length=64),
    ] = None
    client_id: Annotated[
        str | None, Field(description="nuance, houndify, verbio: the client id.\n", max_length=256)
    ] = None
    client_key: Annotated[
        str | None, Field(description="houndify: the client key.\n", max_length=1024)
    ] = None
    client_secret: Annotated[
        str | None, Field(description="verbio: the client secret.\n", max_length=1024)
    ] = None
    secret: Annotated[
        str | None, Field(description="nuance: the client secret.\n", max_length=1024)
    ] = None
    nuance_tts_uri: Annotated[
        str | None,
        Field(description="nuance: an on-premises TTS server, `host:port`.\n", max_length=1024),
    ] = None
    nuance_stt_uri: Annotated[
        str | None,
        Field(description="nuance: an on-premises STT server, `host:port`.\n", max_length=1024),
    ] = None
    speechmatics_stt_uri: Annotated[
        str | None,
        Field(
            description="speechmatics: the real-time endpoint, e.g. `eu2.rt.speechmatics.com`.\n",
            max_length=1024,
        ),
    ] = None
    deepgram_stt_uri: Annotated[
        str | None,
        Field(description="deepgram: an on-premises STT server, `host:port`.\n", max_length=1024),
    ] = None
    deepgram_stt_use_tls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="deepgram: reach `deepgram_stt_uri` over TLS.\n"),
    ] = None
    deepgram_tts_uri: Annotated[
        str | None, Field(description="deepgram: an on-premises TTS server URL.\n", max_length=1024)
    ] = None
    playht_tts_uri: Annotated[
        str | None, Field(description="playht: another TTS endpoint.\n", max_length=1024)
    ] = None
    resemble_tts_uri: Annotated[
        str | None, Field(description="resemble: another TTS endpoint.\n", max_length=1024)
    ] = None
    resemble_tts_use_tls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="resemble: reach `resemble_tts_uri` over TLS.\n"),
    ] = None
    use_custom_tts: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="microsoft: use a custom (Custom Neural Voice) TTS endpoint.\n"),
    ] = None
    custom_tts_endpoint: Annotated[
        str | None, Field(description="microsoft: the custom TTS endpoint id.\n", max_length=1024)
    ] = None
    custom_tts_endpoint_url: Annotated[
        str | None,
        Field(
            description="microsoft: the custom TTS endpoint URL (then `region` and `api_key` are\noptional).\n",
            max_length=1024,
        ),
    ] = None
    use_custom_stt: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="microsoft: use a custom speech-to-text endpoint.\n"),
    ] = None
    custom_stt_endpoint: Annotated[
        str | None, Field(description="microsoft: the custom STT endpoint id.\n", max_length=1024)
    ] = None
    custom_stt_endpoint_url: Annotated[
        str | None,
        Field(
            description="microsoft: the custom STT endpoint URL (then `region` and `api_key` are\noptional).\n",
            max_length=1024,
        ),
    ] = None
    tts_api_key: Annotated[
        str | None, Field(description="ibm: the text-to-speech API key.\n", max_length=2048)
    ] = None
    tts_region: Annotated[
        str | None, Field(description="ibm: the text-to-speech region.\n", max_length=64)
    ] = None
    stt_api_key: Annotated[
        str | None, Field(description="ibm: the speech-to-text API key.\n", max_length=2048)
    ] = None
    stt_region: Annotated[
        str | None, Field(description="ibm: the speech-to-text region.\n", max_length=64)
    ] = None
    instance_id: Annotated[
        str | None, Field(description="ibm: the speech-to-text instance id.\n", max_length=256)
    ] = None
    riva_server_uri: Annotated[
        str | None, Field(description="nvidia: the Riva server, `host:port`.\n", max_length=1024)
    ] = None
    cobalt_server_uri: Annotated[
        str | None, Field(description="cobalt: the server, `host:port`.\n", max_length=1024)
    ] = None
    custom_stt_url: Annotated[
        str | None,
        Field(description="`custom:<name>`: the speech-to-text WebSocket URL.\n", max_length=1024),
    ] = None
    custom_tts_url: Annotated[
        str | None, Field(description="`custom:<name>`: the text-to-speech URL.\n", max_length=1024)
    ] = None
    custom_tts_streaming_url: Annotated[
        str | None,
        Field(description="`custom:<name>`: the streaming text-to-speech URL.\n", max_length=1024),
    ] = None
    auth_token: Annotated[
        str | None,
        Field(
            description="`custom:<name>`: the token sent to the custom vendor.\n", max_length=2048
        ),
    ] = None
    user_id: Annotated[
        str | None, Field(description="playht, houndify: the user id.\n", max_length=256)
    ] = None
    voice_engine: Annotated[
        str | None,
        Field(description="playht: the voice engine, e.g. `PlayHT2.0-turbo`.\n", max_length=128),
    ] = None
    engine_version: Annotated[
        str | None, Field(description="verbio: the engine version, e.g. `V1`.\n", max_length=64)
    ] = None
    service_version: Annotated[
        str | None,
        Field(description="assemblyai: the service version, e.g. `v2`.\n", max_length=64),
    ] = None
    api_uri: Annotated[
        str | None,
        Field(
            description="elevenlabs: another API host, e.g. `api.elevenlabs.io`.\n", max_length=1024
        ),
    ] = None
    houndify_server_uri: Annotated[
        str | None, Field(description="houndify: another server.\n", max_length=1024)
    ] = None
    options: Annotated[
        str | None,
        Field(
            description="elevenlabs, speechmatics, playht, cartesia, rimelabs, inworld: the vendor's\noptions, as JSON text.\n",
            max_length=8192,
        ),
    ] = None


class SpeechCredential(BaseModel):
    """
    A speech credential as jambonz reads it back: its row (the flags `0`/`1`) and the
    vendor's properties it stores, with every secret obscured (its first 6 characters,
    then one `X` per further character; a Google key's `private_key` after its
    `-----BEGIN PRIVATE KEY-----` line). Properties the vendor does not use are absent.
    An account key reading its provider's credentials in a list gets them without
    `api_key`, `secret_access_key`, `secret`, `client_secret`, `client_key`,
    `auth_token`, `tts_api_key` and `stt_api_key` at all.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    speech_credential_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    service_provider_sid: Annotated[
        str | None, Field(description="The owning provider (also set on an account's credential).")
    ]
    account_sid: Annotated[
        str | None, Field(description="The owning account; `null` for a provider's credential.")
    ]
    vendor: str
    label: Annotated[str | None, Field(...)]
    use_for_tts: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    use_for_stt: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    last_used: Annotated[
        str | None, Field(description="Set by jambonz's feature servers; never by this server.")
    ]
    last_tested: Annotated[
        str | None, Field(description="When the credential was last tested (`GET .../test`).")
    ]
    tts_tested_ok: Annotated[
        int | None,
        Field(
            description="The text-to-speech result of the last test (`null` when never tested).",
            ge=0,
            le=1,
        ),
    ]
    stt_tested_ok: Annotated[
        int | None,
        Field(
            description="The speech-to-text result of the last test (`null` when never tested).",
            ge=0,
            le=1,
        ),
    ]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    service_key: Annotated[
        str | None,
        Field(
            description="google: the service account key, the text of its JSON file (with `client_email`\nand `private_key`). Read back with the private key obscured. Obscured: its first\n6 characters, then one `X` per further character.\n"
        ),
    ] = None
    model_id: Annotated[
        str | None,
        Field(
            description="The vendor's model: google (Gemini TTS), deepgram, elevenlabs, cartesia (TTS),\nrimelabs, inworld, whisper, openai.\n"
        ),
    ] = None
    stt_model_id: Annotated[
        str | None, Field(description="cartesia: the speech-to-text model.\n")
    ] = None
    access_key_id: Annotated[
        str | None,
        Field(
            description="aws: the access key id (or none, with `role_arn` or the instance's role).\n"
        ),
    ] = None
    secret_access_key: Annotated[
        str | None,
        Field(
            description="aws: the secret access key. Obscured: its first 6 characters, then one `X` per\nfurther character.\n"
        ),
    ] = None
    aws_region: Annotated[str | None, Field(description="aws: the region, e.g. `us-east-1`.\n")] = (
        None
    )
    role_arn: Annotated[
        str | None, Field(description="aws: a role to assume instead of access keys.\n")
    ] = None
    api_key: Annotated[
        str | None,
        Field(
            description="The vendor's API key (most vendors). Obscured: its first 6 characters, then one\n`X` per further character.\n"
        ),
    ] = None
    region: Annotated[
        str | None, Field(description="microsoft, gladia: the region, e.g. `eastus`.\n")
    ] = None
    client_id: Annotated[
        str | None, Field(description="nuance, houndify, verbio: the client id.\n")
    ] = None
    client_key: Annotated[
        str | None,
        Field(
            description="houndify: the client key. Obscured: its first 6 characters, then one `X` per\nfurther character.\n"
        ),
    ] = None
    client_secret: Annotated[
        str | None,
        Field(
            description="verbio: the client secret. Obscured: its first 6 characters, then one `X` per\nfurther character.\n"
        ),
    ] = None
    secret: Annotated[
        str | None,
        Field(
            description="nuance: the client secret. Obscured: its first 6 characters, then one `X` per\nfurther character.\n"
        ),
    ] = None
    nuance_tts_uri: Annotated[
        str | None, Field(description="nuance: an on-premises TTS server, `host:port`.\n")
    ] = None
    nuance_stt_uri: Annotated[
        str | None, Field(description="nuance: an on-premises STT server, `host:port`.\n")
    ] = None
    speechmatics_stt_uri: Annotated[
        str | None,
        Field(
            description="speechmatics: the real-time endpoint, e.g. `eu2.rt.speechmatics.com`.\n"
        ),
    ] = None
    deepgram_stt_uri: Annotated[
        str | None, Field(description="deepgram: an on-premises STT server, `host:port`.\n")
    ] = None
    deepgram_stt_use_tls: Annotated[
        bool | None, Field(description="deepgram: reach `deepgram_stt_uri` over TLS.\n")
    ] = None
    deepgram_tts_uri: Annotated[
        str | None, Field(description="deepgram: an on-premises TTS server URL.\n")
    ] = None
    playht_tts_uri: Annotated[str | None, Field(description="playht: another TTS endpoint.\n")] = (
        None
    )
    resemble_tts_uri: Annotated[
        str | None, Field(description="resemble: another TTS endpoint.\n")
    ] = None
    resemble_tts_use_tls: Annotated[
        bool | None, Field(description="resemble: reach `resemble_tts_uri` over TLS.\n")
    ] = None
    use_custom_tts: Annotated[
        bool | None,
        Field(description="microsoft: use a custom (Custom Neural Voice) TTS endpoint.\n"),
    ] = None
    custom_tts_endpoint: Annotated[
        str | None, Field(description="microsoft: the custom TTS endpoint id.\n")
    ] = None
    custom_tts_endpoint_url: Annotated[
        str | None,
        Field(
            description="microsoft: the custom TTS endpoint URL (then `region` and `api_key` are\noptional).\n"
        ),
    ] = None
    use_custom_stt: Annotated[
        bool | None, Field(description="microsoft: use a custom speech-to-text endpoint.\n")
    ] = None
    custom_stt_endpoint: Annotated[
        str | None, Field(description="microsoft: the custom STT endpoint id.\n")
    ] = None
    custom_stt_endpoint_url: Annotated[
        str | None,
        Field(
            description="microsoft: the custom STT endpoint URL (then `region` and `api_key` are\noptional).\n"
        ),
    ] = None
    tts_api_key: Annotated[
        str | None,
        Field(
            description="ibm: the text-to-speech API key. Obscured: its first 6 characters, then one `X`\nper further character.\n"
        ),
    ] = None
    tts_region: Annotated[str | None, Field(description="ibm: the text-to-speech region.\n")] = None
    stt_api_key: Annotated[
        str | None,
        Field(
            description="ibm: the speech-to-text API key. Obscured: its first 6 characters, then one `X`\nper further character.\n"
        ),
    ] = None
    stt_region: Annotated[str | None, Field(description="ibm: the speech-to-text region.\n")] = None
    instance_id: Annotated[
        str | None, Field(description="ibm: the speech-to-text instance id.\n")
    ] = None
    riva_server_uri: Annotated[
        str | None, Field(description="nvidia: the Riva server, `host:port`.\n")
    ] = None
    cobalt_server_uri: Annotated[
        str | None, Field(description="cobalt: the server, `host:port`.\n")
    ] = None
    custom_stt_url: Annotated[
        str | None, Field(description="`custom:<name>`: the speech-to-text WebSocket URL.\n")
    ] = None
    custom_tts_url: Annotated[
        str | None, Field(description="`custom:<name>`: the text-to-speech URL.\n")
    ] = None
    custom_tts_streaming_url: Annotated[
        str | None, Field(description="`custom:<name>`: the streaming text-to-speech URL.\n")
    ] = None
    auth_token: Annotated[
        str | None,
        Field(
            description="`custom:<name>`: the token sent to the custom vendor. Obscured: its first 6\ncharacters, then one `X` per further character.\n"
        ),
    ] = None
    user_id: Annotated[str | None, Field(description="playht, houndify: the user id.\n")] = None
    voice_engine: Annotated[
        str | None, Field(description="playht: the voice engine, e.g. `PlayHT2.0-turbo`.\n")
    ] = None
    engine_version: Annotated[
        str | None, Field(description="verbio: the engine version, e.g. `V1`.\n")
    ] = None
    service_version: Annotated[
        str | None, Field(description="assemblyai: the service version, e.g. `v2`.\n")
    ] = None
    api_uri: Annotated[
        str | None, Field(description="elevenlabs: another API host, e.g. `api.elevenlabs.io`.\n")
    ] = None
    houndify_server_uri: Annotated[str | None, Field(description="houndify: another server.\n")] = (
        None
    )
    options: Annotated[
        str | None,
        Field(
            description="elevenlabs, speechmatics, playht, cartesia, rimelabs, inworld: the vendor's\noptions, as JSON text.\n"
        ),
    ] = None


class SpeechCredentialList(RootModel[list[SpeechCredential]]):
    root: list[SpeechCredential]


class SpeechTestHalf(BaseModel):
    """
    One half of a test: `ok`, `fail` with the `reason`, or `not tested` (the credential
    is not used for it, or the vendor offers no test of it). Never `ok` on this server.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    status: Literal["ok", "fail", "not tested"]
    reason: str | None = None


class SpeechCredentialTestResult(BaseModel):
    """
    The result of testing a credential, for each of text-to-speech and speech-to-text.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    tts: SpeechTestHalf
    stt: SpeechTestHalf


class SpeechVoice(BaseModel):
    value: Annotated[str, Field(description="The voice as a synthesizer's `voice` names it.")]
    name: Annotated[str, Field(description="A label for people.")]


class SpeechTtsLanguage(BaseModel):
    value: Annotated[
        str, Field(description="The language as a synthesizer's `language` names it, e.g. `en-US`.")
    ]
    name: str
    voices: list[SpeechVoice]


class SpeechNamedValue(BaseModel):
    """
    A language or model; `value` is what a recognizer or synthesizer takes.
    """

    name: str
    value: str


class SpeechLanguagesAndVoices(BaseModel):
    """
    What a vendor offers, as jambonz lists it: `tts` (languages with their voices) for
    the vendors that synthesize, `stt` (languages) for those that recognize, `models`
    (TTS models, or the vendor's models) and `sttModels` where the vendor has them.
    A key is absent when the vendor has nothing of that kind.

    """

    tts: list[SpeechTtsLanguage] | None = None
    stt: list[SpeechNamedValue] | None = None
    models: list[SpeechNamedValue] | None = None
    sttModels: list[SpeechNamedValue] | None = None


class GoogleCustomVoiceCreate(BaseModel):
    """
    A custom voice of a Google speech credential. `speech_credential_sid` is needed:
    400 `missing speech_credential_sid` without it (jambonz's words; it is optional in
    the schema only so that the answer is jambonz's).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    speech_credential_sid: Annotated[
        str | None,
        Field(
            description="The speech credential whose voice this is.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    name: Annotated[
        str,
        Field(
            description="The voice's name, as a synthesizer's `voice` names it.",
            max_length=64,
            min_length=1,
        ),
    ]
    model: Annotated[
        str,
        Field(description="The custom voice model's path at Google.", max_length=512, min_length=1),
    ]
    reported_usage: Annotated[
        Literal["REPORTED_USAGE_UNSPECIFIED", "REALTIME", "OFFLINE"] | None,
        Field(description="`REALTIME` unless given."),
    ] = None
    use_voice_cloning_key: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="Whether the voice is an instant custom voice (false unless given)."),
    ] = None


class GoogleCustomVoiceUpdate(BaseModel):
    """
    The properties to change; at least one.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    speech_credential_sid: Annotated[
        str | None,
        Field(
            description="Move the voice to another credential the key may change.",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    name: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    model: Annotated[str | None, Field(max_length=512, min_length=1)] = None
    reported_usage: Annotated[
        Literal["REPORTED_USAGE_UNSPECIFIED", "REALTIME", "OFFLINE"] | None,
        Field(description="How the voice's use is reported to Google."),
    ] = None
    use_voice_cloning_key: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None


class GoogleCustomVoice(BaseModel):
    """
    A custom voice, as jambonz reads it back.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    google_custom_voice_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    speech_credential_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    model: str
    reported_usage: Annotated[
        Literal["REPORTED_USAGE_UNSPECIFIED", "REALTIME", "OFFLINE"],
        Field(description="How the voice's use is reported to Google."),
    ]
    use_voice_cloning_key: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class GoogleCustomVoiceList(RootModel[list[GoogleCustomVoice]]):
    root: list[GoogleCustomVoice]


class AppEnvVariable(BaseModel):
    """
    One environment variable an application takes: its type and description, and
    whether it is required, its default, its allowed values and whether the portal
    should hide it. Other properties (such as `uiHint`, `jambonzResource`) are kept.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Annotated[
        Literal["string", "number", "boolean"],
        Field(description="The type of the variable's value."),
    ]
    description: Annotated[str, Field(description="What the variable is for, shown in the portal.")]
    required: Annotated[
        bool | None, Field(description="An application's `env_vars` must give it.")
    ] = None
    default: Annotated[
        str | float | bool | None,
        Field(description="The value used when none is given (a string, number or boolean)."),
    ] = None
    enum: Annotated[list[Any] | None, Field(description="The values allowed.")] = None
    obscure: Annotated[
        bool | None, Field(description="The portal hides the value as it does a password.")
    ] = None


class AppEnvSchema(RootModel[dict[str, AppEnvVariable]]):
    """
    An env-schema: at least one variable, each named with letters, digits and `_`
    only (`^[a-zA-Z0-9_]+$`), mapped to its `AppEnvVariable`.

    """

    root: Annotated[dict[str, AppEnvVariable], Field(min_length=1)]


class TtsCacheSize(BaseModel):
    """
    How many synthesized texts the cache holds.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    size: Annotated[int, Field(ge=0)]


class ServiceProviderCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str, Field(description="Unique across the platform.", max_length=64, min_length=1)
    ]
    description: Annotated[str | None, Field(max_length=255)] = None
    root_domain: Annotated[
        str | None, Field(description="Unique across the platform.", max_length=128)
    ] = None
    registration_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    ms_teams_fqdn: Annotated[str | None, Field(max_length=255)] = None


class ServiceProviderUpdate(BaseModel):
    """
    The properties to change; at least one.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    description: Annotated[str | None, Field(max_length=255)] = None
    root_domain: Annotated[str | None, Field(max_length=128)] = None
    registration_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    ms_teams_fqdn: Annotated[str | None, Field(max_length=255)] = None


class AccountCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str, Field(max_length=64, min_length=1)]
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="The provider the account belongs to. Required with an admin key; a service\nprovider key may omit it (its own provider) or must give its own.\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    sip_realm: Annotated[
        str | None,
        Field(
            description="The SIP domain of the account's devices; unique, stored lower-case.",
            max_length=132,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9._-]*$",
        ),
    ] = None
    registration_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    queue_event_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    device_calling_application_sid: Annotated[
        str | None,
        Field(
            description="An application of this account (so only `null` on create).",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    siprec_hook_sid: Annotated[
        str | None,
        Field(
            description="An application of this account (so only `null` on create).",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = True
    plan_type: Annotated[
        Literal["trial", "free", "paid"], Field(description="The account's billing plan.")
    ] = "trial"
    stripe_customer_id: Annotated[str | None, Field(max_length=56)] = None
    disable_cdrs: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    trial_end_date: Annotated[
        str | None,
        Field(
            description="An RFC 3339 date-time (with `Z` or an offset), stored in UTC.",
            examples=["2030-12-31T23:59:59.000Z"],
        ),
    ] = None
    deactivated_reason: Annotated[str | None, Field(max_length=255)] = None
    device_to_call_ratio: Annotated[int, Field(ge=0, le=2147483647)] = 5
    subspace_client_id: Annotated[str | None, Field(max_length=255)] = None
    subspace_client_secret: Annotated[str | None, Field(max_length=255)] = None
    subspace_sip_teleport_id: Annotated[str | None, Field(max_length=255)] = None
    subspace_sip_teleport_destinations: Annotated[str | None, Field(max_length=255)] = None
    record_all_calls: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    record_format: Annotated[str, Field(max_length=16, min_length=1)] = "mp3"
    bucket_credential: BucketCredential | None = None
    enable_debug_log: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ] = False
    webhook_secret: Annotated[
        str | None,
        Field(
            description="Accepted and ignored, as jambonz does (its own tests send one): the server\nalways generates the account's webhook signing key (`wh_secret_` and 22\nbase58 characters). A PUT sets it to a value of the client's choosing.\n",
            examples=["wh_secret_4Qh9cTxZbW2mJkLp8RvYfA"],
            max_length=36,
            min_length=1,
        ),
    ] = None


class AccountUpdate(BaseModel):
    """
    The properties to change; at least one. `webhook_secret` sets the key of the
    account's webhook signatures to the one given, as jambonz does (the portal sends the
    account's current secret back with every change); it is sealed at rest.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_secret: Annotated[
        str | None,
        Field(
            description="The key of the account's webhook signatures. One this server generates is\n`wh_secret_` followed by 22 base58 characters; one a client chose when it created\nthe account (as jambonz allows) is read back as given.\n",
            examples=["wh_secret_4Qh9cTxZbW2mJkLp8RvYfA"],
            max_length=36,
            min_length=1,
        ),
    ] = None
    name: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="Accepted only with the account's current provider (400 otherwise).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    sip_realm: Annotated[
        str | None,
        Field(
            description="The new SIP domain (`null` removes it). Not with an account key (403).",
            max_length=132,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9._-]*$",
        ),
    ] = None
    registration_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    queue_event_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    device_calling_application_sid: Annotated[
        str | None,
        Field(
            description="An application of this account, or `null`.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    siprec_hook_sid: Annotated[
        str | None,
        Field(
            description="An application of this account, or `null`.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    is_active: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    plan_type: Annotated[
        Literal["trial", "free", "paid"] | None, Field(description="The account's billing plan.")
    ] = None
    stripe_customer_id: Annotated[str | None, Field(max_length=56)] = None
    disable_cdrs: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    trial_end_date: str | None = None
    deactivated_reason: Annotated[str | None, Field(max_length=255)] = None
    device_to_call_ratio: Annotated[int | None, Field(ge=0, le=2147483647)] = None
    subspace_client_id: Annotated[str | None, Field(max_length=255)] = None
    subspace_client_secret: Annotated[str | None, Field(max_length=255)] = None
    subspace_sip_teleport_id: Annotated[str | None, Field(max_length=255)] = None
    subspace_sip_teleport_destinations: Annotated[str | None, Field(max_length=255)] = None
    record_all_calls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    record_format: Annotated[str | None, Field(max_length=16, min_length=1)] = None
    bucket_credential: BucketCredential | None = None
    enable_debug_log: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str,
        Field(
            description="Unique within the account (422 on a duplicate).",
            max_length=64,
            min_length=1,
        ),
    ]
    account_sid: Annotated[
        str | None,
        Field(
            description="The owning account. Account keys may omit it (their own account is used) and may\nnot name another account (403; **differs from jambonz**, which silently binds the\napplication to the key's account). Admin and service provider keys must give it\n(400 when missing); a service provider key only for an account of its own\nprovider (403). An unknown account answers 400. Under\n`/Accounts/{AccountSid}/Applications` it comes from the path and, if given, must\nequal it (422).\n",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="Marks an SP-wide test application; when given it must be the service provider of\nthe account (422 otherwise; 403 when it names a provider outside the key's scope).\n",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    call_hook: Annotated[
        HookUrl | HookObjectInput,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ]
    call_status_hook: Annotated[
        HookUrl | HookObjectInput,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ]
    messaging_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    app_json: Annotated[
        str | None,
        Field(
            description="A JSON **string** holding an array of verbs, executed instead of requesting\n`call_hook` when a call arrives. It is parsed and each verb validated; a problem\nanswers 400 naming the verb, e.g. `app_json: verb 1 (say): missing required property\ntext`. **Differs from jambonz**, which answers 500 to text that is not JSON and\nprefixes verb messages with `Error: `.\n",
            examples=['[{"verb":"say","text":"Hello"},{"verb":"hangup"}]'],
            max_length=65535,
            min_length=2,
        ),
    ] = None
    speech_synthesis_vendor: Annotated[str, Field(max_length=64, min_length=1)] = "google"
    speech_synthesis_language: Annotated[str, Field(max_length=12, min_length=1)] = "en-US"
    speech_synthesis_voice: Annotated[str | None, Field(max_length=256)] = "en-US-Standard-C"
    speech_synthesis_label: Annotated[str | None, Field(max_length=64)] = None
    speech_recognizer_vendor: Annotated[str, Field(max_length=64, min_length=1)] = "google"
    speech_recognizer_language: Annotated[str, Field(max_length=64, min_length=1)] = "en-US"
    speech_recognizer_label: Annotated[str | None, Field(max_length=64)] = None
    use_for_fallback_speech: Annotated[
        bool | Literal[0, 1],
        Field(description="Use the `fallback_*` speech settings when the primary vendor fails."),
    ] = False
    fallback_speech_synthesis_vendor: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_synthesis_language: Annotated[str | None, Field(max_length=12)] = None
    fallback_speech_synthesis_voice: Annotated[str | None, Field(max_length=256)] = None
    fallback_speech_synthesis_label: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_recognizer_vendor: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_recognizer_language: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_recognizer_label: Annotated[str | None, Field(max_length=64)] = None
    env_vars: EnvVars | None = None
    record_all_calls: Annotated[
        bool | Literal[0, 1], Field(description="Record every call of this application.")
    ] = False


class ApplicationUpdate(BaseModel):
    """
    The properties to change; at least one. `account_sid` and `application_sid`
    cannot be changed: the portal sends them back with every change, so a value that
    repeats the application's own is ignored, and another one answers 400 `account_sid
    may not be modified` (**differs from jambonz**, which moves the application).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    application_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    account_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    name: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    service_provider_sid: Annotated[
        str | None,
        Field(
            description="`null`, or the service provider of the application's account.",
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    call_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    call_status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    messaging_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    app_json: Annotated[
        str | None,
        Field(
            description="A JSON **string** holding an array of verbs, executed instead of requesting\n`call_hook` when a call arrives. It is parsed and each verb validated; a problem\nanswers 400 naming the verb, e.g. `app_json: verb 1 (say): missing required property\ntext`. **Differs from jambonz**, which answers 500 to text that is not JSON and\nprefixes verb messages with `Error: `.\n",
            examples=['[{"verb":"say","text":"Hello"},{"verb":"hangup"}]'],
            max_length=65535,
            min_length=2,
        ),
    ] = None
    speech_synthesis_vendor: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    speech_synthesis_language: Annotated[str | None, Field(max_length=12, min_length=1)] = None
    speech_synthesis_voice: Annotated[str | None, Field(max_length=256)] = None
    speech_synthesis_label: Annotated[str | None, Field(max_length=64)] = None
    speech_recognizer_vendor: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    speech_recognizer_language: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    speech_recognizer_label: Annotated[str | None, Field(max_length=64)] = None
    use_for_fallback_speech: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    fallback_speech_synthesis_vendor: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_synthesis_language: Annotated[str | None, Field(max_length=12)] = None
    fallback_speech_synthesis_voice: Annotated[str | None, Field(max_length=256)] = None
    fallback_speech_synthesis_label: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_recognizer_vendor: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_recognizer_language: Annotated[str | None, Field(max_length=64)] = None
    fallback_speech_recognizer_label: Annotated[str | None, Field(max_length=64)] = None
    env_vars: EnvVars | None = None
    record_all_calls: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None


class VoipCarrier(BaseModel):
    """
    A carrier (SIP trunk) as read back. Booleans read back as `0`/`1`. An account-owned
    carrier has `account_sid` and also its account's `service_provider_sid`; an SP-wide
    carrier has only `service_provider_sid` (**differs from jambonz**, which may leave
    `service_provider_sid` null on account-owned carriers).

    """

    voip_carrier_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    name: str
    description: Annotated[str | None, Field(...)]
    account_sid: Annotated[
        str | None, Field(description="The owning account; `null` for an SP-wide carrier.")
    ]
    service_provider_sid: Annotated[
        str | None, Field(description="The service provider of the carrier (or of its account).")
    ]
    application_sid: Annotated[
        str | None,
        Field(description="The application every inbound call from this carrier is routed to."),
    ]
    e164_leading_plus: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    requires_register: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    register_username: Annotated[str | None, Field(...)]
    register_password: Annotated[str | None, Field(...)]
    register_sip_realm: Annotated[str | None, Field(...)]
    register_from_user: Annotated[str | None, Field(...)]
    register_from_domain: Annotated[str | None, Field(...)]
    register_public_ip_in_contact: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    register_status: Annotated[
        dict[str, Any],
        Field(
            description="Read-only: the outcome of the last registration attempt, written by the SBC;\n`{}` when there has been none.\n"
        ),
    ]
    tech_prefix: Annotated[str | None, Field(...)]
    inbound_auth_username: Annotated[str | None, Field(...)]
    inbound_auth_password: Annotated[str | None, Field(...)]
    diversion: Annotated[str | None, Field(...)]
    is_active: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]
    smpp_system_id: Annotated[str | None, Field(...)]
    smpp_password: Annotated[str | None, Field(...)]
    smpp_enquire_link_interval: int
    smpp_inbound_system_id: Annotated[str | None, Field(...)]
    smpp_inbound_password: Annotated[str | None, Field(...)]
    dtmf_type: Annotated[
        Literal["rfc2833", "tones", "info"], Field(description="How DTMF is sent to the carrier.")
    ]
    outbound_sip_proxy: Annotated[str | None, Field(...)]
    trunk_type: Annotated[
        Literal["static_ip", "auth", "reg"],
        Field(
            description="How the carrier recognises the platform: by its IP address (`static_ip`), by digest\nauthentication (`auth`) or by registering (`reg`).\n"
        ),
    ]
    sms_outbound_url: Annotated[
        str | None,
        Field(
            description="Where outbound SMS are POSTed (the carrier is then an HTTP SMS provider; see\n`POST /Accounts/{AccountSid}/Messages`). Not in jambonz, which speaks SMPP.\n"
        ),
    ]
    sms_username: Annotated[str | None, Field(...)]
    sms_password: Annotated[str | None, Field(...)]
    sms_bearer_token: Annotated[str | None, Field(...)]
    sms_inbound_username: Annotated[
        str | None,
        Field(description="Basic-auth user the carrier presents on `/messaging/{Provider}`."),
    ]
    sms_inbound_password: Annotated[str | None, Field(...)]


class VoipCarrierPage(BaseModel):
    """
    One page of carriers, sorted by name (answered when `page` is given).
    """

    total: Annotated[int, Field(description="How many carriers match, over all pages.", ge=0)]
    page: Annotated[int, Field(description="The page asked for (1-based).", ge=1)]
    page_size: Annotated[
        int | None,
        Field(
            description="The `page_size` asked for, or `null` when it was omitted (then 50 apply)."
        ),
    ]
    data: list[VoipCarrier]


class VoipCarrierList(RootModel[list[VoipCarrier] | VoipCarrierPage]):
    root: Annotated[
        list[VoipCarrier] | VoipCarrierPage,
        Field(
            description="A bare array of carriers; or, when `page` is given, one `VoipCarrierPage`."
        ),
    ]


class LcrBatchRoute(BaseModel):
    """
    A route in a batch, with its carriers, which are required and may not be empty
    (400 `Lcr Route batch process require lcr_carrier_set_entries`, jambonz's words).
    In `PUT`, a route with `lcr_route_sid` (one of this table's) is updated, one
    without is added. `lcr_sid` is set by the server from the path.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    lcr_route_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    lcr_sid: Annotated[
        Sid | EmptyString | None,
        Field(
            description='A sid; an empty string or `null` means none (the jambonz portal sends `""` for what\nit leaves unset, e.g. `"account_sid": ""` for a service provider\'s table).\n'
        ),
    ] = None
    regex: Annotated[
        str,
        Field(
            description="The pattern the dialled number is matched against, at most 32 characters (jambonz's\ncolumn). A route matches a number that starts with this text as it is written, or\nin which the regular expression finds a match anywhere (as jambonz's SBC matches\nit): `^1` matches `15085550100`, `^49` does not match `+4912`, `.*` matches every\nnumber. The syntax is RE2's, which JavaScript's regular expressions share for what\nnumber patterns use (anchors, classes, `\\d`, groups, alternation, repetition);\nlookarounds and backreferences are refused, and an invalid pattern answers 400\n`regex: not a valid regular expression (...)` naming the problem (**differs from\njambonz**, which stores any text and matches it with JavaScript). RE2 matches in\nlinear time, so no pattern can stall the calls of other tenants.\n",
            examples=["^1"],
            max_length=32,
        ),
    ]
    description: Annotated[str | None, Field(max_length=1024)] = None
    priority: Annotated[
        int,
        Field(
            description="Lower first. A whole number that fits in 32 bits.",
            examples=[0],
            ge=-2147483648,
            le=2147483647,
        ),
    ]
    lcr_carrier_set_entries: Annotated[list[LcrBatchEntry] | None, Field(max_length=100)] = None


class LcrBatchRoutes(RootModel[list[LcrBatchRoute]]):
    """
    The routes of a routing table, each with its carriers.
    """

    root: Annotated[
        list[LcrBatchRoute],
        Field(
            description="The routes of a routing table, each with its carriers.",
            examples=[
                [
                    {
                        "regex": "^1",
                        "description": "US",
                        "priority": 0,
                        "lcr_carrier_set_entries": [
                            {
                                "voip_carrier_sid": "2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                                "priority": 0,
                            },
                            {
                                "voip_carrier_sid": "2b591a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                                "priority": 1,
                            },
                        ],
                    },
                    {
                        "regex": ".*",
                        "description": "System Default Route",
                        "priority": 9999,
                        "lcr_carrier_set_entries": [
                            {
                                "voip_carrier_sid": "2e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                                "priority": 0,
                            }
                        ],
                    },
                ]
            ],
            max_length=1000,
        ),
    ]


class LcrRoute(BaseModel):
    """
    A route of a routing table, with its carriers (ordered by `priority`).
    """

    lcr_route_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    lcr_sid: Annotated[
        str,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]
    regex: str
    description: Annotated[str | None, Field(...)]
    priority: Annotated[int, Field(description="Routes are tried lowest first.")]
    lcr_carrier_set_entries: list[LcrCarrierSetEntry]


class CallCreate(BaseModel):
    """
    Give exactly one of `application_sid` and `call_hook` (400 otherwise: a rule across
    properties, which this contract keeps out of the schema so that generated clients
    get one plain model). On the call simulator the far end's behaviour follows from
    `to` and `headers` by the rules described on `POST /Accounts/{AccountSid}/Calls`:
    it answers after a one-second ring unless a reserved number (`1500555…`), a
    `sim-*` SIP URI parameter or an `X-Sim-*` header says otherwise (e.g.
    `{"type": "phone", "number": "15005550486"}` is busy; `"headers": {"X-Sim-Result":
    "no-answer"}` rings until `timeout`).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    from_: Annotated[
        str,
        Field(
            alias="from",
            description="The calling number or SIP user.",
            max_length=256,
            min_length=1,
        ),
    ]
    to: Annotated[
        PhoneTarget | SipTarget | UserTarget | TeamsTarget,
        Field(
            description="Who to call. On the call simulator the target also chooses the far end's\nbehaviour (answers after a one-second ring by default): reserved numbers in\n`number`, or in the user part of `name` or `sipUri` (`1500555` `0` + a SIP code\n400-699 refuses with that code, `1` + N answers and hangs up after N seconds, `2` +\ndigits answers and keys those digits at each gather), `sim-*` parameters of a\n`sipUri`, and `X-Sim-*` entries of `headers` (`X-Sim-Result`, `X-Sim-Code`,\n`X-Sim-Ring`, `X-Sim-Early-Media`, `X-Sim-Hangup-After`, `X-Sim-Digits`,\n`X-Sim-Speech`); see `POST /Accounts/{AccountSid}/Calls` for the full rules.\n",
            discriminator="type",
        ),
    ]
    application_sid: Annotated[
        str | None,
        Field(
            description="A resource id, a hyphenated UUID (lowercase on output).",
            examples=["2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"],
            max_length=36,
            min_length=36,
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ] = None
    call_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    call_status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    speech_synthesis_vendor: Annotated[str | None, Field(max_length=64)] = None
    speech_synthesis_language: Annotated[str | None, Field(max_length=12)] = None
    speech_synthesis_voice: Annotated[str | None, Field(max_length=256)] = None
    speech_recognizer_vendor: Annotated[str | None, Field(max_length=64)] = None
    speech_recognizer_language: Annotated[str | None, Field(max_length=64)] = None
    callerName: Annotated[str | None, Field(max_length=256)] = None
    fromHost: Annotated[str | None, Field(max_length=255)] = None
    headers: SipHeaders | None = None
    tag: Annotated[
        dict[str, Any] | None,
        Field(
            description="Initial customer data, sent as `customerData` in webhooks.", max_length=100
        ),
    ] = None
    timeout: Annotated[
        int,
        Field(
            description="Seconds to ring before giving up (the call ends `no-answer`, 487).",
            ge=1,
            le=600,
        ),
    ] = 60
    timeLimit: Annotated[
        int | None,
        Field(
            description="Maximum seconds the call may last after it is answered.", ge=1, le=86400
        ),
    ] = None
    amd: Annotated[
        dict[str, Any] | None,
        Field(description="Answering-machine detection; accepted and ignored by the simulator."),
    ] = None
    dual_streams: bool | None = None
    sipRequestWithinDialogHook: Annotated[str | None, Field(max_length=1024)] = None
    referHook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None


class CallUpdate(BaseModel):
    """
    Exactly one of `call_hook`, `call_status`, `listen_status`, `mute_status`,
    `conf_mute_status`, `conf_hold_status`; `whisper` alone or with one of them;
    `call_status_hook` only with `call_hook`; `wait_hook` only with `conf_hold_status:
    hold` (the hook whose play/say/pause verbs the member hears while on hold, requested
    again after each round; jambonz's feature server reads it as `wait_hook`). A body
    that breaks these rules answers 422 (rules across properties are kept out of the
    schema so that generated clients get one plain model).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    call_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    call_status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    call_status: Literal["completed", "no-answer"] | None = None
    listen_status: Literal["pause", "silence", "resume"] | None = None
    mute_status: Annotated[
        Literal["mute", "unmute"] | None, Field(description="`mute` or `unmute`.")
    ] = None
    conf_mute_status: Annotated[
        Literal["mute", "unmute"] | None, Field(description="`mute` or `unmute`.")
    ] = None
    conf_hold_status: Annotated[
        Literal["hold", "unhold"] | None,
        Field(description="`hold` (the member neither hears nor is heard) or `unhold`."),
    ] = None
    wait_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    whisper: Annotated[
        WhisperVerb | WhisperVerbs | None,
        Field(description="One whisper verb or an array of them."),
    ] = None


class ConferenceCreate(BaseModel):
    """
    A room made ahead of time, with settings that callers' `conference` verbs cannot
    override: `max_participants` (else the verbs' `maxParticipants`), `record`, and a
    `status_hook` that receives `status_events` (default all four) for every member.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str,
        Field(
            description="A conference or queue name: 1 to 64 letters, digits, `.`, `_`, `~` or `-` (safe in\na URL path as it is). Names are scoped to the account: two accounts may both have a\nqueue `support`. **Differs from jambonz**, which takes any text (a `conference`,\n`enqueue` or `dequeue` verb with another name is refused by the simulator with an\nalert).\n",
            examples=["support"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9._~-]{1,64}$",
        ),
    ]
    max_participants: Annotated[int | None, Field(ge=2, le=1000)] = None
    record: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
    status_events: Annotated[
        list[Literal["start", "end", "join", "leave"]] | None, Field(max_length=4)
    ] = None


class ConferenceUpdate(BaseModel):
    """
    Any of: `conf_mute_status` (mute or unmute every member that is not a moderator, as
    jambonz's `conf_mute_status`), `status: completed` (end the conference, as
    `DELETE`), and the settings of `ConferenceCreate` (`max_participants` or
    `status_hook` `null` removes them).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    conf_mute_status: Annotated[
        Literal["mute", "unmute"] | None, Field(description="`mute` or `unmute`.")
    ] = None
    status: Annotated[
        Literal["completed"] | None, Field(description="`completed` ends the conference.")
    ] = None
    max_participants: Annotated[int | None, Field(ge=2, le=1000)] = None
    record: Annotated[
        bool | Literal[0, 1] | None,
        Field(description="A boolean, written as `true`/`false` or `0`/`1`."),
    ] = None
    status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(description="A hook (object or URL string), or `null` to remove it."),
    ] = None
    status_events: Annotated[
        list[Literal["start", "end", "join", "leave"]] | None, Field(max_length=4)
    ] = None


class ParticipantUpdate(BaseModel):
    """
    `mute_status`, `hold_status` (with `wait_hook`, a hook whose play/say/pause verbs
    the member hears while on hold, requested again after each round) or both.
    `wait_hook` without `hold_status: hold` answers 422.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    mute_status: Annotated[
        Literal["mute", "unmute"] | None, Field(description="`mute` or `unmute`.")
    ] = None
    hold_status: Annotated[
        Literal["hold", "unhold"] | None,
        Field(description="`hold` (the member neither hears nor is heard) or `unhold`."),
    ] = None
    wait_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None


class QueuedCallUpdate(BaseModel):
    """
    Take the call out of the queue into another application: `call_hook` is requested
    (`session:redirect`) and its verbs replace the call's; `call_status_hook` may come
    with it.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    call_hook: Annotated[
        HookUrl | HookObjectInput,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ]
    call_status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None


class MessageCreate(BaseModel):
    """
    An SMS to send. Give `text` and/or `media`: at least one (400 otherwise, as jambonz:
    a rule across properties, which this contract keeps out of the schema so that generated
    clients get one plain model).

    """

    model_config = ConfigDict(
        extra="forbid",
    )
    from_: Annotated[
        str,
        Field(
            alias="from",
            description="A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,\ndashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`\nand `15085550100` are the same number. **Differs from jambonz**, which accepts any\ntext without whitespace.\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]
    to: Annotated[
        str,
        Field(
            description="A telephone number in E.164 form: 1 to 15 digits, optionally after a `+` (no spaces,\ndashes or letters; 400 otherwise). The `+` is dropped when stored, so `+15085550100`\nand `15085550100` are the same number. **Differs from jambonz**, which accepts any\ntext without whitespace.\n",
            examples=["+15085550100"],
            max_length=16,
            min_length=1,
            pattern="^\\+?[0-9]{1,15}$",
        ),
    ]
    text: Annotated[
        str | None,
        Field(
            description="The text of the message.",
            examples=["Your code is 1234"],
            max_length=4096,
            min_length=1,
        ),
    ] = None
    media: Annotated[
        MediaUrl | MediaUrls | None, Field(description="One media URL, or an array of up to 10.")
    ] = None
    provider: Annotated[
        str | None,
        Field(
            description="The carrier to send through, by name; `simulator` for the embedded simulator\n(when no carrier has that name). Without it: the only carrier with an SMS route,\nelse the simulator.\n",
            examples=["globex-sms"],
            max_length=64,
            min_length=1,
        ),
    ] = None
    carrier: Annotated[
        str | None,
        Field(
            description="A synonym of `provider` (the `message` verb's name for it); when both are given\nthey must be equal (422).\n",
            max_length=64,
            min_length=1,
        ),
    ] = None
    status_hook: Annotated[
        HookUrl | HookObjectInput | None,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ] = None
