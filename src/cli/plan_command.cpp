#include "cli/plan_command.hpp"

#include <string>

#include "cli/arguments.hpp"

namespace planner::cli {

int run_plan_command(std::span<const std::string_view> args, const PlanPrinter& print) {
  Arguments arguments(args);
  const bool as_json = arguments.take_flag("--json");
  const std::string path = arguments.take_positional("PLAN.json");
  return with_plan_input(
      path, [&](const Catalogue& catalogue, const PlanInput& input) { return print(catalogue, input, as_json); });
}

}  // namespace planner::cli
