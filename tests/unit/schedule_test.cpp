#include "core/planning/schedule.hpp"

#include <gtest/gtest.h>

#include <map>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

const Event& event(const Schedule& schedule, std::string_view id) {
  const Event* found = schedule.find(id);
  if (found == nullptr) throw std::logic_error("no event " + std::string(id));
  return *found;
}

Plan plan_with_module_three() {
  Plan plan = bare_plan();
  plan.modules.push_back(placement("M3", "2027-03-01"));
  return plan;
}

TEST(Schedule, ExpandsAModuleIntoItsTwelveWeekTimetable) {
  const Schedule schedule = schedule_of(plan_with_module_three());
  const Event& span = event(schedule, "M3");
  EXPECT_EQ(span.kind, EventKind::module);
  EXPECT_EQ(span.title, "Module 3: Strategic Planning & Decision Making");
  EXPECT_EQ(span.start, day("2027-03-01"));
  EXPECT_EQ(span.end, day("2027-05-21"));  // Friday of week 12

  const Event& walk_through = event(schedule, "M3/f2f-1");
  EXPECT_EQ(walk_through.kind, EventKind::f2f);
  EXPECT_EQ(walk_through.start, day("2027-03-01"));
  EXPECT_EQ(walk_through.end, day("2027-03-01"));
  EXPECT_EQ(walk_through.days, 1);
  EXPECT_EQ(walk_through.module, "M3");
  EXPECT_EQ(walk_through.item, "M3");
  EXPECT_EQ(walk_through.title, "Face-to-face: module walk-through (Module 3)");
  EXPECT_FALSE(walk_through.overridden);

  EXPECT_EQ(event(schedule, "M3/online-1").kind, EventKind::online);
  EXPECT_EQ(event(schedule, "M3/online-1").start, day("2027-03-08"));
  EXPECT_EQ(event(schedule, "M3/online-1").end, day("2027-03-21"));  // weeks 2-3
  EXPECT_EQ(event(schedule, "M3/f2f-2").start, day("2027-03-22"));   // week 4
  EXPECT_EQ(event(schedule, "M3/online-2").start, day("2027-03-29"));
  EXPECT_EQ(event(schedule, "M3/online-2").end, day("2027-04-25"));  // weeks 5-8
  EXPECT_EQ(event(schedule, "M3/f2f-3").start, day("2027-04-19"));   // week 8, half day
  EXPECT_EQ(event(schedule, "M3/f2f-3").days, 0.5);

  const Event& wba = event(schedule, "M3/wba");
  EXPECT_EQ(wba.kind, EventKind::wba_due);
  EXPECT_EQ(wba.start, day("2027-04-16"));  // end of week 7
  EXPECT_TRUE(wba.deadline);
  const Event& assignment = event(schedule, "M3/assignment");
  EXPECT_EQ(assignment.kind, EventKind::assignment_due);
  EXPECT_EQ(assignment.start, day("2027-05-21"));
  EXPECT_TRUE(assignment.deadline);
  EXPECT_FALSE(walk_through.deadline);
}

TEST(Schedule, AppliesHandSetSessionAndDeadlineDates) {
  Plan plan = plan_with_module_three();
  plan.modules[0].session_dates["f2f-2"] = day("2027-03-25");
  plan.modules[0].session_dates["online-1"] = day("2027-03-10");
  plan.modules[0].deadline_dates["assignment"] = day("2027-05-28");
  const Schedule schedule = schedule_of(plan);
  EXPECT_EQ(event(schedule, "M3/f2f-2").start, day("2027-03-25"));
  EXPECT_TRUE(event(schedule, "M3/f2f-2").overridden);
  // An online block keeps its length from its new first day.
  EXPECT_EQ(event(schedule, "M3/online-1").end, day("2027-03-23"));
  EXPECT_EQ(event(schedule, "M3/assignment").start, day("2027-05-28"));
  EXPECT_TRUE(event(schedule, "M3/assignment").overridden);
  EXPECT_FALSE(event(schedule, "M3/wba").overridden);
  // The module runs to its (moved) final submission.
  EXPECT_EQ(event(schedule, "M3").end, day("2027-05-28"));
}

TEST(Schedule, ListsMilestonesActivitiesReviewsAndPeriods) {
  Plan plan = bare_plan();
  plan.dissertation.milestones = {milestone("ethics", "Ethics approval", "2027-08-06"),
                                  milestone("final-submission", "Dissertation final submission", "2028-09-01")};
  plan.activities = {activity("activity-1", EventKind::shadowing, "2027-03-04"),
                     activity("activity-2", EventKind::als, "2027-03-09"),
                     activity("activity-3", EventKind::diary, "2027-03-10"),
                     activity("activity-4", EventKind::guest_session, "2027-03-11"),
                     activity("activity-5", EventKind::peer_observation, "2027-03-12"),
                     activity("activity-6", EventKind::mentoring, "2027-03-15"),
                     activity("activity-7", EventKind::mentoring, "2027-03-16")};
  plan.activities[6].status = ActivityStatus::cancelled;
  plan.reviews = {review("review-1", "2027-02-15")};
  plan.periods = {period("leave-1", PeriodKind::leave, "2027-08-02", "2027-08-13", "Summer"),
                  period("busy-1", PeriodKind::busy, "2027-09-01", "2027-09-30")};
  const Schedule schedule = schedule_of(plan);

  EXPECT_EQ(event(schedule, "milestone/ethics").kind, EventKind::dissertation_milestone);
  EXPECT_FALSE(event(schedule, "milestone/ethics").deadline);
  EXPECT_TRUE(event(schedule, "milestone/final-submission").deadline);
  EXPECT_EQ(event(schedule, "activity-1").kind, EventKind::shadowing);
  EXPECT_EQ(event(schedule, "activity-2").kind, EventKind::als);
  EXPECT_EQ(event(schedule, "activity-3").kind, EventKind::diary);
  EXPECT_EQ(event(schedule, "activity-4").kind, EventKind::guest_session);
  EXPECT_EQ(event(schedule, "activity-5").kind, EventKind::peer_observation);
  EXPECT_EQ(event(schedule, "activity-6").kind, EventKind::mentoring);
  EXPECT_EQ(schedule.find("activity-7"), nullptr);  // cancelled: off the calendar
  EXPECT_EQ(event(schedule, "review-1").kind, EventKind::review);
  EXPECT_EQ(event(schedule, "leave-1").kind, EventKind::leave);
  EXPECT_EQ(event(schedule, "leave-1").title, "Summer");
  EXPECT_EQ(event(schedule, "leave-1").end, day("2027-08-13"));
  EXPECT_EQ(event(schedule, "busy-1").kind, EventKind::busy);
  EXPECT_EQ(event(schedule, "busy-1").title, "Busy at work");
}

TEST(Schedule, PlacesInductionGatewayAndEndPointAssessment) {
  Plan plan = bare_plan();
  Schedule schedule = schedule_of(plan);
  EXPECT_EQ(event(schedule, "induction").start, day("2026-12-28"));  // a week before the start
  EXPECT_EQ(event(schedule, "induction").kind, EventKind::induction);
  EXPECT_EQ(intended_end(catalogue(), plan), day("2029-01-04"));
  EXPECT_EQ(event(schedule, "epa/gateway").start, day("2029-01-04"));
  EXPECT_EQ(event(schedule, "epa/gateway").kind, EventKind::gateway);
  EXPECT_EQ(event(schedule, "epa/portfolio").start, day("2029-01-04"));
  EXPECT_TRUE(event(schedule, "epa/portfolio").deadline);
  EXPECT_FALSE(event(schedule, "epa/proposal-scope").deadline);
  EXPECT_EQ(event(schedule, "epa/business-proposal").start, day("2029-03-29"));  // 12 weeks on
  EXPECT_EQ(event(schedule, "epa/business-proposal").kind, EventKind::epa);
  EXPECT_TRUE(event(schedule, "epa/business-proposal").deadline);
  EXPECT_EQ(event(schedule, "epa/professional-discussion").start, day("2029-04-19"));

  plan.profile.intended_end = day("2029-02-01");
  plan.induction = day("2026-12-17");
  plan.end_point.step_dates["presentation"] = day("2029-05-03");
  schedule = schedule_of(plan);
  EXPECT_EQ(event(schedule, "induction").start, day("2026-12-17"));
  EXPECT_TRUE(event(schedule, "induction").overridden);
  EXPECT_EQ(event(schedule, "epa/gateway").start, day("2029-02-01"));
  EXPECT_EQ(event(schedule, "epa/presentation").start, day("2029-05-03"));
  EXPECT_TRUE(event(schedule, "epa/presentation").overridden);

  plan.end_point.gateway = day("2029-01-18");
  schedule = schedule_of(plan);
  EXPECT_EQ(gateway_date(catalogue(), plan), day("2029-01-18"));
  EXPECT_EQ(event(schedule, "epa/gateway").start, day("2029-01-18"));
  EXPECT_TRUE(event(schedule, "epa/gateway").overridden);
  EXPECT_EQ(event(schedule, "epa/business-proposal").start, day("2029-04-12"));
}

TEST(Schedule, SortsByDayThenIdAndKeepsIdsStable) {
  const Schedule schedule = schedule_of(clean_plan());
  EXPECT_TRUE(std::is_sorted(schedule.events.begin(), schedule.events.end(), [](const Event& a, const Event& b) {
    return a.start != b.start ? a.start < b.start : a.id < b.id;
  }));
  std::vector<std::string> ids;
  for (const Event& e : schedule.events) ids.push_back(e.id);
  std::vector<std::string> unique = ids;
  std::sort(unique.begin(), unique.end());
  EXPECT_EQ(std::unique(unique.begin(), unique.end()), unique.end()) << "event ids are unique";
  // Expanding again gives the same events; moving one module changes only its own events.
  Plan moved = clean_plan();
  moved.placement("M7")->start = moved.placement("M7")->start.plus_weeks(1);
  for (const Event& e : schedule_of(moved).events) {
    const Event& before = event(schedule, e.id);
    if (e.module == "M7") {
      EXPECT_EQ(e.start, before.start.plus_weeks(1)) << e.id;
    } else {
      EXPECT_EQ(e.start, before.start) << e.id;
    }
  }
  EXPECT_EQ(schedule_of(clean_plan()).events.size(), schedule.events.size());
}

TEST(Schedule, CountsEverySessionAndDeadlineOfTheSevenModules) {
  const Schedule schedule = schedule_of(clean_plan());
  std::map<EventKind, int> kinds;
  for (const Event& e : schedule.events) ++kinds[e.kind];
  EXPECT_EQ(kinds[EventKind::module], 7);
  EXPECT_EQ(kinds[EventKind::f2f], 21);
  EXPECT_EQ(kinds[EventKind::online], 14);
  EXPECT_EQ(kinds[EventKind::wba_due], 7);
  EXPECT_EQ(kinds[EventKind::assignment_due], 7);
  EXPECT_EQ(kinds[EventKind::dissertation_milestone], 8);
  EXPECT_EQ(kinds[EventKind::induction], 1);
  EXPECT_EQ(kinds[EventKind::gateway], 3);
  EXPECT_EQ(kinds[EventKind::epa], 3);
}

TEST(Schedule, SkipsAModuleTheCatalogueDoesNotKnow) {
  Plan plan = bare_plan();
  plan.modules.push_back(placement("M9", "2027-03-01"));
  const Schedule schedule = schedule_of(plan);
  EXPECT_EQ(schedule.find("M9"), nullptr);
  EXPECT_EQ(schedule.find("M9/f2f-1"), nullptr);
}

}  // namespace
}  // namespace planner
