"""/v1/Clients over HTTP on both stores: SIP clients on the scoped CRUD, jambonz's words
for a missing account and a duplicate user name, passwords sealed at rest and read back
masked, and the owner checks jambonz lacks on update and delete."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from jambonz.db.tables import clients
from tests.conftest import Api, Tenant, unique

MISSING = "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33"


async def stored_row(api: Api, sid: str) -> Any:
    async with api.core.db.read() as conn:
        return (await conn.execute(select(clients).where(clients.c.client_sid == sid))).first()


async def new_client(api: Api, account_sid: str, token: str = "admin", **fields: Any) -> str:
    body = {"account_sid": account_sid, "username": unique("user"), **fields}
    return await api.create("/v1/Clients", body, token)


async def test_a_client_is_created_read_changed_and_removed(
    api: Api, tenants: list[Tenant]
) -> None:
    account = tenants[0].accounts[0]
    sid = await api.create(
        "/v1/Clients",
        {
            "account_sid": account,
            "username": "client1",
            "password": "sdf12412",
            "is_active": 1,
            "allow_direct_app_calling": 0,
            "allow_direct_queue_calling": 1,
            "allow_direct_user_calling": True,
        },
    )
    r = await api.get(f"/v1/Clients/{sid}")
    assert r.status_code == 200
    assert r.json() == {
        "client_sid": sid,
        "account_sid": account,
        "is_active": 1,
        "username": "client1",
        "password": "sXXXXXXX",
        "allow_direct_app_calling": 0,
        "allow_direct_queue_calling": 1,
        "allow_direct_user_calling": 1,
    }
    assert sid in [c["client_sid"] for c in (await api.get("/v1/Clients")).json()]

    r = await api.put(f"/v1/Clients/{sid}", json={"is_active": 0})
    assert r.status_code == 204 and r.content == b""
    item = (await api.get(f"/v1/Clients/{sid}")).json()
    assert item["is_active"] == 0 and item["password"] == "sXXXXXXX"

    assert (await api.delete(f"/v1/Clients/{sid}")).status_code == 204
    assert (await api.get(f"/v1/Clients/{sid}")).status_code == 404
    assert (await api.delete(f"/v1/Clients/{sid}")).status_code == 404


async def test_flags_default_to_on_and_a_password_is_optional(
    api: Api, tenants: list[Tenant]
) -> None:
    sid = await new_client(api, tenants[0].accounts[0])
    item = (await api.get(f"/v1/Clients/{sid}")).json()
    assert item["password"] is None
    for name in (
        "is_active",
        "allow_direct_app_calling",
        "allow_direct_queue_calling",
        "allow_direct_user_calling",
    ):
        assert item[name] == 1


async def test_the_password_is_sealed_at_rest_and_masked_on_read(
    api: Api, tenants: list[Tenant]
) -> None:
    sid = await new_client(api, tenants[0].accounts[0], password="s3cret")
    row = await stored_row(api, sid)
    assert "s3cret" not in row.password and api.row_sealed(row.password)
    assert api.core.row_sealer.open(row.password, sid) == "s3cret"
    assert (await api.get(f"/v1/Clients/{sid}")).json()["password"] == "sXXXXX"

    # A new password is sealed again; a one-character one is not shown either.
    assert (await api.put(f"/v1/Clients/{sid}", json={"password": "p"})).status_code == 204
    row = await stored_row(api, sid)
    assert api.row_sealed(row.password)
    assert api.core.row_sealer.open(row.password, sid) == "p"
    assert (await api.get(f"/v1/Clients/{sid}")).json()["password"] == "X"
    # `null` removes it.
    assert (await api.put(f"/v1/Clients/{sid}", json={"password": None})).status_code == 204
    assert (await stored_row(api, sid)).password is None
    assert (await api.get(f"/v1/Clients/{sid}")).json()["password"] is None


async def test_a_value_sealed_for_another_row_reads_as_no_password(
    api: Api, tenants: list[Tenant]
) -> None:
    """The row's sid is bound into the seal: a password copied into another row is not
    opened as that row's. On MySQL the password is in jambonz's format, which binds no
    row (jambonz's SBCs read it from any): the copy reads as the first one's."""
    account = tenants[0].accounts[0]
    first = await new_client(api, account, password="first-secret")
    second = await new_client(api, account, password="second")
    copied = (await stored_row(api, first)).password
    async with api.core.db.write() as conn:
        await conn.execute(
            clients.update().where(clients.c.client_sid == second).values(password=copied)
        )
    seen = (await api.get(f"/v1/Clients/{second}")).json()["password"]
    assert seen == ("f" + "X" * 11 if api.core.db.is_mysql else None)


async def test_a_username_is_unique_within_its_account(api: Api, tenants: list[Tenant]) -> None:
    first, second = tenants[0].accounts
    name = unique("dup")
    sid = await new_client(api, first, username=name)
    r = await api.post("/v1/Clients", json={"account_sid": first, "username": name})
    assert r.status_code == 400
    assert r.json() == {"msg": "the client's username already exists"}
    # Another account may have the same name.
    await new_client(api, second, username=name)

    other = await new_client(api, first)
    r = await api.put(f"/v1/Clients/{other}", json={"username": name})
    assert r.status_code == 400
    assert r.json() == {"msg": "the client's username already exists"}
    # A client keeps its own name.
    r = await api.put(f"/v1/Clients/{sid}", json={"username": name, "is_active": False})
    assert r.status_code == 204


async def test_the_account_is_required_and_must_exist(api: Api) -> None:
    r = await api.post("/v1/Clients", json={"username": unique("u")})
    assert r.status_code == 400 and r.json() == {"msg": "missing field account_sid"}
    r = await api.post("/v1/Clients", json={"username": unique("u"), "account_sid": MISSING})
    assert r.status_code == 400 and r.json() == {"msg": "unknown account_sid"}


async def test_bodies_are_checked(api: Api, tenants: list[Tenant]) -> None:
    account = tenants[0].accounts[0]
    r = await api.post("/v1/Clients", json={"account_sid": account})
    assert r.status_code == 400 and "username" in r.json()["msg"]
    r = await api.post(
        "/v1/Clients", json={"account_sid": account, "username": "a", "color": "red"}
    )
    assert r.status_code == 400
    r = await api.post("/v1/Clients", json={"account_sid": account, "username": "a b"})
    assert r.status_code == 400 and "username" in r.json()["msg"]
    r = await api.post("/v1/Clients", json={"account_sid": account, "username": "x" * 65})
    assert r.status_code == 400
    sid = await new_client(api, account)
    r = await api.put(f"/v1/Clients/{sid}", json={"client_sid": sid})
    assert r.status_code == 400


async def test_a_service_provider_key_works_within_its_accounts(
    api: Api, tenants: list[Tenant]
) -> None:
    t0, t1 = tenants
    sid = await new_client(api, t0.accounts[1], t0.sp_token)
    r = await api.post(
        "/v1/Clients",
        t0.sp_token,
        json={"account_sid": t1.accounts[0], "username": unique("u")},
    )
    assert r.status_code == 403
    r = await api.post("/v1/Clients", t0.sp_token, json={"username": unique("u")})
    assert r.status_code == 400 and r.json() == {"msg": "missing field account_sid"}

    listed = {c["client_sid"] for c in (await api.get("/v1/Clients", t0.sp_token)).json()}
    assert sid in listed
    assert sid not in {c["client_sid"] for c in (await api.get("/v1/Clients", t1.sp_token)).json()}
    assert (await api.get(f"/v1/Clients/{sid}", t0.sp_token)).status_code == 200
    assert (await api.get(f"/v1/Clients/{sid}", t1.sp_token)).status_code == 404


async def test_an_account_key_owns_its_own_clients_only(api: Api, tenants: list[Tenant]) -> None:
    t0, t1 = tenants
    mine, neighbour = t0.accounts
    key = t0.account_tokens[0]
    sid = await api.create("/v1/Clients", {"username": unique("u"), "password": "pw"}, key)
    assert (await api.get(f"/v1/Clients/{sid}", key)).json()["account_sid"] == mine
    r = await api.post("/v1/Clients", key, json={"account_sid": neighbour, "username": "u"})
    assert r.status_code == 403

    others = [
        await new_client(api, neighbour),
        await new_client(api, t1.accounts[0]),
    ]
    listed = {c["client_sid"] for c in (await api.get("/v1/Clients", key)).json()}
    assert sid in listed and not listed & set(others)
    assert all(c["account_sid"] == mine for c in (await api.get("/v1/Clients", key)).json())
    for other in others:
        # jambonz answers 204 to both and moves the client into the caller's account.
        assert (await api.get(f"/v1/Clients/{other}", key)).status_code == 404
        r = await api.put(f"/v1/Clients/{other}", key, json={"is_active": 0})
        assert r.status_code == 404
        assert (await api.delete(f"/v1/Clients/{other}", key)).status_code == 404
        row = await stored_row(api, other)
        assert row is not None and row.account_sid != mine and row.is_active


async def test_a_client_never_changes_account(api: Api, tenants: list[Tenant]) -> None:
    first, second = tenants[0].accounts
    sid = await new_client(api, first)
    r = await api.put(f"/v1/Clients/{sid}", json={"account_sid": second})
    assert r.status_code == 400 and r.json() == {"msg": "account_sid may not be modified"}
    r = await api.put(f"/v1/Clients/{sid}", json={"account_sid": first, "is_active": 0})
    assert r.status_code == 204
    assert (await stored_row(api, sid)).account_sid == first


async def test_clients_go_with_their_account(api: Api) -> None:
    sp = await api.service_provider()
    account = await api.account(sp)
    sid = await new_client(api, account, password="gone")
    assert (await api.delete(f"/v1/Accounts/{account}")).status_code == 204
    assert await stored_row(api, sid) is None
    assert (await api.get(f"/v1/Clients/{sid}")).status_code == 404
