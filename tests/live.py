"""Run `jambonz-api serve` as a real process for tests that need a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def spawn_server(
    workdir: Path, log_name: str = "server.log", **env: str
) -> tuple[subprocess.Popen[bytes], str, Path]:
    """Start the server in `workdir` and wait until it answers: (process, base URL, log)."""
    port = int(env.pop("JAMBONZ_PORT", 0)) or free_port()
    log_path = workdir / log_name
    full_env = {**os.environ, "JAMBONZ_PORT": str(port), "JAMBONZ_LOG_LEVEL": "warning", **env}
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(BIN / "jambonz-api"), "serve"],
            cwd=workdir,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                break
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError("server did not start:\n" + log_path.read_text())
        if proc.poll() is not None:
            raise AssertionError("server exited:\n" + log_path.read_text())
    except BaseException:
        proc.kill()
        proc.wait(timeout=15)
        raise
    return proc, base, log_path


@contextmanager
def live_server(workdir: Path, **env: str) -> Iterator[tuple[str, Path]]:
    """Start the server in `workdir` with extra environment; yield (base URL, log path).

    On exit the server is stopped, and the test fails if its log shows a traceback.
    """
    proc, base, log_path = spawn_server(workdir, **env)
    try:
        yield base, log_path
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    text = log_path.read_text()
    assert "Traceback" not in text, text[-4000:]
