# The two commands a newcomer needs: `make run` and `make test`. Both install what they
# need first (a virtualenv in .venv, Node tools in node_modules), so each works alone on a
# fresh clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
NODE_STAMP := node_modules/.install-stamp
SPEC := openapi/jambonz.yaml

.PHONY: help install run migrate generate check-generated lint test test-fast clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

install: $(STAMP) ## create .venv and install the project with its pinned dependencies

run: install ## serve the API on http://127.0.0.1:3000/v1 (SQLite by default)
	$(BIN)/jambonz-api serve

migrate: install ## apply database migrations
	$(BIN)/jambonz-api migrate

generate: install ## regenerate generated/ from the contract
	$(BIN)/datamodel-codegen

check-generated: install ## fail when generated/ differs from what the contract generates
	@tmp=$$(mktemp -d) && \
	$(BIN)/datamodel-codegen --output $$tmp/models.py && \
	if ! diff -u generated/models.py $$tmp/models.py; then \
	  echo "generated/ is out of date with $(SPEC): run 'make generate' and commit"; rm -rf $$tmp; exit 1; \
	fi; rm -rf $$tmp; echo "generated/ matches the contract"

lint: install $(NODE_STAMP) ## validate the contract (spec validator + Redocly) and run ruff
	$(BIN)/python -m openapi_spec_validator $(SPEC)
	npx --no-install redocly lint --config openapi/redocly.yaml $(SPEC)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install lint check-generated ## lint, drift check, then every test (SQLite and PostgreSQL)
	$(BIN)/python -m pytest

test-fast: install ## the tests alone
	$(BIN)/python -m pytest -x -q

clean: ## remove the virtualenv, node_modules and local databases
	rm -rf $(VENV) node_modules jambonz.db jambonz.db-wal jambonz.db-shm
