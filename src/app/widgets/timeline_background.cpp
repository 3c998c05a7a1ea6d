#include "app/widgets/timeline_background.hpp"

#include <algorithm>
#include <cmath>

namespace planner {
namespace {

ImU32 colour(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

}  // namespace

void paint_timeline_background(ImDrawList* draw_list, const TimelineBackground& background, ImDrawCallback painter) {
  if (painter == nullptr || background.flags.empty()) {
    paint_with_draw_list(draw_list, background);
    return;
  }
  draw_list->AddCallback(painter, const_cast<TimelineBackground*>(&background));
  draw_list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void paint_with_draw_list(ImDrawList* draw_list, const TimelineBackground& bg) {
  draw_list->AddRectFilled(bg.min, bg.max, colour(bg.base));
  const int count = static_cast<int>(bg.flags.size());
  if (count == 0 || bg.days_per_pixel <= 0) return;
  const double px_per_day = 1.0 / bg.days_per_pixel;
  const auto x_of = [&](double day) {
    return bg.min.x + static_cast<float>((day - bg.first_visible_day) * px_per_day);
  };
  const int first = std::max(0, static_cast<int>(std::floor(bg.first_visible_day)));
  const int last = std::min(
      count - 1,
      static_cast<int>(std::ceil(bg.first_visible_day + static_cast<double>(bg.max.x - bg.min.x) * bg.days_per_pixel)));
  draw_list->PushClipRect(bg.min, bg.max, true);

  // Tints, one rectangle per run of days with the same flags.
  constexpr std::uint8_t kTints = kDayWeekend | kDayBankHoliday | kDayLeave | kDayBusy;
  for (int day = first; day <= last;) {
    const std::uint8_t tints = bg.flags[static_cast<size_t>(day)] & kTints;
    int end = day;
    while (end + 1 <= last && (bg.flags[static_cast<size_t>(end + 1)] & kTints) == tints) ++end;
    const ImVec2 a(x_of(day), bg.min.y), b(x_of(end + 1), bg.max.y);
    if (tints & kDayWeekend) draw_list->AddRectFilled(a, b, colour(bg.weekend));
    if (tints & kDayBusy) draw_list->AddRectFilled(a, b, colour(bg.busy));
    if (tints & kDayLeave) draw_list->AddRectFilled(a, b, colour(bg.leave));
    if (tints & kDayBankHoliday) draw_list->AddRectFilled(a, b, colour(bg.bank_holiday));
    day = end + 1;
  }

  // Grid: month starts always, Mondays when weeks are 6 px apart, every day when days are wide.
  const unsigned first_weekday = bg.first_day.iso_weekday();
  const float hairline = 1.0f / bg.pixel_ratio;
  for (int day = first; day <= last; ++day) {
    const bool month = (bg.flags[static_cast<size_t>(day)] & kDayMonthStart) != 0;
    const bool monday = (static_cast<unsigned>(day) + first_weekday - 1) % 7 == 0;
    ImVec4 line;
    if (month) line = bg.month_grid;
    else if (monday && px_per_day * 7 >= 6) line = bg.grid;
    else if (px_per_day >= 16) line = ImVec4(bg.grid.x, bg.grid.y, bg.grid.z, bg.grid.w * 0.45f);
    else continue;
    const float x = x_of(day);
    draw_list->AddRectFilled(ImVec2(x, bg.min.y), ImVec2(x + hairline, bg.max.y), colour(line));
  }

  // Workload strip.
  for (int day = first; day <= last; ++day) {
    const std::uint8_t load = day < static_cast<int>(bg.workload.size()) ? bg.workload[static_cast<size_t>(day)] : 0;
    if (load == 0) continue;
    draw_list->AddRectFilled(ImVec2(x_of(day), bg.max.y - bg.heat_strip_height), ImVec2(x_of(day + 1), bg.max.y),
                             colour(mix(bg.heat_low, bg.heat_high, static_cast<float>(load) / 255.0f)));
  }

  if (bg.today >= 0 && bg.today < count) {
    const float x = x_of(bg.today);
    draw_list->AddRectFilled(ImVec2(x, bg.min.y), ImVec2(x + 2, bg.max.y), colour(bg.today_line));
  }
  draw_list->PopClipRect();
}

}  // namespace planner
