#pragma once
// The selected dissertation milestone's editor: its title, due date, status, words written and
// target words (whole numbers in range, refused with a reason otherwise), notes, the findings
// that involve it with their fixes, and "Delete milestone" (undo brings it back). Each change is
// an edit; typing in one field merges into one undo step. Drawn in a ListDetail's details: the
// heading stays in view, the rest scrolls.
#include <vector>

#include "core/plan/plan.hpp"
#include "core/rules/rules.hpp"

namespace planner {

struct ViewContext;
struct DissertationState;

void draw_milestone_editor(const ViewContext& context, DissertationState& state, const Milestone& milestone,
                           const std::vector<const Finding*>& findings);

}  // namespace planner
