#pragma once
// Demo mode (docs/product.md §16): the demo plan (core/programme/demo_plan.hpp) on screen in place of the user's
// own document, for induction sessions and for trying the planner without commitment.
//
// The user's plan is set aside untouched while the demo is open and put back when they leave it
// (as an opened plan: a new revision with no undo history, so caches keyed by the revision never
// see an old revision again). Nothing in the demo is kept: the app reports keeps_plan() == false,
// so persistence neither loads nor saves while it is open. "Reset demo" puts the sample back with
// an empty undo history; "Take the tour" walks through the real widgets (views/tour.hpp).
#include "app/view_context.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/demo_plan.hpp"

namespace planner {

struct DemoSession {
  DemoPlan sample;              // the plan as shipped and the day it is shown as on
  Plan users_plan;              // what was open before the demo, put back on "Leave demo"
  Navigation users_navigation;  // where the user was in it
};

// What the demo banner asks of the app this frame.
enum class DemoAction { none, open, take_tour, reset, leave };

// The banner under the top bar while the demo is open: "Demo plan — changes are not kept", the
// demo's date, and the buttons "Take the tour", "Reset demo" and "Leave demo".
DemoAction draw_demo_banner(const ViewContext& context, const DemoSession& session);
// Its height at the current text size, so the app can lay the body out under it.
float demo_banner_height();

}  // namespace planner
