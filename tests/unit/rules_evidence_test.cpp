// The rules on what the plan adds up to: off-the-job hours against each policy, active learning
// often enough, evidence for every standard and behaviour.
#include <gtest/gtest.h>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

// A plan starting on `start` with the first `count` modules placed back to back.
Plan plan_with_modules(std::string_view start, int count) {
  Plan plan = bare_plan(start);
  for (int i = 0; i < count; ++i) {
    plan.modules.push_back(placement(catalogue().modules[static_cast<std::size_t>(i)].id, start));
    plan.modules.back().start = plan.profile.start.plus_weeks(12 * i);
  }
  return plan;
}

// ---- otj-below-policy ----------------------------------------------------------------------

TEST(OtjBelowPolicy, PassesForTheCleanPlan) { EXPECT_TRUE(findings_of(clean_plan(), "otj-below-policy").empty()); }

TEST(OtjBelowPolicy, FlagsTooFewHoursForTheTrainingPlansMinimum) {
  const Plan plan = plan_with_modules("2027-01-04", 1);  // 200 h (the induction is before the start)
  const auto findings = findings_of(plan, "otj-below-policy");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "Off-the-job training planned before the gateway on Thu 4 Jan 2029 comes to 200 h, short of the 624 h the "
            "policy asks "
            "for (the training plan's minimum): " +
                catalogue().otj_policy("from-2025-08")->label + ".");
  EXPECT_TRUE(findings[0].items.empty());
  EXPECT_FALSE(findings[0].fix.has_value());
  Plan more = plan_with_modules("2027-01-04", 3);  // 600 h
  EXPECT_FALSE(findings_of(more, "otj-below-policy").empty());
  more.profile.otj_figure = 600;  // the training plan's own figure
  EXPECT_TRUE(findings_of(more, "otj-below-policy").empty());
}

TEST(OtjBelowPolicy, AsksForSixHoursAWeekFromAugust2022) {
  // 2023-01-02 to the gateway on 2025-01-02: 731 days, 104.4 weeks; 6 h a week is 626.6 h.
  EXPECT_FALSE(findings_of(plan_with_modules("2023-01-02", 3), "otj-below-policy").empty());  // 600 h
  EXPECT_TRUE(findings_of(plan_with_modules("2023-01-02", 4), "otj-below-policy").empty());   // 800 h
  const auto findings = findings_of(plan_with_modules("2023-01-02", 3), "otj-below-policy");
  EXPECT_NE(findings[0].message.find("short of the 626.6 h the policy asks for (6 h a week over 104 weeks)"),
            std::string::npos)
      << findings[0].message;
}

TEST(OtjBelowPolicy, ProRatesTheWeeklyFigureBelowThirtyContractedHours) {
  Plan plan = plan_with_modules("2023-01-02", 1);  // 200 h
  plan.profile.contracted_hours_per_week = 15;     // 3 h a week: 313.3 h
  EXPECT_FALSE(findings_of(plan, "otj-below-policy").empty());
  plan.modules.push_back(placement("M2", "2023-03-27"));  // 400 h
  EXPECT_TRUE(findings_of(plan, "otj-below-policy").empty());
}

TEST(OtjBelowPolicy, AsksForTwentyPercentBeforeAugust2022LeavingOutLeave) {
  // 2021-09-06 to 2023-09-06: 104.3 weeks; 20% of 37.5 h is 7.5 h a week: 782.1 h.
  Plan plan = plan_with_modules("2021-09-06", 4);  // 800 h
  EXPECT_TRUE(findings_of(plan, "otj-below-policy").empty());
  plan.profile.contracted_hours_per_week = 40;  // 8 h a week: 834.3 h
  const auto findings = findings_of(plan, "otj-below-policy");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("(20% of 40 h a week over 104 weeks)"), std::string::npos) << findings[0].message;
  // Five weeks of leave take 40 h off what is asked for: 794.3 h.
  plan.periods = {period("leave-1", PeriodKind::leave, "2022-08-01", "2022-09-04")};
  EXPECT_TRUE(findings_of(plan, "otj-below-policy").empty());
}

// ---- otj-active-learning-gap ---------------------------------------------------------------

TEST(OtjActiveLearningGap, AppliesOnlyToThePolicyFromAugust2022) {
  EXPECT_TRUE(findings_of(plan_with_modules("2027-01-04", 1), "otj-active-learning-gap").empty());
}

TEST(OtjActiveLearningGap, FlagsMonthsWithoutActiveLearningAndPlansMentoring) {
  const Plan plan = plan_with_modules("2023-01-02", 1);  // Module 1 ends on Fri 24 Mar 2023
  const auto findings = findings_of(plan, "otj-active-learning-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "No active learning planned for 92 weeks, from Sat 25 Mar 2023 to Wed 1 Jan 2025: the policy asks for some "
            "at least every "
            "4 weeks.");
  EXPECT_EQ(findings[0].date, day("2023-03-25"));
  ASSERT_TRUE(findings[0].fix.has_value());
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "otj-active-learning-gap").empty());
  EXPECT_EQ(after.activities.front().kind, EventKind::mentoring);
}

TEST(OtjActiveLearningGap, LetsLeaveStopTheClock) {
  Plan plan = plan_with_modules("2023-01-02", 1);
  plan.modules.push_back(placement("M2", "2023-04-24"));  // 30 days after Module 1 ends
  plan.end_point.gateway = day("2023-07-17");             // the Monday after Module 2 ends
  EXPECT_EQ(findings_of(plan, "otj-active-learning-gap").size(), 1u);
  plan.periods = {period("leave-1", PeriodKind::leave, "2023-04-03", "2023-04-10")};
  EXPECT_TRUE(findings_of(plan, "otj-active-learning-gap").empty());
  // A diary entry is not active learning; logged active hours are.
  plan.periods.clear();
  plan.activities = {activity("activity-1", EventKind::diary, "2023-04-10", 0.5)};
  EXPECT_EQ(findings_of(plan, "otj-active-learning-gap").size(), 1u);
  plan.hours_log = {HoursEntry{"hours-1", day("2023-04-10"), 2, "Reading for Module 2", true}};
  EXPECT_TRUE(findings_of(plan, "otj-active-learning-gap").empty());
}

// ---- evidence-missing ----------------------------------------------------------------------

TEST(EvidenceMissing, PassesForTheCleanPlan) { EXPECT_TRUE(findings_of(clean_plan(), "evidence-missing").empty()); }

TEST(EvidenceMissing, NotesEveryStandardAndBehaviourNothingEvidences) {
  const auto findings = findings_of(bare_plan(), "evidence-missing");
  ASSERT_EQ(findings.size(), 32u);
  const auto conflict =
      std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.items[0] == "manage-conflict"; });
  ASSERT_NE(conflict, findings.end());
  EXPECT_EQ(conflict->severity, Severity::note);
  EXPECT_EQ(conflict->message,
            "Nothing planned yet evidences the standard \"Be able to manage conflict\" (the programme asks for further "
            "input or work "
            "place evidence): place the modules that teach it or plan an activity that evidences it.");
  EXPECT_FALSE(conflict->fix.has_value());
  const auto agile =
      std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.items[0] == "agile"; });
  ASSERT_NE(agile, findings.end());
  EXPECT_EQ(agile->message.rfind("No planned activity evidences the behaviour \"Agile\" (Flexible to the needs", 0),
            0u);
}

TEST(EvidenceMissing, CountsModulesTheDissertationAndActivitiesButNotCancelledOnes) {
  Plan plan = bare_plan();
  plan.modules = {placement("M6", "2027-01-11")};
  plan.dissertation.milestones = {milestone("proposal", "Proposal", "2027-06-11")};
  Activity shadowing = activity("activity-1", EventKind::shadowing, "2027-03-04");
  shadowing.standards = {"procurement-oversight"};
  shadowing.behaviours = {"agile"};
  plan.activities = {shadowing};
  auto ids = [&plan] {
    std::vector<std::string> missing;
    for (const Finding& f : findings_of(plan, "evidence-missing")) missing.push_back(f.items[0]);
    return missing;
  };
  auto missing = ids();
  for (const char* covered :
       {"manage-conflict", "team-dynamics", "storytelling-vision", "procurement-oversight", "agile"}) {
    EXPECT_EQ(std::count(missing.begin(), missing.end(), covered), 0) << covered;
  }
  plan.activities[0].status = ActivityStatus::cancelled;
  missing = ids();
  EXPECT_EQ(std::count(missing.begin(), missing.end(), "procurement-oversight"), 1);
  EXPECT_EQ(std::count(missing.begin(), missing.end(), "agile"), 1);
}

}  // namespace
}  // namespace planner
