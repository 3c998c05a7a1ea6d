#pragma once
// The first-run screen: "Plan my apprenticeship" (a start date prefilled with a sensible Monday,
// optional names, contracted hours, the off-the-job rule, modules at once, leave and busy
// periods) with "Suggest a plan", which builds a complete plan in one undo step, and "Explore
// the demo plan".
#include <string>

#include "core/planning/autoplan.hpp"

namespace planner {

struct ViewContext;

struct FirstRunState {
  bool prefilled = false;
  AutoplanRequest request;  // what the form holds; request.profile.start mirrors request.start
  std::string failure;      // why the last "Suggest a plan" could not build a plan
};

// The Monday a new apprentice most likely starts on: the next Monday from today.
Date suggested_start(Date today);

void draw_first_run(const ViewContext& context, FirstRunState& state);

}  // namespace planner
