#include "app/widgets/list_row.hpp"

#include "app/automation.hpp"
#include "app/widgets/controls.hpp"
#include "imgui_internal.h"

namespace planner::ui {
namespace {

ImVec4 tint(const ImVec4& colour, float amount) {
  const ImVec4 surface = colours().surface;
  return ImVec4(surface.x + (colour.x - surface.x) * amount, surface.y + (colour.y - surface.y) * amount,
                surface.z + (colour.z - surface.z) * amount, 1.0f);
}

void ellipsis_text(ImDrawList* draw_list, ImVec2 min, float right, const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderTextEllipsis(draw_list, min, ImVec2(right, min.y + ImGui::GetTextLineHeight()), right, right, text.c_str(),
                            nullptr, nullptr);
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
  draw_list->AddRectFilled(ImVec2(min.x, min.y + 2), ImVec2(min.x + space(4), max.y - 2), ImGui::GetColorU32(content.bar), 2);

  // The chip, as ui::chip draws it, right-aligned on the first line.
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 chip_padding(space(7), space(2));
  const ImVec2 chip_text = ImGui::CalcTextSize(content.status.c_str());
  const ImVec2 chip_max(max.x - style.FramePadding.x, min.y + style.FramePadding.y + chip_text.y + chip_padding.y * 2);
  const ImVec2 chip_min(chip_max.x - chip_text.x - chip_padding.x * 2, min.y + style.FramePadding.y);
  draw_list->AddRectFilled(chip_min, chip_max, ImGui::GetColorU32(tint(content.status_colour, 0.16f)),
                           (chip_max.y - chip_min.y) / 2);
  draw_list->AddText(ImVec2(chip_min.x + chip_padding.x, chip_min.y + chip_padding.y), ImGui::GetColorU32(content.status_colour),
                     content.status.c_str());

  const float text_x = min.x + space(14);
  const float top = min.y + style.FramePadding.y;
  ImGui::PushFont(content.title_font);
  ellipsis_text(draw_list, ImVec2(text_x, top), chip_min.x - space(8), content.title_colour, content.title);
  ImGui::PopFont();
  ellipsis_text(draw_list, ImVec2(text_x, top + line + style.ItemInnerSpacing.y), max.x - style.FramePadding.x,
                content.detail_colour, content.detail);
  return pressed;
}

}  // namespace planner::ui
