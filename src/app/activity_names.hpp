#pragma once
// How the app names and colours an activity wherever it appears (the Activities list, the
// Coverage matrix's columns, tests): its event kind (so it takes that kind's one colour), a
// short type word for narrow column headers, and the human label that names it.
#include <string>
#include <string_view>

#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"

namespace planner {

// The schedule's kind for an activity type id ("shadowing", "als", …): the ids are the kinds'
// names. Unknown types are drawn as shadowing, the commonest.
EventKind activity_kind(std::string_view type);
// "Shadow", "Observe", "ALS", "Mentor", "Guest", "Diary": fits a narrow column.
std::string_view activity_short_type(std::string_view type);
// "Shadowing a colleague on Mon 3 May 2027": the accessible name of the activity's row, its
// Coverage column and anything else that stands for it.
std::string activity_label(const Activity& activity);
std::string activity_label(std::string_view title, Date date);

}  // namespace planner
