#pragma once
// The save state in the status bar, always visible: "✓ Saved in this browser",
// "Saving…", "⚠ Not saved", "Not kept in this browser", "Read-only", with the full message as
// its tooltip. The banners (save_notices.hpp) carry the way out when something is wrong.
#include "core/storage/save_state.hpp"

namespace planner {

// `plan_open`: false on the first-run screen, where there is nothing to save yet.
void draw_save_indicator(const SaveState& state, bool plan_open);

}  // namespace planner
