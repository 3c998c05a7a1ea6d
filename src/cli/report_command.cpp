// planner-cli report: the printable, accessible HTML report of the plan.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/plan_input.hpp"
#include "cli/usage.hpp"
#include "core/report.hpp"
#include "core/schedule.hpp"

namespace planner::cli {

int run_report(std::span<const std::string_view> args) {
  Arguments arguments(args);
  const std::optional<std::string> output = arguments.take("-o");
  const std::string path = arguments.take_positional("PLAN.json");

  const Catalogue& catalogue = default_catalogue();
  const std::optional<Plan> plan = read_plan_file(path, catalogue);
  if (!plan) return kExitInvalid;
  const std::string html = export_report(catalogue, *plan, expand_schedule(catalogue, *plan), timestamp_now());
  return write_output(output, html) ? kExitOk : kExitInvalid;
}

}  // namespace planner::cli
