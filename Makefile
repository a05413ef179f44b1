# branchdesk: the two commands first.
#   make run    start the desk on a local demo branch (created on first run)
#   make test   lint, type-check and run the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BD := $(BIN)/branchdesk
STAMP := $(VENV)/.installed

.PHONY: run test bench lint typecheck pytest i18n qm screenshots selftest clean venv central \
	package package-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP) qm
	@$(BD) status >/dev/null 2>&1 || $(BD) demo
	$(BD)

# The central library's server on this PC: SQLite in the data folder (BRANCHDESK_DATA_DIR),
# or the database BRANCHDESK_CENTRAL_DB names. Ctrl+C stops it.
CENTRAL_PORT ?= 8400
central: $(STAMP)
	$(BD) central serve --host 127.0.0.1 --port $(CENTRAL_PORT)

# The desk's start-up check: opens the main window and prints {"ready_ms": ...}.
selftest: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BD) --self-test

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check branchdesk tests
	$(BIN)/ruff format --check branchdesk tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/pytest -q -p no:cacheprovider tests/perf -m perf -s $(BENCH_ARGS)

# Refresh the catalogues from the sources, then compile them for Qt.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete branchdesk -ts translations/branchdesk_kk.ts translations/branchdesk_ru.ts
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -pluralonly branchdesk -ts translations/branchdesk_en.ts
	$(BIN)/pyside6-lrelease translations/branchdesk_kk.ts translations/branchdesk_ru.ts translations/branchdesk_en.ts

# Compile the catalogues only (what run and the bundle need).
qm: $(STAMP)
	$(BIN)/pyside6-lrelease -silent translations/branchdesk_kk.ts translations/branchdesk_ru.ts translations/branchdesk_en.ts

screenshots: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m branchdesk.ui.screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m branchdesk.ui.wizard_shots

# The desk as a one-folder bundle in dist/branchdesk (PyInstaller; packaging/README.md).
package: $(STAMP) qm
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/branchdesk.spec

# The built bundle's --self-test offscreen; prints its size and start time (one JSON line).
package-check: $(STAMP)
	$(BIN)/python packaging/check_bundle.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
