#pragma once
// Small inputs for the file, coverage and hours tests: a hand-made catalogue with just enough of
// the programme to refer to, and a plan that sets every field (optionals included) to something
// other than its default, so a field the mapping forgets shows up as a failed round trip.
#include <string_view>

#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"
#include "test_fixtures.hpp"

namespace planner::test {

inline Catalogue small_catalogue() {
  Catalogue c;
  c.id = "test-programme";
  c.title = "MSc in Testing";
  c.hours_per_credit = 10;

  c.standards = {{"systems-working", "Works across systems", ""},
                 {"strategy", "Sets strategy", ""},
                 {"finance", "Manages resources", "Further input or work place evidence"},
                 {"people", "Develops people", ""}};
  c.behaviours = {{"takes-responsibility", "Takes responsibility", ""},
                  {"inclusive", "Inclusive", ""},
                  {"agile", "Agile", ""},
                  {"professionalism", "Professionalism", ""}};

  Module m1;
  m1.id = "M1";
  m1.number = 1;
  m1.title = "Collaboration and Integration";
  m1.standards = {"systems-working", "people"};
  Module m2;
  m2.id = "M2";
  m2.number = 2;
  m2.title = "Understanding Organisational Performance";
  m2.standards = {"strategy", "systems-working"};
  m2.yields_dissertation_proposal = true;
  Module m3;
  m3.id = "M3";
  m3.number = 3;
  m3.title = "Strategic Planning";
  m3.standards = {"strategy"};
  c.modules = {m1, m2, m3};

  c.timetable.weeks = 12;
  c.timetable.location = "Park House";
  c.timetable.sessions = {
      {"f2f-1", EventKind::f2f, "Face-to-face: walk-through", 1, 1, 1, 1.0, {}, std::nullopt},
      {"online-1", EventKind::online, "Online: e-learning", 2, 2, 1, 0.0, {}, std::nullopt},
      {"f2f-2", EventKind::f2f, "Face-to-face: problem solving", 4, 1, 1, 1.0, {}, std::nullopt},
      {"f2f-3", EventKind::f2f, "Face-to-face: review", 8, 1, 1, 0.5, {}, std::nullopt},
  };
  c.timetable.deadlines = {
      {"wba", EventKind::wba_due, "Work-based assignment due", 7, 5, 500, 1000, true, ""},
      {"assignment", EventKind::assignment_due, "Assignment due", 12, 5, 3000, 3000, false, ""},
  };

  c.dissertation.title = "Work-based dissertation";
  c.dissertation.credits = 40;
  c.dissertation.words = 10000;
  c.dissertation.standards = {"strategy", "finance"};

  ActivityType shadowing;
  shadowing.kind = EventKind::shadowing;
  shadowing.name = "Shadowing a colleague";
  shadowing.default_hours = 7.5;
  shadowing.reflection_words = {500, 1000};
  ActivityType als;
  als.kind = EventKind::als;
  als.name = "Action learning set";
  als.default_hours = 3;
  ActivityType diary;
  diary.kind = EventKind::diary;
  diary.name = "Diary entry";
  diary.default_hours = 0.5;
  diary.active_learning = false;
  c.activity_types = {shadowing, als, diary};

  OtjPolicy percent;
  percent.id = "pre-2022-08";
  percent.measure = OtjMeasure::percent_of_contracted;
  percent.default_figure = 20;
  percent.starts_before = day("2022-08-01");
  OtjPolicy weekly;
  weekly.id = "from-2022-08";
  weekly.measure = OtjMeasure::hours_per_week;
  weekly.default_figure = 6;
  weekly.active_learning_weeks = 4;
  weekly.min_contracted_hours = 30;
  weekly.starts_from = day("2022-08-01");
  weekly.starts_before = day("2025-08-01");
  OtjPolicy total;
  total.id = "from-2025-08";
  total.measure = OtjMeasure::total_hours;
  total.default_figure = 1800;
  total.active_learning_weeks = 4;
  total.starts_from = day("2025-08-01");
  c.otj_policies = {percent, weekly, total};

  EpaStep gateway;
  gateway.id = "gateway";
  gateway.kind = EventKind::gateway;
  gateway.title = "Gateway";
  EpaStep portfolio;
  portfolio.id = "portfolio";
  portfolio.kind = EventKind::epa;
  portfolio.title = "Portfolio submitted";
  portfolio.evidence_pieces = 18;
  c.epa_steps = {gateway, portfolio};

  c.review_attendees = {"apprentice", "mentor", "tutor"};
  return c;
}

// A plan of the small catalogue with every field set, optionals included.
inline Plan full_plan() {
  Plan p;
  p.id = "plan-7f3a";
  p.name = "Sam's plan – “quoted” & ünïcode";
  p.programme_id = "test-programme";
  p.profile.apprentice = "Sam Patel";
  p.profile.employer = "Birmingham Community Trust";
  p.profile.mentor = "Alex Jones";
  p.profile.tutor = "Dr Kim";
  p.profile.start = day("2027-01-04");
  p.profile.intended_end = day("2029-01-05");
  p.profile.contracted_hours_per_week = 37.5;
  p.profile.otj_policy = "from-2025-08";
  p.profile.otj_figure = 1650.25;
  p.induction = day("2026-12-14");
  p.periods = {{"leave-1", PeriodKind::leave, "Summer holiday", day("2027-08-02"), day("2027-08-13")},
               {"busy-2", PeriodKind::busy, "Winter pressures", day("2027-12-01"), day("2028-01-31")}};
  ModulePlacement m1;
  m1.module_id = "M1";
  m1.start = day("2027-01-11");
  m1.session_dates = {{"f2f-1", day("2027-01-12")}};
  m1.deadline_dates = {{"assignment", day("2027-04-09")}};
  m1.completed = true;
  ModulePlacement m2;
  m2.module_id = "M2";
  m2.start = day("2027-03-01");
  p.modules = {m1, m2};
  p.dissertation.title = "Integrating discharge across two trusts";
  p.dissertation.milestones = {
      {"proposal", "Proposal", day("2027-05-21"), MilestoneStatus::done, 1500, 1620, "Approved by tutor"},
      {"ethics", "Ethics approval", day("2027-07-02"), MilestoneStatus::in_progress, 0, 0, ""},
  };
  Activity shadowing;
  shadowing.id = "activity-1";
  shadowing.kind = EventKind::shadowing;
  shadowing.title = "Shadow the director of nursing";
  shadowing.date = day("2027-02-10");
  shadowing.hours = 7.5;
  shadowing.with_whom = "Jo Smith";
  shadowing.role = "Director of Nursing";
  shadowing.focus = "Board assurance";
  shadowing.standards = {"systems-working", "finance"};
  shadowing.behaviours = {"inclusive"};
  shadowing.reflection_words = 1000;
  shadowing.status = ActivityStatus::done;
  shadowing.notes = "Line one\nLine two\twith a tab";
  Activity als;
  als.id = "activity-2";
  als.kind = EventKind::als;
  als.title = "Action learning set 1";
  als.date = day("2027-03-15");
  als.hours = 3;
  als.status = ActivityStatus::planned;
  p.activities = {shadowing, als};
  Review review;
  review.id = "review-1";
  review.date = day("2027-02-15");
  review.attendees = {"apprentice", "mentor", "tutor"};
  review.notes = "Good start.";
  review.actions = {"Book shadowing", "Draft proposal outline"};
  review.apprentice = {true, "Sam Patel", day("2027-02-15")};
  review.mentor = {true, "Alex Jones", day("2027-02-16")};
  review.tutor = {true, "Dr Kim", day("2027-02-19")};
  p.reviews = {review};
  p.hours_log = {{"hours-1", day("2027-01-12"), 7.5, "Module 1 day 1", true},
                 {"hours-2", day("2027-01-20"), 0.25, "Reading", false}};
  p.end_point.gateway = day("2029-01-05");
  p.end_point.step_dates = {{"portfolio", day("2029-01-19")}};
  p.settings.max_concurrent_modules = 3;
  p.settings.min_days_between_deadlines = 10;
  p.settings.review_interval_weeks = 5;
  p.settings.shadowing_window_months = 4;
  p.settings.proposal_module_latest_position = 1;
  p.review_comments = {{"comment-1", "rv-1", "M2/f2f-1", "Face-to-face: walk-through (Module 2)", "Alex Jones",
                        day("2027-02-16"), "Can you get cover for this day?\nIt clashes with the board.", false},
                       {"comment-2", "rv-1", "activity-1", "Shadow the director of nursing", "Alex Jones",
                        day("2027-02-16"), "Good choice, \"board\" focus; agreed.", true}};
  p.review_decisions = {{"rv-1", "Alex Jones", "Workplace mentor", "changes_requested", day("2027-02-16"),
                         "Sort out the clash on 1 March."}};
  return p;
}

}  // namespace planner::test
