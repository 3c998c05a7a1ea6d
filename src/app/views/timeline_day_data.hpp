#pragma once
// The timeline background's day data, built once per plan revision: per day, whether it is a
// weekend, a bank holiday, in leave or a busy period, or the first of a month; and the planned
// off-the-job hours (core/planning/otj.hpp), which the workload strip shows relative to the busiest day.
#include <vector>

#include "app/widgets/timeline_background.hpp"
#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

struct TimelineDayData {
  std::vector<std::uint8_t> flags;     // DayFlag bits, a byte a day from the first day
  std::vector<float> planned_hours;    // planned off-the-job hours a day
  std::vector<std::uint8_t> workload;  // planned hours relative to the busiest day: 0 … 255
};

TimelineDayData build_timeline_day_data(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                                        DateRange days);

// Hands the day data to the background for painting (a new data_version: the GPU copy is renewed).
void use_day_data(TimelineBackground& background, Date first_day, const TimelineDayData& data);

}  // namespace planner
