#include "cli/usage.hpp"

namespace planner::cli {

const std::string_view kUsage = R"(usage: planner-cli <command> [options]

Commands:
  autoplan --start YYYY-MM-DD [--leave FROM:TO]... [--max-concurrent N] [-o plan.json]
      Build a complete plan that breaks no rule, starting on the given day, around the leave
      periods (FROM and TO are YYYY-MM-DD, inclusive) and with at most N modules at once
      (default 2). Writes the plan file to plan.json, or to standard output; says how it was
      built on standard error. Exit 1 when no valid plan exists.
  check PLAN.json [--json]
      List the plan's findings (errors, warnings, notes). Exit 0 with no errors, 1 with errors,
      2 when the file is not a valid plan.
  schedule PLAN.json [--json]
      List every dated event of the plan: sessions, deadlines, milestones, activities, reviews,
      leave, induction, gateway and end-point assessment. --json prints
      {"events":[{"id","kind","title","start","end","module"?,"days"?}]}.

  --version   print the version
  --help      print this help

PLAN.json may be "-" for standard input. Dates are YYYY-MM-DD; event end dates are inclusive.
)";

}  // namespace planner::cli
