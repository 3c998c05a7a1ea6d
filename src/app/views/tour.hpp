#pragma once
// The guided tour of the demo, for induction sessions: a few steps, each pointing at a real
// widget (found through the automation item registry by its label, as tests find it), with a
// highlighted rectangle around it, the rest of the screen dimmed, and a callout saying what it is
// for, with "Back", "Next" and "Skip tour".
//
// Keyboard: the callout takes the focus at each step, with "Next" focused, so Enter or Space goes
// on; the right and left arrows go forward and back, Escape ends the tour; Tab moves between the
// callout's buttons.
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "app/view.hpp"
#include "imgui.h"

namespace planner {

struct ViewContext;

struct TourStep {
  View view;                // the view the step shows
  std::string_view target;  // the label of the item it points at (or its start: "Checks")
  std::string_view title;
  std::string_view text;
};

std::span<const TourStep> tour_steps();

struct TourHighlight {
  ImVec2 min, max;  // the target item's rectangle, CSS pixels
};

struct TourState {
  bool active = false;
  std::size_t step = 0;
  bool focus_pending = false;              // give the callout the keyboard focus this frame
  std::optional<TourHighlight> highlight;  // the target as last drawn (none: not on screen)
  float callout_height = 0;                // as last drawn, to keep the callout on screen
};

// Starts the tour at its first step (showing that step's view).
void start_tour(const ViewContext& context, TourState& state);

// Draws the highlight and the callout over everything else; call after the rest of the frame.
void draw_tour(const ViewContext& context, TourState& state);

}  // namespace planner
