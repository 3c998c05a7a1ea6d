#pragma once
// Everything the app, the CLI and the exports derive from a plan: a pure function of
// (catalogue, plan), recomputed when the plan changes, never stored.
#include <vector>

#include "core/plan/plan.hpp"
#include "core/planning/coverage.hpp"
#include "core/planning/hours.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/rules/rules.hpp"

namespace planner {

struct Derived {
  Schedule schedule;
  std::vector<Finding> findings;  // most severe first, then by date
  FindingCounts counts;
  Coverage coverage;
  HoursSummary hours;  // off-the-job hours: the requirement, per week planned and logged
};

Derived derive(const Catalogue& catalogue, const Plan& plan);

}  // namespace planner
