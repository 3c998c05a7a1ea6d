// The Coverage view: a gap appears when its only evidence goes and "Plan shadowing" fills it,
// column headers lead to their piece of evidence, the filters, and a matrix of 60+ activity
// columns that draws only what is in view with its first columns and header kept in place.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/activity_names.hpp"
#include "app/icons.hpp"
#include "app/views/coverage.hpp"
#include "core/planning/coverage.hpp"
#include "core/programme/sample_plans.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"
#include "view_harness.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

// A behaviour the suggested plan evidences by exactly one activity, and that activity.
struct OnlyEvidence {
  const Behaviour* behaviour = nullptr;
  Activity activity;
};

OnlyEvidence find_only_evidence(const Plan& plan) {
  for (const Behaviour& behaviour : default_catalogue().behaviours) {
    std::vector<const Activity*> evidence;
    for (const Activity& activity : plan.activities)
      if (std::find(activity.behaviours.begin(), activity.behaviours.end(), behaviour.id) != activity.behaviours.end())
        evidence.push_back(&activity);
    if (evidence.size() == 1) return {&behaviour, *evidence.front()};
  }
  return {};
}

TEST(Coverage, AGapAppearsWhenItsOnlyEvidenceGoesAndPlanShadowingFillsIt) {
  HeadlessUi ui;
  ui.click("Suggest a plan");
  const OnlyEvidence only = find_only_evidence(plan_of(ui));
  ASSERT_NE(only.behaviour, nullptr);
  const std::string plan_for = "Plan shadowing for " + only.behaviour->name;

  ui.click("Coverage");
  EXPECT_NE(ui.find("Gaps (0)"), nullptr);
  EXPECT_EQ(ui.find(plan_for), nullptr);

  // The row's details list what evidences it, each a way there: the activity is deleted there.
  testing::scroll_to(ui, only.behaviour->name, default_catalogue().standards.front().text);
  ui.click(only.behaviour->name);
  ui.click(std::string(icons::kCircle) + " " + activity_label(only.activity));
  ASSERT_EQ(ui.app().view(), View::activities);
  ui.click(std::string(icons::kRemove) + " Delete activity");

  ui.click("Coverage");
  ASSERT_TRUE(compute_coverage(default_catalogue(), plan_of(ui)).row(only.behaviour->id)->gap());
  EXPECT_NE(ui.find("Gaps (1)"), nullptr);
  ui.click("Gaps (1)");
  testing::settle(ui);
  EXPECT_NE(ui.find(only.behaviour->name), nullptr);
  EXPECT_EQ(ui.find(default_catalogue().standards.front().text), nullptr) << "only the gap is listed";

  // Acting on the gap opens the Activities form, filled in to evidence it.
  ui.click(plan_for);
  ASSERT_EQ(ui.app().view(), View::activities);
  EXPECT_NE(ui.find("Who you shadow"), nullptr);
  testing::scroll_to(ui, only.behaviour->name, "Title");
  const automation::Item* ticked = ui.find(only.behaviour->name);
  ASSERT_NE(ticked, nullptr);
  EXPECT_TRUE(ticked->checked);
  ui.click("Add activity");
  const Coverage after = compute_coverage(default_catalogue(), plan_of(ui));
  EXPECT_FALSE(after.row(only.behaviour->id)->gap());
  EXPECT_EQ(after.gaps(), 0);
}

TEST(Coverage, PlanAnotherActivityAsksForTheKindAndKeepsWhatItEvidences) {
  HeadlessUi ui;
  ui.click("Suggest a plan");
  ui.click("Coverage");
  const Standard& standard = default_catalogue().standards.front();
  ui.click(standard.text);
  ui.click("Plan another activity for this");
  ASSERT_EQ(ui.app().view(), View::activities);
  ui.click("Peer observation");
  testing::scroll_to(ui, standard.text, "Title");
  const automation::Item* ticked = ui.find(standard.text);
  ASSERT_NE(ticked, nullptr);
  EXPECT_TRUE(ticked->checked);
  ui.click("Add activity");
  const Plan& plan = plan_of(ui);
  const auto added = std::find_if(plan.activities.begin(), plan.activities.end(), [&](const Activity& a) {
    return a.kind == EventKind::peer_observation && a.standards == std::vector<std::string>{standard.id};
  });
  EXPECT_NE(added, plan.activities.end());
}

TEST(Coverage, ColumnHeadersLeadToTheirPieceOfEvidence) {
  HeadlessUi ui;
  ui.click("Suggest a plan");
  ui.click("Coverage");
  const Module& module = *default_catalogue().module("M2");
  ui.click("Module 2: " + module.title);
  EXPECT_EQ(ui.app().view(), View::modules);

  ui.click("Coverage");
  const Coverage coverage = compute_coverage(default_catalogue(), plan_of(ui));
  ui.click("Columns shown");
  ui.click("Activities (" + std::to_string(coverage.columns.size() - 8) + ")");
  const auto first = std::find_if(coverage.columns.begin(), coverage.columns.end(),
                                  [](const CoverageColumn& c) { return c.kind == CoverageColumn::Kind::activity; });
  ASSERT_NE(first, coverage.columns.end());
  ui.click(activity_label(first->title, *first->date));
  EXPECT_EQ(ui.app().view(), View::activities);
  EXPECT_NE(ui.find(std::string(icons::kRemove) + " Delete activity"), nullptr) << "it is selected";
}

TEST(Coverage, RowsShowTheirStatusAndSelectingOneShowsWhatEvidencesIt) {
  HeadlessUi ui;
  ui.click("Suggest a plan");
  ui.click("Coverage");
  const Standard& standard = default_catalogue().standards.front();
  ui.click(standard.text);
  // Module 1, 4 and 7 teach it; each is a way there.
  for (const char* id : {"M1", "M4", "M7"}) {
    const Module& module = *default_catalogue().module(id);
    EXPECT_NE(ui.find(std::string(icons::kCircle) + " Module " + std::to_string(module.number) + ": " + module.title),
              nullptr)
        << id;
  }
  ui.click("Close details");
  EXPECT_EQ(ui.find("Plan shadowing for this"), nullptr);
}

// The large plan with every activity evidencing a standard and a behaviour: 60+ columns.
Plan large_plan_with_evidence() {
  Plan plan = make_large_plan(default_catalogue());
  const Catalogue& catalogue = default_catalogue();
  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    plan.activities[i].standards = {catalogue.standards[i % catalogue.standards.size()].id};
    plan.activities[i].behaviours = {catalogue.behaviours[i % catalogue.behaviours.size()].id};
  }
  return plan;
}

TEST(Coverage, SixtyActivityColumnsDrawOnlyWhatIsInViewWithTheFirstColumnsKept) {
  testing::ViewHarness view(large_plan_with_evidence(), draw_coverage);
  const Coverage& coverage = view.derived().coverage;
  ASSERT_GE(coverage.columns.size(), 60u);
  int headers = 0;
  for (const CoverageColumn& column : coverage.columns) {
    if (column.kind != CoverageColumn::Kind::activity) continue;
    headers += view.find(activity_label(column.title, *column.date)) != nullptr ? 1 : 0;
  }
  EXPECT_GT(headers, 0) << "the first activity columns are in view";
  EXPECT_LT(headers, 15) << "the rest are scrolled out and not drawn";
  // Every standard's row label is drawn or clipped by the rows in view: the first one is.
  EXPECT_NE(view.find(default_catalogue().standards.front().text), nullptr);
}

TEST(Coverage, RevealingAStandardSelectsItsRow) {
  testing::ViewHarness view(large_plan_with_evidence(), draw_coverage);
  const Behaviour& last = default_catalogue().behaviours.back();
  view.navigation.go_to(View::coverage, last.id);
  view.frame();
  view.frame();
  EXPECT_EQ(view.states.coverage.selected_row, last.id);
  EXPECT_TRUE(view.navigation.reveal.empty());
  EXPECT_NE(view.find(last.name), nullptr);
  EXPECT_NE(view.find("Plan shadowing for this"), nullptr);
}

}  // namespace
}  // namespace planner
