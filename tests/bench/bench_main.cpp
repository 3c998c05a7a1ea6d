// The one main() for every benchmark file in tests/bench/ (they are linked into planner_bench
// together): add benchmarks in their own files, never a second BENCHMARK_MAIN.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
