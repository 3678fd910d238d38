# discourse: the two commands a newcomer runs are `make report` and `make test`.
# Both create .venv and install from requirements.lock on first use (idempotent).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --quiet --disable-pip-version-check
STAMP := $(VENV)/.setup-done
KERNEL := discourse
# pip's warnings about absent local mirrors are noise; everything else is shown.
QUIET := 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)

.PHONY: setup test report lab lock bench vectors clean help

help:
	@echo "make report   set up, then render every notebook on the bundled corpus into reports/"
	@echo "make test     set up, then run the test suite"
	@echo "make lab      start JupyterLab on notebooks/ with the project's kernel"
	@echo "make setup    only create .venv from requirements.lock (idempotent)"
	@echo "make lock     re-resolve pyproject.toml into requirements.lock"
	@echo "make bench    run the benchmarks (prints figures; asserts nothing)"
	@echo "make vectors  after a change to the stance training data, pack the vectors of its new texts"

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml src/discourse/resources.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# torch first, as the CPU build: anything that pulls torch before it gets a multi-GB CUDA build.
	$(PIP) install torch==2.13.0 $(QUIET)
	$(PIP) install -r requirements.lock $(QUIET)
	$(PIP) install --no-deps -e . $(QUIET)
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (discourse)" > /dev/null
	$(PY) -m discourse.resources prepare
	@touch $(STAMP)

test: setup
	$(PY) -m pytest

report: setup
	$(VENV)/bin/discourse report --out reports

# Kernels talk over encrypted sockets (CurveZMQ) when pyzmq can, as in `discourse report`:
# on a shared machine other users cannot read their traffic on the local TCP ports.
ENCRYPT := $$($(PY) -c "import zmq; print('--MappingKernelManager.transport_encryption=auto' if zmq.has('curve') else '')")

lab: setup
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(ENCRYPT)

bench: setup
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# The package ships the vectors of the stance training texts (src/discourse/data/vectors/),
# so a fresh machine fits the default scorer without embedding them (minutes on 2 cores).
# A test fails when a training text is in no pack; this adds a pack with the missing ones.
vectors: setup
	$(PY) -m discourse.resources pack

# Refresh the lock: resolve the ranges in pyproject.toml in a scratch venv, then freeze.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet torch==2.13.0 $(QUIET)
	.lock-venv/bin/pip install --quiet -e '.[dev]' $(QUIET)
	.lock-venv/bin/pip freeze --exclude-editable | sed -e 's/^torch==\(.*\)+cpu$$/torch==\1/' > requirements.lock
	rm -rf .lock-venv
	@echo "requirements.lock refreshed; review and commit it"

clean:
	rm -rf $(VENV) .nltk_data .cache
	find reports -mindepth 1 ! -name README.md -exec rm -rf {} +
