// Core timings for `make bench` (budgets in tests/bench/budgets.mjs):
//   BM_Autoplan                 "Suggest a plan" from a start date with summer leave: < 16 ms
//   BM_ExpandAndCheckLargePlan  expand + check the three-year large plan: < 2 ms
#include <benchmark/benchmark.h>

#include "core/planning/autoplan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/sample_plans.hpp"
#include "core/rules/rules.hpp"

namespace planner {
namespace {

void BM_Autoplan(benchmark::State& state) {
  const Catalogue& catalogue = default_catalogue();
  AutoplanRequest request;
  request.start = Date::from_ymd(2027, 1, 4).value();
  request.periods = {
      Period{"", PeriodKind::leave, "Summer holiday", *Date::from_ymd(2027, 8, 2), *Date::from_ymd(2027, 8, 27)},
      Period{"", PeriodKind::leave, "Summer holiday", *Date::from_ymd(2028, 8, 7), *Date::from_ymd(2028, 9, 1)}};
  for (auto _ : state) {
    AutoplanResult result = autoplan(catalogue, request);
    if (!result.plan) state.SkipWithError(result.failure.c_str());
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_Autoplan)->Unit(benchmark::kMillisecond);

void BM_ExpandAndCheckLargePlan(benchmark::State& state) {
  const Catalogue& catalogue = default_catalogue();
  const Plan plan = make_large_plan(catalogue);
  for (auto _ : state) {
    const Schedule schedule = expand_schedule(catalogue, plan);
    std::vector<Finding> findings = check_plan(catalogue, plan, schedule);
    benchmark::DoNotOptimize(findings);
  }
  state.counters["events"] = static_cast<double>(expand_schedule(catalogue, plan).events.size());
}
BENCHMARK(BM_ExpandAndCheckLargePlan)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace planner
