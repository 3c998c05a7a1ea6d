#include "app/views/timeline.hpp"

#include "app/view_context.hpp"
#include "app/widgets/controls.hpp"
#include "imgui.h"

namespace planner {

void draw_timeline(const ViewContext& context) {
  ui::view_header(context.fonts.heading, "timeline", "");
  for (const Event& event : context.derived.schedule.events) {
    ImGui::Text("%s  %s", event.start.display().c_str(), event.title.c_str());
  }
}

}  // namespace planner
