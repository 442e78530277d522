"""`jambonz-api`: serve the API, apply migrations, create API keys."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from jambonz import __version__
from jambonz.config import Settings
from jambonz.db import Database
from jambonz.db.migrate import upgrade
from jambonz.errors import JambonzError

log = logging.getLogger("jambonz")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jambonz-api",
        description="A spec-first implementation of the jambonz REST API.",
        epilog="Environment: JAMBONZ_HOST, JAMBONZ_PORT, JAMBONZ_WORKERS, JAMBONZ_DATABASE_URL, "
        "JAMBONZ_ADMIN_TOKEN, JAMBONZ_LOG_LEVEL, JAMBONZ_VALIDATE_RESPONSES (see README).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database-url", help="overrides JAMBONZ_DATABASE_URL (default sqlite:///./jambonz.db)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="apply migrations and serve the API")
    serve.add_argument("--host", help="interface to bind (env JAMBONZ_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to bind (env JAMBONZ_PORT, default 3000)")
    serve.add_argument(
        "--workers",
        type=int,
        help="worker processes (env JAMBONZ_WORKERS; default: one per core, at most 4)",
    )
    serve.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"])

    sub.add_parser("migrate", help="apply database migrations and exit")

    key = sub.add_parser("create-key", help="create an API key and print its token")
    key.add_argument("--scope", required=True, choices=["admin", "service_provider", "account"])
    key.add_argument("--service-provider-sid", help="owner of a service_provider key")
    key.add_argument("--account-sid", help="owner of an account key")
    return parser


def _print_first_token(token: str) -> None:
    line = "=" * 72
    print(
        f"\n{line}\n  First start: created an admin API key. Its token is shown only once:\n\n"
        f"      {token}\n\n  Use it as:  Authorization: Bearer {token}\n{line}\n",
        flush=True,
    )


async def _prepare_keys(settings: Settings) -> None:
    from jambonz.bootstrap import create_first_admin_if_empty, ensure_admin_token

    db = Database(settings.database_url)
    try:
        if settings.admin_token:
            if await ensure_admin_token(db, settings.admin_token):
                log.info("created the admin key given by JAMBONZ_ADMIN_TOKEN")
        elif token := await create_first_admin_if_empty(db):
            _print_first_token(token)
    finally:
        await db.dispose()


async def _create_key(settings: Settings, args: argparse.Namespace) -> str:
    from jambonz.bootstrap import create_key

    db = Database(settings.database_url)
    try:
        _, token = await create_key(db, args.scope, args.service_provider_sid, args.account_sid)
        return token
    finally:
        await db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.from_env().with_overrides(database_url=args.database_url)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "migrate":
            upgrade(settings.database_url)
            print(f"database is up to date ({settings.database_url})")
            return 0
        if args.command == "create-key":
            upgrade(settings.database_url)
            print(asyncio.run(_create_key(settings, args)))
            return 0
        settings = settings.with_overrides(
            host=args.host, port=args.port, workers=args.workers, log_level=args.log_level
        )
        upgrade(settings.database_url)
        asyncio.run(_prepare_keys(settings))
        # Workers read their settings from the environment: pass the CLI's choices on.
        os.environ.update(
            JAMBONZ_DATABASE_URL=settings.database_url,
            JAMBONZ_LOG_LEVEL=settings.log_level,
            JAMBONZ_HOST=settings.host,
            JAMBONZ_PORT=str(settings.port),
            JAMBONZ_WORKERS=str(settings.workers),
        )
        from handlers.server import run

        print(
            f"serving the jambonz API on http://{settings.host}:{settings.port}/v1 "
            f"(docs: http://{settings.host}:{settings.port}/v1/docs)",
            flush=True,
        )
        run(settings)
        return 0
    except JambonzError as exc:
        print(f"jambonz-api: {exc.msg}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
