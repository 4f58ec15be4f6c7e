# morgue — build, test, measure.
SHELL := /bin/bash
SHARED ?= ../shared
CORPUS ?= $(SHARED)/corpus
SCORE := python3 $(SHARED)/eval/score.py
RELEASE_BIN := .build/release/morgue
DEBUG_BIN := .build/debug/morgue
JOBS ?= 2
DEB_PACKAGES := libxml2-dev libsqlite3-dev zlib1g-dev pkg-config
EVAL_OUT ?= .build/eval
DEMO ?= demo

.PHONY: all deps build release test demo eval eval-gate lint bench clean

all: build

## deps: install the Debian -dev packages morgue links against, when missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build

release: deps
	swift build -c release

## test: build, then every unit, store, fetch, archiving and CLI test (CLI tests run the built binary).
test: deps lint
	swift build --build-tests
	swift test --skip-build

## demo: archive the bundled fixtures into ./demo/archive.sqlite and export them to ./demo/markdown/.
demo: build
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	@echo "== morgue import fixtures/ --db $(DEMO)/archive.sqlite"
	-@$(DEBUG_BIN) import fixtures/ --db $(DEMO)/archive.sqlite
	@echo
	@echo "== morgue list --db $(DEMO)/archive.sqlite"
	@$(DEBUG_BIN) list --db $(DEMO)/archive.sqlite
	@echo
	@echo "== morgue export --format markdown --out $(DEMO)/markdown/ --db $(DEMO)/archive.sqlite"
	@$(DEBUG_BIN) export --format markdown --out $(DEMO)/markdown/ --db $(DEMO)/archive.sqlite
	@ls $(DEMO)/markdown/
	@echo
	@echo "The archive is $(DEMO)/archive.sqlite; try: $(DEBUG_BIN) show 1 --db $(DEMO)/archive.sqlite"

## eval: score `morgue extract` (release build) on both development corpora.
eval: release
	@mkdir -p $(EVAL_OUT)
	$(SCORE) --corpus $(CORPUS)/readability --cmd '$(RELEASE_BIN) extract {file} --format json' \
	  --jobs $(JOBS) --quiet --details $(EVAL_OUT)/readability.csv | tee $(EVAL_OUT)/readability.txt
	$(SCORE) --corpus $(CORPUS)/trafilatura --cmd '$(RELEASE_BIN) extract {file} --format json' \
	  --jobs $(JOBS) --quiet --details $(EVAL_OUT)/trafilatura.csv | tee $(EVAL_OUT)/trafilatura.txt

## eval-gate: fail when a corpus figure falls below its floor in eval/floors.json.
## Uses the debug binary `make test` built (extraction is deterministic: same figures as release).
eval-gate: build
	python3 eval/gate.py --bin $(DEBUG_BIN) --shared $(SHARED) --jobs $(JOBS)

## lint: only MorgueDOM may import libxml2; only MorgueStore may import GRDB.
lint:
	@bad=$$(grep -rln "import CLibXML2" Sources Tests | grep -v "^Sources/MorgueDOM/" || true); \
	if [ -n "$$bad" ]; then echo "lint: libxml2 imported outside MorgueDOM: $$bad"; exit 1; fi
	@bad=$$(grep -rln "^import GRDB" Sources | grep -v "^Sources/MorgueStore/" || true); \
	if [ -n "$$bad" ]; then echo "lint: GRDB imported outside MorgueStore: $$bad"; exit 1; fi

clean:
	rm -rf .build $(DEMO)

## bench: speed and memory against trafilatura in one run (PAGES=10000, SAMPLE=500 for the peer).
PAGES ?= 10000
SAMPLE ?= 500
bench: deps
	bench/run.sh $(PAGES) $(SAMPLE)
