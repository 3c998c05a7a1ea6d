#pragma once
// The fields of one activity, shared by the "Add activity" form and the details of an activity
// being edited in place: kind, title, date (with a note when the day does not suit), the fields
// its kind uses (who, their role, the focus), off-the-job hours, the reflection, status, the
// standards and behaviours it evidences, and notes.
#include <optional>

#include "core/plan/plan.hpp"

namespace planner {

struct ViewContext;

// A new activity of `kind` with the programme's defaults: its hours and first reflection
// length, on the first free working day from tomorrow (or the start, if later).
Activity new_activity(const ViewContext& context, EventKind kind);

// The form's first step: the kinds of activity to choose from, each with what it counts for.
// Returns the chosen kind the frame one is chosen.
std::optional<EventKind> activity_type_choice(const ViewContext& context);

// Draws the fields of `activity`; returns the activity as changed the frame a field changes.
std::optional<Activity> activity_fields(const ViewContext& context, const Activity& activity);

}  // namespace planner
