#include <gtest/gtest.h>

#include "app/automation.hpp"
#include "headless_ui.hpp"

namespace planner {
namespace {

TEST(FirstRun, OffersAStartDateSuggestAPlanAndTheDemo) {
  testing::HeadlessUi ui;
  EXPECT_EQ(ui.app().state()["screen"], "first-run");
  EXPECT_NE(ui.find("Start date"), nullptr);
  EXPECT_NE(ui.find("Suggest a plan"), nullptr);
  EXPECT_NE(ui.find("Explore the demo plan"), nullptr);
}

TEST(FirstRun, SuggestAPlanBuildsACompletePlanWithoutErrorsInOneUndoStep) {
  testing::HeadlessUi ui;
  ui.click("Suggest a plan");
  const nlohmann::json state = ui.app().state();
  ASSERT_EQ(state["screen"], "plan");
  EXPECT_EQ(state["findings"]["error"], 0);
  EXPECT_EQ(state["plan"]["modules"].size(), 7u);
  EXPECT_EQ(state["plan"]["profile"]["start"], "2027-01-04");
  EXPECT_TRUE(ui.app().document().can_undo());
  EXPECT_EQ(ui.app().document().undo_label(), "Suggest a plan");
  ui.click("Undo");
  EXPECT_EQ(ui.app().state()["screen"], "first-run");
}

TEST(AppShell, NavigationShowsEveryViewByName) {
  testing::HeadlessUi ui;
  ui.click("Suggest a plan");
  for (View view : kAllViews) EXPECT_NE(ui.find(view_name(view)), nullptr) << view_name(view);
}

TEST(AppShell, ClickingANavigationItemOpensThatView) {
  testing::HeadlessUi ui;
  ui.click("Suggest a plan");
  ASSERT_EQ(ui.app().view(), View::next_up);
  ui.click("Coverage");
  EXPECT_EQ(ui.app().view(), View::coverage);
  EXPECT_EQ(ui.app().state()["view"], "Coverage");
}

TEST(AppShell, ItemsHaveStableIdsAcrossFrames) {
  testing::HeadlessUi ui;
  const ImGuiID first = ui.find("Suggest a plan")->id;
  ui.frame();
  ui.frame();
  EXPECT_EQ(ui.find("Suggest a plan")->id, first);
}

TEST(AppShell, FollowsTheSystemColourSchemeUntilTheUserChooses) {
  testing::HeadlessUi ui;
  ui.app().set_system_prefers_dark(true);
  EXPECT_EQ(ui.app().theme(), Theme::dark);
  ui.app().set_system_prefers_dark(false);
  EXPECT_EQ(ui.app().theme(), Theme::light);
}

TEST(Automation, ReportsTheVisiblePartOfALabel) {
  EXPECT_EQ(automation::visible_label("Save##toolbar"), "Save");
  EXPECT_EQ(automation::visible_label("Checks (2)###checks"), "Checks (2)");
  EXPECT_EQ(automation::visible_label("##hidden"), "");
  EXPECT_EQ(automation::visible_label("Plain"), "Plain");
}

TEST(Automation, NamesFieldsWhoseLabelIsDrawnBesideThem) {
  EXPECT_EQ(automation::accessible_label("##Start date"), "Start date");
  EXPECT_EQ(automation::accessible_label("###Checks"), "Checks");
  EXPECT_EQ(automation::accessible_label("Save##toolbar"), "Save");
  EXPECT_EQ(automation::accessible_label("##"), "");
}

TEST(Automation, ItemsJsonIsOffsetToThePage) {
  testing::HeadlessUi ui;
  const auto items = nlohmann::json::parse(automation::items_json(10, 20));
  const automation::Item* button = ui.find("Suggest a plan");
  ASSERT_NE(button, nullptr);
  bool found = false;
  for (const auto& item : items) {
    if (item["label"] != "Suggest a plan") continue;
    found = true;
    EXPECT_NEAR(item["x"].get<double>(), button->min.x + 10, 0.01);
    EXPECT_NEAR(item["y"].get<double>(), button->min.y + 20, 0.01);
    EXPECT_EQ(item["id"].get<std::string>().size(), 8u);
  }
  EXPECT_TRUE(found);
}

TEST(Automation, TextFieldsAreMarkedForTheOnScreenKeyboard) {
  testing::HeadlessUi ui;
  const automation::Item* start = ui.find("Start date");
  ASSERT_NE(start, nullptr);
  EXPECT_TRUE(start->text_field);
  EXPECT_FALSE(ui.find("Suggest a plan")->text_field);
}

}  // namespace
}  // namespace planner
