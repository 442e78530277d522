"""Fill a fresh database with a realistic amount of data for the benchmark.

    .venv/bin/python bench/seed.py sqlite:///./bench.db --out fixture.json

Brings the schema to head with the project's migrations, then bulk-inserts rows with
SQLAlchemy Core (not through the API, which would take minutes): 10 service providers,
1,000 accounts, 10,000 applications (each with a call_hook and a call_status_hook webhook
row), 10,000 phone numbers routed to those applications, a carrier per provider, a few
recent calls, and three API keys (admin, account, service provider) whose tokens are
written to the JSON fixture that `bench/run.py` hands to the wrk scripts.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine

from jambonz.auth import new_token
from jambonz.config import Settings
from jambonz.db.migrate import upgrade
from jambonz.db.tables import (
    accounts,
    api_keys,
    applications,
    calls,
    phone_numbers,
    service_providers,
    utcnow,
    voip_carriers,
    webhook_owners,
    webhooks,
)
from jambonz.db.urls import sync_url
from jambonz.keyring import sealer_for
from jambonz.sealing import install
from jambonz.tokens import stored_form

CHUNK = 2000
RECENT_CALLS = 20
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@dataclass(frozen=True)
class Size:
    service_providers: int = 10
    accounts: int = 1000
    applications: int = 10_000
    phone_numbers: int = 10_000


def _sid() -> str:
    return str(uuid.uuid4())


def _secret() -> str:
    return "wh_secret_" + "".join(secrets.choice(BASE58) for _ in range(22))


def _chunks(rows: list[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert(conn: Any, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    rows = list(rows)
    for chunk in _chunks(rows):
        conn.execute(table.insert(), chunk)
    return len(rows)


def seed(database_url: str, *, hook_base: str, size: Size = Size()) -> dict[str, Any]:
    """Migrate and fill `database_url`; return the fixture (sids and clear-text tokens).

    Application `i` belongs to account `i // (applications / accounts)`; account `j` to
    provider `j // (accounts / service_providers)`. Phone number `i` is routed to
    application `i % applications`. The fixture's account (the one with a key) is account 0;
    `calls_account_sid` (account 1) is where the POST /Calls scenario places its calls, so
    that the GET /Calls scenario's list keeps its size.
    """
    upgrade(database_url)
    # The accounts' webhook secrets are sealed columns: seal them with the key the server
    # started on this database will open them with (its key file, or the environment's).
    install(sealer_for(Settings.from_env().with_overrides(database_url=database_url)))
    now = utcnow()
    sp_sids = [_sid() for _ in range(size.service_providers)]
    account_sids = [_sid() for _ in range(size.accounts)]
    app_sids = [_sid() for _ in range(size.applications)]
    carrier_sids = [_sid() for _ in range(size.service_providers)]
    per_sp = max(1, size.accounts // size.service_providers)
    per_account = max(1, size.applications // size.accounts)

    def sp_index(j: int) -> int:
        return min(j // per_sp, size.service_providers - 1)

    def sp_of_account(j: int) -> str:
        return sp_sids[sp_index(j)]

    def account_of_app(i: int) -> int:
        return min(i // per_account, size.accounts - 1)

    hooks: list[dict[str, Any]] = []
    owners: list[dict[str, Any]] = []
    apps: list[dict[str, Any]] = []
    for i, app_sid in enumerate(app_sids):
        j = account_of_app(i)
        owner = {"service_provider_sid": sp_of_account(j), "account_sid": account_sids[j]}
        call_hook, status_hook = _sid(), _sid()
        hooks.append({"webhook_sid": call_hook, "url": f"{hook_base}/call", "method": "POST"})
        hooks.append({"webhook_sid": status_hook, "url": f"{hook_base}/status", "method": "POST"})
        owners += [{"webhook_sid": sid, **owner} for sid in (call_hook, status_hook)]
        apps.append(
            {
                "application_sid": app_sid,
                "name": f"app-{i:05d}",
                "account_sid": account_sids[j],
                "service_provider_sid": None,
                "call_hook_sid": call_hook,
                "call_status_hook_sid": status_hook,
                "created_at": now,
            }
        )

    tokens = {"admin": new_token(), "account": new_token(), "service_provider": new_token()}
    engine = create_engine(sync_url(database_url))
    counts: dict[str, int] = {}
    try:
        with engine.begin() as conn:
            counts["webhooks"] = _insert(conn, webhooks, hooks)
            _insert(conn, webhook_owners, owners)
            counts["service_providers"] = _insert(
                conn,
                service_providers,
                (
                    {
                        "service_provider_sid": sid,
                        "name": f"bench-sp-{n:02d}",
                        "description": "benchmark service provider",
                        "root_domain": f"sp{n:02d}.bench.example.com",
                    }
                    for n, sid in enumerate(sp_sids)
                ),
            )
            counts["accounts"] = _insert(
                conn,
                accounts,
                (
                    {
                        "account_sid": sid,
                        "name": f"account-{j:04d}",
                        "sip_realm": f"a{j:04d}.sp.bench.example.com",
                        "service_provider_sid": sp_of_account(j),
                        "webhook_secret": _secret(),
                        "created_at": now,
                    }
                    for j, sid in enumerate(account_sids)
                ),
            )
            counts["applications"] = _insert(conn, applications, apps)
            counts["voip_carriers"] = _insert(
                conn,
                voip_carriers,
                (
                    {
                        "voip_carrier_sid": sid,
                        "name": f"carrier-{n:02d}",
                        "service_provider_sid": sp_sids[n],
                        "created_at": now,
                    }
                    for n, sid in enumerate(carrier_sids)
                ),
            )
            numbers = []
            for i in range(size.phone_numbers):
                a = i % size.applications
                j = account_of_app(a)
                numbers.append(
                    {
                        "phone_number_sid": _sid(),
                        "number": f"1617{i:07d}",
                        "voip_carrier_sid": carrier_sids[sp_index(j)],
                        "account_sid": account_sids[j],
                        "application_sid": app_sids[a],
                        "service_provider_sid": sp_of_account(j),
                    }
                )
            counts["phone_numbers"] = _insert(conn, phone_numbers, numbers)
            counts["calls"] = _insert(conn, calls, _recent_calls(account_sids[0], sp_sids[0], now))
            counts["api_keys"] = _insert(
                conn,
                api_keys,
                [
                    {
                        "api_key_sid": _sid(),
                        "token": stored_form(tokens["admin"]),
                        "account_sid": None,
                        "service_provider_sid": None,
                        "created_at": now,
                    },
                    {
                        "api_key_sid": _sid(),
                        "token": stored_form(tokens["account"]),
                        "account_sid": account_sids[0],
                        "service_provider_sid": None,
                        "created_at": now,
                    },
                    {
                        "api_key_sid": _sid(),
                        "token": stored_form(tokens["service_provider"]),
                        "account_sid": None,
                        "service_provider_sid": sp_of_account(0),
                        "created_at": now,
                    },
                ],
            )
    finally:
        engine.dispose()
    return {
        "admin_token": tokens["admin"],
        "account_token": tokens["account"],
        "sp_token": tokens["service_provider"],
        "service_provider_sid": sp_of_account(0),
        "account_sid": account_sids[0],
        "application_sid": app_sids[0],
        "calls_account_sid": account_sids[1],
        "hook_base": hook_base,
        "counts": counts,
    }


def _recent_calls(account_sid: str, sp_sid: str, now: Any) -> list[dict[str, Any]]:
    """Completed calls of the last minutes: what GET /Calls lists (it keeps one hour)."""
    rows = []
    for n in range(RECENT_CALLS):
        start = now - timedelta(minutes=30 - n)
        stamp = start.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        history = [
            {"call_status": "trying", "sip_status": 100, "time": stamp},
            {"call_status": "in-progress", "sip_status": 200, "time": stamp},
            {"call_status": "completed", "sip_status": 200, "time": stamp},
        ]
        rows.append(
            {
                "call_sid": _sid(),
                "parent_call_sid": None,
                "account_sid": account_sid,
                "service_provider_sid": sp_sid,
                "application_sid": None,
                "direction": "outbound",
                "from": "15085550100",
                "to": f"1508555{n:04d}",
                "call_id": f"{uuid.uuid4().hex}@127.0.0.1",
                "call_status": "completed",
                "sip_status": 200,
                "sip_reason": "OK",
                "duration": 12,
                "call_termination_by": "caller",
                "trace_id": uuid.uuid4().hex,
                "status_history": json.dumps(history),
                "created_at": start,
                "answered_at": start,
                "ended_at": start + timedelta(seconds=12),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url", help="sqlite:///path or postgresql+psycopg://…/db")
    parser.add_argument("--out", type=Path, required=True, help="where to write the fixture")
    parser.add_argument(
        "--hook-base",
        default="http://127.0.0.1:3100",
        help="base URL of the applications' call_hook and call_status_hook",
    )
    parser.add_argument("--accounts", type=int, default=Size.accounts)
    parser.add_argument("--applications", type=int, default=Size.applications)
    parser.add_argument("--phone-numbers", type=int, default=Size.phone_numbers)
    parser.add_argument("--service-providers", type=int, default=Size.service_providers)
    args = parser.parse_args(argv)
    size = Size(args.service_providers, args.accounts, args.applications, args.phone_numbers)
    started = time.monotonic()
    fixture = seed(args.database_url, hook_base=args.hook_base, size=size)
    fixture["seconds"] = round(time.monotonic() - started, 2)
    args.out.write_text(json.dumps(fixture, indent=2) + "\n", encoding="utf-8")
    print(f"seeded {fixture['counts']} in {fixture['seconds']} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
