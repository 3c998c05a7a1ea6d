// App: the demo (app.hpp, demo.hpp): opening it with the user's plan set aside, resetting it,
// leaving it with their plan put back, and the banner's "Take the tour".
#include <utility>

#include "app/app.hpp"
#include "app/views/tour.hpp"

namespace planner {

void App::apply_demo_action(DemoAction action) {
  switch (action) {
    case DemoAction::none: break;
    case DemoAction::open: open_demo(); break;
    case DemoAction::take_tour: start_tour(view_context(derived()), states_.tour); break;
    case DemoAction::reset: reset_demo(); break;
    case DemoAction::leave: leave_demo(); break;
  }
}

void App::open_demo() {
  if (demo_) return;
  demo_ = DemoSession{
      .sample = load_demo_plan(catalogue_), .users_plan = document_.plan(), .users_navigation = navigation_};
  show_demo_plan();
}

void App::reset_demo() {
  if (demo_) show_demo_plan();
}

void App::leave_demo() {
  if (!demo_) return;
  DemoSession session = std::move(*demo_);
  demo_.reset();
  document_.reset(std::move(session.users_plan));
  navigation_ = std::move(session.users_navigation);
  states_.tour = {};
  edit_problem_.clear();
  if (!keeper_started_) start_keeping_plans();  // the app started in the demo: now the user's plans
  host_.demo_left();
}

// The demo plan as shipped, from the top: a new revision with no undo history, no tour.
void App::show_demo_plan() {
  document_.reset(demo_->sample.plan);
  navigation_ = Navigation{};
  states_.tour = {};
  states_.plan_explanation.clear();
  edit_problem_.clear();
}

}  // namespace planner
