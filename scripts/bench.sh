#!/usr/bin/env bash
# `make bench`: prints where the download's bytes are (tests/bench/download-sizes.mjs), then
# measures every budget and prints the budgets table (tests/bench/budgets.mjs).
#   browser: the planner and Dear ImGui's stock GLFW/WebGL2 demo (built by
#            build-reference-demo.sh with the same toolchain), loaded the same way in Chromium
#   core:    Google Benchmark (tests/bench/*.cpp) from the native release build
# Expects `make web release` to have run (make bench does).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
mkdir -p build/bench
scripts/build-reference-demo.sh
cmake --build --preset native-release --target planner_bench planner_large_plan >/dev/null 2>&1 || true
core_json=build/bench/core.json
rm -f "$core_json"
if [ -x build/native-release/planner_bench ]; then
  build/native-release/planner_bench --benchmark_format=json --benchmark_out="$core_json" \
    --benchmark_out_format=json --benchmark_min_time=0.2 >/dev/null
fi
large_plan=build/bench/large-plan.json
rm -f "$large_plan"
[ -x build/native-release/planner_large_plan ] && build/native-release/planner_large_plan > "$large_plan"
echo
node tests/bench/download-sizes.mjs --app build/web/app --split build/web/split --objects build/web \
  --json build/bench/download-sizes.json
node tests/bench/browser-bench.mjs --runs 5 --large-plan "$large_plan" > build/bench/browser.json
echo
node tests/bench/budgets.mjs build/bench/browser.json "$core_json"
