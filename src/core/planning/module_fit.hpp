#pragma once
// Where a module fits: the days a placement puts a module's face-to-face sessions and deadlines
// on, and the search for the first Monday on which a module breaks none of the programme's
// rules given the rest of the plan (no session or deadline on a weekend, a bank holiday or in
// leave; no face-to-face day shared with another module; deadlines kept apart; no more modules
// at once than allowed). The auto-planner builds plans with it, and the checks' fixes use it to
// say where a module should move.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// A module's key days for one placement, hand-set dates applied, without building the schedule.
struct ModuleDays {
  struct Day {
    Date day;
    const std::string* title;  // the timetable's title for it ("Assignment due (3000 words)")
  };
  std::string module_id;
  DateRange span;              // week 1 to the final submission
  std::vector<Day> f2f;        // face-to-face days
  std::vector<Day> deadlines;  // hand-in days
};
ModuleDays module_days(const Catalogue& catalogue, const ModulePlacement& placement);

class ModuleFit {
 public:
  // Fits `module_id` around every other module of `plan`, its leave and its other deadlines
  // (the dissertation's final submission, EPA submissions). The module's own placement in the
  // plan, if it has one, is what moves (its hand-set dates move with it).
  ModuleFit(const Catalogue& catalogue, const Plan& plan, std::string module_id);

  // Why starting the module on `start` (a Monday) breaks a rule, in plain English ("its
  // face-to-face day on Mon 29 Mar 2027 is Easter Monday"), or nothing when it fits.
  std::optional<std::string> conflict(Date start) const;
  // The first Monday on or after `earliest` within `horizon_weeks` weeks where it fits.
  std::optional<Date> first_fit(Date earliest, int horizon_weeks) const;
  // Keep face-to-face days and deadlines out of busy periods too (a preference: the auto-planner
  // tries it first).
  void set_avoid_busy(bool avoid) { avoid_busy_ = avoid; }

 private:
  std::optional<std::string> calendar_conflict(const ModuleDays::Day& day, int delta, std::string_view what) const;

  const Catalogue& catalogue_;
  const Plan& plan_;
  ModuleDays own_;  // at the placement's current start (or the plan's start when new)
  Date own_start_;
  std::vector<ModuleDays> others_;
  struct OtherDeadline {
    Date day;
    std::string what;  // "the dissertation's final submission"
  };
  std::vector<OtherDeadline> other_deadlines_;
  bool avoid_busy_ = false;
};

}  // namespace planner
