#include "app/widgets/master_detail.hpp"

#include <algorithm>
#include <string>

#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner::ui {
namespace {

std::string pane_id(const char* id, const char* pane) { return std::string(id) + "-" + pane; }

}  // namespace

MasterDetail::MasterDetail(const char* id, const MasterDetailLayout& layout) : id_(id) {
  const ImVec2 available = ImGui::GetContentRegionAvail();
  const float list_width = std::min(space(layout.list_width), available.x * 0.45f);
  side_by_side_ = available.x >= list_width + space(layout.min_detail_width) &&
                  available.y >= ImGui::GetFrameHeightWithSpacing() * 6;
  if (!side_by_side_) return;
  height_ = available.y;
  ImGui::BeginChild(pane_id(id_, "list").c_str(), ImVec2(list_width, height_), ImGuiChildFlags_None);
}

void MasterDetail::next_pane() {
  if (in_details_) return;
  in_details_ = true;
  if (!side_by_side_) {
    ImGui::Dummy(ImVec2(0, space(kSpaceM)));
    return;
  }
  ImGui::EndChild();
  ImGui::SameLine(0, space(kSpaceM));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colours().surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(space(kSpaceM), space(kSpaceS)));
  ImGui::BeginChild(pane_id(id_, "details").c_str(), ImVec2(0, height_),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

MasterDetail::~MasterDetail() {
  if (!side_by_side_) return;
  if (!in_details_) next_pane();  // an empty details pane keeps Begin/End balanced
  ImGui::EndChild();
}

}  // namespace planner::ui
