#include "app/views/hours.hpp"

#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner {

void draw_hours(const ViewContext& context) {
  ui::view_header(context.fonts.heading, "hours", "");
  for (const Event& event : context.derived.schedule.events) {
    ImGui::Text("%s  %s", event.start.display().c_str(), event.title.c_str());
  }
}

}  // namespace planner
