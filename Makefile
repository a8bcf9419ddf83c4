# The two set-up commands: `make demo` and `make test` (each runs the bootstrap first).
SWIFT ?= swift

.PHONY: bootstrap build demo test lint format goldens

bootstrap:
	bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build -c release --product nb

demo: build
	.build/release/nb run Notebooks/00_hello.nb --figures figures
	@ls figures/*.svg

test: bootstrap lint
	$(SWIFT) build --product nb
	$(SWIFT) test

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
