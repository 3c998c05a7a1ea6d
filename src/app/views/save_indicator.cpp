#include "app/views/save_indicator.hpp"

#include <string>

#include "app/automation.hpp"
#include "app/icons.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner {

void draw_save_indicator(const SaveState& state, bool plan_open) {
  if (!plan_open && state.status == SaveStatus::saved) return;
  std::string text;
  ImVec4 colour = ui::colours().text_muted;
  switch (state.status) {
    case SaveStatus::saved:
      text = std::string(icons::kCheck) + " Saved in this browser";
      colour = ui::colours().success;
      break;
    case SaveStatus::saving: text = "Saving…"; break;
    case SaveStatus::failed:
      text = std::string(icons::kWarning) + " Not saved";
      colour = ui::colours().error;
      break;
    case SaveStatus::unavailable:
      if (state.problem == SaveProblem::demo) {
        text = std::string(icons::kInfo) + " Demo: changes are not kept";
        break;
      }
      text = std::string(icons::kWarning) + " Not kept in this browser";
      colour = ui::colours().warning;
      break;
    case SaveStatus::readonly:
      text = std::string(icons::kInfo) + " Read-only";
      colour = ui::colours().warning;
      break;
  }
  ui::coloured_text(colour, text);
  // Registered as an item so tests and assistive scripts can read the state where it is shown.
  automation::add_custom_item(ImGui::GetID("##save-state"), "Save state: " + std::string(to_string(state.status)),
                              ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (!state.message.empty()) ImGui::SetItemTooltip("%s", state.message.c_str());
}

}  // namespace planner
