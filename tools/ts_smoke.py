"""Run the TypeScript client's smoke test against a live server (`make ts-test`).

Starts `jambonz-api serve` on a free port with a fresh SQLite database in a temporary
directory (tests/live.py, which also fails the run if the server logged a traceback), then
runs `npm test` in generated/clients/typescript with JAMBONZ_URL and JAMBONZ_ADMIN_TOKEN.
The call simulator runs accelerated so the simulated call ends in well under a second.

Usage: python -m tools.ts_smoke
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from tests.live import live_server

ROOT = Path(__file__).resolve().parent.parent
TS_CLIENT = ROOT / "generated" / "clients" / "typescript"


def main() -> int:
    token = str(uuid.uuid4())
    with (
        tempfile.TemporaryDirectory(prefix="jambonz-ts-") as tmp,
        live_server(Path(tmp), JAMBONZ_ADMIN_TOKEN=token, JAMBONZ_SIM_SPEED="20") as (base, _),
    ):
        env = {**os.environ, "JAMBONZ_URL": f"{base}/v1", "JAMBONZ_ADMIN_TOKEN": token}
        done = subprocess.run(["npm", "test", "--silent"], cwd=TS_CLIENT, env=env, check=False)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
