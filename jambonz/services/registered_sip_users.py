"""RegisteredSipUsers: who is registered in an account's SIP realm (jambonz.registrar),
and simulated devices that register there.

Each operation is addressed through an account within the key's scope (404 otherwise). A
registration is `<user>@<the account's sip_realm>`: the lists and the simulator need the
realm (400 in jambonz's words without one); a single user of an account without a realm
is simply not registered.
"""

from __future__ import annotations

from typing import Any

from generated.models import SimulatedRegistrationCreate
from jambonz.auth import Principal
from jambonz.db import Database
from jambonz.errors import BadRequest, NotFound, Unprocessable
from jambonz.registrar import Registrar
from jambonz.services import clients, scope
from jambonz.services.common import flag

NO_REALM = "account does not have sip_realm configuration"
NO_REDIS = "simulated registrations are kept in Redis: set JAMBONZ_REDIS_URL"
NOT_REGISTERED = "the user is not registered"
# The simulated device and the simulated SBC it registers through (documentation
# addresses, RFC 5737).
DEVICE_HOSTPORT = "198.51.100.20:5060"
SBC_HOSTPORT = "192.0.2.1:5060"


async def _realm(db: Database, principal: Principal, account_sid: str) -> tuple[str, str | None]:
    """The account's sid and its `sip_realm` (None when it has none)."""
    async with db.read() as conn:
        row = await scope.account_at_path(conn, principal, account_sid)
    return row.account_sid, row.sip_realm or None


async def _required_realm(db: Database, principal: Principal, account_sid: str) -> str:
    _sid, realm = await _realm(db, principal, account_sid)
    if realm is None:
        raise BadRequest(NO_REALM)
    return realm


async def list_names(
    db: Database, registrar: Registrar, principal: Principal, account_sid: str
) -> list[str]:
    """`<user>@<realm>` of every user registered in the account's realm."""
    realm = await _required_realm(db, principal, account_sid)
    return [f"{user}@{realm}" for user in await registrar.users(realm)]


async def query(
    db: Database,
    registrar: Registrar,
    principal: Principal,
    account_sid: str,
    names: list[str] | None,
) -> list[dict[str, Any]]:
    """Each named user's registration with its status; without names, every
    registration of the realm (without the SBC's address), as jambonz answers."""
    realm = await _required_realm(db, principal, account_sid)
    if not names:
        return await registrar.details(realm)
    result = []
    for name in names:
        stored = await registrar.query(name, realm)
        if stored is None:
            stored = {"contact": None, "expiryTime": 0, "protocol": None}
        expiry = stored.get("expiryTime")
        active = isinstance(expiry, int | float) and expiry > 0
        result.append(
            {"name": name, **stored, "registered_status": "active" if active else "inactive"}
        )
    return result


async def status(
    db: Database, registrar: Registrar, principal: Principal, account_sid: str, user: str
) -> dict[str, Any]:
    """One user's registration and its SIP client's calling permissions."""
    sid, realm = await _realm(db, principal, account_sid)
    stored = await registrar.query(user, realm) if realm is not None else None
    async with db.read() as conn:
        permissions = await clients.registration_flags(conn, sid, user)

    def allowed(name: str) -> int:
        return flag(getattr(permissions, name)) if permissions is not None else 0

    registered = stored or {}
    return {
        "name": user,
        "contact": registered.get("contact"),
        "expiryTime": registered.get("expiryTime", 0) if stored else 0,
        "protocol": registered.get("protocol"),
        "allow_direct_app_calling": allowed("allow_direct_app_calling"),
        "allow_direct_queue_calling": allowed("allow_direct_queue_calling"),
        "allow_direct_user_calling": allowed("allow_direct_user_calling"),
        "registered_status": "active" if stored else "inactive",
        "proxy": registered.get("proxy"),
    }


async def simulate(
    db: Database,
    registrar: Registrar,
    principal: Principal,
    account_sid: str,
    data: SimulatedRegistrationCreate,
) -> dict[str, Any]:
    """Register a simulated device as the registrar would register a real one."""
    realm = await _required_realm(db, principal, account_sid)
    if not registrar.configured:
        raise Unprocessable(NO_REDIS)
    user = data.username
    registration = {
        "contact": data.contact or f"sip:{user}@{DEVICE_HOSTPORT}",
        "sbcAddress": SBC_HOSTPORT,
        "protocol": data.protocol,
        "proxy": f"sip:{DEVICE_HOSTPORT}",
    }
    stored = await registrar.register(user, realm, registration, data.expires)
    return {"name": user, **stored}


async def unregister(
    db: Database, registrar: Registrar, principal: Principal, account_sid: str, user: str
) -> None:
    """Remove the user's registration (404 when it is not registered)."""
    _sid, realm = await _realm(db, principal, account_sid)
    if realm is None or not await registrar.unregister(user, realm):
        raise NotFound(NOT_REGISTERED)
