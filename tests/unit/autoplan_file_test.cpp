// What the auto-planner and the large-plan builder produce is a plan the file loader accepts:
// saved and loaded again, it comes back the same.
#include <gtest/gtest.h>

#include "core/files/plan_file.hpp"
#include "core/programme/sample_plans.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

void expect_round_trip(const Plan& plan) {
  const std::string text = save_plan_file(plan, "2027-01-04T09:30:00Z");
  const LoadResult loaded = load_plan_file(text, catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok) << plan.name;
  for (const LoadProblem& problem : loaded.problems) ADD_FAILURE() << to_string(problem);
  ASSERT_TRUE(loaded.plan.has_value());
  EXPECT_EQ(*loaded.plan, plan);
}

TEST(SuggestedPlans, SaveAndLoadUnchanged) {
  expect_round_trip(clean_plan());
  AutoplanRequest request;
  request.start = day("2023-01-09");
  request.periods = {period("", PeriodKind::leave, "2023-07-31", "2023-08-25", "Summer"),
                     period("", PeriodKind::busy, "2023-11-01", "2023-11-30")};
  request.profile.apprentice = "Sam";
  Plan plan = autoplan(catalogue(), request).plan.value();
  plan.id = "plan-2023";
  expect_round_trip(plan);
}

TEST(SuggestedPlans, TheLargePlanSavesAndLoadsUnchanged) { expect_round_trip(make_large_plan(catalogue())); }

}  // namespace
}  // namespace planner
