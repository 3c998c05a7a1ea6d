#pragma once
// What a plan names in the programme's catalogue must exist there: the programme itself, module
// ids, timetable session and deadline ids, activity types, standards, behaviours, review
// attendees, the off-the-job policy and EPA steps. Checked when a file is opened, so nothing
// downstream (schedule, checks, views, exports) ever meets a dangling id. A catalogue that
// renames an id therefore needs a plan migration; the frozen fixtures catch a rename that forgot.
#include <string>
#include <vector>

#include "core/files/load_problem.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// Problems with pointers starting at `at` (the plan's own pointer, "/plan" in a file), in the
// plan's item order; at most limits::kMaxProblems.
std::vector<LoadProblem> check_catalogue_references(const Catalogue& catalogue, const Plan& plan,
                                                    const std::string& at = "/plan");

}  // namespace planner
