#pragma once
// The timeline's date axis: two bands of cells (months over days, months over weeks, or years over
// months, as the zoom allows), each labelled with the longest name that fits; the upper band's
// labels stay in view while their cell is. Today is marked with a "Today" tag.
#include <optional>

#include "app/theme.hpp"
#include "app/widgets/timeline_scale.hpp"
#include "core/calendar/date.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace planner::ui {

struct AxisView {
  ImRect rect;  // the axis, over the chart's columns
  TimelineScale scale;
  Date first_day;  // chart day 0
  int day_count = 0;
  std::optional<double> today;  // chart day
};

void draw_timeline_axis(ImDrawList* draw_list, const AxisView& axis, const Palette& palette);

// A rounded tag with `text` centred on `x` in the band [top, bottom], kept inside [left, right].
void draw_axis_tag(ImDrawList* draw_list, float x, float top, float bottom, float left, float right, const char* text,
                   const ImVec4& fill, const ImVec4& text_colour);

}  // namespace planner::ui
