# The two commands of README.md: `make run` and `make test`. Both make .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.sqlite3

.PHONY: run test clean screenshots

run: $(VENV)/.installed-run $(DEMO_DB)
	$(BIN)/ontwikkeltafel --db $(DEMO_DB)

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The manual's screenshots (docs/screenshots/handleiding/) from the demo data, at 1280 x 720:
# on a private X screen (Xvfb) when xvfb-run is there, else offscreen.
screenshots: $(VENV)/.installed-test
	if command -v xvfb-run >/dev/null; then \
		xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" $(BIN)/python docs/make_manual_screenshots.py; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_manual_screenshots.py; \
	fi

# The program as one folder, dist/ontwikkeltafel/, that runs without Python (PyInstaller,
# packaging/ontwikkeltafel.spec); packaging/smoke-test runs it. PyInstaller needs objdump.
.PHONY: bundle
bundle: $(VENV)/.installed-bundle
	rm -rf dist/ontwikkeltafel build/bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/bundle packaging/ontwikkeltafel.spec

# The bundle to hand out, named with the version it reports:
# dist/ontwikkeltafel-<version>-linux-<machine>.tar.gz (make bundle first, when missing).
.PHONY: bundle-archive
bundle-archive:
	test -x dist/ontwikkeltafel/ontwikkeltafel || $(MAKE) bundle
	version=$$(dist/ontwikkeltafel/ontwikkeltafel --version | cut -d' ' -f2) && \
		tar -C dist -czf "dist/ontwikkeltafel-$$version-linux-$$(uname -m).tar.gz" ontwikkeltafel && \
		ls -l "dist/ontwikkeltafel-$$version-linux-$$(uname -m).tar.gz"

# The demo database is made from resources/demo/demo.json when it is missing.
$(DEMO_DB): | $(VENV)/.installed-run
	rm -f $@.tmp $@.tmp-wal $@.tmp-shm
	$(BIN)/ontwikkeltafel --db $@.tmp demo
	mv $@.tmp $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache build dist
