"""GET /v1/ServiceProviders/{sid}/Applications on both stores: the applications of the
provider's accounts only (jambonz lists every application of the platform), scoped as a
read of the provider."""

from __future__ import annotations

from tests.conftest import Api, Tenant

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"


async def names(api: Api, service_provider_sid: str, token: str = "admin") -> list[str]:
    r = await api.get(f"/v1/ServiceProviders/{service_provider_sid}/Applications", token)
    assert r.status_code == 200, r.text
    assert isinstance(r.json(), list)
    return [app["name"] for app in r.json()]


async def test_a_provider_lists_its_accounts_applications(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    a0 = await api.application(t0.accounts[0], name="alpha")
    await api.application(t0.accounts[1], name="beta")
    await api.application(t1.accounts[0], name="gamma")

    assert await names(api, t0.sp) == ["alpha", "beta"]
    assert await names(api, t1.sp) == ["gamma"]
    assert await names(api, t0.sp, t0.sp_token) == ["alpha", "beta"]
    # A key of one of the provider's accounts sees its own account's only.
    assert await names(api, t0.sp, t0.account_tokens[0]) == ["alpha"]
    assert await names(api, t0.sp, t0.account_tokens[1]) == ["beta"]

    r = await api.get(f"/v1/ServiceProviders/{t0.sp}/Applications")
    [alpha, _beta] = r.json()
    assert alpha == (await api.get(f"/v1/Applications/{a0}")).json()


async def test_another_providers_list_is_not_found(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    for token in (t1.sp_token, t1.account_tokens[0]):
        r = await api.get(f"/v1/ServiceProviders/{t0.sp}/Applications", token)
        assert r.status_code == 404 and r.json() == {"msg": "service provider not found"}
    r = await api.get(f"/v1/ServiceProviders/{MISSING}/Applications")
    assert r.status_code == 404
    r = await api.get("/v1/ServiceProviders/not-a-sid/Applications")
    assert r.status_code == 400


async def test_a_provider_without_accounts_has_no_applications(api: Api) -> None:
    sp = await api.service_provider()
    assert await names(api, sp) == []
