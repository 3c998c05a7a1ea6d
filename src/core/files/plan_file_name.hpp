#pragma once
// The name "Export plan" gives the downloaded file: the plan's name made safe for every file
// system (letters, digits, '-' and '_'; anything else becomes '-'), then the day, so exports sort
// by date and a second export on another day does not overwrite the first:
//   "Sam's plan" on 4 Jan 2027  →  "Sam-s-plan-2027-01-04.plan.json"
#include <string>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"

namespace planner {

std::string plan_file_name(const Plan& plan, Date today);

}  // namespace planner
