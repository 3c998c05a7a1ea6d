#pragma once
// When to draw. Idle means idle: a frame is drawn only when something may have changed what is on
// screen, and nothing is drawn otherwise (window.planner.frames() stays put).
//
// The policy, in one place:
//  - any input, resize, colour-scheme, storage or timer event: draw, then kFramesAfterEvent more
//    (Dear ImGui settles layout, hover and popups over a couple of frames);
//  - while a mouse button or key is held, or input events are still queued: keep drawing;
//  - while an item is hovered and its tooltip delay has not passed: wake once when it has;
//  - while a text field is active: wake for the caret's blink;
//  - while the app animates (a smooth zoom), keep drawing.
// A debounced autosave is not a reason to draw: it runs in tasks of its own (web_main.cpp).
#include <optional>

namespace planner {

// What the last frame left running, read off Dear ImGui and the app after each frame.
struct FrameActivity {
  bool input_pending = false;       // events still queued (ImGui trickles them over frames)
  bool button_or_key_held = false;  // a drag or a key repeat in progress
  bool hovering_item = false;       // an item is hovered
  double hovered_for = 0;           // seconds the same item has been hovered
  bool text_input_active = false;   // the caret is blinking in a text field
  bool app_animating = false;       // the app is animating (e.g. a smooth zoom)
};

// What to do after a frame: draw at the next animation frame, or sleep until a wake-up, or sleep.
struct FramePlan {
  bool draw_next = false;
  std::optional<double> wake_in = std::nullopt;  // seconds; only when !draw_next
};

class FramePacer {
 public:
  static constexpr int kFramesAfterEvent = 3;
  // Tooltip delays (style.HoverDelayShort and HoverDelayNormal) plus a margin, in seconds.
  static constexpr double kTooltipWakes[] = {0.18, 0.45};
  static constexpr double kCaretBlink = 0.5;

  // Something happened that may change the screen.
  void on_event() { frames_left_ = kFramesAfterEvent; }
  FramePlan after_frame(const FrameActivity& activity);

 private:
  int frames_left_ = kFramesAfterEvent;  // the first frames after start-up
};

}  // namespace planner
