#pragma once
// "Go to" in a view: the navigation asks once (Navigation::reveal) for an item to be scrolled into
// view. A view takes the request and acts on it over two frames, because a pane drawn for the
// first time learns its content height only at the end of that frame and Dear ImGui clamps
// scrolling to it; on the first frame alone the item could stay out of sight.
#include <string>
#include <string_view>

namespace planner::ui {

class RevealRequest {
 public:
  // Takes a new request out of `reveal` (which is cleared); call once a frame before drawing.
  void take(std::string& reveal);
  // The item being revealed this frame, or empty.
  const std::string& id() const { return id_; }
  bool wants(std::string_view id) const { return !id_.empty() && id_ == id; }
  // Call once a frame after drawing: the request ends after its second frame.
  void end_frame();

 private:
  std::string id_;
  int frames_left_ = 0;
};

}  // namespace planner::ui
