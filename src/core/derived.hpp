#pragma once
// Everything the app, the CLI and the exports derive from a plan: a pure function of
// (catalogue, plan), recomputed when the plan changes, never stored.
#include <vector>

#include "core/catalogue.hpp"
#include "core/coverage.hpp"
#include "core/plan.hpp"
#include "core/rules.hpp"
#include "core/schedule.hpp"

namespace planner {

struct Derived {
  Schedule schedule;
  std::vector<Finding> findings;  // most severe first, then by date
  FindingCounts counts;
  Coverage coverage;
};

Derived derive(const Catalogue& catalogue, const Plan& plan);

}  // namespace planner
