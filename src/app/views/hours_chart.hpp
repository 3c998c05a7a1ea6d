#pragma once
// The Hours view's chart: off-the-job hours planned and logged, one pair of bars per ISO week
// (or per month), with the weekly target, leave, stretches without active learning and today
// marked, and each column's numbers on hover. Three years of weeks fit the width; Ctrl+wheel
// (a pinch on a touch screen) or the zoom buttons widen the columns, and the chart then pans
// sideways (a horizontal wheel, Shift+wheel or a one-finger swipe). Drawn on the window's draw
// list, only the columns in view; the columns are worked out once per plan revision.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/planning/hours.hpp"

namespace planner {

struct ViewContext;

enum class HoursGrouping { weeks, months };

// One bar pair of the chart: a week, or a calendar month (weeks belong to the month of their
// Thursday, as ISO weeks belong to a year).
struct HoursColumn {
  DateRange days;    // the week, or the month's weeks, Monday to Sunday
  std::string name;  // "2027-W05", "February 2027": its tooltip title and automation label
  double planned = 0;
  double logged = 0;
  double target = 0;       // what the policy asks for these weeks (0: no weekly target)
  int weeks = 0;           // weeks in the column
  int weeks_on_leave = 0;  // weeks wholly on leave
  bool on_programme = false;
  bool active_learning = false;  // some active learning planned or logged
  bool in_gap = false;           // overlaps a stretch without active learning
};

// Columns from the summary's weeks; targets only for policies with a weekly measure.
std::vector<HoursColumn> hours_columns(const HoursSummary& summary, HoursGrouping grouping);

struct HoursChartState {
  HoursGrouping grouping = HoursGrouping::weeks;
  float zoom = 1;                       // column width as a multiple of the width that fits the whole plan
  std::optional<float> scroll_x;        // a horizontal scroll to apply next frame (after a zoom or "Today")
  std::optional<Date> bring_into_view;  // a day to scroll to next frame ("Show in chart")
  float shown_scroll = 0;               // the chart's horizontal scroll last frame (zoom buttons keep its middle)

  // The columns for the plan's revision and the grouping shown.
  struct Columns {
    std::uint64_t revision = std::numeric_limits<std::uint64_t>::max();
    HoursGrouping grouping = HoursGrouping::weeks;
    std::vector<HoursColumn> columns;
    double top = 0;  // the hours the y axis runs to: a round number above every bar and target
  } cache;
};

void draw_hours_chart(const ViewContext& context, HoursChartState& state);

}  // namespace planner
