#include "app/widgets/timeline_axis.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "app/theme.hpp"
#include "app/widgets/controls.hpp"

namespace planner::ui {
namespace {

// The first label of `labels` no wider than `width`, or nullptr.
const std::string* fitting_label(const std::vector<std::string>& labels, float width) {
  for (const std::string& label : labels)
    if (ImGui::CalcTextSize(label.c_str()).x <= width) return &label;
  return nullptr;
}

// One band of cells between `top` and `bottom`. Upper-band labels hug the chart's left edge while
// their cell starts before it (so the month or year in view is always named); lower-band labels
// sit at their cell's start, days centred.
// `avoid` is a stretch of the band another tag covers (today's): lower-band labels under it give
// way rather than peek out half hidden.
void draw_band(ImDrawList* draw_list, const AxisView& axis, AxisUnit unit, bool upper, float top, float bottom,
               std::pair<float, float> avoid, const Palette& palette) {
  const TimelineScale& scale = axis.scale;
  const float left = axis.rect.Min.x, right = axis.rect.Max.x;
  const double first_visible = std::max(0.0, std::floor(scale.left_day));
  const double last_visible =
      std::min(static_cast<double>(axis.day_count), std::ceil(scale.day_at(static_cast<double>(right - left))));
  if (last_visible <= first_visible) return;
  const Date from = axis.first_day.plus_days(static_cast<int>(first_visible));
  const Date to = axis.first_day.plus_days(static_cast<int>(last_visible));
  const float pad = space(5);
  const float text_y = top + (bottom - top - ImGui::GetFontSize()) * 0.5f;
  const ImU32 rule = packed(upper ? palette.border : with_alpha(palette.border, 0.7f));

  for (const AxisCell& cell : axis_cells(unit, from, to)) {
    const float x0 = left + static_cast<float>(scale.x_of(days_between(axis.first_day, cell.first)));
    const float x1 = left + static_cast<float>(scale.x_of(days_between(axis.first_day, cell.end)));
    if (x0 >= left)
      draw_list->AddLine(ImVec2(std::floor(x0) + 0.5f, upper ? top : top + 3), ImVec2(std::floor(x0) + 0.5f, bottom),
                         rule);

    const bool weekend_day = unit == AxisUnit::day && cell.first.is_weekend();
    const ImU32 text = packed(weekend_day ? palette.text_muted : palette.text);
    const std::vector<std::string> labels = axis_labels(unit, cell.first, upper);
    if (upper) {
      const float start = std::max(x0, left) + pad;
      const std::string* label = fitting_label(labels, x1 - start - pad);
      if (label == nullptr) continue;
      // Slide the label left with its cell's end so that it never crosses into the next cell.
      const float width = ImGui::CalcTextSize(label->c_str()).x;
      const float x = std::min(start, x1 - pad - width);
      draw_list->AddText(ImVec2(x, text_y), text, label->c_str());
    } else {
      // A narrow cell (a month's initial when years are in view) gives up its padding first.
      const std::string* label = fitting_label(labels, x1 - x0 - space(4));
      if (label == nullptr) continue;
      const float width = ImGui::CalcTextSize(label->c_str()).x;
      const float x = unit == AxisUnit::day ? (x0 + x1 - width) * 0.5f : x0 + std::min(pad, (x1 - x0 - width) * 0.5f);
      // A label cut by the chart's left edge ("ov" for "Nov") or hidden under a tag says nothing.
      if (x < left || (x < avoid.second + space(2) && x + width > avoid.first - space(2))) continue;
      draw_list->AddText(ImVec2(x, text_y), text, label->c_str());
    }
  }
}

// The tag's left and right ends for `text` centred on `x`, kept inside [left, right].
std::pair<float, float> tag_span(float x, float left, float right, const char* text) {
  const float width = ImGui::CalcTextSize(text).x + 2 * space(6);
  const float x0 = std::clamp(x - width * 0.5f, left, std::max(left, right - width));
  return {x0, x0 + width};
}

}  // namespace

void draw_axis_tag(ImDrawList* draw_list, float x, float top, float bottom, float left, float right, const char* text,
                   const ImVec4& fill, const ImVec4& text_colour) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  const float pad = space(6);
  const auto [x0, x1] = tag_span(x, left, right, text);
  const float height = std::min(bottom - top, size.y + space(4));
  const float y0 = top + (bottom - top - height) * 0.5f;
  draw_list->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y0 + height), packed(fill), height * 0.5f);
  draw_list->AddText(ImVec2(x0 + pad, y0 + (height - size.y) * 0.5f), packed(text_colour), text);
}

void draw_timeline_axis(ImDrawList* draw_list, const AxisView& axis, const Palette& palette) {
  const ImRect& r = axis.rect;
  const float middle = std::floor((r.Min.y + r.Max.y) * 0.5f);
  const AxisBands bands = axis_bands(axis.scale.px_per_day);
  constexpr const char* kToday = "Today";
  std::optional<float> today_x;
  if (axis.today) {
    const float x = r.Min.x + static_cast<float>(axis.scale.x_of(*axis.today + 0.5));
    if (x >= r.Min.x && x <= r.Max.x) today_x = x;
  }
  const std::pair<float, float> today_tag =
      today_x ? tag_span(*today_x, r.Min.x, r.Max.x, kToday) : std::pair{0.0f, 0.0f};
  draw_list->PushClipRect(r.Min, r.Max, true);
  draw_band(draw_list, axis, bands.upper, true, r.Min.y, middle, {}, palette);
  draw_list->AddLine(ImVec2(r.Min.x, middle + 0.5f), ImVec2(r.Max.x, middle + 0.5f),
                     packed(with_alpha(palette.border, 0.7f)));
  draw_band(draw_list, axis, bands.lower, false, middle, r.Max.y, today_tag, palette);
  if (today_x)
    draw_axis_tag(draw_list, *today_x, middle, r.Max.y, r.Min.x, r.Max.x, kToday, palette.error, palette.surface);
  draw_list->PopClipRect();
}

}  // namespace planner::ui
