// The auto-planner from every Monday of 2026 to 2030, with and without four weeks of summer
// leave each year: never an error, and every invariant of the programme kept.
#include <gtest/gtest.h>

#include <chrono>

#include "core/calendar/availability.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

// Four weeks from the first Monday in August, every summer the programme runs through.
std::vector<Period> summer_leave(Date start) {
  std::vector<Period> periods;
  for (int year = start.year(); year <= start.year() + 3; ++year) {
    const Date first = Date::from_ymd(year, 8, 1)->monday_on_or_after();
    periods.push_back(Period{"", PeriodKind::leave, "Summer holiday", first, first.plus_days(27)});
  }
  return periods;
}

// Every invariant of the programme, each failure naming the start date.
void expect_invariants(const Plan& plan, const AutoplanRequest& request) {
  const std::string at = "start " + request.start.iso() + (request.periods.empty() ? "" : " with summer leave");
  const Catalogue& cat = catalogue();
  const Schedule schedule = schedule_of(plan);
  const auto findings = check_plan(cat, plan, schedule);
  for (const Finding& f : findings)
    ADD_FAILURE() << at << ": " << to_string(f.severity) << " " << f.rule << ": " << f.message;

  // All seven modules placed once, on Mondays from the start, the proposal module among the first two.
  ASSERT_EQ(plan.modules.size(), cat.modules.size()) << at;
  std::set<std::string> placed;
  for (const ModulePlacement& p : plan.modules) {
    EXPECT_TRUE(placed.insert(p.module_id).second) << at << ": " << p.module_id << " twice";
    EXPECT_EQ(p.start.iso_weekday(), 1u) << at;
    EXPECT_GE(p.start, request.start) << at;
  }
  const auto position = std::find_if(plan.modules.begin(), plan.modules.end(),
                                     [](const ModulePlacement& p) { return p.module_id == "M2"; });
  EXPECT_LT(position - plan.modules.begin(), 2) << at;

  // Modules at once, face-to-face days, deadlines, leave and bank holidays.
  std::vector<const Event*> spans;
  std::vector<const Event*> deadlines;
  std::set<Date> f2f_days;
  for (const Event& e : schedule.events) {
    if (e.kind == EventKind::module) spans.push_back(&e);
    if (e.deadline) deadlines.push_back(&e);
    if (e.kind == EventKind::f2f) {
      EXPECT_TRUE(f2f_days.insert(e.start).second) << at << ": two sessions on " << e.start.iso();
    }
    const bool attended = e.kind == EventKind::f2f || e.deadline || e.kind == EventKind::review ||
                          e.kind == EventKind::induction || e.kind == EventKind::gateway || e.kind == EventKind::epa ||
                          e.kind == EventKind::shadowing || e.kind == EventKind::als ||
                          e.kind == EventKind::mentoring || e.kind == EventKind::peer_observation ||
                          e.kind == EventKind::dissertation_milestone;
    if (attended) {
      EXPECT_TRUE(is_free_day(cat, plan.periods, e.start)) << at << ": " << e.id << " on " << e.start.iso();
    }
  }
  for (const Event* span : spans) {
    const auto running = std::count_if(
        spans.begin(), spans.end(), [&](const Event* o) { return o->start <= span->start && span->start <= o->end; });
    EXPECT_LE(running, plan.settings.max_concurrent_modules) << at;
  }
  for (std::size_t i = 1; i < deadlines.size(); ++i) {
    EXPECT_GE(days_between(deadlines[i - 1]->start, deadlines[i]->start), plan.settings.min_days_between_deadlines)
        << at;
  }

  // The dissertation from the proposal, in order, after Module 2's final submission.
  const Date proposal = schedule.find("M2/assignment")->start;
  ASSERT_EQ(plan.dissertation.milestones.size(), cat.dissertation.milestones.size()) << at;
  EXPECT_EQ(plan.dissertation.milestones.front().due, proposal) << at;
  for (std::size_t i = 1; i < plan.dissertation.milestones.size(); ++i) {
    EXPECT_GT(plan.dissertation.milestones[i].due, plan.dissertation.milestones[i - 1].due) << at;
    EXPECT_GT(plan.dissertation.milestones[i].due, proposal) << at;
  }

  // Reviews at most six weeks apart from the start to the gateway; induction before the start.
  const Date gateway = gateway_date(cat, plan);
  Date previous = plan.profile.start;
  for (const Review& r : plan.reviews) {
    EXPECT_LE(days_between(previous, r.date), 42) << at << ": before " << r.date.iso();
    previous = r.date;
  }
  EXPECT_LE(days_between(previous, gateway), 42) << at;
  EXPECT_LT(induction_date(cat, plan), plan.profile.start) << at;

  // The gateway after everything, by the intended end, and the EPA steps in order after it.
  for (const Event* span : spans) EXPECT_LT(span->end, gateway) << at;
  EXPECT_LT(plan.dissertation.milestones.back().due, gateway) << at;
  EXPECT_LE(gateway, intended_end(cat, plan)) << at;
  Date step_before = gateway;
  for (const EpaStep& step : cat.epa_steps) {
    const Date date = epa_step_date(cat, plan, step);
    EXPECT_GE(date, step_before) << at << ": " << step.id;
    step_before = date;
  }
}

TEST(AutoplanProperty, EveryMondayFrom2026To2030KeepsEveryInvariant) {
  const auto began = std::chrono::steady_clock::now();
  int plans = 0;
  for (Date start = day("2026-01-05"); start.year() <= 2030; start = start.plus_weeks(1)) {
    for (const bool with_leave : {false, true}) {
      AutoplanRequest request;
      request.start = start;
      if (with_leave) request.periods = summer_leave(start);
      const AutoplanResult result = autoplan(catalogue(), request);
      ASSERT_TRUE(result.plan.has_value())
          << start.iso() << (with_leave ? " with leave" : "") << ": " << result.failure;
      expect_invariants(*result.plan, request);
      ++plans;
      if (HasFailure()) return;  // one start's story is enough to read
    }
  }
  EXPECT_EQ(plans, 2 * 261);
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began);
  RecordProperty("milliseconds", static_cast<int>(took.count()));
}

}  // namespace
}  // namespace planner
