#pragma once
// The timeline's background: week and month grid, weekends, bank holidays, leave and busy
// periods, the today line and a workload heat strip, over any span of days at any zoom.
//
// The app describes it as plain data (this struct); the platform paints it. In the browser the
// WebGL2 painter (src/platform/web/gl_timeline_painter.cpp) draws it as one quad with the shader
// in shaders/timeline_background.frag, exact per device pixel, however far the user zooms. Where
// there is no painter (native tests) or its shader failed to compile, paint_with_draw_list()
// draws the same picture with ImGui rectangles, coarser but complete.
#include <cstdint>
#include <vector>

#include "core/calendar/date.hpp"
#include "imgui.h"

namespace planner {

// Per-day flags, one byte a day.
enum DayFlag : std::uint8_t {
  kDayWeekend = 1 << 0,
  kDayBankHoliday = 1 << 1,
  kDayLeave = 1 << 2,
  kDayBusy = 1 << 3,
  kDayMonthStart = 1 << 4,  // the 1st of a month: a stronger grid line on its left edge
};

struct TimelineBackground {
  // What: one entry per day from `first_day`.
  Date first_day;
  std::vector<std::uint8_t> flags;     // DayFlag bits
  std::vector<std::uint8_t> workload;  // 0 (nothing) … 255 (the busiest day of the plan)
  std::uint64_t data_version = 0;      // changes when flags or workload change (texture upload)

  // Where: the canvas rectangle in CSS pixels, and the view.
  ImVec2 min, max;
  double first_visible_day = 0;  // days since first_day at the left edge (fractional when panned)
  double days_per_pixel = 1;     // zoom: CSS pixels per day is its inverse
  double today = 0;              // days since first_day; negative or beyond the data: no line
  float heat_strip_height = 6;   // CSS pixels at the bottom
  float pixel_ratio = 1;         // device pixels per CSS pixel (for hairlines)

  // How: colours (RGBA, non-premultiplied).
  ImVec4 base, weekend, bank_holiday, leave, busy, grid, month_grid, today_line, heat_low, heat_high;
};

// Paints the background onto a draw list: the GPU painter when the host gives one, else
// paint_with_draw_list. `painter` is an ImGui draw callback whose user data is the background;
// the struct must stay alive until the frame has been rendered.
void paint_timeline_background(ImDrawList* draw_list, const TimelineBackground& background, ImDrawCallback painter);
void paint_with_draw_list(ImDrawList* draw_list, const TimelineBackground& background);

}  // namespace planner
