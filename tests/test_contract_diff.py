"""tools/contract_diff.py: every kind of change is found and classified the right way."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import contract_diff, spec_yaml
from tools.contract_diff import Change, diff, guard

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "openapi.yaml"


def contract() -> dict[str, Any]:
    return spec_yaml.load(SPEC.read_text())


def base() -> dict[str, Any]:
    """A small document with a request schema, a response schema, a $ref'd enum and a cycle."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.2.0"},
        "security": [{"bearer": []}],
        "paths": {
            "/Things": {
                "post": {
                    "operationId": "handlers.things.create_thing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingCreate"}
                            }
                        },
                    },
                    "responses": {
                        "201": {"description": "made"},
                        "400": {"$ref": "#/components/responses/BadRequest"},
                    },
                },
                "get": {
                    "operationId": "handlers.things.list_things",
                    "tags": ["Things"],
                    "parameters": [
                        {"name": "name", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "the things",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Thing"},
                                    }
                                }
                            },
                        }
                    },
                },
            },
            "/Things/{ThingSid}": {
                "parameters": [
                    {
                        "name": "ThingSid",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "delete": {
                    "operationId": "handlers.things.delete_thing",
                    "tags": ["Things"],
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/health": {
                "get": {
                    "operationId": "handlers.health.get_health",
                    "tags": ["Health"],
                    "security": [],
                    "responses": {"200": {"description": "up"}},
                }
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {
                "BadRequest": {
                    "description": "bad",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                }
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["msg"],
                    "properties": {"msg": {"type": "string"}},
                },
                "Color": {"type": "string", "enum": ["red", "blue"]},
                "ThingCreate": {
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "properties": {
                        "name": {"type": "string", "maxLength": 64},
                        "color": {"$ref": "#/components/schemas/Color"},
                        "size": {"type": "number"},
                        "note": {"type": "string", "nullable": True},
                        "parent": {"oneOf": [{"$ref": "#/components/schemas/Node"}]},
                    },
                },
                "Thing": {
                    "type": "object",
                    "required": ["sid", "name", "color"],
                    "properties": {
                        "sid": {"type": "string"},
                        "name": {"type": "string", "maxLength": 64},
                        "color": {"$ref": "#/components/schemas/Color"},
                        "parent": {"$ref": "#/components/schemas/Node"},
                    },
                },
                "Node": {
                    "type": "object",
                    "properties": {"child": {"$ref": "#/components/schemas/Node"}},
                },
            },
        },
    }


def changed(edit: Any) -> dict[tuple[str, str], bool]:
    """Apply `edit` to a copy of base(); return {(where, what): breaking}."""
    new = copy.deepcopy(base())
    edit(new)
    return {(c.where, c.what): c.breaking for c in diff(base(), new).changes}


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]


def test_identical_documents_have_no_changes() -> None:
    assert diff(base(), base()).changes == {}
    assert diff(contract(), contract()).changes == {}


def test_operations_removed_added_and_renamed() -> None:
    def edit(doc: dict[str, Any]) -> None:
        del doc["paths"]["/Things/{ThingSid}"]["delete"]
        doc["paths"]["/Things"]["put"] = {"operationId": "x.y.put_things", "responses": {}}
        doc["paths"]["/Things"]["get"]["operationId"] = "handlers.things.find_things"

    found = changed(edit)
    assert found[("DELETE /Things/{ThingSid}", "operation removed")] is True
    assert found[("PUT /Things", "operation added")] is False
    renamed = [w for (where, w) in found if where == "GET /Things" and "operationId" in w]
    assert renamed and all(found[("GET /Things", w)] for w in renamed)


def test_renaming_a_path_parameter_breaks_nobody() -> None:
    def edit(doc: dict[str, Any]) -> None:
        item = doc["paths"].pop("/Things/{ThingSid}")
        item["parameters"][0]["name"] = "Sid"
        doc["paths"]["/Things/{Sid}"] = item

    found = changed(edit)
    assert found, "the rename is still listed"
    assert not any(found.values()), found


def test_request_schema_narrowing_breaks_and_widening_does_not() -> None:
    def narrow(doc: dict[str, Any]) -> None:
        create = schemas(doc)["ThingCreate"]
        create["required"].append("color")
        create["properties"]["name"]["maxLength"] = 10
        create["properties"]["size"]["type"] = "integer"
        create["properties"]["note"]["nullable"] = False
        del create["properties"]["parent"]
        schemas(doc)["Color"]["enum"] = ["red"]

    found = changed(narrow)
    assert found == {
        ("ThingCreate.color (in requests)", "became required"): True,
        ("ThingCreate.name (in requests)", "maxLength 64 -> 10"): True,
        ("ThingCreate.size (in requests)", "type number -> integer"): True,
        ("ThingCreate.note (in requests)", "no longer nullable"): True,
        ("ThingCreate.parent (in requests)", "property removed"): True,
        ("Color (in requests)", "enum value 'blue' removed"): True,
        ("Color (in responses)", "enum value 'blue' removed"): False,
    }

    def widen(doc: dict[str, Any]) -> None:
        create = schemas(doc)["ThingCreate"]
        create["required"] = []
        create["properties"]["name"]["maxLength"] = 128
        create["properties"]["extra"] = {"type": "string"}
        create["additionalProperties"] = True

    found = changed(widen)
    assert found and not any(found.values()), found


def test_response_changes_are_judged_from_the_reader_side() -> None:
    def edit(doc: dict[str, Any]) -> None:
        thing = schemas(doc)["Thing"]
        thing["required"].remove("name")
        thing["properties"]["created_at"] = {"type": "string"}
        thing["properties"]["name"]["maxLength"] = 32
        schemas(doc)["Color"]["enum"].append("green")

    found = changed(edit)
    assert found[("Thing.name (in responses)", "no longer required")] is True
    assert found[("Thing.created_at (in responses)", "property added")] is False
    assert found[("Thing.name (in responses)", "maxLength 64 -> 32")] is False
    assert found[("Color (in responses)", "enum value 'green' added")] is True
    assert found[("Color (in requests)", "enum value 'green' added")] is False

    found = changed(lambda doc: schemas(doc)["Thing"]["properties"].pop("sid"))
    assert found == {("Thing.sid (in responses)", "property removed"): True}


def test_a_changed_status_code_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        responses = doc["paths"]["/Things"]["post"]["responses"]
        responses["200"] = responses.pop("201")

    assert changed(edit) == {
        ("POST /Things response 201", "removed"): True,
        ("POST /Things response 200", "added"): False,
    }


def test_parameters() -> None:
    def required(doc: dict[str, Any]) -> None:
        doc["paths"]["/Things"]["get"]["parameters"][0]["required"] = True

    assert changed(required) == {("GET /Things query parameter name", "became required"): True}

    def added(doc: dict[str, Any]) -> None:
        params = doc["paths"]["/Things"]["get"]["parameters"]
        params.append({"name": "page", "in": "query", "schema": {"type": "integer"}})
        params.append({"name": "x", "in": "header", "required": True, "schema": {"type": "string"}})

    assert changed(added) == {
        ("GET /Things query parameter page", "added"): False,
        ("GET /Things header parameter x", "added (required)"): True,
    }
    removed = changed(lambda doc: doc["paths"]["/Things"]["get"].pop("parameters"))
    assert removed == {("GET /Things query parameter name", "removed"): True}


def test_request_body_and_security() -> None:
    def edit(doc: dict[str, Any]) -> None:
        del doc["paths"]["/Things"]["post"]["requestBody"]
        doc["paths"]["/health"]["get"]["security"] = [{"bearer": []}]

    found = changed(edit)
    assert found[("POST /Things request body", "removed")] is True
    assert found[("GET /health", "security: no authentication no longer accepted")] is True
    assert found[("GET /health", "security: bearer now accepted")] is False


def test_documentation_changes_are_listed_as_not_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/Things"]["post"]["summary"] = "Create a thing"
        schemas(doc)["Thing"]["properties"]["name"]["description"] = "Its name."
        doc["components"]["responses"]["BadRequest"]["description"] = "Bad request"

    found = changed(edit)
    assert found == {
        ("POST /Things", "summary changed"): False,
        ("Thing.name (in responses)", "description changed"): False,
        ("POST /Things response 400", "description changed"): False,
    }


def test_shared_schema_change_names_every_operation_using_it() -> None:
    new = contract()
    plan_types = schemas(new)["PlanType"]["enum"]
    plan_types.remove("free")
    report = diff(contract(), new)
    change = Change("PlanType (in requests)", "enum value 'free' removed", True)
    assert change in report.breaking
    assert "POST /Accounts" in report.changes[change]
    assert len(report.changes[change]) > 1
    text = "\n".join(report.lines("old", "new"))
    assert "PlanType (in requests): enum value 'free' removed" in text
    assert "used by" in text


def test_recursive_schemas_terminate() -> None:
    def edit(doc: dict[str, Any]) -> None:
        schemas(doc)["Node"]["properties"]["child"] = {"$ref": "#/components/schemas/Node"}
        schemas(doc)["Node"]["properties"]["label"] = {"type": "string"}

    found = changed(edit)
    assert found[("Node.label (in responses)", "property added")] is False
    assert found[("Node.label (in requests)", "property added")] is False


def test_removed_schema_component_is_breaking_for_generated_clients() -> None:
    def edit(doc: dict[str, Any]) -> None:
        schemas(doc)["Spare"] = {"type": "string"}

    assert changed(edit) == {("schema Spare", "added"): False}
    old = copy.deepcopy(base())
    schemas(old)["Spare"] = {"type": "string"}
    report = diff(old, base())
    assert [(c.where, c.breaking) for c in report.changes] == [("schema Spare", True)]


@pytest.mark.parametrize(
    ("old_version", "new_version", "breaking", "ok"),
    [
        ("1.2.0", "1.3.0", False, True),
        ("1.2.0", "1.3.0", True, False),
        ("1.2.0", "1.2.0", True, False),
        ("1.2.0", "2.0.0", True, True),
        ("1.2.0", "banana", True, False),
    ],
)
def test_guard(old_version: str, new_version: str, breaking: bool, ok: bool) -> None:
    old, new = base(), base()
    new["info"]["version"] = new_version
    if breaking:
        del new["paths"]["/Things/{ThingSid}"]
    allowed, why = guard(diff(old, new))
    assert allowed is ok, why
    assert ("not raised" in why) is (not ok)


def test_cli_guard_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(base()))
    broken = base()
    del broken["paths"]["/health"]
    new.write_text(yaml.safe_dump(broken))
    args = ["--old", str(old), "--new", str(new)]
    assert contract_diff.main(args) == 0, "a plain report never fails"
    assert contract_diff.main([*args, "--guard"]) == 1
    out = capsys.readouterr().out
    assert "BREAKING (1)\n  - GET /health: operation removed" in out
    assert "major part was not raised" in out
    broken["info"]["version"] = "2.0.0"
    new.write_text(yaml.safe_dump(broken))
    assert contract_diff.main([*args, "--guard"]) == 0


def test_cli_against_git_refs() -> None:
    run = [sys.executable, "-m", "tools.contract_diff"]
    done = subprocess.run([*run, "--base", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Contract changes: HEAD (info.version ")
    missing = [*run, "--base", "no-such-ref-anywhere"]
    done = subprocess.run(missing, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert "no generated/openapi.yaml at no-such-ref-anywhere" in done.stdout
    done = subprocess.run(
        [*missing, "--guard", "--allow-missing-base"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0
