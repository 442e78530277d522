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
    for word in ("serve", "migrate", "create-key", "JAMBONZ_DATABASE_URL"):
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
    bad_url = _run(["--database-url", "mysql://x/y", "migrate"], tmp_path)
    assert bad_url.returncode == 2 and "unsupported" in bad_url.stderr


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
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(log.read_text())

    proc = start()
    try:
        wait_up()
        tokens = TOKEN_LINE.findall(log.read_text())
        assert len(tokens) == 1, log.read_text()
        r = httpx.get(
            f"http://127.0.0.1:{port}/v1/ServiceProviders",
            headers={"Authorization": f"Bearer {tokens[0]}"},
        )
        assert r.status_code == 200 and r.json() == []
        assert httpx.get(f"http://127.0.0.1:{port}/v1/ServiceProviders").status_code == 401
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    proc = start()  # second start: the database has a key, nothing is printed
    try:
        wait_up()
        assert TOKEN_LINE.findall(log.read_text()) == []
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
