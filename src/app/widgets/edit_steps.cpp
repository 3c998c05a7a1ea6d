#include "app/widgets/edit_steps.hpp"

#include "imgui_internal.h"

namespace planner::ui {

Edit one_step_unless_typing(Edit edit) {
  const ImGuiContext& g = *GImGui;
  const bool typing = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
  if (!typing) edit.merge_key.clear();
  return edit;
}

}  // namespace planner::ui
