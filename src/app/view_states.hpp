#pragma once
// The UI state each view keeps between frames (scroll positions are ImGui's; this is what ImGui
// does not know: zoom, filters, forms being filled in). Owned by the app, one per view.
#include <string>
#include <vector>

#include "app/views/activities.hpp"
#include "app/views/coverage.hpp"
#include "app/views/dissertation.hpp"
#include "app/views/exports_state.hpp"
#include "app/views/first_run.hpp"
#include "app/views/hours.hpp"
#include "app/views/modules.hpp"
#include "app/views/reviews.hpp"
#include "app/views/timeline_state.hpp"
#include "app/views/tour.hpp"

namespace planner {

struct ViewStates {
  FirstRunState first_run;
  ModulesState modules;
  DissertationState dissertation;
  ActivitiesState activities;
  ReviewsState reviews;
  CoverageState coverage;
  TimelineState timeline;
  ExportState exports;  // exports, share links and the mentor review
  // How "Suggest a plan" built the current plan, one line per decision (shown in Next up until
  // dismissed).
  std::vector<std::string> plan_explanation;
  bool checks_open = false;  // the Checks panel beside the view
  HoursState hours;
  TourState tour;  // the demo's guided tour
};

}  // namespace planner
