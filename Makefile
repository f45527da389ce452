# Signaalwijzer Mensenhandel. Quick start: `make run` (serve on http://127.0.0.1:8000), `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Local run over plain http on this machine; production sets its own environment (docs/deployment.md).
# A random secret key is made once per checkout in var/secret_key (never committed).
LOCAL_ENV = DJANGO_HTTPS=0 ALLOWED_HOSTS=127.0.0.1,localhost SIGNAALWIJZER_HOME=$(CURDIR) \
	SECRET_KEY="$$(cat var/secret_key)"

.PHONY: install install-dev assets messages static db run serve test test-engine test-web test-e2e check format bench eval eval-own train clean openapi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# NL Design System CSS from npm (lockfile, no install scripts), copied next to our own static files.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

assets: node_modules/.package-lock.json
	$(PYTHON) scripts/copy_vendor_assets.py

messages: install
	cd src/signaalwijzer/web && $(abspath $(BIN))/django-admin compilemessages --ignore=.venv >/dev/null

var/secret_key:
	mkdir -p var
	umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

static: install assets messages var/secret_key
	$(LOCAL_ENV) $(BIN)/signaalwijzer manage collectstatic --noinput -v0

db: install var/secret_key
	$(LOCAL_ENV) $(BIN)/signaalwijzer manage migrate --noinput -v0
	$(LOCAL_ENV) $(BIN)/signaalwijzer manage createcachetable

run: install static db
	$(LOCAL_ENV) $(BIN)/signaalwijzer serve --host $(HOST) --port $(PORT)

# Rewrite docs/openapi.json from the code (tests/web/api/test_openapi.py fails while it is stale).
openapi: install
	DJANGO_SETTINGS_MODULE=signaalwijzer.web.settings_test $(BIN)/signaalwijzer manage api_schema

check: install-dev
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/mypy bench scripts tests
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

test-engine: install-dev
	$(BIN)/pytest -q tests/engine tests/knowledge tests/cli

test-web: install-dev assets messages
	$(BIN)/pytest -q tests/web

test-e2e: install-dev assets messages
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -q -m e2e tests/e2e

# WhiteNoise warns on every request while STATIC_ROOT does not exist; the tests need no collected files.
test: install-dev assets messages check
	mkdir -p var/static
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -q -p no:cacheprovider

# Development cases (all, then the third kept out of tuning), then our own held-out batch,
# which no pattern and no training has seen.
eval: install
	$(BIN)/signaalwijzer evaluate ../shared/eval/dev.jsonl
	$(BIN)/signaalwijzer evaluate ../shared/eval/dev.jsonl --split heldout | head -12
	@for held in eval/heldout/*.jsonl; do \
	  echo "== $$held (held out: never tuned or trained on)"; \
	  $(BIN)/signaalwijzer evaluate $$held | head -12; \
	done

# The engine's learned second opinion: retrain after changing patterns or weights.
train: install
	$(BIN)/python scripts/train_learned_model.py

# Our own labelled cases, scored one file at a time by a model trained without that file.
eval-own: install
	@for held in eval/cases/team_*.jsonl; do \
	  $(BIN)/python scripts/train_learned_model.py --leave-out $$held --out var/model-without.json; \
	  echo "== $$held (learned layer trained without it)"; \
	  $(BIN)/signaalwijzer evaluate $$held --learned-model var/model-without.json | head -12; \
	done

bench: install-dev static db
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) node_modules var
