#!/usr/bin/env bash
# Every test, in the order that fails fastest, with one summary line at the end (CI reads it):
#   0. format: every C++ file as .clang-format lays it out (scripts/format.sh --check)
#   1. native: the core, CLI and app tests built with AddressSanitizer + UBSan (ctest)
#   2. fuzz:   a short bounded run of every libFuzzer target (scripts/fuzz.sh --smoke)
#   3. wasm:   the same unit tests built with Emscripten and run under node (ctest)
#   4. e2e:    the built app in Debian's Chromium through real input events (node --test)
#   5. e2e-firefox: the smoke suite in Debian's Firefox ESR, headed on a private Xvfb display
# Every stage runs even if an earlier one failed, so one run shows everything; the exit status is
# non-zero when any stage failed. Expects scripts/setup-deps.sh to have run (make test does).
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs

LOG_DIR=build/test-logs
mkdir -p "$LOG_DIR"
started=$(date +%s)
declare -a summary=()
failed=0

stage() {  # stage NAME COMMAND...: runs, tees to a log, records "NAME ok|FAILED (detail)"
  local name=$1; shift
  local log="$LOG_DIR/$name.log"
  local t0; t0=$(date +%s)
  printf '\n==== %s ====\n' "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local detail; detail=$(stage_detail "$name" "$log")
  local took=$(( $(date +%s) - t0 ))
  if [ "$status" -eq 0 ]; then
    summary+=("$name ok${detail:+ ($detail)} ${took}s")
  else
    summary+=("$name FAILED${detail:+ ($detail)} ${took}s")
    failed=1
  fi
}

stage_detail() {  # a short count of what ran, read off each tool's own closing lines
  case "$1" in
    native|wasm)
      # ctest keeps each test's full output in LastTest.log: GoogleTest's own counts are there.
      local tree=$1; [ "$1" = wasm ] && tree=web
      local gtest; gtest=$(grep -Eho '\[  PASSED  \] [0-9]+ tests?' "build/$tree/Testing/Temporary/LastTest.log" 2>/dev/null |
                           awk '{ n += $4 } END { if (NR) print n }')
      local ctest; ctest=$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$2" | tail -1)
      echo "${gtest:+$gtest unit tests passed; }${ctest:-no ctest summary}" ;;
    e2e|e2e-firefox)
      local pass fail cancelled
      pass=$(grep -Eo '^# pass [0-9]+' "$2" | grep -Eo '[0-9]+'); fail=$(grep -Eo '^# fail [0-9]+' "$2" | grep -Eo '[0-9]+')
      # A failed before() hook (no browser, no display) cancels every test and fails none.
      cancelled=$(grep -Eo '^# cancelled [1-9][0-9]*' "$2" | grep -Eo '[0-9]+')
      echo "${pass:-0} passed, ${fail:-?} failed${cancelled:+, $cancelled cancelled}" ;;
    fuzz)
      grep -Eo '^fuzz: .*' "$2" | tail -1 | sed 's/^fuzz: //' ;;
  esac
}

native() {
  cmake --preset native >/dev/null && cmake --build --preset native && ctest --preset native -j2
}

fuzz_smoke() {
  if [ -x scripts/fuzz.sh ]; then scripts/fuzz.sh --smoke; else echo "fuzz: no fuzz targets yet"; fi
}

wasm() {
  cmake --preset web >/dev/null && cmake --build --preset web && ctest --preset web
}

# The Chromium suite is tests/e2e/*.test.mjs only: given the folder, node would also run the
# Firefox suite in tests/e2e/firefox/, which has its own stage. Two files at a time: each has its
# own browser, server and storage, and a file spends much of its time waiting on its browser.
e2e() {
  node --test --test-concurrency=2 --test-reporter=tap tests/e2e/*.test.mjs
}

e2e_firefox() {
  node --test --test-concurrency=1 --test-reporter=tap tests/e2e/firefox/
}

stage format scripts/format.sh --check
stage native native
stage fuzz fuzz_smoke
stage wasm wasm
stage e2e e2e
stage e2e-firefox e2e_firefox

elapsed=$(( $(date +%s) - started ))
printf '\n==== summary ====\n'
printf '  %s\n' "${summary[@]}"
if [ $failed -eq 0 ]; then
  printf 'make test: PASSED in %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
else
  printf 'make test: FAILED in %dm%02ds (logs in %s)\n' $((elapsed / 60)) $((elapsed % 60)) "$LOG_DIR"
fi
exit $failed
