#pragma once
// The figures the checks and the auto-planner work to. Defaults come from the programme's data
// file; a plan carries its own copy so the apprentice can change them.

namespace planner {

struct RuleSettings {
  int max_concurrent_modules = 2;           // modules running at once (week 1 to final submission)
  int min_days_between_deadlines = 14;      // two deadlines closer than this are flagged
  int review_interval_weeks = 6;            // tripartite progress reviews at least this often
  int shadowing_window_months = 6;          // some shadowing planned in every window this long
  int proposal_module_latest_position = 2;  // Module 2 among the first N modules
  bool operator==(const RuleSettings&) const = default;
};

}  // namespace planner
