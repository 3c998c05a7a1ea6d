// planner-cli autoplan: "Suggest a plan" from the command line.
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/usage.hpp"
#include "core/files/plan_file.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/planning/autoplan.hpp"

namespace planner::cli {
namespace {

Period parse_leave(std::string_view value, int number) {
  const std::size_t colon = value.find(':');
  if (colon == std::string_view::npos) {
    throw UsageError("--leave: \"" + std::string(value) + "\" should be FROM:TO, two days as YYYY-MM-DD");
  }
  Period period;
  period.id = "leave-" + std::to_string(number);
  period.kind = PeriodKind::leave;
  period.label = "Leave";
  period.first = parse_date_option("--leave", value.substr(0, colon));
  period.last = parse_date_option("--leave", value.substr(colon + 1));
  if (period.last < period.first) {
    throw UsageError("--leave: " + std::string(value) + " ends before it starts");
  }
  return period;
}

}  // namespace

int run_autoplan(std::span<const std::string_view> args) {
  Arguments arguments(args);
  AutoplanRequest request;
  const std::optional<std::string> start = arguments.take("--start");
  if (!start) throw UsageError("autoplan needs --start YYYY-MM-DD");
  request.start = parse_date_option("--start", *start);
  int number = 0;
  for (const std::string& leave : arguments.take_all("--leave"))
    request.periods.push_back(parse_leave(leave, ++number));
  if (const auto max = arguments.take("--max-concurrent")) {
    request.max_concurrent_modules =
        parse_int_option("--max-concurrent", *max, static_cast<int>(limits::kMaxConcurrentModules.min),
                         static_cast<int>(limits::kMaxConcurrentModules.max));
  }
  const std::optional<std::string> output = arguments.take("-o");
  arguments.expect_empty();

  const AutoplanResult result = autoplan(default_catalogue(), request);
  for (const std::string& line : result.explanation) std::cerr << line << "\n";
  if (!result.plan) {
    std::cerr << "planner-cli: no valid plan: " << result.failure << "\n";
    return kExitFindings;
  }
  return write_output(output, save_plan_file(*result.plan, timestamp_now())) ? kExitOk : kExitInvalid;
}

}  // namespace planner::cli
