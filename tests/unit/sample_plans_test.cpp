#include "core/programme/sample_plans.hpp"

#include <gtest/gtest.h>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

TEST(LargePlan, HasTheSizesTheBudgetsAreStatedFor) {
  const Plan plan = make_large_plan(catalogue());
  EXPECT_EQ(plan.activities.size(), 60u);
  EXPECT_EQ(plan.reviews.size(), 30u);
  EXPECT_EQ(plan.hours_log.size(), 500u);
  EXPECT_EQ(plan.modules.size(), 7u);
  EXPECT_EQ(plan.dissertation.milestones.size(), 8u);
  EXPECT_EQ(plan.profile.start, day("2027-01-04"));
  EXPECT_EQ(plan.profile.intended_end, day("2030-01-04"));
  Plan sorted = plan;
  sort_items(sorted);
  EXPECT_EQ(plan, sorted);
}

TEST(LargePlan, IsARealisticPlanWithoutErrors) {
  const Plan plan = make_large_plan(catalogue());
  for (const Finding& f : findings_of(plan)) {
    EXPECT_NE(f.severity, Severity::error) << f.rule << ": " << f.message;
  }
  EXPECT_EQ(make_large_plan(catalogue()), plan) << "deterministic";
}

}  // namespace
}  // namespace planner
