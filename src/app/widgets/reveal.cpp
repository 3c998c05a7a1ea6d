#include "app/widgets/reveal.hpp"

namespace planner::ui {

void RevealRequest::take(std::string& reveal) {
  if (reveal.empty()) return;
  id_ = std::move(reveal);
  reveal.clear();
  frames_left_ = 2;
}

void RevealRequest::end_frame() {
  if (frames_left_ > 0 && --frames_left_ == 0) id_.clear();
}

}  // namespace planner::ui
