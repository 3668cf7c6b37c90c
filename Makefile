# cardbox — `make run` opens the app on your tarjetero, `make test` runs the whole suite.
# Both install what is missing first (system packages via apt, Python packages into .venv).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PKG_STAMP := $(VENV)/.package-installed

export OMP_THREAD_LIMIT ?= 1

.PHONY: run test system venv bench lint clean package package-test

system:
	@bash scripts/ensure-system.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

venv: system $(STAMP)

run: venv
	$(VENV)/bin/cardbox-gui $(ARGS)

# The whole suite, the bundle build test included (CARDBOX_PACKAGE_TEST=1, about a minute).
test: venv $(PKG_STAMP)
	@bash packaging/ensure-tools.sh
	CARDBOX_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: venv
	$(PY) bench/search.py

lint: venv
	$(PY) -m pip install -q ruff mypy && $(VENV)/bin/ruff check cardbox tests bench && $(VENV)/bin/mypy cardbox


$(PKG_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install -q -e '.[test,package]'
	@touch $(PKG_STAMP)

# The Linux desktop bundle: dist/cardbox/ (one folder, Tesseract inside) and the tarball with install.sh.
package: venv $(PKG_STAMP)
	@bash packaging/ensure-tools.sh
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/cardbox.spec
	$(PY) packaging/make_tarball.py

# Builds the bundle in a temporary folder and runs it without the system Tesseract (a few minutes).
package-test: venv $(PKG_STAMP)
	@bash packaging/ensure-tools.sh
	CARDBOX_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/packaging $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
