#pragma once
// What the app needs from the platform it runs on: the clock, GPU painting and, as features
// arrive, files and links. The browser implements it in src/platform/web; the native app tests
// use a fake.
#include <string>

#include "core/date.hpp"
#include "imgui.h"

namespace planner {

class Host {
 public:
  virtual ~Host() = default;
  // Today in the user's time zone: the today line, "Next up", overdue items.
  virtual Date today() const = 0;
  // Now as an ISO 8601 UTC timestamp ("2026-11-25T14:03:00Z"): savedAt in plan files.
  virtual std::string now_utc() const = 0;
  // The draw callback that paints a TimelineBackground on the GPU, or nullptr to paint it with
  // ImGui rectangles (app/widgets/timeline_background.hpp).
  virtual ImDrawCallback timeline_painter() { return nullptr; }
};

}  // namespace planner
