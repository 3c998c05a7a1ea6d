#pragma once
// What the timeline shows, built once per plan revision from the schedule and the findings: its
// days, its rows (one per placed module with its phases, the dissertation, each kind of activity
// present, progress reviews, leave and busy periods, then induction, gateway and EPA) and, per
// event, the findings that involve it.
#include <vector>

#include "app/theme.hpp"
#include "app/widgets/timeline_canvas.hpp"
#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/derived.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// The most days the chart spans: the GPU background keeps a day per texel, and WebGL 2 promises
// textures 2048 texels wide.
inline constexpr int kMaxTimelineDays = 2048;

struct TimelineModel {
  ui::TimelineChart chart;  // each mark's tag is its event's index in the schedule
  // Per event (by schedule index): the findings that involve it (indices into Derived::findings).
  std::vector<std::vector<int>> findings_of_event;
};

// The days the chart spans: every event, and today when it is near, from the first of a month
// to the end of a month with some weeks to spare, at most kMaxTimelineDays.
DateRange timeline_days(const Schedule& schedule, Date plan_start, Date today);

TimelineModel build_timeline_model(const Catalogue& catalogue, const Plan& plan, const Derived& derived, Theme theme,
                                   DateRange days);

}  // namespace planner
