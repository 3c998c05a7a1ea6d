#include "core/planning/derived.hpp"

namespace planner {

Derived derive(const Catalogue& catalogue, const Plan& plan) {
  Derived derived;
  derived.schedule = expand_schedule(catalogue, plan);
  derived.findings = check_plan(catalogue, plan, derived.schedule);
  derived.counts = count_findings(derived.findings);
  derived.coverage = compute_coverage(catalogue, plan);
  derived.hours = summarise_hours(catalogue, plan, derived.schedule);
  return derived;
}

}  // namespace planner
