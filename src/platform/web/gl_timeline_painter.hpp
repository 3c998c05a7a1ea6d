#pragma once
// Paints TimelineBackground (app/widgets/timeline_background.hpp) with WebGL2 and the shaders in
// shaders/timeline_background.{vert,frag}: one quad, exact per device pixel at any zoom.
//
// The program is compiled on first use (not at start-up: the first frame does not wait for it),
// once. A compile or link error is printed with its shader name and line, and the painter then
// reports itself unavailable so the timeline falls back to paint_with_draw_list. The day data
// goes to a one-row RGBA8 texture (r = flags, g = workload), uploaded only when it changes.
#include "imgui.h"

namespace planner::web {

// The ImGui draw callback that paints a TimelineBackground given as its user data, or nullptr
// when WebGL2 painting is unavailable (the shaders did not compile).
ImDrawCallback timeline_painter();

}  // namespace planner::web
