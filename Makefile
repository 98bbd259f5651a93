# Two commands set everything up on a fresh machine (python3 + pip):
#   make demo   install rasid in .venv and analyse a bundled example article
#   make test   install rasid with its test dependencies in .venv and run the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench bench-times install clean

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

# times vs dateparser (and puckling, which needs Python >= 3.13: a venv for it is built when one is found)
PY313 ?= $(firstword $(foreach p,python3.14 python3.13,$(shell $(p) -c 'import sys' >/dev/null 2>&1 && command -v $(p))) $(wildcard $(HOME)/.pyenv/versions/3.1[34]*/bin/python3.1[34]))
bench-times: $(BIN)/rasid
	@if [ -n "$(PY313)" ] && [ ! -x .venv-puckling/bin/python ]; then \
	  $(PY313) -m venv .venv-puckling && .venv-puckling/bin/python -m pip install -q puckling; fi
	$(BIN)/python bench/times.py

clean:
	rm -rf $(VENV) .venv-puckling build *.egg-info src/*.egg-info .pytest_cache
