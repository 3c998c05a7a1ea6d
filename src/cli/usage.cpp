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
  ics PLAN.json [-o FILE]
      Write the plan's calendar as an iCalendar file (RFC 5545) for Outlook, Google or Apple
      Calendar: sessions, deadlines (with reminders a week and a day before), milestones,
      activities, reviews, induction, gateway and end-point assessment. Importing a later export
      updates the same entries. To FILE, or to standard output.
  csv PLAN.json
      Write every event of the plan as CSV (RFC 4180, UTF-8 with a byte order mark, for Excel)
      to standard output: start, end, kind, title, module, status, hours, location, details.
  report PLAN.json [-o FILE.html]
      Write the printable, accessible HTML report of the plan (summary, modules, timeline,
      dissertation, activities, reviews, checks, coverage, hours). To FILE.html, or to
      standard output.

  --version   print the version
  --help      print this help

PLAN.json may be "-" for standard input. Dates are YYYY-MM-DD; event end dates are inclusive.
The time written into exported files is now, or SOURCE_DATE_EPOCH when it is set.
)";

}  // namespace planner::cli
