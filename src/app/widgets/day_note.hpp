#pragma once
// Under a date field: why the day chosen may not suit (a weekend, a bank holiday, the apprentice's
// leave or a busy period at work), in the warning colour; nothing when it is a free working day.
#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner::ui {

// Draws the note at the cursor's indent (`indent`: CSS-scaled x, as the form's field column).
void day_note(const Catalogue& catalogue, const Plan& plan, Date day, float indent);

}  // namespace planner::ui
