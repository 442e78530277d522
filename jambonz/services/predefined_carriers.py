"""PredefinedCarriers: list the catalogue, and create a carrier from one of its templates.

The templates come from `jambonz.predefined` (data shipped with the package, not rows).
A carrier made from a template is an ordinary carrier: it is inserted, with its gateways,
by the same code as `POST /VoipCarriers` and `POST /SipGateways` (`insert_carrier`,
`insert_gateway`), in one transaction, so it obeys the same rules and reads back the
same way.

Who may create one (the scope rules of carriers):
- under `/ServiceProviders/{sid}`: admin keys, and service provider keys for their own
  provider; an account key on its own provider is 403 (it never makes SP-wide carriers);
- under `/Accounts/{sid}`: admin keys, service provider keys for their provider's
  accounts, account keys for their own account.
A path sid outside the key's scope is 404, as is an unknown template.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from generated.models import PredefinedCarrier
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.db.tables import (
    predefined_carriers,
    predefined_sip_gateways,
    predefined_smpp_gateways,
    voip_carriers,
)
from jambonz.errors import Forbidden, NotFound, Unprocessable
from jambonz.predefined import (
    CARRIER_FIELDS,
    PredefinedCarrierTemplate,
    TemplateSipGateway,
    TemplateSmppGateway,
    catalogue,
)
from jambonz.services import scope
from jambonz.services.common import flag
from jambonz.services.gateways import SIP, SMPP, insert_gateway
from jambonz.services.voip_carriers import insert_carrier

NOT_FOUND = "predefined carrier not found"
ACCOUNT_KEY_ON_PROVIDER = (
    "account keys add predefined carriers to their own account "
    "(POST /Accounts/{AccountSid}/PredefinedCarriers/{PredefinedCarrierSid})"
)
# The alphabet of the ids jambonz appends to a taken name (base58, no 0/O/I/l).
_BASE58 = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"


def _to_model(template: PredefinedCarrierTemplate) -> PredefinedCarrier:
    values = {name: getattr(template, name) for name in PredefinedCarrier.model_fields}
    for name in ("requires_static_ip", "e164_leading_plus", "requires_register"):
        values[name] = flag(values[name])
    return PredefinedCarrier(**values)


async def templates(db: Database) -> list[PredefinedCarrierTemplate]:
    """jambonz's `predefined_carriers` table when it holds rows (a jambonz database: its
    `add-predefined-carriers.sql` filled it, and its portal names those sids), else this
    server's catalogue; sorted by name."""
    async with db.read() as conn:
        return await _templates_on(conn)


async def _templates_on(conn: Any) -> list[PredefinedCarrierTemplate]:
    rows = (await conn.execute(select(predefined_carriers))).all()
    if rows:
        sip = (await conn.execute(select(predefined_sip_gateways))).all()
        smpp = (await conn.execute(select(predefined_smpp_gateways))).all()
        found = [_from_rows(row, sip, smpp) for row in rows]
    else:
        found = list(catalogue().carriers)
    return sorted(found, key=lambda t: (t.name.casefold(), t.name))


def _from_rows(row: Any, sip: list[Any], smpp: list[Any]) -> PredefinedCarrierTemplate:
    """A template from jambonz's rows, as they are: their carrier and gateways are checked
    when one is made from them, by the rules of every carrier and gateway."""
    sid = row.predefined_carrier_sid
    return PredefinedCarrierTemplate.model_construct(
        predefined_carrier_sid=sid,
        source="jambonz's predefined_carriers table",
        **{name: getattr(row, name) for name in (*CARRIER_FIELDS, "requires_static_ip")},
        sip_gateways=tuple(
            TemplateSipGateway.model_construct(
                **{k: getattr(g, k) for k in ("ipv4", "netmask", "port", "inbound", "outbound")}
            )
            for g in sip
            if g.predefined_carrier_sid == sid
        ),
        smpp_gateways=tuple(
            TemplateSmppGateway.model_construct(
                **{
                    k: getattr(g, k)
                    for k in (
                        "ipv4",
                        "port",
                        "netmask",
                        "inbound",
                        "outbound",
                        "is_primary",
                        "use_tls",
                    )
                }
            )
            for g in smpp
            if g.predefined_carrier_sid == sid
        ),
    )


async def list_all(db: Database) -> list[PredefinedCarrier]:
    """The templates, sorted by name."""
    return [_to_model(t) for t in await templates(db)]


def short_id() -> str:
    """A random id of up to 22 base58 characters (a UUID's 128 bits), as jambonz appends."""
    number = uuid.uuid4().int
    digits = []
    while number:
        number, digit = divmod(number, 58)
        digits.append(_BASE58[digit])
    return "".join(reversed(digits)) or _BASE58[0]


async def _free_name(
    conn: AsyncConnection, name: str, *, account_sid: str | None, service_provider_sid: str
) -> str:
    """`name`, or `name-<short id>` when a carrier the owner sees already has it (without
    regard to case): every carrier of the provider for an SP-wide carrier; the account's
    own and the provider's SP-wide ones for an account's."""
    same_provider = voip_carriers.c.service_provider_sid == service_provider_sid
    if account_sid is None:
        seen = same_provider
    else:
        seen = or_(
            voip_carriers.c.account_sid == account_sid,
            and_(voip_carriers.c.account_sid.is_(None), same_provider),
        )
    query = select(voip_carriers.c.voip_carrier_sid).where(
        seen, func.lower(voip_carriers.c.name) == name.lower()
    )
    if (await conn.execute(query.limit(1))).first() is None:
        return name
    return f"{name}-{short_id()}"


async def create_for_service_provider(
    db: Database, principal: Principal, service_provider_sid: str, predefined_carrier_sid: str
) -> str:
    """An SP-wide carrier of the path's provider from the template; its sid."""
    async with db.write() as conn:
        provider = await scope.service_provider_at_path(conn, principal, service_provider_sid)
        if principal.scope == "account":
            raise Forbidden(ACCOUNT_KEY_ON_PROVIDER)
        return await _create(
            conn, principal, predefined_carrier_sid, None, provider.service_provider_sid
        )


async def create_for_account(
    db: Database, principal: Principal, account_sid: str, predefined_carrier_sid: str
) -> str:
    """A carrier of the path's account from the template; its sid."""
    async with db.write() as conn:
        account = await scope.account_at_path(conn, principal, account_sid)
        return await _create(
            conn,
            principal,
            predefined_carrier_sid,
            account.account_sid,
            account.service_provider_sid,
        )


async def _create(
    conn: AsyncConnection,
    principal: Principal,
    predefined_carrier_sid: str,
    account_sid: str | None,
    service_provider_sid: str,
) -> str:
    """The carrier and its gateways, inside the caller's transaction: a gateway that
    fails its rules undoes the whole creation."""
    template = next(
        (
            t
            for t in await _templates_on(conn)
            if t.predefined_carrier_sid == predefined_carrier_sid.lower()
        ),
        None,
    )
    if template is None:
        raise NotFound(NOT_FOUND)
    name = await _free_name(
        conn, template.name, account_sid=account_sid, service_provider_sid=service_provider_sid
    )
    try:  # a row of jambonz's table is checked here (the catalogue was at start)
        values = template.carrier(name).model_dump()
        sip = [gateway.create_values() for gateway in template.sip_gateways]
        smpp = [gateway.create_values() for gateway in template.smpp_gateways]
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise Unprocessable(
            f"predefined carrier {template.name} cannot be made: {where}: {problem['msg']}"
        ) from None
    del values["account_sid"], values["service_provider_sid"]
    carrier_sid = await insert_carrier(
        conn,
        principal,
        values,
        account_sid=account_sid,
        service_provider_sid=service_provider_sid,
    )
    for gateway_values in sip:
        await insert_gateway(conn, SIP, carrier_sid, gateway_values)
    for gateway_values in smpp:
        await insert_gateway(conn, SMPP, carrier_sid, gateway_values)
    return carrier_sid
