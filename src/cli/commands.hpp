#pragma once
// The planner-cli commands (docs/product.md "Interfaces"). Each takes the arguments after its name and
// returns the process exit code; bad usage throws UsageError (main prints it with the usage, 2).
#include <span>
#include <string_view>

namespace planner::cli {

// autoplan --start YYYY-MM-DD [--leave FROM:TO]... [--max-concurrent N] [-o plan.json]
int run_autoplan(std::span<const std::string_view> args);
// check PLAN.json [--json]: 0 no errors, 1 errors, 2 not a valid plan
int run_check(std::span<const std::string_view> args);
// schedule PLAN.json [--json]: every dated event
int run_schedule(std::span<const std::string_view> args);
// ics PLAN.json [-o FILE]: the calendar as iCalendar (RFC 5545)
int run_ics(std::span<const std::string_view> args);
// csv PLAN.json: one row per event, RFC 4180, UTF-8 with a byte order mark
int run_csv(std::span<const std::string_view> args);
// report PLAN.json [-o FILE.html]: the printable, accessible HTML report
int run_report(std::span<const std::string_view> args);

}  // namespace planner::cli
