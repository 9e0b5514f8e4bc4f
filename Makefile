# Asylum Desk: `make run` starts the app, `make test` runs lint and every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint unit system-deps benchmark screenshots translations clean package test-package

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Asylum Desk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/asylum-desk

# A vault of invented demo cases; its passphrase is in the README.
DEMO_VAULT := .demo-vault
DEMO_PASSPHRASE := demo passphrase
demo: $(STAMP)
	@test -d $(DEMO_VAULT) || ASYLUM_DESK_PASSPHRASE="$(DEMO_PASSPHRASE)" $(BIN)/asylum-desk demo --vault $(DEMO_VAULT) >/dev/null
	$(BIN)/asylum-desk --vault $(DEMO_VAULT)

system-deps:
	@bash packaging/linux/install-system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check asylum_desk tests scripts
	$(BIN)/mypy asylum_desk
	$(BIN)/lint-imports

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: system-deps lint unit test-package

# PyInstaller (the `package` extra) is installed only to package: make package, test-package.
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	@touch $(PACKAGE_STAMP)

# The one-folder build dist/asylum-desk/ and dist/asylum-desk-VERSION-linux-ARCH.tar.gz
# (packaging/README.md says what is in them and how to build on Windows).
package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller packaging/asylum-desk.spec --noconfirm --distpath dist --workpath build/pyinstaller
	bash packaging/linux/make-tarball.sh dist

# Builds the app with PyInstaller in a temporary folder and runs the built program headless.
test-package: system-deps $(PACKAGE_STAMP)
	ASYLUM_DESK_FROZEN_BUILD=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging/test_frozen_build.py

benchmark: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_case_list_and_search.py
	$(BIN)/python tests/benchmarks/bench_desktop.py
	$(BIN)/python tests/benchmarks/bench_packets.py

# Screenshots of the main screens into docs/screenshots/, under Xvfb when it is installed.
screenshots: $(STAMP)
	@bash packaging/linux/install-system-deps.sh screenshots
	@if command -v xvfb-run >/dev/null 2>&1; then \
		xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python scripts/take_screenshots.py; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/take_screenshots.py; \
	fi

# Interface translations: collect every marked string into the .ts catalogues (existing
# translations are kept; strings no longer in the code are dropped), then compile the .qm
# files the app loads. Both are committed, so a fresh checkout runs translated.
TRANSLATIONS := resources/translations
LANGUAGES := my hi
translations: $(STAMP)
	$(BIN)/python scripts/extract_service_texts.py
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete \
		$$(find asylum_desk/ui -name '*.py' | LC_ALL=C sort) asylum_desk/app.py \
		-ts $(foreach lang,$(LANGUAGES),$(TRANSLATIONS)/asylum_desk_$(lang).ts)
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lrelease $(TRANSLATIONS)/asylum_desk_$$lang.ts \
			-qm $(TRANSLATIONS)/asylum_desk_$$lang.qm || exit 1; \
	done
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lrelease $(TRANSLATIONS)/qt_standard_$$lang.ts \
			-qm $(TRANSLATIONS)/qt_standard_$$lang.qm || exit 1; \
	done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist *.egg-info
