#include "app/widgets/timeline_scale.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace planner {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kWeekdayNames = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// Narrowest readable cells, in CSS pixels: a day number, a week's Monday, a month's initial.
constexpr double kMinDayCell = 18;
constexpr double kMinWeekCell = 26;

Date first_of_month(Date day) { return Date::from_ymd(day.year(), day.month(), 1).value_or(day); }
Date first_of_year(Date day) { return Date::from_ymd(day.year(), 1, 1).value_or(day); }

Date cell_start(AxisUnit unit, Date day) {
  switch (unit) {
    case AxisUnit::day: return day;
    case AxisUnit::week: return day.monday_on_or_before();
    case AxisUnit::month: return first_of_month(day);
    case AxisUnit::year: return first_of_year(day);
  }
  return day;
}

Date next_cell(AxisUnit unit, Date start) {
  switch (unit) {
    case AxisUnit::day: return start.plus_days(1);
    case AxisUnit::week: return start.plus_weeks(1);
    case AxisUnit::month: return start.plus_months(1);
    case AxisUnit::year: return start.plus_months(12);
  }
  return start.plus_days(1);
}

}  // namespace

double zoom_days_across(ZoomLevel level) {
  switch (level) {
    case ZoomLevel::weeks: return 42;
    case ZoomLevel::months: return 183;
    case ZoomLevel::terms: return 730;
  }
  return 183;
}

double zoom_px_per_day(ZoomLevel level, double width) {
  return std::clamp(width / zoom_days_across(level), kMinPxPerDay, kMaxPxPerDay);
}

std::optional<ZoomLevel> zoom_level_of(double px_per_day, double width) {
  for (ZoomLevel level : {ZoomLevel::weeks, ZoomLevel::months, ZoomLevel::terms}) {
    if (std::abs(px_per_day / zoom_px_per_day(level, width) - 1.0) < 0.03) return level;
  }
  return std::nullopt;
}

TimelineScale zoom_around(TimelineScale scale, double factor, double anchor_x) {
  const double anchor_day = scale.day_at(anchor_x);
  scale.px_per_day = std::clamp(scale.px_per_day * factor, kMinPxPerDay, kMaxPxPerDay);
  scale.left_day = anchor_day - anchor_x / scale.px_per_day;
  return scale;
}

TimelineScale pan(TimelineScale scale, double dx) {
  scale.left_day += dx / scale.px_per_day;
  return scale;
}

TimelineScale clamp_to_days(TimelineScale scale, double width, int day_count) {
  if (width <= 0 || day_count <= 0) return scale;
  // Zoomed out no further than all the days across the chart.
  const double fit = width / static_cast<double>(day_count);
  scale.px_per_day = std::clamp(scale.px_per_day, std::min(fit, kMaxPxPerDay), kMaxPxPerDay);
  const double last_left = std::max(0.0, static_cast<double>(day_count) - scale.days_across(width));
  scale.left_day = std::clamp(scale.left_day, 0.0, last_left);
  return scale;
}

TimelineScale pan_to_show(TimelineScale scale, double width, double first, double end, double margin) {
  const double margin_days = std::min(margin, width / 4) / scale.px_per_day;
  const double across = scale.days_across(width);
  if (end - first + 2 * margin_days >= across || first < scale.left_day + margin_days) {
    scale.left_day = first - margin_days;
  } else if (end > scale.left_day + across - margin_days) {
    scale.left_day = end + margin_days - across;
  }
  return scale;
}

AxisBands axis_bands(double px_per_day) {
  if (px_per_day >= kMinDayCell) return {AxisUnit::month, AxisUnit::day};
  if (px_per_day * 7 >= kMinWeekCell) return {AxisUnit::month, AxisUnit::week};
  return {AxisUnit::year, AxisUnit::month};
}

std::vector<AxisCell> axis_cells(AxisUnit unit, Date first, Date end) {
  std::vector<AxisCell> cells;
  for (Date start = cell_start(unit, first); start < end;) {
    const Date next = next_cell(unit, start);
    cells.push_back({start, next});
    start = next;
  }
  return cells;
}

std::vector<std::string> axis_labels(AxisUnit unit, Date first, bool upper_band) {
  const std::string day = std::to_string(first.day());
  const std::string year = std::to_string(first.year());
  const std::string month = kMonthNames[first.month() - 1];
  const std::string short_month = month.substr(0, 3);
  switch (unit) {
    case AxisUnit::day: return {std::string(kWeekdayNames[first.iso_weekday() - 1]) + " " + day, day};
    case AxisUnit::week: return {day + " " + short_month, day};
    case AxisUnit::month:
      if (upper_band) return {month + " " + year, short_month + " " + year, short_month, month.substr(0, 1)};
      return {month, short_month, month.substr(0, 1)};
    case AxisUnit::year: return {year};
  }
  return {day};
}

}  // namespace planner
