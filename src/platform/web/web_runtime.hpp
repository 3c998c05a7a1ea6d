#pragma once
// What the browser input glue needs from the frame loop (web_main.cpp).

namespace planner::web {

// An event that may change the screen arrived: draw soon, and a few frames after.
void wake_for_event();

}  // namespace planner::web
