#pragma once
// What check and schedule share: their arguments, "PLAN.json [--json]", the errors those give,
// and reading the plan they name.
#include <functional>
#include <span>
#include <string_view>

#include "cli/plan_input.hpp"
#include "core/programme/catalogue.hpp"

namespace planner::cli {

// Prints a command's result for the plan read, as text or JSON; returns the exit code.
using PlanPrinter = std::function<int(const Catalogue& catalogue, const PlanInput& input, bool as_json)>;

// Parses "PLAN.json [--json]" (UsageError for a repeated --json, an unknown option, a missing or an
// extra argument), then prints for the plan (with_plan_input: exit 2 when it cannot be read).
int run_plan_command(std::span<const std::string_view> args, const PlanPrinter& print);

}  // namespace planner::cli
