# briefing: `make site` builds the bundled briefing, `make test` runs every test.
# Both create the virtualenv in .venv/ when it is missing, so they work in any order.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test setup setup-test browser lint docs bench serve check clean

site: $(VENV)/.installed
	$(BIN)/python -m generator build

test: $(VENV)/.installed-test browser
	$(BIN)/ruff check generator tests bench
	$(BIN)/python -m pytest

setup: $(VENV)/.installed

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# Browser tests drive Debian's Chromium (never a downloaded browser). Installed when
# missing and we are root with apt-get; otherwise the browser tests say why they cannot run.
browser:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null || \
	  echo "warning: could not install chromium"; \
	fi

docs: $(VENV)/.installed
	$(BIN)/python -m generator build --no-site --no-history

check: $(VENV)/.installed
	$(BIN)/python -m generator check

serve: $(VENV)/.installed
	$(BIN)/python -m generator serve

lint: $(VENV)/.installed-test
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/suite.py --compare bench/baseline.json
	$(BIN)/python bench/article_extraction.py
	$(BIN)/python bench/conll.py
	$(BIN)/python bench/tempeval.py
	$(BIN)/python bench/scale.py

clean:
	rm -rf site .pytest_cache
