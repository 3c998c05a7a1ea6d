#include "app/demo.hpp"

#include <string>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner {
namespace {

constexpr float kRowHeight = 40.0f;  // CSS pixels at text scale 1, like the top bar's rows
constexpr const char* kTitle = "Demo plan \u2014 changes are not kept";
constexpr const char* kButtons[] = {"Take the tour", "Reset demo", "Leave demo"};

float buttons_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 0;
  for (const char* label : kButtons)
    width += ImGui::CalcTextSize(label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  return width;
}

std::string title_text() { return std::string(icons::kInfo) + "  " + kTitle; }

// One row when the title and the buttons fit side by side, else the buttons go under the title
// (a tablet at a large text size).
bool fits_one_row(float width) {
  return ImGui::CalcTextSize(title_text().c_str()).x + buttons_width() + ui::space(ui::kSpaceL) * 2 <= width;
}

}  // namespace

float demo_banner_height() {
  const float width = ImGui::GetContentRegionAvail().x;
  return ui::space(kRowHeight) * (fits_one_row(width) ? 1.0f : 1.8f);
}

DemoAction draw_demo_banner(const ViewContext& context, const DemoSession& session) {
  const float width = ImGui::GetContentRegionAvail().x;
  const bool one_row = fits_one_row(width);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + demo_banner_height());
  // The accent at low opacity over the surface: clearly not part of the plan, in every theme.
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddRectFilled(min, max, ImGui::GetColorU32(context.palette.surface));
  ImVec4 wash = context.palette.accent;
  wash.w = 0.16f;
  draw_list->AddRectFilled(min, max, ImGui::GetColorU32(wash));
  draw_list->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(context.palette.accent));

  const float inset = ui::space(14);
  const float row = ui::space(kRowHeight);
  const float frame = ImGui::GetFrameHeight();
  ImGui::SetCursorScreenPos(ImVec2(min.x + inset, min.y + (row - frame) / 2));
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(context.fonts.bold);
  ImGui::TextUnformatted(title_text().c_str());
  ImGui::PopFont();
  // Text is not an item: registered so tests and assistive scripts can see the demo is marked.
  automation::add_custom_item(ImGui::GetID("##demo-banner"), kTitle, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  const std::string shown_as = "Shown as on " + session.sample.today.display();
  const float after_title = ImGui::GetItemRectMax().x + ui::space(ui::kSpaceM);
  if (one_row && after_title + ImGui::CalcTextSize(shown_as.c_str()).x + buttons_width() + inset <= max.x) {
    ImGui::SameLine(0, ui::space(ui::kSpaceM));
    ui::muted_text(shown_as);
    ImGui::SetItemTooltip("The demo always shows the plan as on this day, so its story stays the same");
  }

  if (one_row) ImGui::SameLine(max.x - min.x - inset - buttons_width() + ImGui::GetStyle().ItemSpacing.x);
  else
    ImGui::SetCursorScreenPos(
        ImVec2(max.x - inset - buttons_width() + ImGui::GetStyle().ItemSpacing.x, min.y + row * 0.8f));
  DemoAction action = DemoAction::none;
  if (ui::primary_button(kButtons[0])) action = DemoAction::take_tour;
  ImGui::SetItemTooltip("A short walk through the planner's main parts");
  ImGui::SameLine();
  if (ImGui::Button(kButtons[1])) action = DemoAction::reset;
  ImGui::SetItemTooltip("Put the demo plan back as it was; your changes to it are dropped");
  ImGui::SameLine();
  if (ImGui::Button(kButtons[2])) action = DemoAction::leave;
  ImGui::SetItemTooltip("Close the demo and go back to your own plan");
  ImGui::SetCursorScreenPos(ImVec2(min.x, max.y));  // the body follows right under the banner
  return action;
}

}  // namespace planner
