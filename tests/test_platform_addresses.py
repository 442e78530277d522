"""/v1/Sbcs, /v1/Smpps and /v1/MicrosoftTeamsTenants over HTTP on both stores: the scoped
CRUD shape (jambonz/services/crud.py) on three resources with different owners."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from jambonz.db.tables import ms_teams_tenants, sbc_addresses
from tests.conftest import Api, Tenant, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"


def address() -> str:
    """A fresh address, so that one module's rows never match another test's."""
    n = int(unique("").lstrip("-").replace("-", "")[-6:], 16)
    return f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


async def ipv4s(api: Api, path: str, token: str = "admin") -> set[str]:
    r = await api.get(path, token)
    assert r.status_code == 200, r.text
    return {row["ipv4"] for row in r.json()}


# -- Sbcs ------------------------------------------------------------------------------


async def test_sbc_of_a_provider_is_listed_for_it_and_shared_ones_otherwise(
    api: Api, tenants: list[Tenant]
) -> None:
    t0, t1 = tenants
    shared, own = address(), address()
    shared_sid = await api.create("/v1/Sbcs", {"ipv4": shared})
    own_sid = await api.create("/v1/Sbcs", {"ipv4": own, "service_provider_sid": t0.sp})

    r = await api.get(f"/v1/Sbcs?service_provider_sid={t0.sp}")
    rows = r.json()
    assert [row["ipv4"] for row in rows] == [own]
    assert rows[0] == {
        "sbc_address_sid": own_sid,
        "ipv4": own,
        "port": 5060,
        "tls_port": None,
        "wss_port": None,
        "service_provider_sid": t0.sp,
        "last_updated": None,
    }
    # The provider's own key and its accounts' keys see the provider's address...
    assert await ipv4s(api, "/v1/Sbcs", t0.sp_token) == {own}
    assert await ipv4s(api, "/v1/Sbcs", t0.account_tokens[0]) == {own}
    # ...a provider without addresses of its own sees the shared ones, as does an admin
    # key that names no provider.
    assert shared in await ipv4s(api, "/v1/Sbcs", t1.sp_token)
    assert own not in await ipv4s(api, "/v1/Sbcs", t1.sp_token)
    assert shared in await ipv4s(api, "/v1/Sbcs")
    # Naming another provider is refused to a non-admin key.
    r = await api.get(f"/v1/Sbcs?service_provider_sid={t0.sp}", t1.sp_token)
    assert r.status_code == 403

    for sid in (own_sid, shared_sid):
        assert (await api.delete(f"/v1/Sbcs/{sid}")).status_code == 204
    assert (await api.delete(f"/v1/Sbcs/{own_sid}")).status_code == 404


async def test_only_admin_keys_manage_sbcs(api: Api, tenants: list[Tenant]) -> None:
    t0 = tenants[0]
    sid = await api.create("/v1/Sbcs", {"ipv4": address(), "service_provider_sid": t0.sp})
    for token in (t0.sp_token, t0.account_tokens[0]):
        r = await api.post("/v1/Sbcs", token, json={"ipv4": address()})
        assert r.status_code == 403 and r.json() == {"msg": "insufficient permissions"}
        assert (await api.delete(f"/v1/Sbcs/{sid}", token)).status_code == 403
    assert (await api.delete(f"/v1/Sbcs/{sid}")).status_code == 204


async def test_sbc_bodies_are_checked(api: Api) -> None:
    r = await api.post("/v1/Sbcs", json={"port": 5060})
    assert r.status_code == 400 and "ipv4" in r.json()["msg"]
    r = await api.post("/v1/Sbcs", json={"ipv4": address(), "service_provider_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown service_provider_sid"}
    r = await api.post("/v1/Sbcs", json={"ipv4": address(), "port": 70000})
    assert r.status_code == 400 and "port" in r.json()["msg"]


async def test_a_providers_sbcs_go_with_it(api: Api) -> None:
    sp = await api.service_provider()
    sid = await api.create("/v1/Sbcs", {"ipv4": address(), "service_provider_sid": sp})
    assert (await api.delete(f"/v1/ServiceProviders/{sp}")).status_code == 204
    async with api.core.db.read() as conn:
        left = await conn.execute(
            select(sbc_addresses).where(sbc_addresses.c.sbc_address_sid == sid)
        )
        assert left.first() is None


# -- Smpps -----------------------------------------------------------------------------


async def test_smpp_addresses_per_provider_and_shared(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    shared, own = address(), address()
    shared_sid = await api.create("/v1/Smpps", {"ipv4": shared, "use_tls": True})
    own_sid = await api.create("/v1/Smpps", {"ipv4": own, "port": 2775}, t0.sp_token)

    rows = (await api.get(f"/v1/Smpps?service_provider_sid={t0.sp}", t0.sp_token)).json()
    assert rows == [
        {
            "smpp_address_sid": own_sid,
            "ipv4": own,
            "port": 2775,
            "use_tls": 0,
            "is_primary": 1,
            "service_provider_sid": t0.sp,
        }
    ]
    listed = (await api.get("/v1/Smpps")).json()
    assert {"ipv4": shared, "use_tls": 1, "port": 5060}.items() <= next(
        row for row in listed if row["ipv4"] == shared
    ).items()
    assert own not in {row["ipv4"] for row in listed}
    r = await api.get(f"/v1/Smpps?service_provider_sid={t0.sp}", t1.sp_token)
    assert r.status_code == 403

    # Account keys may not add any; a provider key may not remove a shared address or
    # another provider's.
    r = await api.post("/v1/Smpps", t0.account_tokens[0], json={"ipv4": address()})
    assert r.status_code == 403
    assert (await api.delete(f"/v1/Smpps/{shared_sid}", t0.sp_token)).status_code == 403
    assert (await api.delete(f"/v1/Smpps/{own_sid}", t1.sp_token)).status_code == 404
    assert (await api.delete(f"/v1/Smpps/{own_sid}", t0.sp_token)).status_code == 204
    assert (await api.delete(f"/v1/Smpps/{shared_sid}")).status_code == 204


# -- MicrosoftTeamsTenants -------------------------------------------------------------


def tenant_body(t: Tenant, account: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "service_provider_sid": t.sp,
        "account_sid": t.accounts[account],
        "tenant_fqdn": f"{unique('teams')}.example.com",
        **fields,
    }


async def test_teams_tenant_crud_as_jambonz_test_suite_does(
    api: Api, tenants: list[Tenant]
) -> None:
    t0 = tenants[0]
    sid1 = await api.create("/v1/MicrosoftTeamsTenants", tenant_body(t0))
    sid2 = await api.create("/v1/MicrosoftTeamsTenants", tenant_body(t0, 1))
    listed = {
        row["ms_teams_tenant_sid"] for row in (await api.get("/v1/MicrosoftTeamsTenants")).json()
    }
    assert {sid1, sid2} <= listed

    fqdn = f"{unique('renamed')}.example.com"
    r = await api.put(f"/v1/MicrosoftTeamsTenants/{sid1}", json={"tenant_fqdn": fqdn})
    assert r.status_code == 204
    got = (await api.get(f"/v1/MicrosoftTeamsTenants/{sid1}")).json()
    assert got == {
        "ms_teams_tenant_sid": sid1,
        "service_provider_sid": t0.sp,
        "account_sid": t0.accounts[0],
        "application_sid": None,
        "tenant_fqdn": fqdn,
    }
    # A duplicate domain is 422, as jambonz answers it.
    r = await api.post("/v1/MicrosoftTeamsTenants", json=tenant_body(t0, tenant_fqdn=fqdn))
    assert r.status_code == 422
    for sid in (sid1, sid2):
        assert (await api.delete(f"/v1/MicrosoftTeamsTenants/{sid}")).status_code == 204
    assert (await api.get(f"/v1/MicrosoftTeamsTenants/{sid1}")).status_code == 404


async def test_teams_tenants_stay_within_their_tenant(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    sid = await api.create("/v1/MicrosoftTeamsTenants", tenant_body(t0))
    path = f"/v1/MicrosoftTeamsTenants/{sid}"
    # Another provider's key and the other account's key neither see nor change it.
    for token in (t1.sp_token, t1.account_tokens[0], t0.account_tokens[1]):
        assert (await api.get(path, token)).status_code == 404
        assert (
            await api.put(path, token, json={"tenant_fqdn": "x.example.com"})
        ).status_code == 404
        assert (await api.delete(path, token)).status_code == 404
        listed = (await api.get("/v1/MicrosoftTeamsTenants", token)).json()
        assert sid not in {row["ms_teams_tenant_sid"] for row in listed}
    # The account's own key and its provider's key do.
    assert (await api.get(path, t0.account_tokens[0])).status_code == 200
    assert (await api.get(path, t0.sp_token)).status_code == 200
    # It cannot be moved to another account, nor created in one outside the key's scope.
    r = await api.put(path, t0.sp_token, json={"account_sid": t0.accounts[1]})
    assert r.status_code == 400 and r.json() == {"msg": "account_sid may not be modified"}
    r = await api.post("/v1/MicrosoftTeamsTenants", t1.sp_token, json=tenant_body(t0))
    assert r.status_code == 403
    # An account key's tenant is its own account's when the body names none.
    own = await api.create(
        "/v1/MicrosoftTeamsTenants",
        {"tenant_fqdn": f"{unique('own')}.example.com"},
        t1.account_tokens[0],
    )
    got = (await api.get(f"/v1/MicrosoftTeamsTenants/{own}", t1.account_tokens[0])).json()
    assert (got["account_sid"], got["service_provider_sid"]) == (t1.accounts[0], t1.sp)


async def test_teams_tenant_bodies_are_checked(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    r = await api.post("/v1/MicrosoftTeamsTenants", json={"tenant_fqdn": "a.example.com"})
    assert r.status_code == 400 and r.json() == {"msg": "missing field account_sid"}
    r = await api.post("/v1/MicrosoftTeamsTenants", json=tenant_body(t0, account_sid=MISSING))
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}
    r = await api.post(
        "/v1/MicrosoftTeamsTenants", json=tenant_body(t0, service_provider_sid=t1.sp)
    )
    assert r.status_code == 400 and "service_provider_sid" in r.json()["msg"]
    # An application must be the account's own.
    other_app = await api.application(t0.accounts[1])
    r = await api.post("/v1/MicrosoftTeamsTenants", json=tenant_body(t0, application_sid=other_app))
    assert r.status_code == 400 and r.json() == {"msg": "unknown application_sid"}
    app = await api.application(t0.accounts[0])
    sid = await api.create("/v1/MicrosoftTeamsTenants", tenant_body(t0, application_sid=app))
    assert (await api.get(f"/v1/MicrosoftTeamsTenants/{sid}")).json()["application_sid"] == app
    # Deleting the application leaves the tenant without one (ON DELETE SET NULL).
    assert (await api.delete(f"/v1/Applications/{app}")).status_code == 204
    async with api.core.db.read() as conn:
        row = (
            await conn.execute(
                select(ms_teams_tenants).where(ms_teams_tenants.c.ms_teams_tenant_sid == sid)
            )
        ).first()
    assert row is not None and row.application_sid is None
