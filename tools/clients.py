"""Generate the clients from the contract, or check that the committed ones match it.

- Python: openapi-python-client (settings in tools/python-client.yaml, this project's
  templates in tools/python-client-templates/: the README and the typing of paged lists)
  writes the whole project in generated/clients/python (package `jambonz_api_client`). Its
  warnings are errors (`--fail-on-warning`): the contract must stay clean for it.
- TypeScript: openapi-typescript writes generated/clients/typescript/src/schema.ts, the
  only generated file of that package (`src/index.ts`, the README, the tests and
  package.json are written by hand); the package's `version` is the contract's. `generate`
  then type-checks the package with its tests (`tsc --noEmit`) and builds it (`npm run
  build`: dist/, which `npm pack` ships and git ignores).

Both read the client view of the contract (tools/client_spec.py).

Usage: python -m tools.clients generate | check
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import spec_yaml
from tools.client_spec import SPEC

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PY_CLIENT = ROOT / "generated" / "clients" / "python"
TS_CLIENT = ROOT / "generated" / "clients" / "typescript"
TS_SCHEMA = Path("src") / "schema.ts"
# The files of the TypeScript package that carry its version (npm writes both).
TS_VERSIONED = ("package.json", "package-lock.json")
PY_CONFIG = ROOT / "tools" / "python-client.yaml"
PY_TEMPLATES = ROOT / "tools" / "python-client-templates"
IGNORED = {".ruff_cache", "__pycache__", ".pytest_cache"}
# What `pip install ./generated/clients/python` (its README's install) leaves in the tree:
# setuptools builds in place. Not part of the client; `generate` removes them, since
# setuptools would copy a module the contract no longer has from build/ into the next wheel.
PY_BUILD_LEFTOVERS = ("build", "jambonz_api_client.egg-info")


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
            "--custom-template-path",
            str(PY_TEMPLATES),
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
    for leftover in (".ruff_cache", *PY_BUILD_LEFTOVERS):
        shutil.rmtree(py_out / leftover, ignore_errors=True)
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


def contract_version() -> str:
    return str(spec_yaml.load(SPEC.read_text())["info"]["version"])


def versioned(text: str, version: str) -> str:
    """`text` (package.json or package-lock.json) with the package's own version set to
    `version`: the top-level `version` and, in a lockfile, that of the root package ("")."""
    data = json.loads(text)
    data["version"] = version
    if "" in data.get("packages", {}):
        data["packages"][""]["version"] = version
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _files(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not IGNORED & set(path.relative_to(root).parts)
        and path.relative_to(root).parts[0] not in PY_BUILD_LEFTOVERS
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
            version = contract_version()
            if args == ["generate"]:
                generate(PY_CLIENT, TS_CLIENT / TS_SCHEMA, work)
                for name in TS_VERSIONED:
                    # Written only on a change: make reinstalls the package when they are newer.
                    path = TS_CLIENT / name
                    text = versioned(path.read_text(), version)
                    if text != path.read_text():
                        path.write_text(text)
                _run(["npx", "--no-install", "tsc", "--noEmit"], TS_CLIENT)
                _run(["npm", "run", "build", "--silent"], TS_CLIENT)
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
        for name in TS_VERSIONED:
            fresh = work / name
            fresh.write_text(versioned((TS_CLIENT / name).read_text(), version))
            drift += file_diff(TS_CLIENT / name, fresh, f"generated/clients/typescript/{name}")
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
