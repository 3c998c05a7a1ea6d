#include "core/planning/otj.hpp"

#include <gtest/gtest.h>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

const OtjContribution& contribution(const std::vector<OtjContribution>& all, std::string_view source) {
  const auto it =
      std::find_if(all.begin(), all.end(), [source](const OtjContribution& c) { return c.source == source; });
  if (it == all.end()) throw std::logic_error("no contribution from " + std::string(source));
  return *it;
}

TEST(OffTheJobHours, CountFaceToFaceDaysAndTheRestOfAModulesNotionalHours) {
  Plan plan = bare_plan();
  plan.modules.push_back(placement("M3", "2027-03-01"));
  const auto hours = planned_otj(catalogue(), plan, schedule_of(plan));
  EXPECT_EQ(contribution(hours, "M3/f2f-1").hours, 7.5);
  EXPECT_EQ(contribution(hours, "M3/f2f-2").hours, 7.5);
  EXPECT_EQ(contribution(hours, "M3/f2f-3").hours, 3.75);
  EXPECT_EQ(contribution(hours, "M3/f2f-3").days, (DateRange{day("2027-04-19"), day("2027-04-19")}));
  // 20 credits × 10 hours, less the 18.75 face-to-face hours, at the same rate over the module's
  // 82 days: the online blocks (14 and 28 days) and the study days around them (7 + 7 + 26).
  const double per_day = 181.25 / 82;
  EXPECT_DOUBLE_EQ(contribution(hours, "M3/online-1").hours, 14 * per_day);
  EXPECT_EQ(contribution(hours, "M3/online-1").days, (DateRange{day("2027-03-08"), day("2027-03-21")}));
  EXPECT_DOUBLE_EQ(contribution(hours, "M3/online-2").hours, 28 * per_day);
  std::vector<DateRange> study_days;
  double study = 0;
  for (const OtjContribution& c : hours) {
    if (c.source != "M3") continue;
    study_days.push_back(c.days);
    study += c.hours;
    EXPECT_TRUE(c.active_learning);
  }
  EXPECT_EQ(study_days, (std::vector<DateRange>{{day("2027-03-01"), day("2027-03-07")},
                                                {day("2027-03-22"), day("2027-03-28")},
                                                {day("2027-04-26"), day("2027-05-21")}}));
  EXPECT_DOUBLE_EQ(study, 40 * per_day);
  // Everything the module stands for adds up to its notional hours.
  EXPECT_DOUBLE_EQ(planned_hours_within(hours, {day("2027-03-01"), day("2027-05-21")}), 200.0);
}

TEST(OffTheJobHours, SpreadHoursEvenlyOverTheirDays) {
  const OtjContribution study{"M3", {day("2027-03-01"), day("2027-05-21")}, 164, true};
  EXPECT_DOUBLE_EQ(hours_within(study, {day("2027-03-01"), day("2027-03-07")}), 164.0 * 7 / 82);
  EXPECT_DOUBLE_EQ(hours_within(study, {day("2027-02-01"), day("2027-03-01")}), 2.0);
  EXPECT_EQ(hours_within(study, {day("2027-05-22"), day("2027-06-01")}), 0);
  EXPECT_DOUBLE_EQ(hours_within(study, {day("2027-01-01"), day("2027-12-31")}), 164.0);
}

TEST(OffTheJobHours, CountTheDissertationActivitiesAndInductionButNotReviewsOrTheEpa) {
  Plan plan = bare_plan();
  plan.dissertation.milestones = {milestone("proposal", "Proposal", "2027-06-11"),
                                  milestone("final-submission", "Final submission", "2028-09-03")};
  plan.activities = {activity("activity-1", EventKind::shadowing, "2027-03-04", 3.5),
                     activity("activity-2", EventKind::diary, "2027-03-05", 0.5),
                     activity("activity-3", EventKind::als, "2027-03-09", 3)};
  plan.activities[2].status = ActivityStatus::cancelled;
  plan.reviews = {review("review-1", "2027-02-15")};
  const auto hours = planned_otj(catalogue(), plan, schedule_of(plan));
  EXPECT_EQ(contribution(hours, "dissertation").hours, 400);
  EXPECT_EQ(contribution(hours, "dissertation").days, (DateRange{day("2027-06-11"), day("2028-09-03")}));
  EXPECT_EQ(contribution(hours, "activity-1").hours, 3.5);
  EXPECT_TRUE(contribution(hours, "activity-1").active_learning);
  EXPECT_EQ(contribution(hours, "activity-2").hours, 0.5);
  EXPECT_FALSE(contribution(hours, "activity-2").active_learning);  // a diary entry is not active learning
  EXPECT_EQ(contribution(hours, "induction").hours, 7.5);
  for (const OtjContribution& c : hours) {
    EXPECT_NE(c.source, "activity-3");  // cancelled
    EXPECT_NE(c.source, "review-1");
    EXPECT_EQ(c.source.rfind("epa/", 0), std::string::npos);
  }
}

TEST(OffTheJobHours, AddUpToTheProgrammesNotionalHoursForACompletePlan) {
  const Plan& plan = clean_plan();
  const auto hours = planned_otj(catalogue(), plan, schedule_of(plan));
  double activities = 0;
  for (const Activity& a : plan.activities) activities += a.hours;
  const double total = planned_hours_within(hours, {day("2026-01-01"), day("2030-12-31")});
  EXPECT_DOUBLE_EQ(total, 180 * 10 + activities + 7.5);
}

}  // namespace
}  // namespace planner
