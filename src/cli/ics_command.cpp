// planner-cli ics: the plan's calendar as an iCalendar file, for Outlook, Google or Apple Calendar.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/plan_input.hpp"
#include "cli/usage.hpp"
#include "core/ics.hpp"
#include "core/schedule.hpp"

namespace planner::cli {

int run_ics(std::span<const std::string_view> args) {
  Arguments arguments(args);
  const std::optional<std::string> output = arguments.take("-o");
  const std::string path = arguments.take_positional("PLAN.json");

  const Catalogue& catalogue = default_catalogue();
  const std::optional<Plan> plan = read_plan_file(path, catalogue);
  if (!plan) return kExitInvalid;
  // DTSTAMP is the export time: SOURCE_DATE_EPOCH makes scripted runs byte-identical.
  const std::string calendar = export_ics(catalogue, *plan, expand_schedule(catalogue, *plan), timestamp_now());
  return write_output(output, calendar) ? kExitOk : kExitInvalid;
}

}  // namespace planner::cli
