# Engagement portal: the commands a developer or an office's IT needs.
# `make run` and `make test` are all it takes on a fresh Linux machine with Python 3.11+ and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install run demo migrate test lint format check-python messages vendor-kern bench clean

help: ## Show this help
	@echo "Engagement portal – make targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'
	@echo ""
	@echo "Variables: DATABASE_URL (default: SQLite file var/db.sqlite3), HOST, PORT, PYTEST_ARGS"

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.11)")'

$(STAMP): pyproject.toml | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv with the portal and its development tools

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo content and accounts (safe to repeat)
	$(MANAGE) load_demo

run: demo ## Install, migrate, load demo content and serve on http://127.0.0.1:8000
	@echo "Portal: http://$(HOST):$(PORT)/  –  admin: http://$(HOST):$(PORT)/admin/  (see README for demo accounts)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: install lint ## Lint, check, verify migrations and run the whole test suite
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

lint: install ## Check code style (ruff) and template indentation (djhtml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install ## Rewrite code and templates in the project style
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

messages: install ## Update the de/en message catalogues (needs GNU gettext) and compile them
	$(MANAGE) makemessages --locale de --locale en --ignore ".venv/*" --ignore "var/*" --ignore "tests/*" --no-obsolete
	$(MANAGE) compilemessages --ignore ".venv/*"

bench: install ## Benchmark 1,000 vs 10,000 pages on PostgreSQL, gunicorn, Redis and Varnish (docs/performance.md)
	$(BIN)/python deploy/bench/run.py

KERN_VERSION ?= 2.7.2
KERN_DIR := home/static/vendor/kern
vendor-kern: ## Refresh the vendored KERN UX design system (needs npm; KERN_VERSION=2.7.2)
	rm -rf var/kern && mkdir -p var/kern
	cd var/kern && npm pack --silent @kern-ux/native@$(KERN_VERSION) && tar xzf kern-ux-native-$(KERN_VERSION).tgz
	rm -rf $(KERN_DIR) && mkdir -p $(KERN_DIR)/fonts
	cp var/kern/package/dist/kern.min.css var/kern/package/LICENSE.md $(KERN_DIR)/
	cp var/kern/package/dist/fonts/fira-sans.css $(KERN_DIR)/fonts/
	mkdir -p $(KERN_DIR)/fonts/fira-sans
	grep -o 'FiraSans-[A-Za-z]*\.woff2' $(KERN_DIR)/fonts/fira-sans.css | sort -u | \
	  xargs -I{} cp var/kern/package/dist/fonts/fira-sans/{} $(KERN_DIR)/fonts/fira-sans/
	echo "@kern-ux/native $(KERN_VERSION) (EUPL-1.2), from the npm registry" > $(KERN_DIR)/VERSION

clean: ## Remove the virtualenv and local state (database, media, static files)
	rm -rf $(VENV) var
