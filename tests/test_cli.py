"""The `jambonz-api` console script: serve (first-start token), migrate, create-key."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent / "jambonz-api"
TOKEN_LINE = re.compile(r"^\s+([0-9a-f-]{36})\s*$", re.M)
# The first start's admin password: the indented line after "Its password is shown".
PASSWORD_LINE = re.compile(r"Its password is shown[^\n]*\n[^\n]*\n\n\s+(\S+)\n")


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN), *args],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_help_lists_the_commands(tmp_path: Path) -> None:
    result = _run(["--help"], tmp_path)
    assert result.returncode == 0
    for word in ("serve", "migrate", "create-key", "create-user", "JAMBONZ_DATABASE_URL"):
        assert word in result.stdout
    serve = _run(["serve", "--help"], tmp_path)
    assert "--port" in serve.stdout and "--workers" in serve.stdout


def test_migrate_then_create_keys(tmp_path: Path) -> None:
    result = _run(["migrate"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "jambonz.db").exists()
    admin = _run(["create-key", "--scope", "admin"], tmp_path)
    assert admin.returncode == 0 and re.fullmatch(r"[0-9a-f-]{36}\n", admin.stdout)
    missing = _run(["create-key", "--scope", "account"], tmp_path)
    assert missing.returncode == 2 and "--account-sid" in missing.stderr
    unknown = _run(
        [
            "create-key",
            "--scope",
            "service_provider",
            "--service-provider-sid",
            "2f1b6c3e-8a7e-4f0b-9a50-0f5e8a1d2c33",
        ],
        tmp_path,
    )
    assert unknown.returncode == 2 and "not found" in unknown.stderr
    bad_url = _run(["--database-url", "oracle://x/y", "migrate"], tmp_path)
    assert bad_url.returncode == 2 and "unsupported" in bad_url.stderr
    # MySQL is a store; one that cannot be reached is one line, not a traceback.
    unreachable = _run(["--database-url", "mysql://root@127.0.0.1:1/jz", "migrate"], tmp_path)
    assert unreachable.returncode == 2
    assert unreachable.stderr.startswith("jambonz-api: cannot open the database mysql://")
    assert len(unreachable.stderr.strip().splitlines()) == 1


def test_serve_prints_a_working_token_once(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "JAMBONZ_PORT": str(port)}
    env.pop("JAMBONZ_ADMIN_TOKEN", None)
    log = tmp_path / "out.log"

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [str(BIN), "serve"],
            cwd=tmp_path,
            env=env,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )

    def wait_up() -> None:
        for _ in range(300):  # workers can take long to start on a busy machine
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(log.read_text())

    proc = start()
    try:
        wait_up()
        text = log.read_text()
        tokens = TOKEN_LINE.findall(text)
        assert len(tokens) == 1, text
        v1 = f"http://127.0.0.1:{port}/v1"
        auth = {"Authorization": f"Bearer {tokens[0]}"}
        # The first start also made jambonz's default service provider and account ...
        r = httpx.get(f"{v1}/ServiceProviders", headers=auth)
        assert r.status_code == 200
        assert [sp["name"] for sp in r.json()] == ["default service provider"]
        accounts = httpx.get(f"{v1}/Accounts", headers=auth).json()
        assert [a["name"] for a in accounts] == ["default account"]
        assert httpx.get(f"{v1}/ServiceProviders").status_code == 401
        # ... and the user admin, whose random password is shown once next to the token.
        password = PASSWORD_LINE.search(text).group(1)
        signed_in = httpx.post(f"{v1}/login", json={"username": "admin", "password": password})
        assert signed_in.status_code == 200, signed_in.text
        assert signed_in.json()["force_change"] is True and signed_in.json()["scope"] == "admin"
        me = httpx.get(
            f"{v1}/Users/me", headers={"Authorization": f"Bearer {signed_in.json()['token']}"}
        )
        assert me.status_code == 200 and me.json()["user"]["name"] == "admin"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    proc = start()  # second start: the database has a key and a user, nothing is printed
    try:
        wait_up()
        assert TOKEN_LINE.findall(log.read_text()) == []
        assert PASSWORD_LINE.search(log.read_text()) is None
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)


def test_admin_token_from_environment(tmp_path: Path) -> None:
    port = _free_port()
    token = "fixed-admin-token-for-test"
    env = {**os.environ, "JAMBONZ_PORT": str(port), "JAMBONZ_ADMIN_TOKEN": token}
    proc = subprocess.Popen(
        [str(BIN), "serve"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                r = httpx.get(
                    f"http://127.0.0.1:{port}/v1/ServiceProviders",
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=1,
                )
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert r.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)


def test_help_lists_every_setting(tmp_path: Path) -> None:
    from jambonz.cli import SETTINGS_HELP

    for args in (["--help"], ["serve", "--help"]):
        out = _run(args, tmp_path).stdout
        for name, _default, _meaning in SETTINGS_HELP:
            assert name in out, (args, name)
    assert "how much the server logs" in _run(["serve", "--help"], tmp_path).stdout
    # every variable the settings read is listed
    source = (Path(__file__).parents[1] / "jambonz" / "config.py").read_text()
    read = set(re.findall(r'"(JAMBONZ_[A-Z_]+)"', source))
    assert read <= {name for name, _d, _m in SETTINGS_HELP}, read


def test_database_url_before_or_after_the_command_and_quiet_migrations(tmp_path: Path) -> None:
    for place, args in (
        ("after", ["migrate", "--database-url", f"sqlite:///{tmp_path}/after.db"]),
        ("before", ["--database-url", f"sqlite:///{tmp_path}/before.db", "migrate"]),
    ):
        result = _run(args, tmp_path)
        assert result.returncode == 0, (place, result.stderr)
        assert (tmp_path / f"{place}.db").exists()
        assert "alembic" not in result.stderr.lower(), result.stderr
    assert not (tmp_path / "jambonz.db").exists()


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run(["serve", "--port", str(port), "--workers", "1"], tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"jambonz-api: port {port} on 127.0.0.1 is already in use (is another server "
        "running?); stop it, or choose another port with --port or JAMBONZ_PORT"
    ], result.stderr
    assert "serving" not in result.stdout


def test_a_database_that_cannot_be_opened_is_one_line(tmp_path: Path) -> None:
    missing = f"postgresql://postgres:hunter2@127.0.0.1:5432/jz_missing_{os.getpid()}"
    refused = f"postgresql://postgres@127.0.0.1:{_free_port()}/test"
    for command in (["migrate"], ["serve", "--port", str(_free_port())]):
        result = _run([*command, "--database-url", missing], tmp_path)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("jambonz-api: cannot open the database postgresql://")
        assert f'database "jz_missing_{os.getpid()}" does not exist' in lines[0]
        assert "hunter2" not in result.stderr and "Traceback" not in result.stderr
    result = _run(["migrate", "--database-url", refused], tmp_path)
    assert result.returncode == 2
    assert "Connection refused" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_setting_that_cannot_be_used_is_one_line(tmp_path: Path) -> None:
    """Each bad value is named with its variable and what it should be; nothing starts."""
    port = str(_free_port())
    cases = {
        "JAMBONZ_WEBHOOK_ALLOW_NETWORKS": ("10.0.0.0/8, the-office", "'the-office'"),
        "JAMBONZ_WORKERS": ("two", "must be a whole number, not 'two'"),
        "JAMBONZ_SIM_SPEED": ("-3", "must not be negative"),
        "JAMBONZ_MAX_BODY_BYTES": ("1MB", "must be a whole number, not '1MB'"),
    }
    for name, (value, said) in cases.items():
        for command in (["migrate"], ["serve", "--port", port]):
            result = _run(command, tmp_path, **{name: value})
            assert result.returncode == 2, (name, result.stderr)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"jambonz-api: {name} "), lines
            assert said in lines[0] and "Traceback" not in result.stderr
            assert "serving" not in result.stdout
    assert not (tmp_path / "jambonz.db").exists()


def _serve(tmp_path: Path, **env: str) -> tuple[subprocess.Popen[bytes], str, Path]:
    port = _free_port()
    log = tmp_path / "serve.log"
    full = {**os.environ, "JAMBONZ_PORT": str(port), "JAMBONZ_WORKERS": "1", **env}
    proc = subprocess.Popen(
        [str(BIN), "serve"], cwd=tmp_path, env=full, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return proc, f"http://127.0.0.1:{port}/v1", log


def test_first_start_with_chosen_secrets_and_no_default_tenants(tmp_path: Path) -> None:
    token = "3f0c9a57-2b1e-4d6a-8f3c-5e1a7b9d0c22"
    proc, v1, log = _serve(
        tmp_path,
        JAMBONZ_ADMIN_TOKEN=token,
        JAMBONZ_ADMIN_PASSWORD="admin",
        JAMBONZ_DEFAULT_TENANTS="false",
        JAMBONZ_JWT_SECRET="foobarbazzle",
    )
    try:
        signed_in = httpx.post(f"{v1}/login", json={"username": "admin", "password": "admin"})
        assert signed_in.status_code == 200, log.read_text()
        import jwt

        claims = jwt.decode(signed_in.json()["token"], "foobarbazzle", algorithms=["HS256"])
        assert claims["scope"] == "admin"
        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.get(f"{v1}/ServiceProviders", headers=auth).json() == []
        assert "admin" not in PASSWORD_LINE.findall(log.read_text())  # a chosen one is not shown
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)


def test_create_user(tmp_path: Path) -> None:
    assert _run(["migrate"], tmp_path).returncode == 0
    made = _run(["create-user", "--name", "ops", "--email", "ops@example.com"], tmp_path)
    assert made.returncode == 0, made.stderr
    sid, shown = made.stdout.splitlines()
    assert re.fullmatch(r"[0-9a-f-]{36}", sid) and "shown only once" in shown
    chosen = _run(
        ["create-user", "--name", "viewer", "--email", "viewer@example.com", "--view-only"],
        tmp_path,
        JAMBONZ_NEW_USER_PASSWORD="viewer-pass-1",
    )
    assert chosen.returncode == 0 and len(chosen.stdout.splitlines()) == 1
    weak = _run(
        ["create-user", "--name", "weak", "--email", "weak@example.com"],
        tmp_path,
        JAMBONZ_NEW_USER_PASSWORD="abc",
    )
    assert weak.returncode == 2 and "between 8 and 20" in weak.stderr
    taken = _run(["create-user", "--name", "ops", "--email", "x@example.com"], tmp_path)
    assert taken.returncode == 2 and "invalid username or email" in taken.stderr
    unknown = _run(
        ["create-user", "--name", "n", "--email", "n@example.com", "--account-sid", sid], tmp_path
    )
    assert unknown.returncode == 2 and "unknown account_sid" in unknown.stderr
    # The first start then makes no user admin: users exist.
    proc, v1, log = _serve(tmp_path, JAMBONZ_ADMIN_TOKEN="5a1c9e57-2b1e-4d6a-8f3c-5e1a7b9d0c22")
    try:
        signed_in = httpx.post(
            f"{v1}/login", json={"username": "viewer", "password": "viewer-pass-1"}
        )
        assert signed_in.status_code == 200, log.read_text()
        assert signed_in.json()["permissions"] == ["VIEW_ONLY"]
        assert PASSWORD_LINE.search(log.read_text()) is None
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
