// The timeline canvas on the large plan (three years, 60 activities, 30 reviews): each frame it
// draws and registers only the marks in view, so its cost follows the view, not the plan.
#include <gtest/gtest.h>

#include <set>

#include "app/automation.hpp"
#include "app/views/timeline_model.hpp"
#include "app/widgets/timeline_canvas.hpp"
#include "core/planning/derived.hpp"
#include "core/programme/sample_plans.hpp"
#include "headless_ui.hpp"
#include "imgui.h"

namespace planner {
namespace {

class TimelineLargePlan : public ::testing::Test {
 protected:
  void SetUp() override {
    const DateRange days = timeline_days(derived.schedule, plan.profile.start, plan.profile.start);
    model = build_timeline_model(catalogue, plan, derived, Theme::light, days);
    for (const ui::TimelineRow& row : model.chart.rows)
      for (const ui::TimelineMark& mark : row.marks) mark_ids.insert(mark.id);
    options.initial_day = days_between(days.first, plan.profile.start);
  }

  // One frame of the canvas alone in a 1280×720 window; returns how many marks it registered.
  std::size_t frame() {
    ImGui::NewFrame();
    automation::begin_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 720));
    ImGui::Begin("large plan", nullptr, ImGuiWindowFlags_NoDecoration);
    ui::timeline_canvas("##Timeline chart", canvas, model.chart, options, ImVec2(1240, 680));
    ImGui::End();
    ImGui::Render();
    automation::end_frame();
    std::size_t registered = 0;
    for (const automation::Item& item : automation::last_frame_items()) registered += mark_ids.count(item.id);
    return registered;
  }

  testing::HeadlessUi ui;  // an ImGui context with the app's fonts and palette
  const Catalogue& catalogue = default_catalogue();
  const Plan plan = make_large_plan(catalogue);
  const Derived derived = derive(catalogue, plan);
  TimelineModel model;
  std::set<ImGuiID> mark_ids;
  ui::TimelineCanvasState canvas;
  ui::TimelineCanvasOptions options;
};

TEST_F(TimelineLargePlan, OnlyTheMarksInViewAreDrawnAndRegistered) {
  ASSERT_GT(mark_ids.size(), 150u) << "the large plan fills the chart";
  frame();
  const std::size_t months = frame();
  EXPECT_GT(months, 0u);
  EXPECT_LT(months, mark_ids.size() / 3) << "about six months of three years are in view";
  canvas.zoom_request = ZoomLevel::terms;
  frame();
  const std::size_t terms = frame();
  EXPECT_GT(terms, months) << "two years in view show more";
}

TEST_F(TimelineLargePlan, ZoomingOutStopsAtTheWholeChart) {
  canvas.zoom_request = ZoomLevel::terms;
  frame();
  // Zooming out beyond the plan's days stops at the whole chart.
  for (int i = 0; i < 20; ++i) canvas.scale = zoom_around(canvas.scale, 0.5, 0);
  frame();
  EXPECT_NEAR(canvas.scale.days_across(static_cast<double>(canvas.chart_width)), model.chart.day_count, 1.0);
}

}  // namespace
}  // namespace planner
