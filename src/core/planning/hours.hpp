#pragma once
// Off-the-job hours: what the apprentice's policy asks for, what the plan provides week by week
// (planned, derived from the schedule by otj.hpp: sessions, study weeks, the dissertation,
// activities, induction) and what the apprentice has logged. The "Hours" view, the report and
// the CSV export read it. A pure function of (catalogue, plan, schedule).
//
// The off-the-job checks (rules_evidence.cpp) use the same requirement and active-learning gaps,
// so the Hours view and the findings never disagree. The requirement:
//   - on programme: from the start to the day before the gateway; leave days are taken out
//     (time on leave is not time to train in), weeks = remaining days / 7;
//   - "percent_of_contracted" (starts before 1 Aug 2022): figure % × contracted hours × weeks;
//   - "hours_per_week" (from 1 Aug 2022): figure × weeks, pro rata below the policy's contracted
//     hours threshold (6 h at 30 h a week or more; 4 h at 20 h);
//   - "total_hours" (from 1 Aug 2025): the figure, the training plan's total;
//   - the figure is the profile's, or the policy's default when the profile has 0.
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/otj.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

struct OtjRequirement {
  std::string policy;  // catalogue OtjPolicy id in force
  OtjMeasure measure = OtjMeasure::hours_per_week;
  double figure = 0;              // percent, hours a week or total hours, as `measure` says
  DateRange on_programme;         // start to the day before the gateway, inclusive
  double weeks = 0;               // weeks on programme less leave: the time to train in
  double per_week = 0;            // hours a week on average over `weeks`
  double total = 0;               // hours over the whole programme
  int active_learning_weeks = 0;  // some active learning at least every N weeks (0: no such rule)
  std::string basis;              // how `total` was reached: "20% of 37.5 h a week over 98 weeks"
};

// One ISO week (Monday to Sunday).
struct WeekHours {
  Date monday;
  double planned = 0;            // planned hours in the week (items spread over weeks count pro rata)
  double logged = 0;             // hours logged on days of the week
  bool active_learning = false;  // some active learning planned or logged in the week
  bool on_programme = false;     // the week overlaps the time on programme
  bool on_leave = false;         // every day of the week is leave
};

struct HoursSummary {
  OtjRequirement requirement;
  // Every ISO week from the earliest to the latest of: the start, the day before the gateway,
  // any planned contribution and any logged entry. Nothing planned or logged is left out.
  std::vector<WeekHours> weeks;
  double planned_total = 0;      // planned on programme (what the check compares)
  double logged_total = 0;       // logged on programme
  double planned_shortfall = 0;  // requirement.total − planned_total, or 0 when it is met
  double logged_shortfall = 0;   // requirement.total − logged_total, or 0 when it is met
  // Stretches on programme longer than requirement.active_learning_weeks with no active
  // learning planned or logged (leave stops the clock), in date order.
  std::vector<DateRange> active_learning_gaps;
};

OtjRequirement otj_requirement(const Catalogue& catalogue, const Plan& plan);
HoursSummary summarise_hours(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule);
// HoursSummary::active_learning_gaps, from the plan's contributions (otj.hpp planned_otj).
std::vector<DateRange> active_learning_gaps(const Plan& plan, const std::vector<OtjContribution>& contributions,
                                            const OtjRequirement& requirement);

// "2027-W01": the ISO 8601 week of a day (weeks start on Monday; week 1 holds the first Thursday).
std::string iso_week(Date day);

}  // namespace planner
