#include "core/plan/plan.hpp"

#include <gtest/gtest.h>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

TEST(Plan, FindsAModulePlacementById) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-01-04"), placement("M2", "2027-03-22")};
  ASSERT_NE(plan.placement("M2"), nullptr);
  EXPECT_EQ(plan.placement("M2")->start, day("2027-03-22"));
  EXPECT_EQ(plan.placement("M5"), nullptr);
  plan.placement("M1")->completed = true;
  EXPECT_TRUE(std::as_const(plan).placement("M1")->completed);
}

TEST(NextItemId, GoesOneAboveTheLargestNumberWithThePrefix) {
  Plan plan = bare_plan();
  EXPECT_EQ(next_item_id(plan, "activity"), "activity-1");
  plan.activities = {activity("activity-12", EventKind::als, "2027-02-01"),
                     activity("activity-3", EventKind::als, "2027-02-02")};
  EXPECT_EQ(next_item_id(plan, "activity"), "activity-13");
  plan.hours_log.push_back(HoursEntry{"hours-40", day("2027-02-03"), 2, "Reading", true});
  EXPECT_EQ(next_item_id(plan, "hours"), "hours-41");
  plan.periods = {period("leave-2", PeriodKind::leave, "2027-08-02", "2027-08-13"),
                  period("busy-7", PeriodKind::busy, "2027-09-01", "2027-09-03")};
  EXPECT_EQ(next_item_id(plan, "leave"), "leave-3");
  EXPECT_EQ(next_item_id(plan, "busy"), "busy-8");
  plan.reviews = {review("review-9", "2027-02-15")};
  EXPECT_EQ(next_item_id(plan, "review"), "review-10");
  plan.dissertation.milestones = {milestone("ethics", "Ethics", "2027-08-06"),
                                  milestone("milestone-4", "Pilot", "2027-09-03")};
  EXPECT_EQ(next_item_id(plan, "milestone"), "milestone-5");
}

TEST(NextItemId, IgnoresIdsThatOnlyLookAlike) {
  Plan plan = bare_plan();
  plan.activities = {
      activity("activity-x", EventKind::als, "2027-02-01"),   activity("activity-", EventKind::als, "2027-02-02"),
      activity("activityx-99", EventKind::als, "2027-02-03"), activity("activity-7b", EventKind::als, "2027-02-04"),
      activity("activity--5", EventKind::als, "2027-02-05"),  activity("my-activity-50", EventKind::als, "2027-02-08")};
  EXPECT_EQ(next_item_id(plan, "activity"), "activity-1");
}

TEST(SortItems, RestoresDateOrderWithTiesById) {
  Plan plan = bare_plan();
  plan.modules = {placement("M3", "2027-06-07"), placement("M1", "2027-01-04"), placement("M2", "2027-01-04")};
  plan.activities = {activity("activity-2", EventKind::als, "2027-03-01"),
                     activity("activity-1", EventKind::als, "2027-03-01"),
                     activity("activity-3", EventKind::als, "2027-02-01")};
  plan.reviews = {review("review-2", "2027-04-01"), review("review-1", "2027-02-01")};
  plan.periods = {period("leave-2", PeriodKind::leave, "2027-08-02", "2027-08-13"),
                  period("leave-1", PeriodKind::leave, "2027-04-01", "2027-04-02")};
  plan.dissertation.milestones = {milestone("b", "B", "2027-09-03"), milestone("a", "A", "2027-08-06")};
  plan.hours_log = {HoursEntry{"hours-2", day("2027-03-02"), 1, "", true},
                    HoursEntry{"hours-1", day("2027-03-01"), 1, "", true}};
  sort_items(plan);
  EXPECT_EQ(plan.modules[0].module_id, "M1");
  EXPECT_EQ(plan.modules[1].module_id, "M2");
  EXPECT_EQ(plan.modules[2].module_id, "M3");
  EXPECT_EQ(plan.activities[0].id, "activity-3");
  EXPECT_EQ(plan.activities[1].id, "activity-1");
  EXPECT_EQ(plan.reviews[0].id, "review-1");
  EXPECT_EQ(plan.periods[0].id, "leave-1");
  EXPECT_EQ(plan.dissertation.milestones[0].id, "a");
  EXPECT_EQ(plan.hours_log[0].id, "hours-1");
}

}  // namespace
}  // namespace planner
