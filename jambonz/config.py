"""Process settings, read once from the environment (and overridden by CLI flags)."""

from __future__ import annotations

import os
import socket
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_DATABASE_URL = "sqlite:///./jambonz.db"
# JAMBONZ_CALL_ENGINE: what runs live calls.
CALL_ENGINES = ("simulator", "jambonz")


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


class SettingsError(ValueError):
    """A setting in the environment that cannot be used; the message is one line that
    names the variable and says what it should be."""


_KINDS = {int: "a whole number", float: "a number"}


def _env_number(name: str, default: int | float) -> Any:
    """The number in `name`, of the default's kind (a whole number for an int)."""
    kind = int if isinstance(default, int) else float
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw.strip())
    except ValueError:
        raise SettingsError(f"{name} must be {_KINDS[kind]}, not {raw[:40]!r}") from None
    if value < 0 or value != value:
        raise SettingsError(f"{name} must not be negative, not {raw[:40]!r}")
    return value


MAX_DEFAULT_WORKERS = 4


def runtime_dir() -> Path:
    """A directory only this user may write to, for lock files, sockets and the change
    counters of the read cache."""
    path = Path(tempfile.gettempdir()) / f"jambonz-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def default_workers() -> int:
    """One worker process per core (at most 4): the API's work is CPU-bound Python, and
    one process uses one core. Several workers are instances of the platform, sharing
    live calls through Redis (jambonz/workers.py); without Redis, one runs."""
    return max(1, min(len(os.sched_getaffinity(0)), MAX_DEFAULT_WORKERS))


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to start; see the README's configuration table."""

    host: str = "127.0.0.1"
    port: int = 3000
    workers: int = 1
    database_url: str = DEFAULT_DATABASE_URL
    admin_token: str | None = None
    log_level: str = "info"
    validate_responses: bool = False
    fast_path: bool = True
    read_cache_seconds: float = 5.0
    sim_speed: float = 1.0
    webhook_timeout: float = 10.0
    webhook_concurrency: int = 200
    sms_provider_timeout: float = 10.0
    sms_concurrency: int = 100
    # The outbound policy (jambonz/outbound.py): may tenants' URLs reach loopback and
    # private networks? On so that an application on the developer's machine works; turn
    # it off in production. Link-local and metadata addresses are refused either way.
    webhook_allow_private: bool = True
    # Networks (comma-separated CIDRs) tenants' URLs may reach even when private ones are
    # refused: where the platform's own applications run.
    webhook_allow_networks: str = ""
    # GET /AppEnv: seconds allowed for the whole OPTIONS request.
    appenv_timeout: float = 5.0
    # Seal secrets at rest (jambonz/sealing.py, jambonz/keyring.py). Unset: a key file,
    # made 0600 on first start (next to a SQLite database by default).
    encryption_secret: str | None = None
    # Opened with, never sealed with: the secret a rotation replaced, while servers move.
    encryption_old_secret: str | None = None
    encryption_key_file: str | None = None
    # The Redis server jambonz's servers share: the TTS cache, sessions and sign-in
    # failures (unset: none; sessions then live in the database).
    redis_url: str | None = None
    # Several instances on one database and Redis (jambonz/instances.py): the name this
    # instance is known by (unset: `<hostname>:<port>`), the base URL the others reach it
    # at to steer its calls (unset: http://<host>:<port>, 127.0.0.1 for a wildcard host),
    # and the seconds between its heartbeats (it counts as gone after three missed).
    instance_id: str | None = None
    service_url: str | None = None
    heartbeat_seconds: float = 1.0
    # What runs live calls: "simulator" (the embedded call simulator, jambonz/calls/
    # simulator.py) or "jambonz" (a jambonz cluster's feature servers, reached through its
    # Redis, jambonz/calls/jambonz_engine.py; needs JAMBONZ_REDIS_URL).
    call_engine: str = "simulator"
    # The jambonz engine: a fixed feature-server base URL (`http://fs:3000`; its
    # createCall is `<url>/v1/createCall`), as jambonz's Kubernetes mode has one; unset,
    # a member of the cluster's `<cluster_id>:fs-service-url` set in Redis is taken.
    feature_server_url: str | None = None
    # jambonz's JAMBONES_CLUSTER_ID: the prefix of the feature servers' set in Redis.
    cluster_id: str = "default"
    # Seconds a feature server has to answer createCall or updateCall.
    feature_server_timeout: float = 10.0
    # Networks (comma-separated CIDRs) requests to feature servers may reach even when
    # private ones are refused to tenants' URLs (JAMBONZ_WEBHOOK_ALLOW_PRIVATE=false).
    feature_server_networks: str = ""
    # Sign-in (jambonz/sessions.py). Without a JWT secret each `serve` makes a random one,
    # shared by its workers: sessions then end when the server restarts.
    jwt_secret: str | None = None
    jwt_expires_minutes: int = 60
    admin_password: str | None = None
    login_max_failures: int = 6
    login_max_failures_per_address: int = 30
    login_failure_window: int = 1800
    login_failure_delay: float = 1.0
    # `serve`'s first start also creates a default service provider and account.
    default_tenants: bool = True
    # "*" (any origin, as jambonz), a comma-separated list of origins, or "" (no CORS).
    cors_origins: str = "*"
    # Bounds at the HTTP edge (handlers/bounds.py, handlers/http_protocol.py): the largest
    # request body (413), the request head's size and header count (431), the seconds the
    # head and the body may take to arrive (408, or the connection closed), and how deep
    # JSON may nest and how many digits a number may have (400: a double has 17 significant
    # digits and 3 of exponent, a 128-bit integer 39, so 64 refuses no number a client
    # means, and keeps Python's parser far from its 4,300-digit ValueError).
    max_body_bytes: int = 1024 * 1024
    max_header_bytes: int = 16 * 1024
    max_headers: int = 100
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_json_depth: int = 32
    max_number_digits: int = 64

    @classmethod
    def from_env(cls) -> Settings:
        """The settings the environment gives; SettingsError (one line) for one that is
        not usable."""
        env = os.environ
        return cls(
            host=env.get("JAMBONZ_HOST", cls.host),
            port=_env_number("JAMBONZ_PORT", cls.port),
            workers=_env_number("JAMBONZ_WORKERS", default_workers()),
            database_url=env.get("JAMBONZ_DATABASE_URL") or DEFAULT_DATABASE_URL,
            admin_token=env.get("JAMBONZ_ADMIN_TOKEN") or None,
            log_level=env.get("JAMBONZ_LOG_LEVEL", cls.log_level),
            validate_responses=_env_bool("JAMBONZ_VALIDATE_RESPONSES", False),
            fast_path=_env_bool("JAMBONZ_FAST_PATH", True),
            read_cache_seconds=_env_number("JAMBONZ_READ_CACHE_SECONDS", cls.read_cache_seconds),
            sim_speed=_env_number("JAMBONZ_SIM_SPEED", cls.sim_speed),
            webhook_timeout=_env_number("JAMBONZ_WEBHOOK_TIMEOUT", cls.webhook_timeout),
            webhook_concurrency=_env_number("JAMBONZ_WEBHOOK_CONCURRENCY", cls.webhook_concurrency),
            sms_provider_timeout=_env_number(
                "JAMBONZ_SMS_PROVIDER_TIMEOUT", cls.sms_provider_timeout
            ),
            sms_concurrency=_env_number("JAMBONZ_SMS_CONCURRENCY", cls.sms_concurrency),
            webhook_allow_private=_env_bool("JAMBONZ_WEBHOOK_ALLOW_PRIVATE", True),
            webhook_allow_networks=env.get("JAMBONZ_WEBHOOK_ALLOW_NETWORKS", ""),
            appenv_timeout=_env_number("JAMBONZ_APPENV_TIMEOUT", cls.appenv_timeout),
            encryption_secret=env.get("JAMBONZ_ENCRYPTION_SECRET") or None,
            encryption_old_secret=env.get("JAMBONZ_ENCRYPTION_OLD_SECRET") or None,
            encryption_key_file=env.get("JAMBONZ_ENCRYPTION_KEY_FILE") or None,
            redis_url=env.get("JAMBONZ_REDIS_URL") or None,
            instance_id=env.get("JAMBONZ_INSTANCE_ID") or None,
            service_url=env.get("JAMBONZ_SERVICE_URL") or None,
            heartbeat_seconds=_env_number("JAMBONZ_HEARTBEAT_SECONDS", cls.heartbeat_seconds),
            call_engine=(env.get("JAMBONZ_CALL_ENGINE") or cls.call_engine).strip().lower(),
            feature_server_url=env.get("JAMBONZ_FEATURE_SERVER_URL") or None,
            cluster_id=env.get("JAMBONZ_CLUSTER_ID") or cls.cluster_id,
            feature_server_timeout=_env_number(
                "JAMBONZ_FEATURE_SERVER_TIMEOUT", cls.feature_server_timeout
            ),
            feature_server_networks=env.get("JAMBONZ_FEATURE_SERVER_NETWORKS", ""),
            jwt_secret=env.get("JAMBONZ_JWT_SECRET") or None,
            jwt_expires_minutes=_env_number("JAMBONZ_JWT_EXPIRES_IN", cls.jwt_expires_minutes),
            admin_password=env.get("JAMBONZ_ADMIN_PASSWORD") or None,
            login_max_failures=_env_number("JAMBONZ_LOGIN_MAX_FAILURES", cls.login_max_failures),
            login_max_failures_per_address=_env_number(
                "JAMBONZ_LOGIN_MAX_FAILURES_PER_ADDRESS", cls.login_max_failures_per_address
            ),
            login_failure_window=_env_number(
                "JAMBONZ_LOGIN_FAILURE_WINDOW", cls.login_failure_window
            ),
            login_failure_delay=_env_number("JAMBONZ_LOGIN_FAILURE_DELAY", cls.login_failure_delay),
            default_tenants=_env_bool("JAMBONZ_DEFAULT_TENANTS", True),
            cors_origins=env.get("JAMBONZ_CORS_ORIGINS", cls.cors_origins),
            max_body_bytes=_env_number("JAMBONZ_MAX_BODY_BYTES", cls.max_body_bytes),
            max_header_bytes=_env_number("JAMBONZ_MAX_HEADER_BYTES", cls.max_header_bytes),
            max_headers=_env_number("JAMBONZ_MAX_HEADERS", cls.max_headers),
            header_timeout=_env_number("JAMBONZ_HEADER_TIMEOUT", cls.header_timeout),
            body_timeout=_env_number("JAMBONZ_BODY_TIMEOUT", cls.body_timeout),
            max_json_depth=_env_number("JAMBONZ_MAX_JSON_DEPTH", cls.max_json_depth),
            max_number_digits=_env_number("JAMBONZ_MAX_NUMBER_DIGITS", cls.max_number_digits),
        ).check()

    @property
    def instance_name(self) -> str:
        """This instance's name among the instances of one platform: stable across its
        restarts (its start closes the calls its last run left), unique across hosts."""
        return self.instance_id or f"{socket.gethostname()}:{self.port}"

    @property
    def advertised_url(self) -> str:
        """Where the other instances send the requests for this one's calls."""
        if self.service_url:
            return self.service_url.rstrip("/")
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        host = "[::1]" if host == "::" else (f"[{host}]" if ":" in host else host)
        return f"http://{host}:{self.port}"

    def check(self) -> Settings:
        """Raise SettingsError for a value that parses but cannot be used."""
        from jambonz.outbound import parse_networks

        for name, networks in (
            ("JAMBONZ_WEBHOOK_ALLOW_NETWORKS", self.webhook_allow_networks),
            ("JAMBONZ_FEATURE_SERVER_NETWORKS", self.feature_server_networks),
        ):
            try:
                parse_networks(networks)
            except ValueError as exc:
                raise SettingsError(
                    f"{name} must list networks such as "
                    f"'10.1.0.0/16, ::1' separated by commas: {exc}"
                ) from None
        if self.heartbeat_seconds <= 0:
            raise SettingsError("JAMBONZ_HEARTBEAT_SECONDS must be more than 0")
        if self.call_engine not in CALL_ENGINES:
            raise SettingsError(
                f"JAMBONZ_CALL_ENGINE must be simulator or jambonz, not {self.call_engine[:40]!r}"
            )
        if self.call_engine == "jambonz" and not self.redis_url:
            raise SettingsError(
                "JAMBONZ_REDIS_URL must be set when JAMBONZ_CALL_ENGINE is jambonz: live "
                "calls and the feature servers are found in the cluster's Redis"
            )
        if self.feature_server_url is not None:
            parts = urlsplit(self.feature_server_url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise SettingsError(
                    "JAMBONZ_FEATURE_SERVER_URL must be an http(s) base URL such as "
                    f"'http://feature-server:3000', not {self.feature_server_url[:40]!r}"
                )
        if self.feature_server_timeout <= 0:
            raise SettingsError("JAMBONZ_FEATURE_SERVER_TIMEOUT must be more than 0 seconds")
        return self

    def with_overrides(self, **changes: object) -> Settings:
        """Return a copy with the given non-None values replaced (CLI flags win over env)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
