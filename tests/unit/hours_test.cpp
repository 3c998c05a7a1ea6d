#include "core/planning/hours.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/planning/derived.hpp"
#include "core/programme/sample_plans.hpp"
#include "core/rules/rules.hpp"
#include "plan_builders.hpp"

namespace planner {
namespace {

using test::day;
using test::small_catalogue;

// A plan of the small catalogue starting on `start` with its gateway `weeks` later.
Plan plan_starting(const char* start, int weeks, const char* policy = "") {
  Plan plan;
  plan.programme_id = "test-programme";
  plan.profile.start = day(start);
  plan.profile.otj_policy = policy;
  plan.end_point.gateway = day(start).plus_weeks(weeks);
  return plan;
}

Event event(const char* id, EventKind kind, const char* first, const char* last, const char* item = "") {
  Event e;
  e.id = id;
  e.kind = kind;
  e.title = id;
  e.start = day(first);
  e.end = day(last);
  e.item = item;
  return e;
}

Activity activity(const char* id, EventKind kind, const char* date, double hours) {
  Activity a;
  a.id = id;
  a.kind = kind;
  a.title = id;
  a.date = day(date);
  a.hours = hours;
  return a;
}

const WeekHours& week_of(const HoursSummary& summary, const char* monday) {
  const auto found = std::find_if(summary.weeks.begin(), summary.weeks.end(),
                                  [&](const WeekHours& w) { return w.monday == day(monday); });
  EXPECT_NE(found, summary.weeks.end()) << monday;
  return *found;
}

// ---- the requirement ----

TEST(Hours, PercentPolicyAsksForItsShareOfContractedHoursOverTheWeeksOnProgramme) {
  const OtjRequirement r = otj_requirement(small_catalogue(), plan_starting("2021-01-04", 14, "pre-2022-08"));
  EXPECT_EQ(r.policy, "pre-2022-08");
  EXPECT_EQ(r.measure, OtjMeasure::percent_of_contracted);
  EXPECT_EQ(r.figure, 20);
  EXPECT_EQ(r.on_programme, (DateRange{day("2021-01-04"), day("2021-04-11")}));
  EXPECT_DOUBLE_EQ(r.weeks, 14);
  EXPECT_DOUBLE_EQ(r.per_week, 7.5);
  EXPECT_DOUBLE_EQ(r.total, 105);
  EXPECT_EQ(r.active_learning_weeks, 0);
  EXPECT_EQ(r.basis, "20% of 37.5 h a week over 14 weeks");
}

TEST(Hours, LeaveDaysComeOffTheWeeksOnceEvenWhenPeriodsOverlap) {
  Plan plan = plan_starting("2021-01-04", 14, "pre-2022-08");
  plan.periods = {{"leave-1", PeriodKind::leave, "", day("2021-02-01"), day("2021-02-07")},
                  {"leave-2", PeriodKind::leave, "", day("2021-02-05"), day("2021-02-14")},
                  {"busy-3", PeriodKind::busy, "", day("2021-03-01"), day("2021-03-14")},
                  {"leave-4", PeriodKind::leave, "", day("2021-04-05"), day("2021-04-25")}};  // 7 days on programme
  const OtjRequirement r = otj_requirement(small_catalogue(), plan);
  EXPECT_DOUBLE_EQ(r.weeks, 11) << "98 days less 14 + 7 of leave; busy periods are still working time";
  EXPECT_DOUBLE_EQ(r.total, 82.5);
}

TEST(Hours, WeeklyPolicyIsProRataBelowItsContractedHoursThreshold) {
  Plan plan = plan_starting("2023-01-02", 10);
  OtjRequirement r = otj_requirement(small_catalogue(), plan);
  EXPECT_EQ(r.policy, "from-2022-08") << "no policy named: the one for the start date";
  EXPECT_EQ(r.figure, 6) << "a figure of 0 means the policy's own";
  EXPECT_DOUBLE_EQ(r.per_week, 6);
  EXPECT_DOUBLE_EQ(r.total, 60);
  EXPECT_EQ(r.active_learning_weeks, 4);
  EXPECT_EQ(r.basis, "6 h a week over 10 weeks");

  plan.profile.contracted_hours_per_week = 20;
  r = otj_requirement(small_catalogue(), plan);
  EXPECT_DOUBLE_EQ(r.per_week, 4);
  EXPECT_DOUBLE_EQ(r.total, 40);
  EXPECT_EQ(r.basis, "4 h a week over 10 weeks");
}

TEST(Hours, TotalHoursPolicyIsTheTrainingPlansOwnFigure) {
  Plan plan = plan_starting("2026-01-05", 100, "from-2025-08");
  plan.profile.otj_figure = 1650.5;
  const OtjRequirement r = otj_requirement(small_catalogue(), plan);
  EXPECT_EQ(r.measure, OtjMeasure::total_hours);
  EXPECT_DOUBLE_EQ(r.total, 1650.5);
  EXPECT_DOUBLE_EQ(r.per_week, 16.505);
  EXPECT_EQ(r.basis, "the training plan's 1650.5 h");
}

TEST(Hours, AGatewayNotAfterTheStartAsksForNothing) {
  const OtjRequirement r = otj_requirement(small_catalogue(), plan_starting("2023-01-02", 0, "from-2022-08"));
  EXPECT_EQ(r.total, 0);
  EXPECT_EQ(r.weeks, 0);
  EXPECT_EQ(r.basis, "no time on programme: the gateway is not after the start");
}

// ---- week by week ----

TEST(Hours, CountsPlannedAndLoggedHoursPerIsoWeek) {
  Plan plan = plan_starting("2023-01-02", 12, "from-2022-08");
  plan.activities = {activity("activity-1", EventKind::shadowing, "2023-01-12", 3.5),
                     activity("activity-2", EventKind::diary, "2023-01-25", 0.5)};
  plan.hours_log = {{"hours-1", day("2022-12-20"), 3, "Pre-reading before the start", true},
                    {"hours-2", day("2023-01-04"), 7.5, "Module day", true},
                    {"hours-3", day("2023-02-01"), 2, "Reading", false}};
  Schedule schedule;
  Event f2f = event("M1/f2f-1", EventKind::f2f, "2023-01-04", "2023-01-04");
  f2f.days = 1;
  f2f.module = "M1";
  schedule.events = {f2f, event("activity-1", EventKind::shadowing, "2023-01-12", "2023-01-12", "activity-1"),
                     event("activity-2", EventKind::diary, "2023-01-25", "2023-01-25", "activity-2")};

  const HoursSummary summary = summarise_hours(small_catalogue(), plan, schedule);
  ASSERT_EQ(summary.weeks.size(), 14u) << "from the pre-start entry's week to the gateway's";
  EXPECT_EQ(summary.weeks.front().monday, day("2022-12-19"));
  EXPECT_EQ(summary.weeks.back().monday, day("2023-03-20"));

  const WeekHours& before = week_of(summary, "2022-12-19");
  EXPECT_EQ(before.logged, 3);
  EXPECT_FALSE(before.on_programme);
  EXPECT_TRUE(before.active_learning);
  const WeekHours& first = week_of(summary, "2023-01-02");
  EXPECT_EQ(first.planned, 7.5);
  EXPECT_EQ(first.logged, 7.5);
  EXPECT_TRUE(first.on_programme);
  EXPECT_TRUE(first.active_learning);
  EXPECT_EQ(week_of(summary, "2023-01-09").planned, 3.5);
  const WeekHours& diary = week_of(summary, "2023-01-23");
  EXPECT_EQ(diary.planned, 0.5);
  EXPECT_FALSE(diary.active_learning) << "a diary entry is not active learning";
  const WeekHours& reading = week_of(summary, "2023-01-30");
  EXPECT_EQ(reading.logged, 2);
  EXPECT_FALSE(reading.active_learning);
  EXPECT_EQ(week_of(summary, "2023-02-06").planned, 0);

  EXPECT_DOUBLE_EQ(summary.planned_total, 11.5);
  EXPECT_DOUBLE_EQ(summary.logged_total, 9.5) << "hours before the start are not on programme";
  EXPECT_DOUBLE_EQ(summary.requirement.total, 72);
  EXPECT_DOUBLE_EQ(summary.planned_shortfall, 60.5);
  EXPECT_DOUBLE_EQ(summary.logged_shortfall, 62.5);
}

TEST(Hours, ItemsSpreadOverDaysCountProRataInEachWeek) {
  Plan plan = plan_starting("2023-01-02", 12, "from-2022-08");
  // The dissertation's 400 notional hours, spread from its first milestone to its last: 20 days,
  // Thursday 5 Jan to Tuesday 24 Jan.
  plan.dissertation.milestones = {
      {"proposal", "Proposal", day("2023-01-05"), MilestoneStatus::done, 0, 0, ""},
      {"final-submission", "Final", day("2023-01-24"), MilestoneStatus::not_started, 0, 0, ""}};
  const HoursSummary summary = summarise_hours(small_catalogue(), plan, Schedule{});
  EXPECT_DOUBLE_EQ(week_of(summary, "2023-01-02").planned, 80);   // 4 days
  EXPECT_DOUBLE_EQ(week_of(summary, "2023-01-09").planned, 140);  // 7 days
  EXPECT_DOUBLE_EQ(week_of(summary, "2023-01-16").planned, 140);
  EXPECT_DOUBLE_EQ(week_of(summary, "2023-01-23").planned, 40);  // 2 days
  EXPECT_DOUBLE_EQ(summary.planned_total, 400);
  EXPECT_DOUBLE_EQ(summary.planned_shortfall, 0);
}

TEST(Hours, MarksWeeksWhollyOnLeave) {
  Plan plan = plan_starting("2023-01-02", 8, "from-2022-08");
  plan.periods = {
      {"leave-1", PeriodKind::leave, "", day("2023-01-09"), day("2023-01-12")},
      {"leave-2", PeriodKind::leave, "", day("2023-01-13"), day("2023-01-15")},  // with leave-1: a whole week
      {"leave-3", PeriodKind::leave, "", day("2023-01-23"), day("2023-01-27")},  // weekdays only
      {"busy-4", PeriodKind::busy, "", day("2023-02-06"), day("2023-02-12")}};
  const HoursSummary summary = summarise_hours(small_catalogue(), plan, Schedule{});
  EXPECT_TRUE(week_of(summary, "2023-01-09").on_leave);
  EXPECT_FALSE(week_of(summary, "2023-01-23").on_leave);
  EXPECT_FALSE(week_of(summary, "2023-02-06").on_leave) << "busy is not leave";
  EXPECT_FALSE(week_of(summary, "2023-01-02").on_leave);
}

TEST(Hours, FindsStretchesWithoutActiveLearningLongerThanThePolicyAllows) {
  Plan plan = plan_starting("2023-01-02", 13, "from-2022-08");  // on programme to Sun 2 Apr
  plan.hours_log = {{"hours-1", day("2023-03-01"), 1.5, "Webinar", true},
                    {"hours-2", day("2023-02-01"), 2, "Reading", false}};  // not active: no help
  plan.periods = {{"leave-1", PeriodKind::leave, "", day("2023-03-20"), day("2023-03-26")}};
  Schedule schedule;
  Event f2f = event("M1/f2f-1", EventKind::f2f, "2023-01-04", "2023-01-04");
  f2f.days = 1;
  f2f.module = "M1";
  schedule.events = {f2f};
  const HoursSummary summary = summarise_hours(small_catalogue(), plan, schedule);
  // 2-3 Jan (2 days), 5 Jan-28 Feb (55 days), 2-19 Mar (18 days), 27 Mar-2 Apr (7 days): only one
  // is longer than 4 weeks; leave stops the clock.
  EXPECT_EQ(summary.active_learning_gaps, (std::vector<DateRange>{{day("2023-01-05"), day("2023-02-28")}}));
}

TEST(Hours, APolicyWithoutAnActiveLearningRuleHasNoGaps) {
  const HoursSummary summary =
      summarise_hours(small_catalogue(), plan_starting("2021-01-04", 20, "pre-2022-08"), Schedule{});
  EXPECT_TRUE(summary.active_learning_gaps.empty());
}

TEST(Hours, NamesIsoWeeks) {
  EXPECT_EQ(iso_week(day("2027-01-04")), "2027-W01");
  EXPECT_EQ(iso_week(day("2027-01-10")), "2027-W01");
  EXPECT_EQ(iso_week(day("2026-12-31")), "2026-W53");
  EXPECT_EQ(iso_week(day("2021-01-03")), "2020-W53");
  EXPECT_EQ(iso_week(day("2024-12-30")), "2025-W01");
  EXPECT_EQ(iso_week(day("2028-06-14")), "2028-W24");
}

// ---- the Hours view and the Checks panel agree ----

TEST(Hours, AgreeWithTheOffTheJobChecksOnTheLargePlan) {
  const Catalogue& catalogue = default_catalogue();
  Plan plan = make_large_plan(catalogue);
  const auto findings_of = [&](const Plan& p, std::string_view rule) {
    const std::vector<Finding> findings = check_plan(catalogue, p, expand_schedule(catalogue, p));
    return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
  };
  const auto summary_of = [&](const Plan& p) { return summarise_hours(catalogue, p, expand_schedule(catalogue, p)); };

  HoursSummary summary = summary_of(plan);
  EXPECT_EQ(summary.planned_shortfall > 0, findings_of(plan, "otj-below-policy") > 0);
  EXPECT_EQ(static_cast<long>(summary.active_learning_gaps.size()), findings_of(plan, "otj-active-learning-gap"));

  // Ask for more than the plan gives: both see the same shortfall.
  plan.profile.otj_figure = summary.planned_total + 100;
  if (summary.requirement.measure != OtjMeasure::total_hours) plan.profile.otj_figure = summary.requirement.figure * 10;
  summary = summary_of(plan);
  EXPECT_GT(summary.planned_shortfall, 0);
  EXPECT_EQ(findings_of(plan, "otj-below-policy"), 1);

  // Take every activity away under the weekly policy: gaps appear, as many as the checks find.
  plan.profile.otj_policy = "from-2022-08";
  plan.profile.otj_figure = 0;
  plan.activities.clear();
  plan.hours_log.clear();
  summary = summary_of(plan);
  EXPECT_EQ(summary.requirement.active_learning_weeks, 4);
  EXPECT_EQ(static_cast<long>(summary.active_learning_gaps.size()), findings_of(plan, "otj-active-learning-gap"));
}

TEST(Hours, DerivedDataCarriesTheSummaryOfItsOwnSchedule) {
  const Catalogue& catalogue = default_catalogue();
  const Plan plan = make_large_plan(catalogue);
  const Derived derived = derive(catalogue, plan);
  const HoursSummary expected = summarise_hours(catalogue, plan, derived.schedule);
  EXPECT_EQ(derived.hours.requirement.total, expected.requirement.total);
  EXPECT_EQ(derived.hours.planned_total, expected.planned_total);
  EXPECT_EQ(derived.hours.logged_total, expected.logged_total);
  ASSERT_EQ(derived.hours.weeks.size(), expected.weeks.size());
  EXPECT_EQ(derived.hours.weeks.front().monday, expected.weeks.front().monday);
  EXPECT_GT(derived.hours.logged_total, 0) << "the large plan's log is counted";
}

}  // namespace
}  // namespace planner
