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

.PHONY: all deps build release test demo eval eval-gate bench lint clean

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

## test: every unit, store, fetch and CLI test (the CLI tests run the built binary).
test: deps
	swift build
	swift test

## eval: score `morgue extract` on both development corpora.
eval: release
	@mkdir -p $(EVAL_OUT)
	$(SCORE) --corpus $(CORPUS)/readability --cmd '$(RELEASE_BIN) extract {file} --format json' \
	  --jobs $(JOBS) --quiet --details $(EVAL_OUT)/readability.csv | tee $(EVAL_OUT)/readability.txt
	$(SCORE) --corpus $(CORPUS)/trafilatura --cmd '$(RELEASE_BIN) extract {file} --format json' \
	  --jobs $(JOBS) --quiet --details $(EVAL_OUT)/trafilatura.csv | tee $(EVAL_OUT)/trafilatura.txt

clean:
	rm -rf .build demo
