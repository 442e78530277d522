"""The contract is written in several files and bundled into the one document tools read."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Api
from tools import bundle_spec, spec_yaml

SOURCES = bundle_spec.SOURCE_DIR


def copy_sources(tmp_path: Path) -> Path:
    target = tmp_path / "openapi"
    shutil.copytree(SOURCES, target)
    return target


def test_committed_bundle_is_what_the_sources_bundle_to() -> None:
    doc = bundle_spec.bundle()
    assert spec_yaml.load(bundle_spec.BUNDLE.read_text()) == doc
    assert bundle_spec.main(["--check"]) == 0


def test_every_tag_contributes_and_every_ref_resolves() -> None:
    doc = bundle_spec.bundle()
    assert doc["paths"]["/Accounts"]["get"]["tags"] == ["Accounts"]
    text = bundle_spec.render(doc)
    for ref in {line.split("'")[1] for line in text.splitlines() if "$ref: '#/" in line}:
        _, _, section, name = ref.split("/")
        assert name in doc["components"][section], ref


def test_a_component_defined_twice_names_its_file(tmp_path: Path) -> None:
    src = copy_sources(tmp_path)
    accounts = src / "schemas" / "accounts.yaml"
    shared = spec_yaml.load((src / "components" / "shared.yaml").read_text())
    name = next(iter(shared["components"]["schemas"]))
    accounts.write_text(
        accounts.read_text() + f"    {name}:\n      type: string\n", encoding="utf-8"
    )
    with pytest.raises(bundle_spec.BundleError, match=rf"schemas/accounts.yaml: schemas/{name}"):
        bundle_spec.bundle(src)


def test_a_file_for_an_unlisted_tag_is_refused(tmp_path: Path) -> None:
    src = copy_sources(tmp_path)
    (src / "paths" / "nothing_here.yaml").write_text("paths: {}\n")
    with pytest.raises(bundle_spec.BundleError, match=r"nothing_here\.yaml: no tag"):
        bundle_spec.bundle(src)


def test_a_path_tagged_for_another_file_is_refused(tmp_path: Path) -> None:
    src = copy_sources(tmp_path)
    health = src / "paths" / "health.yaml"
    health.write_text(
        health.read_text().replace("tags: [Health]", "tags: [Accounts]"), encoding="utf-8"
    )
    with pytest.raises(bundle_spec.BundleError, match=r"health.yaml: GET /health"):
        bundle_spec.bundle(src)


def test_every_top_level_file_is_a_valid_openapi_document() -> None:
    """The root validates on its own, following its references into the other files, as an
    editor or a validator pointed at `openapi/` sees it."""
    top = sorted(SOURCES.glob("*.yaml"))
    assert [path.name for path in top] == ["openapi.yaml"]
    done = subprocess.run(
        [sys.executable, "-m", "openapi_spec_validator", str(top[0])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_path_missing_from_the_root_is_refused(tmp_path: Path) -> None:
    src = copy_sources(tmp_path)
    root = src / "openapi.yaml"
    text = root.read_text()
    listing = '  /health:\n    $ref: "paths/health.yaml#/paths/~1health"\n'
    assert listing in text
    root.write_text(text.replace(listing, ""), encoding="utf-8")
    with pytest.raises(
        bundle_spec.BundleError, match=r"paths not listed under `paths`: \['/health'\]"
    ):
        bundle_spec.bundle(src)
    root.write_text(text.replace("#/paths/~1health", "#/paths/~1Accounts"), encoding="utf-8")
    with pytest.raises(bundle_spec.BundleError, match="/health must read"):
        bundle_spec.bundle(src)


def test_references_across_files_become_internal() -> None:
    text = (SOURCES / "schemas" / "accounts.yaml").read_text()
    assert '"../components/shared.yaml#/components/schemas/' in text
    assert "shared.yaml" not in bundle_spec.BUNDLE.read_text()


async def test_served_contract_keeps_its_references(api: Api) -> None:
    answer = await api.client.get("/v1/openapi.json")
    assert answer.status_code == 200
    served = answer.json()
    assert served == spec_yaml.load(bundle_spec.BUNDLE.read_text())
    account = served["paths"]["/Accounts/{AccountSid}"]["get"]["responses"]["200"]
    assert account["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Account"
    }


async def test_served_contract_is_compressed_and_cacheable(api: Api) -> None:
    plain = await api.client.get("/v1/openapi.json", headers={"Accept-Encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    packed = await api.client.get("/v1/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert int(packed.headers["content-length"]) < len(plain.content) / 4
    assert packed.json() == plain.json()  # httpx decompresses
    etag = plain.headers["etag"]
    assert packed.headers["etag"] == etag
    assert "max-age=" in plain.headers["cache-control"]
    again = await api.client.get("/v1/openapi.json", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""


def test_every_operation_with_a_body_documents_the_edge_bounds() -> None:
    """A body can always be too large (413), too slow (408) or hold a character no store
    keeps (422): every operation that takes one says so."""
    import yaml

    bundle = yaml.safe_load(Path("generated/openapi.yaml").read_text())
    missing = [
        (op["operationId"], code)
        for item in bundle["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
        for code in ("408", "413", "422")
        if code not in op["responses"]
    ]
    assert missing == []
