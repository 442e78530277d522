"""`jambonz-api`: serve the API, apply migrations, create API keys and users."""

from __future__ import annotations

import argparse
import asyncio
import errno
import logging
import os
import secrets
import socket
import sys
from collections.abc import Sequence

from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from jambonz import __version__
from jambonz.config import Settings, SettingsError
from jambonz.db import Database
from jambonz.db.migrate import SchemaMismatch, upgrade
from jambonz.errors import JambonzError
from jambonz.keyring import sealer_for
from jambonz.loadtest import cli as loadtest_cli
from jambonz.sealing import install
from jambonz.workers import one_worker_reason

log = logging.getLogger("jambonz")


# Every setting, as `--help` lists it: (variable, default, meaning). README "Configuration"
# says more about each.
SETTINGS_HELP = (
    ("JAMBONZ_HOST", "127.0.0.1", "interface to bind"),
    ("JAMBONZ_PORT", "3000", "port to bind"),
    ("JAMBONZ_WORKERS", "one per core, at most 4", "worker processes"),
    ("JAMBONZ_DATABASE_URL", "sqlite:///./jambonz.db", "the store (sqlite, postgresql or mysql)"),
    ("JAMBONZ_ADMIN_TOKEN", "unset", "make sure an admin key with this token exists"),
    ("JAMBONZ_LOG_LEVEL", "info", "critical, error, warning, info or debug"),
    ("JAMBONZ_FAST_PATH", "true", "serve plainly valid requests on the compiled fast path"),
    (
        "JAMBONZ_READ_CACHE_SECONDS",
        "5",
        "the longest a cached read, or an API key (at most 5), may be served (0: off)",
    ),
    ("JAMBONZ_VALIDATE_RESPONSES", "false", "validate every response against the contract"),
    ("JAMBONZ_SIM_SPEED", "1", "call simulator speed-up factor"),
    ("JAMBONZ_WEBHOOK_TIMEOUT", "10", "seconds an application's webhook has to answer"),
    ("JAMBONZ_WEBHOOK_CONCURRENCY", "200", "webhook requests in flight at once"),
    ("JAMBONZ_SMS_PROVIDER_TIMEOUT", "10", "seconds an HTTP SMS provider has to answer"),
    ("JAMBONZ_SMS_CONCURRENCY", "100", "inbound messages delivered at once, per process"),
    (
        "JAMBONZ_WEBHOOK_ALLOW_PRIVATE",
        "true",
        "tenants' URLs may reach private networks (false in production)",
    ),
    ("JAMBONZ_WEBHOOK_ALLOW_NETWORKS", "unset", "CIDRs tenants' URLs may reach all the same"),
    ("JAMBONZ_APPENV_TIMEOUT", "5", "seconds an application has to answer GET /AppEnv"),
    (
        "JAMBONZ_ENCRYPTION_SECRET",
        "unset: a key file",
        "seals secrets at rest (passwords, webhook secrets, speech credentials)",
    ),
    (
        "JAMBONZ_ENCRYPTION_OLD_SECRET",
        "unset",
        "also opens values sealed with this secret (while rotating)",
    ),
    (
        "JAMBONZ_ENCRYPTION_KEY_FILE",
        "<sqlite file>.key, else ~/.config/jambonz-api/encryption.key",
        "key file used without JAMBONZ_ENCRYPTION_SECRET (made 0600)",
    ),
    (
        "JAMBONZ_REDIS_URL",
        "unset",
        "Redis shared with jambonz: TTS cache, sessions, sign-ins, SIP registrations",
    ),
    (
        "JAMBONZ_INSTANCE_ID",
        "<hostname>:<port>",
        "with Redis: this instance's name among the platform's instances",
    ),
    (
        "JAMBONZ_SERVICE_URL",
        "http://<host>:<port>",
        "with Redis: where the other instances reach this one",
    ),
    ("JAMBONZ_HEARTBEAT_SECONDS", "1", "with Redis: seconds between an instance's heartbeats"),
    ("JAMBONZ_CALL_ENGINE", "simulator", "what runs live calls: simulator or jambonz"),
    (
        "JAMBONZ_FEATURE_SERVER_URL",
        "unset: the cluster's set in Redis",
        "jambonz engine: the feature server that takes new calls",
    ),
    ("JAMBONZ_CLUSTER_ID", "default", "jambonz engine: prefix of <id>:fs-service-url in Redis"),
    ("JAMBONZ_FEATURE_SERVER_TIMEOUT", "10", "jambonz engine: seconds a feature server has"),
    (
        "JAMBONZ_FEATURE_SERVER_NETWORKS",
        "unset",
        "jambonz engine: CIDRs requests to feature servers may reach all the same",
    ),
    ("JAMBONZ_JWT_SECRET", "random per start", "the secret that signs sign-in tokens (JWTs)"),
    ("JAMBONZ_JWT_EXPIRES_IN", "60", "minutes a sign-in token is valid"),
    ("JAMBONZ_ADMIN_PASSWORD", "random", "password of the user admin made at first start"),
    ("JAMBONZ_LOGIN_MAX_FAILURES", "6", "failed sign-ins of a user name before a lockout"),
    ("JAMBONZ_LOGIN_MAX_FAILURES_PER_ADDRESS", "30", "failed sign-ins of one client address"),
    ("JAMBONZ_LOGIN_FAILURE_WINDOW", "1800", "seconds a failed sign-in is counted"),
    ("JAMBONZ_LOGIN_FAILURE_DELAY", "1", "seconds a failed sign-in waits, at most"),
    ("JAMBONZ_DEFAULT_TENANTS", "true", "first start: a default service provider and account"),
    ("JAMBONZ_CORS_ORIGINS", "*", "origins allowed cross-origin: *, a list, or empty"),
    ("JAMBONZ_MAX_BODY_BYTES", "1048576", "largest request body, in bytes (larger: 413)"),
    ("JAMBONZ_MAX_HEADER_BYTES", "16384", "largest request line and headers (larger: 431)"),
    ("JAMBONZ_MAX_HEADERS", "100", "most headers in one request (more: 431)"),
    ("JAMBONZ_HEADER_TIMEOUT", "10", "seconds a request's headers may take to arrive (408)"),
    ("JAMBONZ_BODY_TIMEOUT", "30", "seconds a request's body may take to arrive (408)"),
    ("JAMBONZ_MAX_JSON_DEPTH", "32", "deepest nesting of a JSON body (deeper: 400)"),
    ("JAMBONZ_MAX_NUMBER_DIGITS", "64", "most digits of a number in a JSON body (more: 400)"),
)


def _settings_epilog() -> str:
    rows = [
        f"  {name:<30} {meaning} (default: {default})" for name, default, meaning in SETTINGS_HELP
    ]
    return "Settings (environment variables; flags win over them):\n" + "\n".join(rows)


def _database_url_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--database-url",
        default=default,
        help="the store; overrides JAMBONZ_DATABASE_URL (default sqlite:///./jambonz.db)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jambonz-api",
        description="A spec-first implementation of the jambonz REST API.",
        epilog=_settings_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _database_url_option(parser, None)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        """A sub-command that also takes `--database-url` after its name (a value given
        before the name is kept: SUPPRESS leaves it alone)."""
        found = sub.add_parser(
            name,
            help=help_text,
            epilog=_settings_epilog(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _database_url_option(found, argparse.SUPPRESS)
        return found

    serve = command("serve", "apply migrations and serve the API")
    serve.add_argument("--host", help="interface to bind (env JAMBONZ_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to bind (env JAMBONZ_PORT, default 3000)")
    serve.add_argument(
        "--workers",
        type=int,
        help=(
            "worker processes (env JAMBONZ_WORKERS; default: one per core, at most 4); "
            "more than one needs JAMBONZ_REDIS_URL, else one runs and says why"
        ),
    )
    serve.add_argument(
        "--log-level",
        choices=["critical", "error", "warning", "info", "debug"],
        help="how much the server logs (env JAMBONZ_LOG_LEVEL, default info)",
    )

    command("migrate", "apply database migrations and exit")

    key = command("create-key", "create an API key and print its token")
    key.add_argument("--scope", required=True, choices=["admin", "service_provider", "account"])
    key.add_argument("--service-provider-sid", help="owner of a service_provider key")
    key.add_argument("--account-sid", help="owner of an account key")

    user = command(
        "create-user",
        "create a user who signs in to the portal; prints its sid (and its password when "
        "made up: set JAMBONZ_NEW_USER_PASSWORD to choose it)",
    )
    user.add_argument("--name", required=True, help="the name the user signs in with")
    user.add_argument("--email", required=True, help="the user's e-mail address")
    user.add_argument("--service-provider-sid", help="for a service provider (or account) user")
    user.add_argument("--account-sid", help="for an account user")
    user.add_argument("--view-only", action="store_true", help="the user reads and never writes")
    user.add_argument(
        "--force-change", action="store_true", help="ask for a new password at the first sign-in"
    )
    rotate = command(
        "rotate-encryption-key",
        "re-seal every secret at rest under a new key, in one transaction (a new random "
        "key unless given: set JAMBONZ_NEW_ENCRYPTION_SECRET or --new-secret)",
    )
    rotate.add_argument(
        "--new-secret",
        help="the new secret (at least 16 characters; prefer JAMBONZ_NEW_ENCRYPTION_SECRET, "
        "which other users of the machine cannot read)",
    )
    rotate.add_argument(
        "--drop-old-keys",
        action="store_true",
        help="keep only the new key in the key file (every server restarted since the "
        "last rotation)",
    )
    loadtest = sub.add_parser(
        "loadtest",
        help="place many simulated calls on your voice application and report how its "
        "webhooks held up (in-process: no server needed)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    loadtest_cli.add_arguments(loadtest)
    return parser


def _rotate(settings: Settings, args: argparse.Namespace) -> str:
    from jambonz.rotation import rotate

    upgrade(settings.database_url)
    given = args.new_secret or os.environ.get("JAMBONZ_NEW_ENCRYPTION_SECRET") or None
    done = rotate(settings, given, drop_old=args.drop_old_keys)
    lines = [
        f"re-sealed {done.resealed} secrets at rest: key {done.old_kid} -> {done.new_kid}",
    ]
    if done.key_file is not None:
        lines.append(f"the new key is first in {done.key_file}; running servers read it there")
    else:
        if done.secret_to_keep:
            lines.append(f"the new secret (shown once): {done.secret_to_keep}")
        lines.append(
            "now give every server JAMBONZ_ENCRYPTION_SECRET=<the new secret> and, until "
            "all have restarted, JAMBONZ_ENCRYPTION_OLD_SECRET=<the old one>"
        )
    return "\n".join(lines)


def _port_is_free(host: str, port: int) -> str | None:
    """None when the address can be bound, else why not, in a sentence for the person."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return (
                    f"port {port} on {host} is already in use (is another server running?); "
                    "stop it, or choose another port with --port or JAMBONZ_PORT"
                )
            return f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    return None


def _box(lines: list[str]) -> None:
    line = "=" * 72
    print("\n" + line + "\n" + "\n".join(lines) + "\n" + line + "\n", flush=True)


def _print_first_start(token: str | None, password: str | None) -> None:
    """The secrets a first start made, shown this once (only hashes are stored)."""
    lines: list[str] = []
    if token:
        lines += [
            "  First start: created an admin API key. Its token is shown only once:",
            "",
            f"      {token}",
            "",
            f"  Use it as:  Authorization: Bearer {token}",
        ]
    if password:
        if lines:
            lines.append("")
        lines += [
            "  Created the user admin, to sign in to the portal. Its password is shown",
            "  only once, and must be changed at the first sign-in:",
            "",
            f"      {password}",
        ]
    if lines:
        _box(lines)


def _database(settings: Settings) -> Database:
    """The database, with the keys of its sealed columns loaded (jambonz/keyring.py)."""
    install(sealer_for(settings, announce=False))
    return Database(settings.database_url)


async def _first_start(settings: Settings) -> None:
    """The admin key, the user `admin` and (on the start that makes that user) the default
    service provider and account."""
    from jambonz.bootstrap import (
        create_default_tenants,
        create_first_admin_if_empty,
        ensure_admin_token,
        ensure_admin_user,
    )

    db = _database(settings)
    try:
        token = None
        if settings.admin_token:
            if await ensure_admin_token(db, settings.admin_token):
                log.info("created the admin key given by JAMBONZ_ADMIN_TOKEN")
        else:
            token = await create_first_admin_if_empty(db)
        created, password = await ensure_admin_user(db, settings.admin_password)
        if created and not password:
            log.info("created the user admin with the password given by JAMBONZ_ADMIN_PASSWORD")
        if created and settings.default_tenants and await create_default_tenants(db):
            log.info("created the default service provider and the default account")
        _print_first_start(token, password)
    finally:
        await db.dispose()


async def _create_key(settings: Settings, args: argparse.Namespace) -> str:
    from jambonz.bootstrap import create_key

    db = _database(settings)
    try:
        _, token = await create_key(db, args.scope, args.service_provider_sid, args.account_sid)
        return token
    finally:
        await db.dispose()


async def _create_user(settings: Settings, args: argparse.Namespace) -> str:
    """The new user's sid, and the password when the CLI made one up (the user must then
    change it at the first sign-in). A chosen password comes from the environment, not
    from a flag that other users of the machine could read."""
    from jambonz.bootstrap import create_user

    given = os.environ.get("JAMBONZ_NEW_USER_PASSWORD") or None
    db = _database(settings)
    try:
        sid, made_up = await create_user(
            db,
            name=args.name,
            email=args.email,
            password=given,
            service_provider_sid=args.service_provider_sid,
            account_sid=args.account_sid,
            view_only=args.view_only,
            force_change=args.force_change or given is None,
        )
    finally:
        await db.dispose()
    if made_up:
        return f"{sid}\npassword (shown only once; to be changed at the first sign-in): {made_up}"
    return sid


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env().with_overrides(database_url=args.database_url)
    except SettingsError as exc:
        print(f"jambonz-api: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # Alembic says "Context impl ..." and "Will assume ..." at INFO on every command: quiet
    # unless asked for debug.
    debug = (getattr(args, "log_level", None) or settings.log_level) == "debug"
    logging.getLogger("alembic").setLevel(logging.DEBUG if debug else logging.WARNING)
    try:
        if args.command == "migrate":
            upgrade(settings.database_url)
            print(f"database is up to date ({settings.database_url})")
            return 0
        if args.command == "create-key":
            upgrade(settings.database_url)
            print(asyncio.run(_create_key(settings, args)))
            return 0
        if args.command == "rotate-encryption-key":
            print(_rotate(settings, args))
            return 0
        if args.command == "loadtest":
            return loadtest_cli.main(args)
        if args.command == "create-user":
            upgrade(settings.database_url)
            print(asyncio.run(_create_user(settings, args)))
            return 0
        settings = settings.with_overrides(
            host=args.host, port=args.port, workers=args.workers, log_level=args.log_level
        )
        if problem := _port_is_free(settings.host, settings.port):
            print(f"jambonz-api: {problem}", file=sys.stderr)
            return 2
        upgrade(settings.database_url)
        asyncio.run(_first_start(settings))
        if not settings.jwt_secret:
            # One secret for every worker of this server, made now: sign-in tokens then
            # end when it restarts, and other servers on the same store reject them.
            os.environ["JAMBONZ_JWT_SECRET"] = secrets.token_urlsafe(32)
            log.warning(
                "JAMBONZ_JWT_SECRET is not set: sign-in sessions end when this server "
                "restarts; set it (the same on every server of the platform) to keep them"
            )
        if reason := one_worker_reason(settings):
            print(
                f"jambonz-api: running 1 worker, not {settings.workers}: several workers "
                f"share their live calls through Redis, and {reason}",
                file=sys.stderr,
                flush=True,
            )
            settings = settings.with_overrides(workers=1)
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
    except SchemaMismatch as exc:
        print(f"jambonz-api: {exc}", file=sys.stderr)
        return 2
    except (OperationalError, InterfaceError) as exc:
        print(f"jambonz-api: {_database_problem(exc, settings.database_url)}", file=sys.stderr)
        return 2


def _database_problem(exc: DBAPIError, url: str) -> str:
    """One line for a database that cannot be opened, instead of the driver's traceback:
    where, why (the driver's first line, e.g. `database "x" does not exist`), what to do."""
    shown = make_url(url).render_as_string(hide_password=True)
    reason = str(exc.orig or exc).strip().splitlines()[0]
    reason = reason.split("FATAL:", 1)[-1].strip()
    return (
        f"cannot open the database {shown}: {reason} "
        "(create it, start its server, or choose another with --database-url or "
        "JAMBONZ_DATABASE_URL)"
    )


if __name__ == "__main__":
    sys.exit(main())
