// planner-cli csv: one row per event of the plan, for a spreadsheet, on standard output.
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/plan_input.hpp"
#include "cli/usage.hpp"
#include "core/csv.hpp"
#include "core/schedule.hpp"

namespace planner::cli {

int run_csv(std::span<const std::string_view> args) {
  Arguments arguments(args);
  const std::string path = arguments.take_positional("PLAN.json");

  const Catalogue& catalogue = default_catalogue();
  const std::optional<Plan> plan = read_plan_file(path, catalogue);
  if (!plan) return kExitInvalid;
  return write_output(std::nullopt, export_csv(catalogue, *plan, expand_schedule(catalogue, *plan))) ? kExitOk : kExitInvalid;
}

}  // namespace planner::cli
