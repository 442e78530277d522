"""The clients' READMEs work as written, outside this repository.

Each client is installed the way its README says, into a fresh virtualenv or npm project in
a temporary directory, and the README's code blocks (one script each, in order) run there
against a live server, with an admin token. The Python script runs from that directory, so
it imports the installed package, never the repository's copy; the TypeScript module is
type-checked by `tsc` first, so a README whose types do not hold (a list that would need
`Array.isArray`) fails too. Installing needs the package registries (pip, npm), as
`make install` does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live import live_server

ROOT = Path(__file__).resolve().parent.parent
PY_README = ROOT / "generated" / "clients" / "python" / "README.md"
TS_CLIENT = ROOT / "generated" / "clients" / "typescript"
TS_README = TS_CLIENT / "README.md"
ADMIN = str(uuid.uuid4())
# What a TypeScript project of one's own has, at the versions the client itself is built with.
TS_TOOLS = ("typescript", "@types/node")


def code_blocks(readme: Path, language: str) -> str:
    """Every ```language block of `readme`, in order, as one script."""
    blocks = re.findall(rf"^```{language}\n(.*?)^```$", readme.read_text(), re.S | re.M)
    assert blocks, f"{readme} has no {language} block"
    return "\n".join(blocks)


def marked(readme: Path, name: str) -> list[str]:
    """The commands of the ```sh block between <!-- name:start --> and <!-- name:end -->."""
    block = re.search(
        rf"<!-- {name}:start -->\n```sh\n(.*?)```\n<!-- {name}:end -->", readme.read_text(), re.S
    )
    assert block, f"{readme} has no {name} block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def run(cmd: list[str] | str, cwd: Path, env: dict[str, str], timeout: int = 180) -> str:
    done = subprocess.run(
        cmd,
        cwd=cwd,
        env=env,
        shell=isinstance(cmd, str),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{cmd} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def clone(folder: str, into: Path) -> Path:
    """Copy the files of `folder` a clone of this repository has (tracked, or new and not
    ignored) to `into`, at the same relative path; return `into`. The READMEs' commands run
    in that copy, so that what they build and leave (setuptools builds in place, npm writes
    node_modules/ and dist/) never touches this checkout."""
    listed = run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", folder],
        ROOT,
        dict(os.environ),
    )
    for name in listed.split():
        if (ROOT / name).is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, into / name)
    return into


@pytest.fixture(scope="module")
def api_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("client-readmes")
    with live_server(workdir, JAMBONZ_ADMIN_TOKEN=ADMIN) as (base, _):
        yield f"{base}/v1"


def expect_walkthrough(output: str) -> list[str]:
    """Check what both READMEs' scripts print, whichever client ran them; return the rest."""
    lines = output.splitlines()
    assert re.fullmatch(r"\d+ service providers", lines[0]), output
    created = re.fullmatch(r"created acme-(\w+) with 3 applications", lines[1])
    assert created, output
    names = [f"ivr-{created.group(1)}-{n}" for n in (1, 2, 3)]
    assert [line.split()[0] for line in lines[2:5]] == names, output
    assert all(re.fullmatch(r"\S+ [0-9a-f-]{36}", line) for line in lines[2:5]), output
    assert re.fullmatch(r"404 \S.*", lines[5]), output
    assert re.fullmatch(r"refused: \S.*", lines[6]), output
    pages = [re.fullmatch(r"page (\d+): \[(.*)\] of (\d+)", line) for line in lines[7:9]]
    assert all(pages), output
    assert [
        (int(m.group(1)), re.findall(r"ivr-\w+-\d", m.group(2)), int(m.group(3)))
        for m in pages
        if m
    ] == [(1, names[:2], 3), (2, names[2:], 3)], output
    assert lines[-1] == "cleaned up", output
    return lines[9:-1]


def test_python_readme(api_root: str, tmp_path: Path) -> None:
    assert marked(PY_README, "install") == ["pip install ./generated/clients/python"]
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path, dict(os.environ))
    env = {
        **os.environ,
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "VIRTUAL_ENV": str(venv),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("PYTHONPATH", None)
    # The README's command, as written, from the root of the clone, with the venv's pip.
    repo = clone("generated/clients/python", tmp_path / "clone")
    run(" && ".join(marked(PY_README, "install")), repo, env)

    script = tmp_path / "example.py"
    script.write_text(code_blocks(PY_README, "python"))
    where = run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import jambonz_api_client; print(jambonz_api_client.__file__)",
        ],
        tmp_path,
        env,
    )
    assert where.startswith(str(venv)), where
    output = run(
        [str(venv / "bin" / "python"), str(script)],
        tmp_path,
        {**env, "JAMBONZ_URL": api_root, "JAMBONZ_TOKEN": ADMIN},
        timeout=60,
    )
    assert expect_walkthrough(output) == ["3 applications, asynchronously"], output


def test_typescript_readme(api_root: str, tmp_path: Path) -> None:
    package = json.loads((TS_CLIENT / "package.json").read_text())
    cache = run(["npm", "config", "get", "cache"], tmp_path, dict(os.environ)).strip()
    # `~` in the README's commands is this test's directory; npm keeps its usual cache.
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "npm_config_cache": cache, "npm_config_fund": "false"}
    env["npm_config_audit"] = "false"

    # The README builds the package in the clone (here a copy, see `clone`).
    repo = clone("generated/clients/typescript", tmp_path / "clone")
    build = marked(TS_README, "build")
    assert build[0] == "cd generated/clients/typescript", build
    run(" && ".join(build), repo, env, timeout=300)
    tarball = home / f"jambonz-api-client-{package['version']}.tgz"
    assert tarball.is_file(), sorted(p.name for p in home.iterdir())

    project = tmp_path / "project"
    project.mkdir()
    (project / "package.json").write_text(
        json.dumps({"name": "readme-example", "private": True, "type": "module"})
    )
    tools = [f"{name}@{package['devDependencies'][name]}" for name in TS_TOOLS]
    run(["npm", "install", "--save-dev", "--loglevel=error", *tools], project, env)
    for command in marked(TS_README, "install"):
        run(command, project, env)
    installed = json.loads((project / "package.json").read_text())["dependencies"]
    assert list(installed) == ["jambonz-api-client"], installed
    assert not (project / "node_modules" / "jambonz-api-client").is_symlink()

    (project / "example.ts").write_text(code_blocks(TS_README, "ts"))
    (project / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "target": "ES2022",
                    "module": "NodeNext",
                    "moduleResolution": "NodeNext",
                    "strict": True,
                    "noUncheckedIndexedAccess": True,
                    "types": ["node"],
                },
                "files": ["example.ts"],
            }
        )
    )
    run(["npx", "--no-install", "tsc", "-p", "."], project, env)
    output = run(
        ["node", "example.js"],
        project,
        {**env, "JAMBONZ_URL": api_root, "JAMBONZ_TOKEN": ADMIN},
        timeout=60,
    )
    assert expect_walkthrough(output) == [], output
