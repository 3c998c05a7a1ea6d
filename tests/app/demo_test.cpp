// Demo mode through the real App: "Explore the demo plan" and open_demo() (what `?demo` calls)
// show the demo plan as on its own day, marked as a demo, with nothing kept; "Reset demo" puts
// the sample back with no undo history; "Leave demo" gives back what was open before; and the
// guided tour walks its steps by mouse and keyboard, highlighting the real widget of each.
#include <gtest/gtest.h>

#include <string>

#include "app/automation.hpp"
#include "app/views/tour.hpp"
#include "core/files/plan_json.hpp"
#include "core/programme/demo_plan.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

nlohmann::json sample_plan_json() { return load_demo_plan(default_catalogue()).plan; }

class DemoMode : public ::testing::Test {
 protected:
  void SetUp() override {
    ui.click("Explore the demo plan");
    ASSERT_EQ(ui.app().state()["mode"], "demo");
  }

  HeadlessUi ui;
};

TEST_F(DemoMode, ExploreTheDemoPlanShowsTheSampleMarkedAsADemo) {
  const nlohmann::json state = ui.app().state();
  EXPECT_EQ(state["screen"], "plan");
  EXPECT_EQ(state["plan"], sample_plan_json());
  EXPECT_EQ(ui.app().mode(), AppMode::demo);
  EXPECT_FALSE(ui.app().keeps_plan()) << "persistence must neither load nor save in the demo";
  EXPECT_NE(ui.find("Demo plan \u2014 changes are not kept"), nullptr);
  // Said once, by the demo banner: the storage may be fine, so no "not kept in this browser"
  // warning with "Export now".
  EXPECT_EQ(state["save"]["problem"], "demo");
  EXPECT_EQ(ui.find("Export now"), nullptr);
  for (const char* label : {"Take the tour", "Reset demo", "Leave demo"}) EXPECT_NE(ui.find(label), nullptr) << label;
  EXPECT_FALSE(ui.app().document().can_undo()) << "opening the demo is not an undo step";
}

TEST_F(DemoMode, ShowsThePlanAsOnTheDemosOwnDay) {
  const Date demo_today = load_demo_plan(default_catalogue()).today;
  ASSERT_NE(demo_today, ui.host.today());
  EXPECT_EQ(ui.app().state()["today"], demo_today.iso());
  ui.click("Leave demo");
  EXPECT_EQ(ui.app().state()["today"], ui.host.today().iso());
}

TEST_F(DemoMode, ResetDemoPutsTheSampleBackWithNoUndoHistory) {
  ui.click("Modules");
  const nlohmann::json sample = sample_plan_json();
  const std::string second = sample["modules"][1]["moduleId"].get<std::string>();
  ui.click("Module " + second.substr(1));
  testing::press(ui, ImGuiKey_DownArrow, ImGuiMod_Alt);
  ASSERT_NE(ui.app().state()["plan"], sample) << "the edit was made";
  ASSERT_TRUE(ui.app().document().can_undo());

  ui.click("Reset demo");
  EXPECT_EQ(ui.app().state()["plan"], sample);
  EXPECT_FALSE(ui.app().document().can_undo());
  EXPECT_FALSE(ui.app().document().can_redo());
  EXPECT_EQ(ui.app().view(), View::next_up) << "back to the start of the demo";
  EXPECT_EQ(ui.app().state()["mode"], "demo");
}

TEST_F(DemoMode, LeaveDemoReturnsToTheFirstRunScreen) {
  ui.click("Leave demo");
  const nlohmann::json state = ui.app().state();
  EXPECT_EQ(state["mode"], "edit");
  EXPECT_EQ(state["screen"], "first-run");
  EXPECT_TRUE(ui.app().keeps_plan());
  EXPECT_NE(ui.find("Explore the demo plan"), nullptr);
  EXPECT_EQ(ui.find("Reset demo"), nullptr) << "the demo banner is gone";
}

TEST(DemoModeAtStart, OpenDemoSetsTheUsersPlanAsideAndLeaveDemoGivesItBack) {
  HeadlessUi ui;
  ui.click("Suggest a plan");
  ui.click("Coverage");
  const nlohmann::json users_plan = ui.app().state()["plan"];

  ui.app().open_demo();
  ui.frame();
  EXPECT_EQ(ui.app().state()["plan"], sample_plan_json());
  EXPECT_EQ(ui.app().view(), View::next_up);
  ui.click("Leave demo");
  EXPECT_EQ(ui.app().state()["plan"], users_plan);
  EXPECT_EQ(ui.app().view(), View::coverage) << "where the user was";
  EXPECT_EQ(ui.app().state()["mode"], "edit");
}

TEST(DemoModeAtStart, OpenDemoBeforeTheFirstFrameStartsInTheDemo) {
  HeadlessUi ui;
  ui.app().open_demo();
  ui.app().open_demo();  // a second call changes nothing
  ui.frame();
  ui.frame();
  EXPECT_EQ(ui.app().state()["mode"], "demo");
  EXPECT_NE(ui.find("Reset demo"), nullptr);
  ui.click("Leave demo");
  EXPECT_EQ(ui.app().state()["screen"], "first-run") << "nothing was set aside but the empty plan";
}

TEST(DemoModeAtStart, StartedAsTheDemoTheAppLeavesStorageAsItFoundItUntilTheDemoIsLeft) {
  auto storage = std::make_shared<test::FakeStorage>();
  {
    HeadlessUi earlier_visit({1280, 720}, storage);
    earlier_visit.click("Suggest a plan");
    earlier_visit.app().save_now();
  }
  const auto before = storage->values();
  ASSERT_FALSE(before.empty());

  HeadlessUi ui({1280, 720}, storage, AppMode::demo);  // ?demo
  EXPECT_EQ(ui.app().state()["mode"], "demo");
  ui.click("Reset demo");
  ui.app().save_now();  // what the page does when it is hidden
  EXPECT_EQ(storage->values(), before) << "not a byte written, not even the storage probe";

  EXPECT_EQ(ui.host.demos_left, 0);
  ui.click("Leave demo");
  EXPECT_EQ(ui.app().state()["mode"], "edit");
  EXPECT_EQ(ui.app().state()["screen"], "plan") << "the stored plan opens once the demo is left";
  EXPECT_EQ(ui.host.demos_left, 1) << "the address stops asking for the demo";
}

// The tour's highlight is the target item's rectangle, as drawn.
void expect_highlights_its_target(HeadlessUi& ui, std::size_t step) {
  const TourStep& expected = tour_steps()[step];
  const nlohmann::json tour = ui.app().state()["tour"];
  ASSERT_TRUE(tour["active"].get<bool>());
  ASSERT_EQ(tour["step"], step);
  EXPECT_EQ(ui.app().view(), expected.view) << expected.title;
  const automation::Item* target = testing::find_starting(expected.target);
  ASSERT_NE(target, nullptr) << expected.target;
  const nlohmann::json& highlight = tour["highlight"];
  ASSERT_FALSE(highlight.is_null()) << "the target is on screen and highlighted";
  EXPECT_FLOAT_EQ(highlight["x"].get<float>(), target->min.x);
  EXPECT_FLOAT_EQ(highlight["y"].get<float>(), target->min.y);
  EXPECT_FLOAT_EQ(highlight["w"].get<float>(), target->max.x - target->min.x);
  EXPECT_FLOAT_EQ(highlight["h"].get<float>(), target->max.y - target->min.y);
  EXPECT_NE(ui.find("Back"), nullptr);
  EXPECT_NE(ui.find(step + 1 == tour_steps().size() ? "Finish" : "Next"), nullptr);
  EXPECT_EQ(tour["target"], std::string(expected.target));
}

TEST_F(DemoMode, TheTourHasFiveToSevenStepsEachPointingAtAWidgetOnScreen) {
  EXPECT_GE(tour_steps().size(), 5u);
  EXPECT_LE(tour_steps().size(), 7u);
  ui.click("Take the tour");
  for (std::size_t step = 0; step < tour_steps().size(); ++step) {
    SCOPED_TRACE(std::string(tour_steps()[step].title));
    expect_highlights_its_target(ui, step);
    if (step + 1 < tour_steps().size()) ui.click("Next");
  }
  ui.click("Finish");
  EXPECT_FALSE(ui.app().state()["tour"]["active"].get<bool>());
  EXPECT_EQ(ui.find("Finish"), nullptr) << "the callout is gone";
  EXPECT_EQ(ui.app().state()["mode"], "demo") << "the tour leaves the demo open";
}

TEST_F(DemoMode, TheChecksStepPointsAtTheChecksButtonWithFindingsToShow) {
  ui.click("Take the tour");
  for (std::size_t step = 0; step < tour_steps().size() && ui.app().state()["tour"]["target"] != "Checks"; ++step)
    ui.click("Next");
  expect_highlights_its_target(ui, ui.app().state()["tour"]["step"].get<std::size_t>());
  EXPECT_GT(ui.app().state()["findings"]["warning"].get<int>(), 0) << "the demo has findings to show";
  testing::click_item(ui, testing::find_starting("Checks"));
  EXPECT_TRUE(ui.app().state()["tour"]["active"].get<bool>()) << "the app stays usable under the tour";
}

TEST_F(DemoMode, BackReturnsToTheStepBeforeAndSkipEndsTheTour) {
  ui.click("Take the tour");
  ui.click("Next");
  ui.click("Next");
  ui.click("Back");
  expect_highlights_its_target(ui, 1);
  ui.click("Skip tour");
  EXPECT_FALSE(ui.app().state()["tour"]["active"].get<bool>());
}

TEST_F(DemoMode, TheTourIsKeyboardAccessible) {
  ui.click("Take the tour");
  // The callout has the focus, "Next" focused: Enter goes on, the arrows step, Escape ends.
  testing::press(ui, ImGuiKey_Enter);
  expect_highlights_its_target(ui, 1);
  testing::press(ui, ImGuiKey_RightArrow);
  expect_highlights_its_target(ui, 2);
  testing::press(ui, ImGuiKey_LeftArrow);
  expect_highlights_its_target(ui, 1);
  testing::press(ui, ImGuiKey_Escape);
  EXPECT_FALSE(ui.app().state()["tour"]["active"].get<bool>());
}

TEST_F(DemoMode, ResettingDuringTheTourEndsIt) {
  ui.click("Take the tour");
  ui.click("Next");
  ui.click("Reset demo");
  EXPECT_FALSE(ui.app().state()["tour"]["active"].get<bool>());
  EXPECT_EQ(ui.app().view(), View::next_up);
}

}  // namespace
}  // namespace planner
