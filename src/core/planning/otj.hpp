#pragma once
// Planned off-the-job training: how many hours each part of a plan stands for, and when. A pure
// function of (catalogue, plan, schedule), shared by the off-the-job checks (rules.cpp) and the
// per-week hours summary (hours.cpp), so both count the same way:
//   - a face-to-face day: its days × the catalogue's hours per day (1 day = 7.5 h), on that day;
//   - a module: its notional learning hours (credits × hours per credit, 20 × 10 = 200 h) less
//     its face-to-face hours, spread evenly over the days of the module's span: each online
//     block counts its share (source "M3/online-1"), and the days outside them are study
//     (source "M3", one contribution per stretch: week 1, week 4, weeks 9-12 to the final
//     submission);
//   - the dissertation: its notional hours (40 × 10 = 400 h), spread evenly from its first to its
//     last milestone;
//   - an activity that is not cancelled: its own hours, on its day;
//   - the induction: one day of hours.
// Progress reviews and the end-point assessment are not training and count for nothing.
// Logged hours (Plan::hours_log) are the apprentice's record, kept apart from these.
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

struct OtjContribution {
  std::string source;  // the event it comes from ("M2/f2f-1", "M2/online-1", "M2" for study, "activity-3", "induction")
                       // or "dissertation"
  DateRange days;      // the hours are spread evenly over these days (one day for a session)
  double hours = 0;    // hours in total over `days`
  bool active_learning = true;  // teaching, study or an active-learning activity (not a diary entry)
};

// Every planned contribution, in schedule order (the dissertation last).
std::vector<OtjContribution> planned_otj(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule);

// The part of `contribution` that falls within `range`, pro rata by days.
double hours_within(const OtjContribution& contribution, DateRange range);
// Planned hours within `range`, summed over every contribution.
double planned_hours_within(const std::vector<OtjContribution>& contributions, DateRange range);

}  // namespace planner
