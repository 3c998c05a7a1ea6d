#include "core/planning/autoplan.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/calendar/availability.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

AutoplanResult suggest(std::string_view start, std::vector<Period> periods = {}, int max_concurrent = 2) {
  AutoplanRequest request;
  request.start = day(start);
  request.periods = std::move(periods);
  request.max_concurrent_modules = max_concurrent;
  return autoplan(catalogue(), request);
}

// What the apprentice attends or hands in on `date` (not the online blocks and module spans
// that merely start then).
std::vector<std::string> appointments_on(const Schedule& schedule, Date date) {
  std::vector<std::string> ids;
  for (const Event& e : schedule.events) {
    if (e.start == date && e.kind != EventKind::online && e.kind != EventKind::module) ids.push_back(e.id);
  }
  return ids;
}

TEST(Autoplan, BuildsACompletePlanFromAStartDate) {
  const AutoplanResult result = suggest("2027-01-04");
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  EXPECT_TRUE(result.failure.empty());
  const Plan& plan = *result.plan;
  EXPECT_TRUE(plan.id.empty()) << "the caller gives the plan its id";
  EXPECT_EQ(plan.name, "My apprenticeship plan");
  EXPECT_EQ(plan.programme_id, "uob-msc-hcsl");
  EXPECT_EQ(plan.profile.start, day("2027-01-04"));
  EXPECT_EQ(plan.profile.intended_end, day("2029-01-04"));
  EXPECT_EQ(plan.profile.otj_policy, "from-2025-08");
  EXPECT_EQ(plan.profile.otj_figure, 624);
  EXPECT_EQ(plan.settings, catalogue().rule_defaults);
  ASSERT_EQ(plan.modules.size(), 7u);
  EXPECT_EQ(plan.modules[0].module_id, "M1");
  EXPECT_EQ(plan.modules[1].module_id, "M2");
  EXPECT_EQ(plan.dissertation.milestones.size(), 8u);
  EXPECT_EQ(plan.reviews.size(), 17u);
  EXPECT_FALSE(plan.activities.empty());
  EXPECT_TRUE(findings_of(plan).empty());
  ASSERT_FALSE(result.explanation.empty());
  EXPECT_EQ(result.explanation[0],
            "Modules start on Mondays, about every 11 weeks from Mon 4 Jan 2027, so that all 7 end well before the "
            "gateway; at most 2 "
            "run at once.");
  EXPECT_NE(std::find(result.explanation.begin(), result.explanation.end(),
                      "Module 1 starts on Mon 11 Jan 2027 rather than Mon 4 Jan 2027: its assignment due (3000 words) "
                      "on Fri 26 Mar "
                      "2027 is Good Friday."),
            result.explanation.end());
  EXPECT_NE(std::find(result.explanation.begin(), result.explanation.end(),
                      "Module 2 goes 2nd: it teaches research methods and ends in the dissertation proposal, which the "
                      "dissertation "
                      "starts from."),
            result.explanation.end());
}

TEST(Autoplan, GivesTheSamePlanForTheSameRequest) {
  const auto first = suggest("2028-09-04", {period("", PeriodKind::leave, "2029-08-06", "2029-08-31")});
  const auto second = suggest("2028-09-04", {period("", PeriodKind::leave, "2029-08-06", "2029-08-31")});
  ASSERT_TRUE(first.plan.has_value()) << first.failure;
  EXPECT_EQ(first.plan, second.plan);
  EXPECT_EQ(first.explanation, second.explanation);
}

TEST(Autoplan, KeepsTheProfileAndNamesThePlanForTheApprentice) {
  AutoplanRequest request;
  request.start = day("2027-09-06");
  request.profile.apprentice = "Sam";
  request.profile.employer = "Midlands Community Health NHS Trust";
  request.profile.mentor = "Alex Morgan";
  request.profile.contracted_hours_per_week = 30;
  const auto result = autoplan(catalogue(), request);
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  EXPECT_EQ(result.plan->name, "Sam's plan");
  EXPECT_EQ(result.plan->profile.employer, "Midlands Community Health NHS Trust");
  EXPECT_EQ(result.plan->profile.mentor, "Alex Morgan");
  EXPECT_EQ(result.plan->profile.contracted_hours_per_week, 30);
  EXPECT_EQ(result.plan->profile.start, day("2027-09-06"));
}

TEST(Autoplan, StartsModulesOnTheMondaysAfterAMidweekStart) {
  const auto result = suggest("2027-09-08");  // a Wednesday
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  for (const ModulePlacement& p : result.plan->modules) {
    EXPECT_EQ(p.start.iso_weekday(), 1u);
    EXPECT_GT(p.start, day("2027-09-08"));
  }
}

TEST(Autoplan, UsesTheOffTheJobPolicyOfTheStartDate) {
  const auto result = suggest("2023-01-09");
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  EXPECT_EQ(result.plan->profile.otj_policy, "from-2022-08");
  EXPECT_EQ(result.plan->profile.otj_figure, 6);
  EXPECT_TRUE(findings_of(*result.plan).empty()) << "active learning every four weeks included";
  EXPECT_EQ(suggest("2021-09-06").plan->profile.otj_policy, "pre-2022-08");
}

TEST(Autoplan, RunsOneModuleAtATimeWhenAskedTo) {
  const auto result = suggest("2027-01-04", {}, 1);
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  const Schedule schedule = schedule_of(*result.plan);
  std::vector<const Event*> spans;
  for (const Event& e : schedule.events) {
    if (e.kind == EventKind::module) spans.push_back(&e);
  }
  ASSERT_EQ(spans.size(), 7u);
  for (std::size_t i = 1; i < spans.size(); ++i) EXPECT_LT(spans[i - 1]->end, spans[i]->start);
  EXPECT_EQ(count_findings(findings_of(*result.plan)).errors, 0);
}

TEST(Autoplan, PlansAroundLeaveAndBusyPeriods) {
  const auto result =
      suggest("2027-01-04", {period("", PeriodKind::leave, "2027-07-26", "2027-08-20", "Summer"),
                             period("", PeriodKind::busy, "2027-11-01", "2027-11-30", "Winter planning")});
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  const Plan& plan = *result.plan;
  EXPECT_EQ(plan.periods[0].id, "leave-1");
  EXPECT_EQ(plan.periods[1].id, "busy-1");
  for (const Event& e : schedule_of(plan).events) {
    if (e.kind == EventKind::leave || e.kind == EventKind::busy || e.kind == EventKind::online ||
        e.kind == EventKind::module)
      continue;
    EXPECT_FALSE(DateRange({day("2027-07-26"), day("2027-08-20")}).contains(e.start))
        << e.id << " on " << e.start.iso();
  }
  // Busy periods are avoided where a module can move a few weeks for it; what is left is a note.
  for (const Finding& f : findings_of(plan)) {
    EXPECT_EQ(f.rule, "in-busy-period") << f.message;
  }
}

TEST(Autoplan, CoversEveryStandardAndBehaviourWithShadowing) {
  const auto result = suggest("2027-01-04");
  const Plan& plan = *result.plan;
  std::set<std::string> standards;
  std::set<std::string> behaviours;
  for (const Activity& a : plan.activities) {
    if (a.kind != EventKind::shadowing) continue;
    standards.insert(a.standards.begin(), a.standards.end());
    behaviours.insert(a.behaviours.begin(), a.behaviours.end());
    EXPECT_TRUE(a.reflection_words == 500 || a.reflection_words == 1000);
    EXPECT_FALSE(a.focus.empty());
  }
  EXPECT_EQ(standards.size(), catalogue().standards.size());
  EXPECT_EQ(behaviours.size(), catalogue().behaviours.size());
}

TEST(Autoplan, BooksNoTwoAppointmentsOnOneDay) {
  const auto result = suggest("2027-01-04");
  const Plan& plan = *result.plan;
  const Schedule schedule = schedule_of(plan);
  for (const Activity& a : plan.activities) {
    EXPECT_EQ(appointments_on(schedule, a.date), std::vector<std::string>{a.id}) << a.date.iso();
  }
}

TEST(Autoplan, RefusesToPlanWithNoModulesAtOnce) {
  const auto result = suggest("2027-01-04", {}, 0);
  EXPECT_FALSE(result.plan.has_value());
  EXPECT_EQ(result.failure, "At most 0 modules at once leaves no room for any module: allow at least one at a time.");
  EXPECT_TRUE(result.explanation.empty());
}

TEST(Autoplan, SaysWhyWhenLeaveLeavesTooLittleTime) {
  const auto result =
      suggest("2027-01-04", {period("", PeriodKind::leave, "2027-01-04", "2028-01-02", "Career break")});
  EXPECT_FALSE(result.plan.has_value());
  EXPECT_EQ(result.failure.rfind("Not enough time: the modules and the dissertation would run to ", 0), 0u)
      << result.failure;
  EXPECT_NE(
      result.failure.find("past the intended end (the gateway) on Thu 4 Jan 2029. Plan a later end, or less leave."),
      std::string::npos)
      << result.failure;
}

TEST(Autoplan, FitsALongBreakIntoALongerProgramme) {
  AutoplanRequest request;
  request.start = day("2027-01-04");
  request.periods = {period("", PeriodKind::leave, "2027-01-04", "2028-01-02", "Career break")};
  request.profile.intended_end = day("2030-01-04");
  const auto result = autoplan(catalogue(), request);
  ASSERT_TRUE(result.plan.has_value()) << result.failure;
  EXPECT_GT(result.plan->modules.front().start, day("2028-01-02"));
  EXPECT_EQ(count_findings(findings_of(*result.plan)).errors, 0);
}

TEST(Autoplan, RefusesAPeriodThatEndsBeforeItStarts) {
  const auto result = suggest("2027-01-04", {period("", PeriodKind::leave, "2027-08-20", "2027-08-02")});
  EXPECT_FALSE(result.plan.has_value());
  EXPECT_EQ(result.failure, "The leave from Fri 20 Aug 2027 ends before it starts (Mon 2 Aug 2027).");
}

}  // namespace
}  // namespace planner
