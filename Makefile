# Winnow: the two Quick-start commands (`make demo`, `make test`) and the rest.
# Each target first makes sure PCRE2's development files are installed (Debian/Ubuntu).

SEEDS := $(wildcard seeds/*.txt)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps demo test golden bench format lint docs lexicon html-check spark fuzz sanitize sanitize-address sanitize-thread

## deps: install libpcre2-dev (and pkg-config) with apt-get when pkg-config cannot find libpcre2-8
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libpcre2-8; then \
	  echo "Installing libpcre2-dev and pkg-config with apt-get..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libpcre2-dev pkg-config; \
	fi

## demo: extract every mention from the seed text (release build), as a table
demo: deps
	swift run -c release winnow extract --format table $(SEEDS)

## test: the whole test suite (golden files included; never records them), then every built-in
## rule's examples through `winnow test-rules --builtin`
test: deps
	swift test
	swift run winnow test-rules --builtin

## golden: rewrite the golden files from the current pipeline (then read the diff!)
golden: deps
	RECORD_GOLDEN=1 swift test --filter Golden || true
	git diff --stat Fixtures/golden

## bench: the benchmarks (a package of their own under Benchmarks/)
bench: deps
	cd Benchmarks && ./fetch-corpus.sh && swift package --allow-writing-to-package-directory benchmark

## format: swift-format the sources and tests in place
format:
	swift format --in-place --recursive Sources Tests Benchmarks/Benchmarks Package.swift

## lint: check formatting and that every public declaration is documented (fails on any finding)
lint:
	swift format lint --strict --recursive Sources Tests Package.swift

## docs: build the DocC catalogs of Winnow and PCRE2; any warning fails the build
docs: deps
	swift package generate-documentation --target Winnow --warnings-as-errors
	swift package generate-documentation --target PCRE2 --warnings-as-errors

## lexicon: regenerate Sources/Winnow/Lexicon/BuiltinLexicon+Files.swift from Lexicon/*/*.tsv
lexicon: deps
	RECORD_LEXICON=1 swift test --filter LexiconFilesTests || true
	swift test --filter LexiconFilesTests

## html-check: install Debian's chromium (apt-get) if missing, then render the seed text's
## `--format html` page headless: one highlighted element per mention of each kind, and a
## screenshot in .build/html-check/seed.png
html-check: deps
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "Installing chromium with apt-get..."; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; \
	fi
	swift test --filter HTMLTests
	@echo "screenshot: .build/html-check/seed.png"

## spark: install a headless JDK (apt-get) and PySpark (pip) if missing, then run
## examples/spark in local[2] mode over the benchmark corpus and check that the union of its
## output equals one winnow process's output
spark: deps
	@if ! command -v java >/dev/null 2>&1; then \
	  echo "Installing openjdk-17-jre-headless with apt-get..."; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openjdk-17-jre-headless; \
	fi
	@python3 -c "import pyspark" 2>/dev/null || python3 -m pip install -q pyspark
	swift build -c release --product winnow
	cd Benchmarks && ./fetch-corpus.sh
	python3 examples/spark/check.py --winnow .build/release/winnow --text Benchmarks/corpus/corpus.txt

## fuzz: build and run the two libFuzzer harnesses, FUZZ_SECONDS each (default 600)
FUZZ_SECONDS ?= 600
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

## sanitize: the test suite under AddressSanitizer, then ThreadSanitizer
sanitize: sanitize-address sanitize-thread

sanitize-address: deps
	swift test --sanitize=address --scratch-path .build-asan

sanitize-thread: deps
	swift test --sanitize=thread --scratch-path .build-tsan
