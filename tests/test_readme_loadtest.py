"""The README's "Load-test your voice app" works as written: its slow app and its command,
and the report catches the slow tenth of the app's answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.live import free_port
from tests.test_readme_calls import block

VENV = Path(sys.executable).parent.parent


def test_the_load_test_section_runs_and_catches_the_slow_tenth(tmp_path: Path) -> None:
    app, command = block("loadtest-app", "python"), block("loadtest-run", "sh")
    assert app and command and '127.0.0.1", 8090' in app and "8090" in command
    port = free_port()
    (tmp_path / "slow_app.py").write_text(app.replace('"127.0.0.1", 8090', f'"127.0.0.1", {port}'))
    (tmp_path / ".venv").symlink_to(VENV)
    server = subprocess.Popen([sys.executable, "slow_app.py"], cwd=tmp_path)
    try:
        for _ in range(100):
            try:
                httpx.post(f"http://127.0.0.1:{port}/status", content=b"{}", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        result = subprocess.run(
            ["bash", "-c", command.replace("8090", str(port))],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            env={k: v for k, v in os.environ.items() if not k.startswith("JAMBONZ_")},
        )
    finally:
        server.terminate()
        server.wait(10)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("200 of 200 calls placed in ")
    assert "calls: completed 200; still live at the end: 0" in result.stdout
    assert result.stderr == ""  # no progress bar without a terminal, and no log lines
    report = json.loads((tmp_path / "loadtest.json").read_text())
    session = report["webhooks"]["session:new"]
    assert session["count"] == 200 and session["errors"] == 0
    # one answer in ten waits 0.3 s: the median does not, the p99 does
    assert session["p50_ms"] < 300 <= session["p99_ms"]
    assert report["webhooks"]["call:status"]["count"] == 4 * 200  # trying..completed
    page = (tmp_path / "loadtest.html").read_text()
    assert page.startswith("<!doctype html>") and page.count("<svg") == 3
