// The plan file: saving and loading the large plan, and refusing hostile files of 1 MiB each
// (budget: < 100 ms for any one of them; `make bench` reads BM_RejectHostileFile).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>
#include <vector>

#include "core/files/plan_file.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/sample_plans.hpp"

namespace planner {
namespace {

constexpr std::string_view kSavedAt = "2027-01-04T09:30:00Z";
constexpr std::size_t kMiB = 1024 * 1024;

const Plan& large_plan() {
  static const Plan plan = make_large_plan(default_catalogue());
  return plan;
}

void BM_SaveLargePlan(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string text = save_plan_file(large_plan(), kSavedAt);
    bytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.counters["file_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_SaveLargePlan)->Unit(benchmark::kMillisecond);

void BM_LoadLargePlan(benchmark::State& state) {
  const std::string text = save_plan_file(large_plan(), kSavedAt);
  for (auto _ : state) {
    const LoadResult result = load_plan_file(text, default_catalogue());
    if (result.status != LoadStatus::ok) state.SkipWithError("the large plan did not load");
    benchmark::DoNotOptimize(result.plan);
  }
  state.counters["file_bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_LoadLargePlan)->Unit(benchmark::kMillisecond);

// ---- hostile files: each about 1 MiB, each aimed at a different cost ----

struct Hostile {
  std::string name;
  std::string text;
};

std::string repeat_until_mebibyte(std::string head, const std::string& unit, const std::string& tail) {
  while (head.size() + unit.size() + tail.size() <= kMiB) head += unit;
  return head + tail;
}

const std::vector<Hostile>& hostile_files() {
  static const std::vector<Hostile> files = [] {
    const std::string envelope = R"({"format": "apprenticeship-plan", "schemaVersion": 1, "plan": )";
    std::vector<Hostile> out;
    // Stack depth: a recursive reader or a recursive copy/dump overflows on these.
    out.push_back({"deep_arrays", std::string(kMiB, '[')});
    out.push_back({"deep_objects", repeat_until_mebibyte(envelope, R"({"a": )", "")});
    // One allocation per container: nlohmann's own callback parser is quadratic here.
    out.push_back({"empty_objects", repeat_until_mebibyte(envelope + "[", "{},", "{}]}")});
    out.push_back({"many_keys", repeat_until_mebibyte(envelope + "{", R"("k": 0, )", R"("z": 0}})")});
    // Numbers beyond int64 (silently doubles in nlohmann) and beyond a double.
    out.push_back({"huge_integers", repeat_until_mebibyte(envelope + "[", "123456789012345678901234567890, ", "1]}")});
    out.push_back({"overflowing_numbers", repeat_until_mebibyte(envelope + "[", "1e400, ", "1]}")});
    // One string of a mebibyte, and a mebibyte of escapes.
    out.push_back({"long_string", envelope + "\"" + std::string(kMiB - envelope.size() - 3, 'x') + "\"}"});
    out.push_back({"escaped_string", repeat_until_mebibyte(envelope + "\"", "\\u00e9", "\"}")});
    // Plan-shaped: the largest list allowed, every item wrong, so validation does the most work.
    std::string activity =
        R"({"id": "a", "type": "golf", "title": "t", "date": "2027-02-30", "hours": -1, "withWhom": "", )"
        R"("role": "", "focus": "", "standards": ["x", "x"], "behaviours": [], "reflectionWords": 3000000000, )"
        R"("status": "maybe", "notes": ""}, )";
    out.push_back({"bad_activities",
                   repeat_until_mebibyte(R"({"format": "apprenticeship-plan", "schemaVersion": 1, "appVersion": "1", )"
                                         R"("savedAt": "2027-01-04T09:30:00Z", "plan": {"activities": [)",
                                         activity, "{}]}}")});
    // Well-formed until a key repeats at the very end: the whole document is built first.
    out.push_back({"late_duplicate_key", repeat_until_mebibyte(envelope + "[", R"("abcdefghijklmnopqrstuvwxyz", )",
                                                               R"("z"], "format": "x"})")});
    return out;
  }();
  return files;
}

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The slowest of the hostile files, measured afresh in every iteration: the budget is per file.
// The reported time is wall-clock (what a user waits); `slowest_cpu_ms` is the same file's CPU
// time, which stays put when other work shares the machine and inflates the wall-clock figure.
void BM_RejectHostileFile(benchmark::State& state) {
  const Catalogue& catalogue = default_catalogue();
  std::string slowest;
  double slowest_cpu = 0;
  for (auto _ : state) {
    double worst = 0;
    for (const Hostile& file : hostile_files()) {
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = thread_cpu_seconds();
      const LoadResult result = load_plan_file(file.text, catalogue);
      const double cpu = thread_cpu_seconds() - cpu_start;
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (result.status == LoadStatus::ok) state.SkipWithError(("a hostile file loaded: " + file.name).c_str());
      if (seconds > worst) {
        worst = seconds;
        slowest = file.name;
      }
      slowest_cpu = std::max(slowest_cpu, cpu);
    }
    state.SetIterationTime(worst);
  }
  state.counters["slowest_cpu_ms"] = slowest_cpu * 1000;
  state.SetLabel("slowest: " + slowest);
}
BENCHMARK(BM_RejectHostileFile)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_RejectHostileKind(benchmark::State& state) {
  const Hostile& file = hostile_files()[static_cast<std::size_t>(state.range(0))];
  const Catalogue& catalogue = default_catalogue();
  for (auto _ : state) {
    const LoadResult result = load_plan_file(file.text, catalogue);
    if (result.status == LoadStatus::ok) state.SkipWithError("a hostile file loaded");
    benchmark::DoNotOptimize(result.problems);
  }
  state.SetLabel(file.name + ", " + std::to_string(file.text.size()) + " bytes");
}
BENCHMARK(BM_RejectHostileKind)
    ->DenseRange(0, static_cast<int>(hostile_files().size()) - 1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace planner
