#pragma once
// Ticking several things off a list of long statements: the standards and behaviours an activity
// evidences, who attends a review. Each row is one item (a box and its text, wrapped to the
// width), so a click or Enter anywhere on the text toggles it, and planner.items() reports it by
// its text with its checked state.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace planner::ui {

// A checkbox whose label wraps onto as many lines as it needs, with an optional second line in
// `note_colour` beneath it (why it matters, a gap). `id` keeps the item's identity when the text
// changes. Returns true the frame it is toggled.
bool wrapped_checkbox(std::string_view id, std::string_view label, bool* checked, std::string_view note = {},
                      const ImVec4* note_colour = nullptr, std::string_view tooltip = {});

struct CheckOption {
  std::string value;                  // what is stored: a catalogue id
  std::string label;                  // what is shown: the statement, the name
  std::string note;                   // muted line beneath it; empty for none
  std::optional<ImVec4> note_colour;  // the note's colour when it is a warning
  std::string tooltip;                // more about it on hover; empty for none
};

// A list of options to tick; returns the new selection (in the options' order) the frame one is
// toggled. Values in `selected` that no option offers are kept.
std::optional<std::vector<std::string>> checklist(std::string_view name, const std::vector<CheckOption>& options,
                                                  const std::vector<std::string>& selected);

}  // namespace planner::ui
