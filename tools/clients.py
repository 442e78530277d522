"""Generate the clients from the contract, or check that the committed ones match it.

- Python: openapi-python-client (settings in tools/python-client.yaml) writes the whole
  project in generated/clients/python (package `jambonz_api_client`). Its warnings are
  errors (`--fail-on-warning`): the contract must stay clean for it.
- TypeScript: openapi-typescript writes generated/clients/typescript/src/schema.ts, the
  only generated file of that package (`src/index.ts`, the tests and package.json are
  written by hand); `tsc --noEmit` then proves the hand-written client still compiles.

Both read the client view of the contract (tools/client_spec.py).

Usage: python -m tools.clients generate | check
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.client_spec import SPEC

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PY_CLIENT = ROOT / "generated" / "clients" / "python"
TS_CLIENT = ROOT / "generated" / "clients" / "typescript"
TS_SCHEMA = Path("src") / "schema.ts"
PY_CONFIG = ROOT / "tools" / "python-client.yaml"
IGNORED = {".ruff_cache", "__pycache__", ".pytest_cache"}


class GenerationError(Exception):
    """A generator failed or warned."""


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise GenerationError(f"{' '.join(cmd[:2])} failed:\n{output}")
    return output


def generate(py_out: Path, ts_schema: Path, workdir: Path) -> None:
    """Write the Python client project to `py_out` and the TypeScript types to `ts_schema`."""
    spec, py_spec = workdir / "client-spec.json", workdir / "client-spec-python.json"
    _run([str(BIN / "python"), "-m", "tools.client_spec", str(SPEC), str(spec)], ROOT)
    _run(
        [str(BIN / "python"), "-m", "tools.client_spec", "--python", str(SPEC), str(py_spec)], ROOT
    )
    # The generator formats its output with `ruff` from PATH: use the project's pinned one.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    output = _run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(py_spec),
            "--config",
            str(PY_CONFIG),
            "--meta",
            "setup",
            "--output-path",
            str(py_out),
            "--overwrite",
            "--fail-on-warning",
        ],
        ROOT,
        env,
    )
    if "warning" in output.lower():
        raise GenerationError(f"openapi-python-client warned:\n{output}")
    shutil.rmtree(py_out / ".ruff_cache", ignore_errors=True)
    output = _run(
        [
            "npx",
            "--no-install",
            "openapi-typescript",
            str(spec),
            "--output",
            str(ts_schema),
            "--default-non-nullable",
            "false",
        ],
        TS_CLIENT,
    )
    if "warn" in output.lower():
        raise GenerationError(f"openapi-typescript warned:\n{output}")


def _files(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not IGNORED & set(path.relative_to(root).parts)
    }


def tree_diff(committed: Path, fresh: Path, label: str) -> list[str]:
    """Unified diffs (and missing/extra files) between two generated trees."""
    old, new = _files(committed) if committed.exists() else {}, _files(fresh)
    lines: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            lines.append(f"{label}/{name}: present but no longer generated")
        elif name not in old:
            lines.append(f"{label}/{name}: generated but missing")
        else:
            lines += file_diff(old[name], new[name], f"{label}/{name}")
    return lines


def file_diff(committed: Path, fresh: Path, label: str) -> list[str]:
    a = committed.read_text().splitlines() if committed.exists() else []
    b = fresh.read_text().splitlines()
    return list(
        difflib.unified_diff(a, b, f"{label} (committed)", f"{label} (contract)", n=2, lineterm="")
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in (["generate"], ["check"]):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="jambonz-clients-") as tmp:
        work = Path(tmp)
        try:
            if args == ["generate"]:
                generate(PY_CLIENT, TS_CLIENT / TS_SCHEMA, work)
                _run(["npx", "--no-install", "tsc", "--noEmit"], TS_CLIENT)
                print("clients regenerated: generated/clients/python, generated/clients/typescript")
                return 0
            generate(work / "python", work / "schema.ts", work)
        except GenerationError as exc:
            print(exc, file=sys.stderr)
            return 1
        drift = tree_diff(PY_CLIENT, work / "python", "generated/clients/python")
        drift += file_diff(
            TS_CLIENT / TS_SCHEMA, work / "schema.ts", f"generated/clients/typescript/{TS_SCHEMA}"
        )
    if drift:
        print("\n".join(drift[:400]))
        if len(drift) > 400:
            print(f"... {len(drift) - 400} more lines")
        print("generated/clients is out of date with the contract: run 'make clients' and commit")
        return 1
    print("generated/clients matches the contract")
    return 0


if __name__ == "__main__":
    sys.exit(main())
