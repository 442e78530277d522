# Generated from openapi/jambonz.yaml by `make generate` (datamodel-code-generator). Do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import BaseModel, ConfigDict, Field, RootModel


class Health(BaseModel):
    status: Literal["ok"]


class Error(BaseModel):
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


class Flag(RootModel[Literal[0, 1]]):
    root: Annotated[
        Literal[0, 1], Field(description="A boolean as jambonz reads it back, `0` or `1`.")
    ]


class FlagInput(RootModel[bool | Literal[0, 1]]):
    root: Annotated[
        bool | Literal[0, 1], Field(description="A boolean, written as `true`/`false` or `0`/`1`.")
    ]


class HookUrl(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="An absolute http(s) or ws(s) URL with a host and no whitespace.",
            examples=["https://app.example.com/call"],
            max_length=1024,
            min_length=8,
            pattern="^(https?|wss?)://[^\\s/?#@]+(@[^\\s/?#]+)?([/?#]\\S*)?$",
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
            description="An absolute http(s) or ws(s) URL with a host and no whitespace.",
            examples=["https://app.example.com/call"],
            max_length=1024,
            min_length=8,
            pattern="^(https?|wss?)://[^\\s/?#@]+(@[^\\s/?#]+)?([/?#]\\S*)?$",
        ),
    ]
    method: Annotated[
        Literal["GET", "POST"] | None,
        Field(description="The HTTP method the hook is requested with."),
    ] = None
    username: Annotated[str | None, Field(max_length=255)] = None
    password: Annotated[str | None, Field(max_length=255)] = None


class HookObjectInput(BaseModel):
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
    url: Annotated[
        str,
        Field(
            description="An absolute http(s) or ws(s) URL with a host and no whitespace.",
            examples=["https://app.example.com/call"],
            max_length=1024,
            min_length=8,
            pattern="^(https?|wss?)://[^\\s/?#@]+(@[^\\s/?#]+)?([/?#]\\S*)?$",
        ),
    ]
    method: Annotated[
        Literal["GET", "POST"] | None,
        Field(description="The HTTP method the hook is requested with."),
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
    created_at: Annotated[
        str,
        Field(
            description="UTC, ISO-8601 with milliseconds.", examples=["2024-05-01T12:00:00.000Z"]
        ),
    ]


class HookInput(RootModel[HookUrl | HookObjectInput]):
    root: Annotated[
        HookUrl | HookObjectInput,
        Field(
            description='A hook, as an object or as a bare URL string (which means `{"url": ..., "method":\n"POST"}`). An object may carry the `webhook_sid` it was read with; the hook is then\nupdated in place.\n'
        ),
    ]


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
