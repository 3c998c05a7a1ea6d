#pragma once
// The timeline's horizontal scale: which day sits at the chart's left edge and how many CSS pixels
// a day takes; zooming around a point, panning, keeping the view on the chart's days; and the
// cells and labels of the date axis at the current zoom. Plain arithmetic on days, no drawing.
//
// Days are counted from the chart's first day (day 0) and are fractional inside a day: day 3.5 is
// noon on the fourth day. Pixels are CSS pixels from the chart's left edge.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/date.hpp"

namespace planner {

struct TimelineScale {
  double left_day = 0;    // the day at the chart's left edge
  double px_per_day = 4;  // the zoom

  double x_of(double day) const { return (day - left_day) * px_per_day; }
  double day_at(double x) const { return left_day + x / px_per_day; }
  double days_across(double width) const { return width / px_per_day; }
};

// The zoom's bounds: a whole three-year plan on a tablet, and a day wide enough for its name.
inline constexpr double kMinPxPerDay = 0.4;
inline constexpr double kMaxPxPerDay = 80;

// The zoom presets the toolbar offers, as spans shown across the chart whatever its width: about
// six weeks, six months, or six terms (two academic years).
enum class ZoomLevel { weeks, months, terms };
double zoom_days_across(ZoomLevel level);
double zoom_px_per_day(ZoomLevel level, double width);
// The preset this zoom is (within a few per cent) for a chart `width` pixels wide: its button
// shows as chosen.
std::optional<ZoomLevel> zoom_level_of(double px_per_day, double width);

// Zooms by `factor` (2: twice as wide) keeping the day under `anchor_x` where it is.
TimelineScale zoom_around(TimelineScale scale, double factor, double anchor_x);
// Pans by `dx` pixels: positive brings later days into view.
TimelineScale pan(TimelineScale scale, double dx);
// Keeps a chart `width` pixels wide on the days [0, day_count): never zoomed out beyond them,
// never panned past either end.
TimelineScale clamp_to_days(TimelineScale scale, double width, int day_count);
// The smallest pan that shows the days [first, end) with `margin` pixels to spare (their start
// when they are wider than the chart).
TimelineScale pan_to_show(TimelineScale scale, double width, double first, double end, double margin);

// ---- the date axis: two bands of cells, the lower one finer ---------------------------------
enum class AxisUnit { day, week, month, year };
struct AxisBands {
  AxisUnit upper;
  AxisUnit lower;
};
// Days under months when a day is wide enough for its number, weeks under months, then months
// under years.
AxisBands axis_bands(double px_per_day);

// One cell of a band: [first, end) in calendar days.
struct AxisCell {
  Date first;
  Date end;  // exclusive
};
// The cells of `unit` overlapping the days [first, end); weeks start on Mondays.
std::vector<AxisCell> axis_cells(AxisUnit unit, Date first, Date end);
// The ways to label a cell, longest first ("September 2027", "Sep 2027", "Sep", "S"): the axis
// draws the first that fits its cell. Months name their year in the upper band only (under the
// years, the year is above them).
std::vector<std::string> axis_labels(AxisUnit unit, Date first, bool upper_band);

}  // namespace planner
