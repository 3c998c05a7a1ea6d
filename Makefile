# The front door. `make serve` sets up, builds and serves the planner; `make test` sets up and runs
# every test. Each target installs what it needs first (scripts/setup-deps.sh, idempotent).
SHELL := /bin/bash
.DEFAULT_GOAL := help
# Emscripten 3.1.6's JS optimiser needs Debian's acorn (see docs/toolchain.md).
export NODE_PATH := /usr/share/nodejs
PORT ?= 8080

.PHONY: help setup native web release serve test dist bench fuzz clean

help:
	@echo "make serve   set up, build and serve the planner on http://127.0.0.1:$(PORT)/"
	@echo "make test    set up and run every test (native + sanitizers, wasm, browser, fuzz smoke)"
	@echo "make dist    dist/web/, dist/planner-offline.html, dist/planner-cli"
	@echo "make bench   the budgets table (download, first frame, idle, frame time, core timings)"
	@echo "make fuzz    the long fuzzing run"

setup:
	@scripts/setup-deps.sh

native: setup
	@cmake --preset native >/dev/null && cmake --build --preset native

web: setup
	@cmake --preset web >/dev/null && cmake --build --preset web

release: setup
	@cmake --preset native-release >/dev/null && cmake --build --preset native-release --target planner-cli

serve: web
	@node scripts/serve.mjs --root build/web/app --port $(PORT)

test: setup
	@scripts/run-tests.sh

dist: web release
	@scripts/make-dist.sh

bench: web release
	@scripts/bench.sh

fuzz: setup
	@scripts/fuzz.sh --long

clean:
	rm -rf build/native build/native-release build/web build/fuzz build/bench build/e2e-artifacts dist
