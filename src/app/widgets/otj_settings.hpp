#pragma once
// The off-the-job terms of a profile as form rows: contracted hours, the off-the-job rule (one
// of the programme's policies, which depend on the start date) and the rule's figure in the unit
// it measures. Shared by the first-run form, which fills in a draft, and the Hours view, which
// turns each change into an edit of the plan's profile.
#include <string>

#include "app/widgets/fields.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner::ui {

// Draws the rows (labels in a column `label_width` wide) and returns true the frame the user
// changes `profile`. Choosing another rule resets the figure to that rule's own, since a
// percentage means nothing as hours a week.
bool otj_settings_fields(const Catalogue& catalogue, Profile& profile, FieldBuffers& buffers, float label_width);

// How a rule's figure is measured: "% of contracted hours", "hours a week on average", "hours in total".
std::string otj_figure_unit(const OtjPolicy& policy);

}  // namespace planner::ui
