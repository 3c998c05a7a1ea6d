#include "app/widgets/timeline_marks.hpp"

#include <algorithm>
#include <cmath>

#include "app/theme.hpp"
#include "app/widgets/controls.hpp"

namespace planner::ui {
namespace {

ImRect around(ImVec2 centre, float half_width, float half_height) {
  return ImRect(ImVec2(centre.x - half_width, centre.y - half_height),
                ImVec2(centre.x + half_width, centre.y + half_height));
}

// At least `min_size` wide and high, centred on the shape: a one-day marker at a distant zoom is
// still something a finger can press.
ImRect at_least(const ImRect& shape, float min_size) {
  const ImVec2 centre = shape.GetCenter();
  return around(centre, std::max(shape.GetWidth(), min_size) * 0.5f, std::max(shape.GetHeight(), min_size) * 0.5f);
}

// Text from `x` clipped with an ellipsis at `limit`, vertically centred on `centre_y`.
void text_in(ImDrawList* draw_list, float x, float limit, float centre_y, ImU32 colour, const std::string& text) {
  const float height = ImGui::GetFontSize();
  // Three or four letters and an ellipsis say nothing: the text shows once a word or two fits.
  if (limit - x < space(56) || text.empty()) return;
  const ImVec2 min(x, centre_y - height * 0.5f), max(limit, centre_y + height * 0.5f);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderTextEllipsis(draw_list, min, max, limit, limit, text.c_str(), nullptr, nullptr);
  ImGui::PopStyleColor();
}

void diamond(ImDrawList* draw_list, const ImRect& r, ImU32 fill, ImU32 outline, float thickness) {
  const ImVec2 c = r.GetCenter();
  const ImVec2 top(c.x, r.Min.y), right(r.Max.x, c.y), bottom(c.x, r.Max.y), left(r.Min.x, c.y);
  draw_list->AddQuadFilled(top, right, bottom, left, fill);
  draw_list->AddQuad(top, right, bottom, left, outline, thickness);
}

ImVec4 alert_colour(MarkAlert alert, const Palette& palette) {
  return alert == MarkAlert::error ? palette.error : palette.warning;
}

}  // namespace

float RowBox::bar_top() const { return top + space(4); }
float RowBox::bar_bottom() const { return bottom - space(4); }
float RowBox::tier_split() const { return bar_top() + ImGui::GetFontSize() + space(5); }

MarkBox place_mark(const TimelineMark& mark, const RowBox& row, float x0, float x1) {
  MarkBox box;
  box.mark = &mark;
  const float touch = space(16);
  const float lower_top = row.tall ? row.tier_split() : row.bar_top();
  const float lower_bottom = row.bar_bottom();
  const float lower_centre = (lower_top + lower_bottom) * 0.5f;
  const float centre_x = (x0 + x1) * 0.5f;
  switch (mark.shape) {
    case MarkShape::span:
    case MarkShape::period:
      box.shape = ImRect(ImVec2(x0, row.bar_top()), ImVec2(std::max(x1, x0 + 3), row.bar_bottom()));
      box.hit = box.shape;
      // A click at the centre of a tall bar could land on one of its phases: report the title tier.
      box.item = row.tall ? ImRect(box.shape.Min, ImVec2(box.shape.Max.x, row.tier_split())) : box.shape;
      return box;
    case MarkShape::band:
      box.shape = ImRect(ImVec2(x0, lower_top + 1), ImVec2(std::max(x1, x0 + 2), lower_bottom - 1));
      break;
    case MarkShape::block: {
      const float half = std::max(x1 - x0, space(6)) * 0.5f;
      box.shape = ImRect(ImVec2(centre_x - half, lower_top + 1), ImVec2(centre_x + half, lower_bottom - 1));
      break;
    }
    case MarkShape::diamond: {
      const float half = row.tall ? std::min((lower_bottom - lower_top) * 0.5f + space(2), space(8)) : space(7);
      box.shape = around(ImVec2(x0 + std::min(x1 - x0, space(400)) * 0.5f, lower_centre), half, half);
      break;
    }
    case MarkShape::dot:
      box.shape = around(ImVec2(x0 + std::min(x1 - x0, space(400)) * 0.5f, lower_centre), space(5.5f), space(5.5f));
      break;
  }
  box.hit = at_least(box.shape, touch);
  box.item = box.hit;
  return box;
}

void draw_mark(ImDrawList* draw_list, const MarkBox& box, const RowBox& row, float visible_left,
               const Palette& palette) {
  const TimelineMark& mark = *box.mark;
  const ImRect& r = box.shape;
  const float rounding = space(4);
  switch (mark.shape) {
    case MarkShape::span:
    case MarkShape::period: {
      draw_list->AddRectFilled(r.Min, r.Max, packed(mark.fill), rounding);
      draw_list->AddRect(r.Min, r.Max, packed(with_alpha(mark.colour, 0.7f)), rounding);
      const float text_centre = row.tall ? (r.Min.y + row.tier_split()) * 0.5f : r.GetCenter().y;
      const float start = std::max(r.Min.x, visible_left) + space(6);
      text_in(draw_list, start, r.Max.x - space(4), text_centre, packed(palette.text), mark.text);
      return;
    }
    case MarkShape::band:
      draw_list->AddRectFilled(r.Min, r.Max, packed(with_alpha(mark.colour, 0.32f)), space(2));
      return;
    case MarkShape::block: draw_list->AddRectFilled(r.Min, r.Max, packed(mark.colour), space(2)); return;
    case MarkShape::diamond: diamond(draw_list, r, packed(mark.colour), packed(palette.surface), 1.5f); break;
    case MarkShape::dot:
      draw_list->AddCircleFilled(r.GetCenter(), r.GetWidth() * 0.5f, packed(mark.colour));
      draw_list->AddCircle(r.GetCenter(), r.GetWidth() * 0.5f, packed(palette.surface), 0, 1.5f);
      break;
  }
  // Markers in a single-tier row carry their text beside them, up to the next marker.
  if (!row.tall)
    text_in(draw_list, r.Max.x + space(4), box.text_limit - space(6), r.GetCenter().y, packed(mark.colour), mark.text);
}

void draw_mark_overlay(ImDrawList* draw_list, const MarkBox& box, const MarkLook& look, const Palette& palette) {
  const TimelineMark& mark = *box.mark;
  const bool round_shape = mark.shape == MarkShape::dot;
  const ImRect r = box.shape;
  const auto outline = [&](float grow, ImU32 colour, float thickness) {
    if (round_shape) {
      draw_list->AddCircle(r.GetCenter(), r.GetWidth() * 0.5f + grow, colour, 0, thickness);
    } else if (mark.shape == MarkShape::diamond) {
      ImRect grown = r;
      grown.Expand(grow * 1.4f);
      diamond(draw_list, grown, 0, colour, thickness);
    } else {
      draw_list->AddRect(ImVec2(r.Min.x - grow, r.Min.y - grow), ImVec2(r.Max.x + grow, r.Max.y + grow), colour,
                         space(4) + grow, 0, thickness);
    }
  };
  if (mark.alert != MarkAlert::none) {
    const ImVec4 colour = alert_colour(mark.alert, palette);
    outline(1.0f, packed(colour), 2.0f);
    // A badge at the top right corner: visible even where the outline is a few pixels long.
    const float size = space(5);
    const ImVec2 tip(std::min(r.Max.x, r.Min.x + std::max(r.GetWidth(), size * 2)), r.Min.y - size * 0.6f);
    const ImVec2 a(tip.x, tip.y - size), b(tip.x + size, tip.y + size * 0.8f), c(tip.x - size, tip.y + size * 0.8f);
    draw_list->AddTriangleFilled(a, b, c, packed(colour));
    draw_list->AddTriangle(a, b, c, packed(palette.surface), 1.0f);
  }
  if (look.selected || look.dragged) outline(mark.alert != MarkAlert::none ? 3.5f : 2.0f, packed(palette.accent), 2.0f);
  else if (look.hovered) outline(1.5f, packed(with_alpha(palette.text, 0.55f)), 1.0f);
}

}  // namespace planner::ui
