#pragma once
// Plans built for measuring and testing the core at scale (not the demo plan, which is data in
// data/samples/). Deterministic: the same catalogue gives the same plan.
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// A three-year plan at the sizes the performance budgets are stated for: every module and
// milestone, 60 activities, 30 progress reviews, 500 logged hours entries, and leave each summer
// and Christmas. Starts on Mon 4 Jan 2027.
Plan make_large_plan(const Catalogue& catalogue);

}  // namespace planner
