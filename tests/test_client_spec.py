"""tools/client_spec.py: the client generators' view of the contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tools import client_spec, spec_yaml
from tools.client_spec import ClientSpecError, client_view

SPEC = Path(__file__).resolve().parent.parent / "generated" / "openapi.yaml"


def contract() -> dict[str, Any]:
    return spec_yaml.load(SPEC.read_text())


def operation_ids(doc: dict[str, Any]) -> list[str]:
    return [
        op["operationId"]
        for item in doc["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


def test_operation_ids_are_the_handler_function_names() -> None:
    original, view = contract(), client_view(contract())
    assert [i.rsplit(".", 1)[1] for i in operation_ids(original)] == operation_ids(view)
    assert "create_service_provider" in operation_ids(view)
    links = view["components"]["responses"]["ServiceProviderCreated"]["links"]
    assert links["GetServiceProvider"]["operationId"] == "get_service_provider"
    assert original == contract(), "the contract itself is not touched"


def test_a_clash_of_short_names_is_an_error() -> None:
    doc = contract()
    doc["paths"]["/ServiceProviders"]["get"]["operationId"] = "handlers.other.get_health"
    with pytest.raises(ClientSpecError, match="get_health"):
        client_view(doc)


def test_nullable_refs_are_respelled_for_python_only() -> None:
    prop = {"type": "object", "nullable": True, "allOf": [{"$ref": "#/x"}], "description": "d"}
    doc = contract()
    doc["components"]["schemas"]["ServiceProvider"]["properties"]["registration_hook"] = prop
    typescript = client_view(doc)["components"]["schemas"]["ServiceProvider"]
    assert typescript["properties"]["registration_hook"] == prop
    python = client_view(doc, python=True)["components"]["schemas"]["ServiceProvider"]
    assert python["properties"]["registration_hook"] == {
        "description": "d",
        "oneOf": [{"$ref": "#/x"}, {"$ref": "#/components/schemas/NullValue"}],
    }


def test_cli_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "view.json"
    assert client_spec.main(["--python", str(SPEC), str(out)]) == 0
    view = json.loads(out.read_text())
    assert "get_health" in operation_ids(view)
    assert client_spec.main([]) == 2


def test_unquoted_dates_stay_strings() -> None:
    assert spec_yaml.load("a: 2024-05-01\nb: on\n") == {"a": "2024-05-01", "b": True}
