#pragma once
// Hours: off-the-job training planned (derived from the plan: sessions, study weeks, the
// dissertation, activities) and logged, per week and in total, against the apprentice's rule.
// The rule in plain English with the profile's off-the-job settings to change it, the totals,
// a chart week by week, the stretches without active learning, and the hours log.
#include <cstdint>
#include <limits>

#include "app/views/hours_chart.hpp"
#include "app/views/hours_log.hpp"
#include "core/calendar/date.hpp"

namespace planner {

struct ViewContext;

struct HoursState {
  HoursChartState chart;
  HoursLogState log;

  // Hours up to the end of this week, for the plan's revision and today.
  struct SoFar {
    std::uint64_t revision = std::numeric_limits<std::uint64_t>::max();
    Date today;
    double planned = 0;  // planned on programme up to the end of this week
    double logged = 0;   // logged on programme up to the end of this week
  } so_far;
};

void draw_hours(const ViewContext& context);

}  // namespace planner
