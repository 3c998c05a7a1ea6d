#include "app/widgets/checklist.hpp"

#include <algorithm>

#include "app/widgets/controls.hpp"
#include "imgui_internal.h"

namespace planner::ui {

bool wrapped_checkbox(std::string_view id, std::string_view label, bool* checked, std::string_view note,
                      const ImVec4* note_colour, std::string_view tooltip) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  ImGuiContext& g = *GImGui;
  const ImGuiStyle& style = g.Style;
  const ImGuiID item_id = window->GetID(id.data(), id.data() + id.size());

  const float box = ImGui::GetFrameHeight();
  const ImVec2 pos = window->DC.CursorPos;
  const float width = std::max(box * 4, ImGui::GetContentRegionAvail().x);
  const float text_x = pos.x + box + style.ItemInnerSpacing.x;
  const float wrap_width = std::max(box, pos.x + width - text_x);
  const ImVec2 label_size = ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, wrap_width);
  const ImVec2 note_size =
      note.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(note.data(), note.data() + note.size(), false, wrap_width);
  const float text_height = label_size.y + (note.empty() ? 0 : note_size.y + style.ItemInnerSpacing.y / 2);
  const ImRect bb(pos, ImVec2(pos.x + width, pos.y + std::max(box, text_height + style.FramePadding.y * 2)));
  ImGui::ItemSize(bb, style.FramePadding.y);
  // The item's name for automation is its label (the text a person reads), not its id.
  const std::string name(label);
  const auto info_flags = [&] {
    return g.LastItemData.StatusFlags | ImGuiItemStatusFlags_Checkable | (*checked ? ImGuiItemStatusFlags_Checked : 0);
  };
  if (!ImGui::ItemAdd(bb, item_id)) {
    IMGUI_TEST_ENGINE_ITEM_INFO(item_id, name.c_str(), info_flags());
    return false;
  }
  bool hovered = false, held = false;
  const bool pressed = ImGui::ButtonBehavior(bb, item_id, &hovered, &held);
  if (pressed) {
    *checked = !*checked;
    ImGui::MarkItemEdited(item_id);
  }

  ImDrawList* draw_list = window->DrawList;
  if (hovered)
    draw_list->AddRectFilled(bb.Min, bb.Max, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), style.FrameRounding);
  ImGui::RenderNavHighlight(bb, item_id);
  const ImRect check_bb(pos, ImVec2(pos.x + box, pos.y + box));
  ImGui::RenderFrame(check_bb.Min, check_bb.Max,
                     ImGui::GetColorU32(held && hovered ? ImGuiCol_FrameBgActive : ImGuiCol_FrameBg), true,
                     style.FrameRounding);
  if (*checked) {
    const float pad = std::max(1.0f, IM_TRUNC(box / 6.0f));
    ImGui::RenderCheckMark(draw_list, ImVec2(check_bb.Min.x + pad, check_bb.Min.y + pad),
                           ImGui::GetColorU32(ImGuiCol_CheckMark), box - pad * 2.0f);
  }
  const ImVec2 text_pos(text_x, pos.y + style.FramePadding.y);
  draw_list->AddText(g.Font, g.FontSize, text_pos, ImGui::GetColorU32(ImGuiCol_Text), label.data(),
                     label.data() + label.size(), wrap_width);
  if (!note.empty()) {
    const ImVec4 colour = note_colour != nullptr ? *note_colour : colours().text_muted;
    draw_list->AddText(g.Font, g.FontSize, ImVec2(text_x, text_pos.y + label_size.y + style.ItemInnerSpacing.y / 2),
                       ImGui::GetColorU32(colour), note.data(), note.data() + note.size(), wrap_width);
  }
  IMGUI_TEST_ENGINE_ITEM_INFO(item_id, name.c_str(), info_flags());
  if (!tooltip.empty()) ImGui::SetItemTooltip("%.*s", static_cast<int>(tooltip.size()), tooltip.data());
  return pressed;
}

std::optional<std::vector<std::string>> checklist(std::string_view name, const std::vector<CheckOption>& options,
                                                  const std::vector<std::string>& selected) {
  ImGui::PushID(name.data(), name.data() + name.size());
  std::optional<std::string> toggled;
  for (const CheckOption& option : options) {
    bool checked = std::find(selected.begin(), selected.end(), option.value) != selected.end();
    const ImVec4* note_colour = option.note_colour ? &*option.note_colour : nullptr;
    if (wrapped_checkbox(option.value, option.label, &checked, option.note, note_colour, option.tooltip))
      toggled = option.value;
  }
  ImGui::PopID();
  if (!toggled) return std::nullopt;

  // The new selection in the options' order (the order people read them in), then whatever was
  // selected that the options do not offer, untouched.
  std::vector<std::string> result;
  for (const CheckOption& option : options) {
    const bool was = std::find(selected.begin(), selected.end(), option.value) != selected.end();
    if (option.value == *toggled ? !was : was) result.push_back(option.value);
  }
  for (const std::string& value : selected) {
    const bool offered =
        std::any_of(options.begin(), options.end(), [&](const CheckOption& o) { return o.value == value; });
    if (!offered) result.push_back(value);
  }
  return result;
}

}  // namespace planner::ui
