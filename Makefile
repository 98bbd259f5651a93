# Two commands set everything up on a fresh machine (python3 + pip):
#   make demo   install rasid in .venv and analyse a bundled example article
#   make test   install rasid with its test dependencies in .venv and run the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench install clean

$(BIN)/rasid: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(BIN)/rasid

install: $(BIN)/rasid

demo: $(BIN)/rasid
	$(BIN)/rasid analyze examples/cairo_talks.txt --published 2019-08-21 --format text

test: $(BIN)/rasid
	$(BIN)/python -m pytest

bench: $(BIN)/rasid
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
