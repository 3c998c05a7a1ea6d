#include "core/files/plan_file_name.hpp"

#include <gtest/gtest.h>

namespace planner {
namespace {

Plan named(std::string name) {
  Plan plan;
  plan.name = std::move(name);
  return plan;
}

const Date kDay = Date::parse("2027-01-04").value();

TEST(PlanFileName, KeepsLettersAndDigitsAndAddsTheDay) {
  EXPECT_EQ(plan_file_name(named("Sam's plan"), kDay), "Sam-s-plan-2027-01-04.plan.json");
}

TEST(PlanFileName, RunsOfOtherCharactersBecomeOneDash) {
  EXPECT_EQ(plan_file_name(named("  Zoë – “draft” 2 / final?  "), kDay), "Zo-draft-2-final-2027-01-04.plan.json");
}

TEST(PlanFileName, AnUnnamedPlanStillGetsAName) {
  EXPECT_EQ(plan_file_name(named(""), kDay), "apprenticeship-plan-2027-01-04.plan.json");
  EXPECT_EQ(plan_file_name(named("???"), kDay), "apprenticeship-plan-2027-01-04.plan.json");
}

TEST(PlanFileName, LongNamesAreCut) { EXPECT_LE(plan_file_name(named(std::string(500, 'a')), kDay).size(), 60u + 22u); }

}  // namespace
}  // namespace planner
