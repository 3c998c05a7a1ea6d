#pragma once
// Reading the plan file a command was given: the file (or "-" for standard input), read no
// further than the loader's size cap, then loaded by the core's strict loader.
#include <optional>
#include <string>

#include "core/catalogue.hpp"
#include "core/plan.hpp"

namespace planner::cli {

// The plan, or nothing after telling stderr what is wrong and where:
//   planner-cli: p.json is not a valid plan: it has 2 problems.
//     /plan/activities/3/date: "2027-02-30" is not a real date
std::optional<Plan> read_plan_file(const std::string& path, const Catalogue& catalogue);

}  // namespace planner::cli
