"""/v1/SystemInformation: the platform's one row of settings, admins only (operator facts
§3)."""

from __future__ import annotations

from sqlalchemy import func, select

from jambonz.db.tables import system_information
from tests.conftest import Api, Tenant

FULL = {
    "domain_name": "test.com",
    "sip_domain_name": "sip.test.com",
    "monitoring_domain_name": "monitor.test.com",
    "private_network_cidr": "192.168.1.0/24, 10.10.100.1",
    "log_level": "info",
}


async def test_admins_only(api: Api, tenants: list[Tenant]) -> None:
    for token in (tenants[0].sp_token, tenants[0].account_tokens[0]):
        for method, body in (("GET", None), ("POST", {"domain_name": "x.com"})):
            response = await api.request(method, "/v1/SystemInformation", token, json=body)
            assert response.status_code == 403
            assert response.json() == {"msg": "insufficient privileges"}


async def test_read_and_write_the_one_row(api: Api) -> None:
    empty = await api.get("/v1/SystemInformation")
    assert empty.status_code == 200 and empty.json() == {}
    first = await api.post("/v1/SystemInformation", json={"domain_name": "example.com"})
    assert first.status_code == 201
    assert first.json() == {
        "domain_name": "example.com",
        "sip_domain_name": None,
        "monitoring_domain_name": None,
        "private_network_cidr": None,
        "log_level": "info",
    }
    stored = await api.post("/v1/SystemInformation", json=FULL)
    assert stored.status_code == 201 and stored.json() == FULL
    assert (await api.get("/v1/SystemInformation")).json() == FULL
    changed = await api.post(
        "/v1/SystemInformation",
        json={"private_network_cidr": "", "log_level": "debug", "monitoring_domain_name": None},
    )
    assert changed.json() == {
        **FULL,
        "private_network_cidr": "",
        "log_level": "debug",
        "monitoring_domain_name": None,
    }
    async with api.core.db.read() as conn:
        rows = (await conn.execute(select(func.count()).select_from(system_information))).scalar()
    assert rows == 1


async def test_refused_bodies(api: Api) -> None:
    for body in (
        {"log_level": "verbose"},
        {"log_level": None},
        {"colour": "blue"},
        {"domain_name": "x" * 256},
    ):
        response = await api.post("/v1/SystemInformation", json=body)
        assert response.status_code == 400, (body, response.text)
