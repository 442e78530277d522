"""The catalogue of predefined carriers: templates of SIP trunks of known providers.

The catalogue is data shipped with the package (`jambonz/data/predefined_carriers.json`),
this project's own, written from each provider's public documentation (every entry names
its `source`). It is read and checked once, when the app is built, so that a broken file
stops the server from starting instead of failing a request: every template must make a
valid carrier (`VoipCarrierCreate` and its registration rules) and every gateway a valid
gateway of that carrier (`SipGatewayCreate` / `SmppGatewayCreate` and the SIP gateway
rules: an inbound gateway needs an IPv4 address, an outbound-only one netmask 32).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from generated.models import SipGatewayCreate, SmppGatewayCreate, VoipCarrierCreate
from jambonz.errors import JambonzError

# A created carrier whose name is taken gets `-<short id>` appended (at most 23
# characters), and carrier names have at most 64: templates keep room for it.
NAME_MAX = 64 - 23
SID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
# Any sid will do to check a gateway's fields as `SipGatewayCreate` checks them.
_SOME_SID = "00000000-0000-4000-8000-000000000000"
# The carrier fields a template sets (jambonz's `predefined_carriers` columns but
# `requires_static_ip`, which only informs).
CARRIER_FIELDS = (
    "name",
    "e164_leading_plus",
    "requires_register",
    "register_username",
    "register_sip_realm",
    "register_password",
    "tech_prefix",
    "inbound_auth_username",
    "inbound_auth_password",
    "diversion",
    "trunk_type",
)


def _problem(where: str, error: Exception) -> ValueError:
    if isinstance(error, ValidationError):
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}" for e in error.errors()
        )
    else:
        detail = str(error)
    return ValueError(f"{where}: {detail}")


class TemplateSipGateway(BaseModel):
    """A SIP gateway of a template (jambonz's `predefined_sip_gateways` columns)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ipv4: str
    netmask: int = 32
    port: int | None = 5060
    inbound: bool
    outbound: bool

    def create_values(self) -> dict[str, Any]:
        """The gateway's columns as `POST /SipGateways` would store them."""
        body = {"voip_carrier_sid": _SOME_SID, **self.model_dump()}
        values = SipGatewayCreate.model_validate(body).model_dump()
        del values["voip_carrier_sid"]
        return values

    @model_validator(mode="after")
    def _valid_gateway(self) -> TemplateSipGateway:
        from jambonz.services.gateways import SIP

        try:
            SIP.rules(self.create_values())
        except (ValidationError, JambonzError) as error:
            raise _problem(f"sip gateway {self.ipv4}", error) from None
        return self


class TemplateSmppGateway(BaseModel):
    """An SMPP gateway of a template (jambonz's `predefined_smpp_gateways` columns)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ipv4: str
    port: int = 2775
    netmask: int = 32
    inbound: bool
    outbound: bool
    is_primary: bool = True
    use_tls: bool = False

    def create_values(self) -> dict[str, Any]:
        """The gateway's columns as `POST /SmppGateways` would store them."""
        body = {"voip_carrier_sid": _SOME_SID, **self.model_dump()}
        values = SmppGatewayCreate.model_validate(body).model_dump()
        del values["voip_carrier_sid"]
        return values

    @model_validator(mode="after")
    def _valid_gateway(self) -> TemplateSmppGateway:
        try:
            self.create_values()
        except ValidationError as error:
            raise _problem(f"smpp gateway {self.ipv4}", error) from None
        return self


class PredefinedCarrierTemplate(BaseModel):
    """One provider: the carrier it makes and that carrier's gateways."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    predefined_carrier_sid: Annotated[str, Field(pattern=SID_PATTERN)]
    name: Annotated[str, Field(min_length=1, max_length=NAME_MAX)]
    source: Annotated[str, Field(min_length=1, description="The provider's public documentation.")]
    requires_static_ip: bool = False
    e164_leading_plus: bool = False
    requires_register: bool = False
    register_username: str | None = None
    register_sip_realm: str | None = None
    register_password: str | None = None
    tech_prefix: str | None = None
    inbound_auth_username: str | None = None
    inbound_auth_password: str | None = None
    diversion: str | None = None
    trunk_type: Literal["static_ip", "auth", "reg"] = "static_ip"
    sip_gateways: tuple[TemplateSipGateway, ...] = ()
    smpp_gateways: tuple[TemplateSmppGateway, ...] = ()

    def carrier(self, name: str | None = None) -> VoipCarrierCreate:
        """The carrier the template makes (named `name` when given)."""
        fields = {field: getattr(self, field) for field in CARRIER_FIELDS}
        if name is not None:
            fields["name"] = name
        return VoipCarrierCreate.model_validate(fields)

    @model_validator(mode="after")
    def _valid_carrier(self) -> PredefinedCarrierTemplate:
        from jambonz.services.voip_carriers import check_registration

        try:
            values = self.carrier().model_dump()
            check_registration(values)
        except (ValidationError, JambonzError) as error:
            raise _problem(f"carrier {self.name}", error) from None
        if not self.sip_gateways and not self.smpp_gateways:
            raise ValueError(f"carrier {self.name}: a template needs at least one gateway")
        return self


class Catalogue(BaseModel):
    """The whole file: a note about it and the templates, each sid and name once."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str
    carriers: tuple[PredefinedCarrierTemplate, ...]

    @model_validator(mode="after")
    def _unique(self) -> Catalogue:
        for label, key in (
            ("predefined_carrier_sid", lambda t: t.predefined_carrier_sid),
            ("name", lambda t: t.name.casefold()),
        ):
            seen: set[str] = set()
            for template in self.carriers:
                value = key(template)
                if value in seen:
                    raise ValueError(f"{label} {value} appears twice")
                seen.add(value)
        return self

    def find(self, sid: str) -> PredefinedCarrierTemplate | None:
        sid = sid.lower()
        return next((t for t in self.carriers if t.predefined_carrier_sid == sid), None)


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check a catalogue file (by default the one shipped with the package)."""
    if path is None:
        text = (
            resources.files("jambonz")
            .joinpath("data/predefined_carriers.json")
            .read_text(encoding="utf-8")
        )
    else:
        text = path.read_text(encoding="utf-8")
    return Catalogue.model_validate(json.loads(text))


@functools.cache
def catalogue() -> Catalogue:
    """The shipped catalogue, read once per process."""
    return load_catalogue()
