// Persistence timings for `make bench` (budgets in tests/bench/budgets.mjs):
//   BM_AutosaveLargePlan  one autosave of the three-year large plan on the main thread: serialize,
//                         read the stored copy and compare, write the backup, write, read back,
//                         compare, update the plan list. In-memory storage: < 5 ms
//   BM_OpenLargePlan      open it again: read, parse, validate, map (for reference, no budget)
// The browser's localStorage adds its own copying on top; the in-memory figure is what the
// planner's own code costs.
#include <benchmark/benchmark.h>

#include "core/plan/document.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/sample_plans.hpp"
#include "core/storage/memory_storage.hpp"
#include "core/storage/plan_store.hpp"
#include "core/storage/storage_keys.hpp"

namespace planner {
namespace {

constexpr std::string_view kNow = "2027-06-01T12:00:00Z";

void BM_AutosaveLargePlan(benchmark::State& state) {
  const Catalogue& catalogue = default_catalogue();
  MemoryStorage storage;
  PlanStore store(storage, catalogue);
  if (!store.start(kNow).available) state.SkipWithError("storage unavailable");
  Plan plan = make_large_plan(catalogue);
  plan.id = "large-plan";
  if (!store.create(plan, kNow).ok) state.SkipWithError("the large plan could not be stored");
  Document document;
  if (store.open(plan.id, document, kNow).status != OpenStatus::opened) state.SkipWithError("not opened");

  for (auto _ : state) {
    // Every call is a full save (a new revision), whether or not the plan changed.
    const SaveState saved = store.save(document, kNow);
    if (saved.status != SaveStatus::saved) state.SkipWithError(saved.message.c_str());
    benchmark::DoNotOptimize(saved);
  }
  state.counters["record_bytes"] = static_cast<double>(storage.values().at(storage_keys::plan(plan.id)).size());
}
BENCHMARK(BM_AutosaveLargePlan)->Unit(benchmark::kMillisecond);

void BM_OpenLargePlan(benchmark::State& state) {
  const Catalogue& catalogue = default_catalogue();
  MemoryStorage storage;
  PlanStore store(storage, catalogue);
  if (!store.start(kNow).available) state.SkipWithError("storage unavailable");
  Plan plan = make_large_plan(catalogue);
  plan.id = "large-plan";
  if (!store.create(plan, kNow).ok) state.SkipWithError("the large plan could not be stored");
  for (auto _ : state) {
    Document document;
    const OpenResult opened = store.open(plan.id, document, kNow);
    if (opened.status != OpenStatus::opened) state.SkipWithError(opened.message.c_str());
    benchmark::DoNotOptimize(document);
  }
}
BENCHMARK(BM_OpenLargePlan)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace planner
