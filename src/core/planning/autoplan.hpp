#pragma once
// "Suggest a plan": builds a complete plan that breaks no rule from a start date, leave, bank
// holidays and the settings. Deterministic: the same request gives the same plan, byte for byte.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

struct AutoplanRequest {
  Date start;                   // first day on programme; modules start on Mondays from here
  std::vector<Period> periods;  // leave and busy periods to plan around
  int max_concurrent_modules = 2;
  Profile profile;  // names, contracted hours, policy; its start is set from `start`
};

struct AutoplanResult {
  std::optional<Plan> plan;              // complete and without error findings, or nothing
  std::vector<std::string> explanation;  // how it was built: one plain-English line per decision
  std::string failure;                   // why no valid plan exists, when `plan` is empty
};

AutoplanResult autoplan(const Catalogue& catalogue, const AutoplanRequest& request);

}  // namespace planner
