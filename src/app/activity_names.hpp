#pragma once
// How the app names an activity wherever it appears (the Activities list, the Coverage
// matrix's columns, tests): a short type word for narrow column headers, and the human label
// that names it.
#include <string>
#include <string_view>

#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"

namespace planner {

// "Shadow", "Observe", "ALS", "Mentor", "Guest", "Diary": fits a narrow column.
std::string_view activity_short_type(EventKind kind);
// "Shadowing a colleague on Mon 3 May 2027": the accessible name of the activity's row, its
// Coverage column and anything else that stands for it.
std::string activity_label(const Activity& activity);
std::string activity_label(std::string_view title, Date date);

}  // namespace planner
