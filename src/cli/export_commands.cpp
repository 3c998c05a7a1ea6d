// planner-cli ics, csv and report: the plan exported as the app's Export window gives it.
//   ics     the calendar as an iCalendar file, for Outlook, Google or Apple Calendar
//   csv     one row per event, for a spreadsheet, on standard output
//   report  the printable, accessible HTML report
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/plan_input.hpp"
#include "cli/usage.hpp"
#include "core/exports/csv.hpp"
#include "core/exports/ics.hpp"
#include "core/exports/report.hpp"

namespace planner::cli {
namespace {

enum class OutputFile { option, none };  // -o FILE accepted, or standard output only

// Reads PLAN.json and writes export_plan(catalogue, plan, schedule) to -o FILE or standard output.
template <typename Export>
int run_export(std::span<const std::string_view> args, OutputFile output_file, Export export_plan) {
  Arguments arguments(args);
  const std::optional<std::string> output = output_file == OutputFile::option ? arguments.take("-o") : std::nullopt;
  const std::string path = arguments.take_positional("PLAN.json");
  return with_plan_input(path, [&](const Catalogue& catalogue, const PlanInput& input) {
    return write_output(output, export_plan(catalogue, input.plan, input.schedule)) ? kExitOk : kExitInvalid;
  });
}

}  // namespace

// The export time (DTSTAMP, the report's "exported on") comes from timestamp_now():
// SOURCE_DATE_EPOCH makes scripted runs byte-identical.
int run_ics(std::span<const std::string_view> args) {
  return run_export(args, OutputFile::option, [](const Catalogue& catalogue, const Plan& plan, const auto& schedule) {
    return export_ics(catalogue, plan, schedule, timestamp_now());
  });
}

int run_csv(std::span<const std::string_view> args) {
  return run_export(args, OutputFile::none, [](const Catalogue& catalogue, const Plan& plan, const auto& schedule) {
    return export_csv(catalogue, plan, schedule);
  });
}

int run_report(std::span<const std::string_view> args) {
  return run_export(args, OutputFile::option, [](const Catalogue& catalogue, const Plan& plan, const auto& schedule) {
    return export_report(catalogue, plan, schedule, timestamp_now());
  });
}

}  // namespace planner::cli
