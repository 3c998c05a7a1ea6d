// Writes the large plan (core/programme/sample_plans.hpp) as a plan file on standard output: the browser
// half of `make bench` loads it into the app to time frames at the size the budgets are set for.
#include <iostream>

#include "core/files/plan_file.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/sample_plans.hpp"

int main() {
  const planner::Plan plan = planner::make_large_plan(planner::default_catalogue());
  std::cout << planner::save_plan_file(plan, "2027-01-04T09:30:00Z");
  return std::cout ? 0 : 1;
}
