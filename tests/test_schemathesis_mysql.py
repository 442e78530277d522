"""Schemathesis against a live server on MySQL (the machine's MariaDB): the same run as
tests/test_schemathesis.py, every operation and every check, 0 failures.

A module of its own, so that pytest-xdist (`--dist loadscope` groups a module's tests on
one worker) runs it beside the SQLite and PostgreSQL runs rather than after them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import database_on
from tests.test_schemathesis import live, test_schemathesis_all_checks

__all__ = ["live", "test_schemathesis_all_checks"]


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from database_on("mysql", tmp_path_factory)
