"""Which provider an outbound message takes (jambonz's carrier selection, made explicit).

The candidates are the active carriers the account may use — its own and the SP-wide ones
of its service provider — that have an outbound SMS route: an `sms_outbound_url` (an HTTP
provider) or an outbound SMPP gateway. SMPP is not spoken here, so an SMPP route is served
by the simulator under the carrier's name (as the call simulator stands in for SIP).

- A requested name picks the candidate of that name (the account's own before an SP-wide
  one, then the oldest); `simulator` picks the embedded simulator when no carrier is so
  named; any other unknown name is `NoRoute`.
- Without a name: the preferred carrier (the one an inbound message arrived through) when
  it is a candidate; else the only candidate; the simulator when there is none; `NoRoute`
  naming them when there are several.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, or_, true

from jambonz.db.tables import carrier_sms, carriers_with_sms, smpp_gateways, voip_carriers
from jambonz.messaging.providers import SIMULATOR

__all__ = ["NoRoute", "Route", "candidates", "choose_route", "usable_by"]


class NoRoute(Exception):
    """No provider can take the message; `msg` says why (the API answers 422)."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg


@dataclass(frozen=True)
class Route:
    """The chosen provider: a carrier (HTTP or SMPP-simulated) or the simulator."""

    carrier: str
    voip_carrier_sid: str | None = None
    url: str | None = None
    username: str | None = None
    password: str | None = None
    bearer_token: str | None = None
    leading_plus: bool = False

    @property
    def is_http(self) -> bool:
        return self.url is not None


SIMULATOR_ROUTE = Route(carrier=SIMULATOR)


def usable_by(account_sid: str, service_provider_sid: str | None) -> Any:
    """The carriers an account may use, as a condition on `voip_carriers`."""
    sp_wide = (
        and_(
            voip_carriers.c.account_sid.is_(None),
            voip_carriers.c.service_provider_sid == service_provider_sid,
        )
        if service_provider_sid
        else None
    )
    own = voip_carriers.c.account_sid == account_sid
    return or_(own, sp_wide) if sp_wide is not None else own


def _has_route() -> Any:
    smpp_out = exists().where(
        smpp_gateways.c.voip_carrier_sid == voip_carriers.c.voip_carrier_sid,
        smpp_gateways.c.outbound == true(),
    )
    return or_(carrier_sms.c.sms_outbound_url.is_not(None), smpp_out)


async def candidates(conn: Any, account_sid: str, service_provider_sid: str | None) -> list[Any]:
    """The carriers the account may send SMS through, own ones first, then oldest first."""
    query = (
        carriers_with_sms()
        .where(
            voip_carriers.c.is_active == true(),
            usable_by(account_sid, service_provider_sid),
            _has_route(),
        )
        .order_by(
            voip_carriers.c.account_sid.is_(None),
            voip_carriers.c.created_at,
            voip_carriers.c.voip_carrier_sid,
        )
    )
    return list((await conn.execute(query)).all())


def route_of(row: Any) -> Route:
    return Route(
        carrier=row.name,
        voip_carrier_sid=row.voip_carrier_sid,
        url=row.sms_outbound_url,
        username=row.sms_username,
        password=row.sms_password,
        bearer_token=row.sms_bearer_token,
        leading_plus=bool(row.e164_leading_plus),
    )


async def choose_route(
    conn: Any,
    account_sid: str,
    service_provider_sid: str | None,
    requested: str | None = None,
    *,
    prefer_carrier_sid: str | None = None,
) -> Route:
    rows = await candidates(conn, account_sid, service_provider_sid)
    if requested is not None:
        for row in rows:
            if row.name == requested:
                return route_of(row)
        if requested == SIMULATOR:
            return SIMULATOR_ROUTE
        raise NoRoute(
            f"no carrier named {requested!r} with an outbound SMS route is available to this "
            "account"
        )
    if prefer_carrier_sid is not None:
        for row in rows:
            if row.voip_carrier_sid == prefer_carrier_sid:
                return route_of(row)
    if not rows:
        return SIMULATOR_ROUTE
    if len(rows) == 1:
        return route_of(rows[0])
    names = ", ".join(sorted({row.name for row in rows}))
    raise NoRoute(f"several carriers have an outbound SMS route ({names}): name one with provider")
