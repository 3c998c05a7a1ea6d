#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a bounded time on its seed
# corpus. The smoke run uses the `native` preset's build, which `make test` has built already; the
# long run the optimised `fuzz` preset.
#
#   scripts/fuzz.sh [--smoke|--long] [target...]
#
#   --smoke   about 20 seconds in all, shared between the targets (the default; `make test`)
#   --long    FUZZ_SECONDS per target, 300 unless set (`make fuzz`)
#   target    names such as plan_file_fuzz (default: every tests/fuzz/*_fuzz.cpp)
#
# Seeds come from tests/fuzz/corpus/<name>/ (name = target without "_fuzz") and are never
# written to; what a run discovers goes to build/fuzz-corpus/<target>/, kept between runs. A
# crash, leak, sanitizer report or timeout fails the run with the reproducing input saved under
# build/fuzz-artifacts/<target>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTIFACTS="$ROOT/build/fuzz-artifacts"
WORK_CORPUS="$ROOT/build/fuzz-corpus"

say() { printf 'fuzz: %s\n' "$*"; }
die() { printf 'fuzz: error: %s\n' "$*" >&2; exit 2; }

mode=smoke
targets=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --long) mode=long ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $arg (try --help)" ;;
    *) targets+=("$arg") ;;
  esac
done

if [ ${#targets[@]} -eq 0 ]; then
  for source in "$ROOT"/tests/fuzz/*_fuzz.cpp; do
    [ -e "$source" ] || continue
    targets+=("$(basename "$source" .cpp)")
  done
fi
[ ${#targets[@]} -gt 0 ] || die "no fuzz targets in tests/fuzz/"
for target in "${targets[@]}"; do
  [ -f "$ROOT/tests/fuzz/$target.cpp" ] || die "no such target: $target (expected tests/fuzz/$target.cpp)"
done

command -v clang++ >/dev/null 2>&1 || die "clang++ not found: run scripts/setup-deps.sh"
preset=native
[ "$mode" = long ] && preset=fuzz
BUILD="$ROOT/build/$preset"
say "building the $preset preset's fuzz targets"
(cd "$ROOT" && cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" --target "${targets[@]}" >/dev/null) ||
  die "the fuzz build failed (run: cmake --preset $preset && cmake --build --preset $preset)"

if [ "$mode" = smoke ]; then
  total=20
  seconds=$(( total / ${#targets[@]} ))
  [ "$seconds" -ge 5 ] || seconds=5
else
  seconds="${FUZZ_SECONDS:-300}"
fi

failed=()
total_runs=0
for target in "${targets[@]}"; do
  name="${target%_fuzz}"
  seeds="$ROOT/tests/fuzz/corpus/$name"
  corpus="$WORK_CORPUS/$target"
  artifacts="$ARTIFACTS/$target"
  log="$artifacts/last-run.log"
  mkdir -p "$corpus" "$artifacts"
  options=(
    -max_total_time="$seconds"
    -timeout=10                 # one input taking this long is a bug (the loader's budget is ms)
    -rss_limit_mb=2048
    -max_len=65536
    -print_final_stats=1
    -artifact_prefix="$artifacts/"
  )
  dict="$ROOT/tests/fuzz/$name.dict"
  [ -f "$dict" ] && options+=(-dict="$dict")
  corpora=("$corpus")
  [ -d "$seeds" ] && corpora+=("$seeds")

  say "$target: ${seconds}s ($mode)"
  if "$BUILD/$target" "${options[@]}" "${corpora[@]}" >"$log" 2>&1; then
    runs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)"
    total_runs=$(( total_runs + runs ))
    say "$target: clean, $runs inputs run"
  else
    crash="$(grep -Eo "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //')"
    printf 'fuzz: FAILED: %s found a problem; the report is in %s\n' "$target" "$log" >&2
    grep -E "^(==[0-9]+==ERROR|SUMMARY|.*broken promise|.*runtime error)" "$log" | head -n 5 >&2 || true
    if [ -n "$crash" ]; then
      printf 'fuzz: reproduce with: %s %s\n' "$BUILD/$target" "$crash" >&2
    fi
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  printf 'fuzz: %d of %d targets failed: %s (artifacts under %s)\n' "${#failed[@]}" "${#targets[@]}" "${failed[*]}" "$ARTIFACTS" >&2
  exit 1
fi
say "${#targets[@]} target(s) clean, $total_runs inputs in ${seconds}s each"
