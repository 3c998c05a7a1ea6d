#pragma once
// The demo plan that tutors show at induction (docs/product.md §16): a realistic apprentice a few
// months into the programme, kept as an ordinary plan file in data/samples/demo-plan.json and
// embedded into the binary, so the demo runs offline from one file.
//
// The demo tells the same story every time: it is shown as on a fixed day, its own "today", taken
// from the file's savedAt (the plan as it was on the day it was saved). Overdue items, "Next up"
// and the today line therefore never drift as real time passes.
#include <string_view>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

inline constexpr std::string_view kDemoPlanFile = "samples/demo-plan.json";  // under data/

struct DemoPlan {
  Plan plan;
  Date today;  // the day the demo is shown as on
};

// Loads the embedded demo plan against the catalogue. Throws std::logic_error when it does not
// load cleanly: the file ships inside the binary, so that is a build defect (the unit test
// tests/unit/demo_plan_test.cpp catches it first), never a user's problem.
DemoPlan load_demo_plan(const Catalogue& catalogue);

}  // namespace planner
