#include <gtest/gtest.h>

#include "app/automation.hpp"
#include "headless_ui.hpp"

namespace planner {
namespace {

TEST(AppShell, NavigationShowsEveryViewByName) {
  testing::HeadlessUi ui;
  for (View view : kAllViews) EXPECT_NE(ui.find(view_name(view)), nullptr) << view_name(view);
}

TEST(AppShell, ClickingANavigationItemOpensThatView) {
  testing::HeadlessUi ui;
  ASSERT_EQ(ui.app().view(), View::next_up);
  ui.click("Coverage");
  EXPECT_EQ(ui.app().view(), View::coverage);
  EXPECT_EQ(ui.app().state()["view"], "Coverage");
}

TEST(AppShell, ItemsHaveStableIdsAcrossFrames) {
  testing::HeadlessUi ui;
  const ImGuiID first = ui.find("Timeline")->id;
  ui.frame();
  ui.frame();
  EXPECT_EQ(ui.find("Timeline")->id, first);
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
  const automation::Item* hours = ui.find("Hours");
  ASSERT_NE(hours, nullptr);
  bool found = false;
  for (const auto& item : items) {
    if (item["label"] != "Hours") continue;
    found = true;
    EXPECT_NEAR(item["x"].get<double>(), hours->min.x + 10, 0.01);
    EXPECT_NEAR(item["y"].get<double>(), hours->min.y + 20, 0.01);
    EXPECT_EQ(item["id"].get<std::string>().size(), 8u);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace planner
