#pragma once
// Which edits share an undo step. Typing into a field sends an edit per keystroke, and they merge
// into one step while the field is held (the edit's merge key); any other change of the same item
// (a checkbox, a choice, a button) is a step of its own, even straight after typing in it, so
// Ctrl+Z takes back exactly what the user thinks of as one change.
#include "core/plan/document.hpp"

namespace planner::ui {

// The edit as it should be queued now: merging only while a text field is being typed in.
Edit one_step_unless_typing(Edit edit);

}  // namespace planner::ui
