#include "app/frame_pacer.hpp"

#include <algorithm>

namespace planner {

FramePlan FramePacer::after_frame(const FrameActivity& activity) {
  if (frames_left_ > 0) --frames_left_;
  if (frames_left_ > 0 || activity.input_pending || activity.button_or_key_held || activity.app_animating)
    return {.draw_next = true};

  std::optional<double> wake;
  const auto wake_at_most = [&wake](double seconds) { wake = wake ? std::min(*wake, seconds) : seconds; };
  if (activity.hovering_item) {
    for (double delay : kTooltipWakes) {
      if (activity.hovered_for < delay) {
        wake_at_most(delay - activity.hovered_for);
        break;
      }
    }
  }
  if (activity.text_input_active) wake_at_most(kCaretBlink);
  return {.draw_next = false, .wake_in = wake};
}

}  // namespace planner
