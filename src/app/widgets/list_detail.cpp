#include "app/widgets/list_detail.hpp"

#include <algorithm>
#include <string>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/widgets/controls.hpp"

namespace planner::ui {

ListDetail::ListDetail(const char* id, bool detail_open, const ListDetailWidths& widths) {
  ImGui::PushID(id);
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float list_width = space(widths.list);
  const float detail_width = widths.detail > 0 ? space(widths.detail) : list_width;
  side_by_side_ = available.x >= list_width + detail_width;
  show_list_ = side_by_side_ || !detail_open;
  show_detail_ = side_by_side_ || detail_open;
  // Side by side, the list takes its share and at least what it needs; the details the rest.
  list_width_ = side_by_side_ ? std::clamp(available.x * 0.42f, list_width, available.x - detail_width) : available.x;
  height_ = std::max(available.y, ImGui::GetFrameHeight() * 6);
}

bool ListDetail::begin_list() {
  list_open_ = show_list_;
  if (!list_open_) return false;
  return ImGui::BeginChild("##list", ImVec2(list_width_, height_), ImGuiChildFlags_None,
                           ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
}

void ListDetail::end_list() {
  if (list_open_) ImGui::EndChild();
}

bool ListDetail::begin_detail() {
  detail_open_ = show_detail_;
  if (!detail_open_) return false;
  if (side_by_side_) ImGui::SameLine(0, space(kSpaceM));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(space(kSpaceM), space(kSpaceS)));
  const bool visible =
      ImGui::BeginChild("##detail", ImVec2(0, height_), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  return visible;
}

void ListDetail::end_detail() {
  if (detail_open_) ImGui::EndChild();
}

bool ListDetail::back_button(const char* label) const {
  if (side_by_side_) return false;
  const std::string text = std::string(icons::kBack) + " " + label;
  const bool pressed = ImGui::Button(text.c_str());
  automation::name_last_item(label);
  ImGui::Dummy(ImVec2(0, space(kSpaceXs)));
  return pressed;
}

void ListDetail::begin_body() {
  ImGui::Separator();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
  ImGui::BeginChild("##body", ImVec2(0, 0));
  ImGui::PopStyleColor();
}

void ListDetail::end_body() { ImGui::EndChild(); }

}  // namespace planner::ui
