#include "app/widgets/list_row.hpp"

#include "app/automation.hpp"
#include "app/widgets/controls.hpp"
#include "app/widgets/review_notes.hpp"
#include "imgui_internal.h"

namespace planner::ui {
namespace {

void ellipsis_text(ImDrawList* draw_list, ImVec2 min, float right, const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderTextEllipsis(draw_list, min, ImVec2(right, min.y + ImGui::GetTextLineHeight()), right, right,
                            text.c_str(), nullptr, nullptr);
  ImGui::PopStyleColor();
}

}  // namespace

float list_row_height() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetTextLineHeight() * 2 + style.ItemInnerSpacing.y + style.FramePadding.y * 2;
}

bool list_row(std::string_view id, std::string_view name, bool selected, const ListRowContent& content) {
  ImGui::PushID(id.data(), id.data() + id.size());
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_None, ImVec2(0, list_row_height()));
  automation::name_last_item(name);
  ImGui::PopID();
  const ImVec2 max = ImGui::GetItemRectMax();
  if (!ImGui::IsItemVisible()) return pressed;

  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddRectFilled(ImVec2(min.x, min.y + 2), ImVec2(min.x + space(4), max.y - 2),
                           ImGui::GetColorU32(content.bar), 2);

  // The status chip right-aligned on the first line, a mentor's comments' marker before it.
  const float line = ImGui::GetTextLineHeight();
  const float top = min.y + style.FramePadding.y;
  const ImVec2 chip_min(max.x - style.FramePadding.x - chip_size(content.status).x, top);
  draw_chip(draw_list, chip_min, content.status, content.status_colour);
  float title_right = chip_min.x - space(8);
  if (const float marker = comment_marker_width(content.comments); marker > 0) {
    title_right -= marker;
    draw_comment_marker(draw_list, ImVec2(title_right, top), content.comments, name);
    title_right -= space(8);
  }

  const float text_x = min.x + space(14);
  ImGui::PushFont(content.title_font);
  ellipsis_text(draw_list, ImVec2(text_x, top), title_right, content.title_colour, content.title);
  ImGui::PopFont();
  ellipsis_text(draw_list, ImVec2(text_x, top + line + style.ItemInnerSpacing.y), max.x - style.FramePadding.x,
                content.detail_colour, content.detail);
  return pressed;
}

}  // namespace planner::ui
