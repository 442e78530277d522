"""The contract as openapi-generator, the most used client generator, reads it.

A developer generating a Go, Java, C# or TypeScript client meets the generator's
validation before anything else, and a schema named after a reserved word or a built-in
type comes out renamed (`Error` -> `ModelError`). The generator is the PyPI package's jar,
run by the machine's Java.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tools import spec_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "openapi.yaml"
CLI = Path(sys.executable).parent / "openapi-generator-cli"
GENERATORS = ("go", "java", "python", "typescript-axios", "csharp")
RENAMED = re.compile(
    r"WARN .* (?P<name>\w+) \((?:reserved word|model name matches existing language type)\)"
)


def run(*args: str) -> str:
    done = subprocess.run([str(CLI), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    return output


def test_validation_finds_no_issue() -> None:
    assert "No validation issues detected." in run("validate", "-i", str(SPEC))


@pytest.mark.parametrize("generator", GENERATORS)
def test_no_schema_is_renamed(generator: str, tmp_path: Path) -> None:
    output = run("generate", "-i", str(SPEC), "-g", generator, "-o", str(tmp_path), "--dry-run")
    schemas = set(spec_yaml.load(SPEC.read_text())["components"]["schemas"])
    renamed = {m.group("name") for m in RENAMED.finditer(output)} & schemas
    assert renamed == set(), f"{generator} renames {sorted(renamed)}"
