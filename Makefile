# The two set-up commands: `make demo` and `make test` (each runs the bootstrap first).
SWIFT ?= swift

.PHONY: bootstrap build demo test lint format goldens

bootstrap:
	bash scripts/bootstrap.sh

# After linking, the binary is rewritten by a plain copy: the same bytes, but on this machine
# the freshly linked file runs call-heavy code about a fifth slower than a copy of it (fib(25)
# 10.0 ms against 8.1) while its pages sit in the kernel's cache as the linker wrote them.
build: bootstrap
	$(SWIFT) build -c release --product nb
	cp .build/release/nb .build/release/nb.copy && mv .build/release/nb.copy .build/release/nb

# Runs every notebook in Notebooks/ (figures in figures/, reports in out/) and prints the
# total time of the course's part 1 (notebooks 01-08).
demo: build
	@start=$$(date +%s%N); \
	for nb in Notebooks/*.nb; do \
	  .build/release/nb run --quiet "$$nb" --figures figures --report out > /dev/null || exit 1; \
	  echo "ran $$nb -> out/$$(basename "$$nb" .nb).html"; \
	done; \
	ms=$$(( ($$(date +%s%N) - start) / 1000000 )); \
	echo "all notebooks (the course's part 1) ran in $$((ms / 1000)).$$(printf %03d $$((ms % 1000))) s"

# The suite runs a debug build; the release binary users run is then checked on the language
# fixtures and the notebooks (scripts/check-release.py says why).
test: bootstrap lint
	$(SWIFT) build --product nb
	$(SWIFT) test
	$(SWIFT) build -c release --product nb
	cp .build/release/nb .build/release/nb.copy && mv .build/release/nb.copy .build/release/nb
	python3 scripts/check-release.py

# The code follows .swift-format; `make format` rewrites it in place.
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

# Regenerates test expectations with real python3 + numpy (+ matplotlib).
goldens:
	bash scripts/bootstrap.sh --with-python-refs
	python3 scripts/gen-goldens.py
	python3 scripts/gen-plot-refs.py
	python3 scripts/gen-plot-tables.py
