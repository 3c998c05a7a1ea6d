#pragma once
// Reading the plan file a command was given: the file (or "-" for standard input), read no
// further than the loader's size cap, loaded by the core's strict loader and expanded into its
// schedule, which every command but autoplan works on.
#include <functional>
#include <optional>
#include <string>

#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner::cli {

struct PlanInput {
  Plan plan;
  Schedule schedule;
};

// The plan and its schedule, or nothing after telling stderr what is wrong and where:
//   planner-cli: p.json is not a valid plan: it has 2 problems.
//     /plan/activities/3/date: "2027-02-30" is not a real date
std::optional<PlanInput> read_plan_input(const std::string& path, const Catalogue& catalogue);

// Every command's plan: read_plan_input against the shipped catalogue, then use(catalogue, input),
// whose exit code it returns; 2 when the plan cannot be read.
int with_plan_input(const std::string& path, const std::function<int(const Catalogue&, const PlanInput&)>& use);

}  // namespace planner::cli
