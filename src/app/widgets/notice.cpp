#include "app/widgets/notice.hpp"

#include <algorithm>
#include <string>

#include "app/icons.hpp"
#include "app/widgets/controls.hpp"

namespace planner::ui {
namespace {

ImVec4 faint(const ImVec4& colour) {
  const ImVec4 surface = colours().surface;
  constexpr float amount = 0.12f;
  return ImVec4(surface.x + (colour.x - surface.x) * amount, surface.y + (colour.y - surface.y) * amount,
                surface.z + (colour.z - surface.z) * amount, 1.0f);
}

}  // namespace

NoticeResponse notice(std::string_view name, std::string_view message, const char* action, const ImVec4& colour) {
  ImGui::PushID(name.data(), name.data() + name.size());
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  // The background goes under the content, whose height is known only once it is drawn.
  draw_list->ChannelsSplit(2);
  draw_list->ChannelsSetCurrent(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float padding = space(kSpaceS);
  ImGui::SetCursorScreenPos(ImVec2(start.x + padding, start.y + padding));
  ImGui::BeginGroup();
  NoticeResponse response = NoticeResponse::none;
  const float buttons =
      ImGui::CalcTextSize(action).x + ImGui::GetFrameHeight() * 2 + ImGui::GetStyle().ItemSpacing.x * 3;
  const float text_width = width - padding * 2 - buttons;
  ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(text_width, space(120)));
  coloured_text(colour, message);
  ImGui::PopTextWrapPos();
  ImGui::SameLine();
  if (ImGui::Button(action)) response = NoticeResponse::action;
  ImGui::SameLine();
  const std::string dismiss = "Dismiss " + std::string(name);
  if (icon_button(icons::kRemove, dismiss.c_str(), "Dismiss")) response = NoticeResponse::dismiss;
  ImGui::EndGroup();
  const float bottom = ImGui::GetItemRectMax().y + padding;
  draw_list->ChannelsSetCurrent(0);
  draw_list->AddRectFilled(start, ImVec2(start.x + width, bottom), ImGui::GetColorU32(faint(colour)),
                           ImGui::GetStyle().FrameRounding);
  draw_list->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(0, space(kSpaceS)));
  ImGui::PopID();
  return response;
}

}  // namespace planner::ui
