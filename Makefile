# The two commands a newcomer needs: `make run` and `make test`. Both install what they
# need first (a virtualenv in .venv, Node tools in node_modules), so each works alone on a
# fresh clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.install-stamp
NODE_STAMP := node_modules/.install-stamp
# The contract is written as files under openapi/ (its root, valid on its own, is
# SPEC_ROOT); the tools read their bundle, SPEC.
SPEC_ROOT := openapi/openapi.yaml
SPEC := generated/openapi.yaml

.PHONY: help install run migrate bundle generate check-generated lint test test-fast clean \
	bench bench-compare probe \
	clients check-clients docs contract-diff contract-guard ts-test

# Compiled bytecode is kept under .venv (out of the tree) even where the environment says
# PYTHONDONTWRITEBYTECODE: the tests start dozens of server processes, each of which would
# otherwise compile the whole project again.
test test-fast ts-test: export PYTHONDONTWRITEBYTECODE :=
test test-fast ts-test: export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache

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

run: install bundle ## serve the API on http://127.0.0.1:3000/v1 (SQLite by default)
	$(BIN)/jambonz-api serve

migrate: install ## apply database migrations
	$(BIN)/jambonz-api migrate

bundle: install ## bundle the contract's files under openapi/ into generated/openapi.yaml
	@$(BIN)/python -m tools.bundle_spec

generate: bundle ## regenerate generated/ (the bundled contract and the models) from the contract
	$(BIN)/datamodel-codegen

# The temporary output lives inside the repository so that the formatter datamodel-codegen
# runs reads this project's ruff settings, exactly as `make generate` does.
check-generated: install ## fail when generated/ differs from what the contract generates
	@$(BIN)/python -m tools.bundle_spec --check
	@tmp=$$(mktemp -d ./.drift.XXXXXX) && \
	$(BIN)/datamodel-codegen --output $$tmp/models.py && \
	if ! diff -u generated/models.py $$tmp/models.py; then \
	  echo "generated/ is out of date with $(SPEC): run 'make generate' and commit"; rm -rf $$tmp; exit 1; \
	fi; rm -rf $$tmp; echo "generated/ matches the contract"

lint: install $(NODE_STAMP) ## validate the contract, its root and its bundle (spec validator + Redocly), and run ruff
	$(BIN)/python -m openapi_spec_validator $(SPEC_ROOT) $(SPEC)
	npx --no-install redocly lint --config redocly.yaml $(SPEC_ROOT) $(SPEC)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install lint check-generated check-clients contract-guard ## lint, drift checks, contract guard, every test (SQLite, PostgreSQL and MySQL), the TypeScript client's smoke test
	$(MAKE) --no-print-directory ts-test
	$(BIN)/python -m pytest -n auto --dist loadscope

test-fast: install ## the tests alone
	$(BIN)/python -m pytest -x -q

clean: ## remove the virtualenv, node_modules and local databases
	rm -rf $(VENV) node_modules jambonz.db jambonz.db-wal jambonz.db-shm

bench: install ## benchmark with wrk, then calls, then several instances (BENCH_DURATION=5 for a quick run; see bench/README.md)
	@command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
	$(BIN)/python bench/run.py
	$(BIN)/python bench/calls.py
	$(BIN)/python bench/calls.py --levels 1000 --rate 520 --targets
	$(BIN)/python bench/calls.py --levels 10000 --rate 800 --hold 30 --targets
	$(BIN)/python bench/instances.py

probe: install ## the hostile-input probe: every operation sent hostile input on SQLite and PostgreSQL (bench/probe.py)
	$(BIN)/python bench/probe.py

bench-compare: install ## ratios B/A of two bench results: make bench-compare A=old.json B=new.json
	@test -n "$(A)" -a -n "$(B)" || { echo "usage: make bench-compare A=<json> B=<json>"; exit 2; }
	$(BIN)/python bench/compare.py $(A) $(B)

# --- The contract as a product: generated clients, HTML reference, breaking-change guard ---
TS_CLIENT := generated/clients/typescript
TS_STAMP := $(TS_CLIENT)/node_modules/.install-stamp
BASE ?= HEAD~1

$(TS_STAMP): $(TS_CLIENT)/package.json $(TS_CLIENT)/package-lock.json
	cd $(TS_CLIENT) && npm ci --no-audit --no-fund --loglevel=error
	@touch $(TS_STAMP)

clients: install $(TS_STAMP) ## regenerate generated/clients (Python and TypeScript) from the contract, build the TypeScript package (dist/)
	$(BIN)/python -m tools.clients generate

check-clients: install $(TS_STAMP) ## fail when generated/clients differs from what the contract generates
	$(BIN)/python -m tools.clients check

docs: $(NODE_STAMP) ## build the single-file HTML reference docs/index.html (Redoc)
	npx --no-install redocly build-docs $(SPEC) --config redocly.yaml --inlineBundle \
	  --title "jambonz REST API" --output docs/index.html

contract-diff: install ## every contract change since BASE (default HEAD~1), breaking or not
	$(BIN)/python -m tools.contract_diff --base $(BASE)

contract-guard: install ## fail on a breaking contract change since BASE unless the major version rose
	$(BIN)/python -m tools.contract_diff --base $(BASE) --guard --allow-missing-base

ts-test: install $(TS_STAMP) ## start a server and run the TypeScript client's smoke test against it
	$(BIN)/python -m tools.ts_smoke
