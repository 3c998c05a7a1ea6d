// The Modules view through the real App: the sequence, reordering by button, keyboard and drag
// (each one undo step), session dates set by hand and reset, "Submitted", placing a module back on
// the calendar, "Suggest a plan again" and "go to" from the Checks panel.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/automation.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

std::vector<std::string> module_order(HeadlessUi& ui) {
  std::vector<std::string> order;
  const nlohmann::json state = ui.app().state();
  for (const auto& placement : state["plan"]["modules"]) order.push_back(placement["moduleId"].get<std::string>());
  return order;
}

// The module's placement in the plan as the file has it, or null when it is not on the calendar.
nlohmann::json placement_of(const nlohmann::json& state, const std::string& module_id) {
  for (const auto& placement : state["plan"]["modules"])
    if (placement["moduleId"] == module_id) return placement;
  return nullptr;
}

nlohmann::json placement_of(HeadlessUi& ui, const std::string& module_id) {
  return placement_of(ui.app().state(), module_id);
}

Date start_of(HeadlessUi& ui, const std::string& module_id) {
  return Date::parse(placement_of(ui, module_id)["start"].get<std::string>()).value();
}

// "Module 3" for "M3".
std::string row_label(const std::string& module_id) { return "Module " + module_id.substr(1); }

class ModulesView : public ::testing::Test {
 protected:
  // Tall enough for a module's whole details without scrolling, unless a test scrolls on purpose.
  ModulesView() : ui(ImVec2(1280, 1600)) {}

  void SetUp() override {
    ui.click("Suggest a plan");
    ui.click("Modules");
    ASSERT_EQ(ui.app().view(), View::modules);
    suggested = module_order(ui);
    ASSERT_EQ(suggested.size(), 7u);
  }

  HeadlessUi ui;
  std::vector<std::string> suggested;
};

TEST_F(ModulesView, ListsEveryPlacedModuleInStartOrder) {
  float previous_y = -1;
  for (const std::string& id : suggested) {
    const automation::Item* row = ui.find(row_label(id));
    ASSERT_NE(row, nullptr) << id;
    EXPECT_GT(row->min.y, previous_y) << id << " comes after the module before it";
    previous_y = row->min.y;
  }
}

TEST_F(ModulesView, ATapOnARowOrItsButtonsActsAtOnce) {
  testing::tap(ui, row_label(suggested[3]));
  EXPECT_EQ(ui.app().state()["selected"], suggested[3]);
  testing::tap(ui, "Move " + row_label(suggested[3]) + " up");
  EXPECT_EQ(module_order(ui)[2], suggested[3]);
}

TEST_F(ModulesView, MoveDownSwapsStartDatesWithTheNextModuleInOneUndoStep) {
  const nlohmann::json before = ui.app().state()["plan"];
  const std::string first = suggested[0], second = suggested[1];
  ui.click("Move " + row_label(first) + " down");
  const std::vector<std::string> after = module_order(ui);
  EXPECT_EQ(after[0], second);
  EXPECT_EQ(after[1], first);
  const nlohmann::json state = ui.app().state();
  EXPECT_EQ(placement_of(state, second)["start"], before["modules"][0]["start"]);
  EXPECT_EQ(placement_of(state, first)["start"], before["modules"][1]["start"]);
  EXPECT_EQ(ui.app().document().undo_label(), "Move " + row_label(first) + " to place 2 in the sequence");

  ui.click("Undo");
  EXPECT_EQ(ui.app().state()["plan"], before);
}

TEST_F(ModulesView, MoveUpIsOfferedForEveryModuleButTheFirst) {
  ui.click("Move " + row_label(suggested[2]) + " up");
  EXPECT_EQ(module_order(ui)[1], suggested[2]);
  EXPECT_EQ(module_order(ui)[2], suggested[1]);
  // The first cannot go higher: its button is there, and does nothing.
  const nlohmann::json before = ui.app().state()["plan"];
  ui.click("Move " + row_label(module_order(ui)[0]) + " up");
  EXPECT_EQ(ui.app().state()["plan"], before);
}

TEST_F(ModulesView, AltDownAndAltUpMoveTheSelectedModule) {
  const nlohmann::json before = ui.app().state()["plan"];
  ui.click(row_label(suggested[1]));
  EXPECT_EQ(ui.app().state()["selected"], suggested[1]);

  testing::press(ui, ImGuiKey_DownArrow, ImGuiMod_Alt);
  EXPECT_EQ(module_order(ui)[2], suggested[1]);
  EXPECT_EQ(module_order(ui)[1], suggested[2]);
  EXPECT_EQ(ui.app().state()["selected"], suggested[1]) << "the moved module stays selected";

  testing::press(ui, ImGuiKey_UpArrow, ImGuiMod_Alt);
  testing::press(ui, ImGuiKey_UpArrow, ImGuiMod_Alt);
  EXPECT_EQ(module_order(ui)[0], suggested[1]);

  // Three moves, three undo steps, back to the suggested plan.
  for (int step = 0; step < 3; ++step) ui.click("Undo");
  EXPECT_EQ(ui.app().state()["plan"], before);
  EXPECT_FALSE(ui.app().document().can_undo() && ui.app().document().undo_label() != "Suggest a plan");
}

TEST_F(ModulesView, DraggingARowOntoAnotherPlaceReordersInOneUndoStep) {
  const nlohmann::json before = ui.app().state()["plan"];
  const automation::Item* first = ui.find(row_label(suggested[0]));
  const automation::Item* third = ui.find(row_label(suggested[2]));
  ASSERT_NE(first, nullptr);
  ASSERT_NE(third, nullptr);
  // Onto the lower half of the third row: after it.
  const ImVec2 from = testing::centre_of(*first);
  const ImVec2 to(from.x, third->min.y + (third->max.y - third->min.y) * 0.75f);
  testing::drag(ui, from, to);

  const std::vector<std::string> after = module_order(ui);
  EXPECT_EQ(after[0], suggested[1]);
  EXPECT_EQ(after[1], suggested[2]);
  EXPECT_EQ(after[2], suggested[0]);
  EXPECT_EQ(ui.app().document().undo_label(), "Move " + row_label(suggested[0]) + " to place 3 in the sequence");
  ui.click("Undo");
  EXPECT_EQ(ui.app().state()["plan"], before);
}

TEST_F(ModulesView, ASessionDateTypedInIsSetByHandAndCanBeReset) {
  const std::string module = suggested[0];
  ui.click(row_label(module));
  const Date start = start_of(ui, module);
  const Date typed = start.plus_weeks(3).plus_days(1);  // the Tuesday of week 4
  testing::replace_text(ui, "Face-to-face: update and problem solving", typed.iso());
  testing::press_enter(ui);

  nlohmann::json placement = placement_of(ui, module);
  EXPECT_EQ(placement["sessionDates"]["f2f-2"], typed.iso());
  EXPECT_EQ(placement["start"], start.iso()) << "the module itself stays where it was";
  ASSERT_NE(ui.find("Use timetable date"), nullptr) << "the hand-set date is marked, with the way back";

  ui.click("Use timetable date");
  EXPECT_TRUE(placement_of(ui, module)["sessionDates"].empty());
  EXPECT_EQ(ui.find("Use timetable date"), nullptr);
}

TEST_F(ModulesView, ADeadlineDateTypedInIsSetByHand) {
  const std::string module = suggested[1];
  ui.click(row_label(module));
  const Date typed = start_of(ui, module).plus_weeks(6).plus_days(3);  // a day before the timetable's Friday
  testing::replace_text(ui, "Work-based assignment due (formative)", typed.iso());
  testing::press_enter(ui);
  EXPECT_EQ(placement_of(ui, module)["deadlineDates"]["wba"], typed.iso());
}

TEST_F(ModulesView, AStartDateThatIsNotAMondayMovesToThatWeeksMonday) {
  const std::string module = suggested[3];
  ui.click(row_label(module));
  const Date start = start_of(ui, module);
  const Date wednesday = start.plus_weeks(1).plus_days(2);
  testing::replace_text(ui, "Start date", wednesday.iso());
  testing::press_enter(ui);
  EXPECT_EQ(start_of(ui, module), start.plus_weeks(1));
}

TEST_F(ModulesView, SubmittedMarksTheModuleCompletedAndBack) {
  const std::string module = suggested[0];
  ui.click(row_label(module));
  ui.click("Submitted");
  EXPECT_EQ(placement_of(ui, module)["completed"], true);
  ui.click("Submitted");
  EXPECT_EQ(placement_of(ui, module)["completed"], false);
}

TEST_F(ModulesView, AModuleTakenOffTheCalendarGoesBackOnTheFirstMondayWhereItFits) {
  const std::string module = suggested[6];
  ui.click(row_label(module));
  ui.click("Take off the calendar");
  ASSERT_EQ(module_order(ui).size(), 6u);
  ASSERT_NE(ui.find("Place on the calendar"), nullptr);

  ui.click("Place on the calendar");
  ASSERT_FALSE(placement_of(ui, module).is_null());
  EXPECT_EQ(start_of(ui, module).iso_weekday(), 1u);
  EXPECT_EQ(ui.app().state()["findings"]["error"], 0) << "the suggested Monday breaks no rule";
}

TEST_F(ModulesView, SuggestAPlanAgainAsksFirstThenReplacesThePlanInOneUndoStep) {
  const nlohmann::json suggested_plan = ui.app().state()["plan"];
  ui.click("Move " + row_label(suggested[0]) + " down");
  const nlohmann::json moved = ui.app().state()["plan"];

  ui.click("Suggest a plan again");
  ASSERT_NE(ui.find("Keep my plan"), nullptr) << "it asks before replacing the plan";
  ui.click("Keep my plan");
  EXPECT_EQ(ui.app().state()["plan"], moved);
  EXPECT_EQ(ui.find("Replace my plan"), nullptr);

  ui.click("Suggest a plan again");
  ui.click("Replace my plan");
  EXPECT_EQ(ui.app().state()["plan"]["modules"], suggested_plan["modules"]);
  EXPECT_EQ(ui.app().document().undo_label(), "Suggest a plan again");
  ui.click("Undo");
  EXPECT_EQ(ui.app().state()["plan"], moved);
}

TEST(ModulesViewOnANarrowScreen, AltDownMovesTheModuleWhosePageIsOpen) {
  HeadlessUi ui(ImVec2(768, 1024));  // the sequence and a module's details do not fit side by side
  ui.click("Suggest a plan");
  ui.click("Modules");
  const std::vector<std::string> suggested = module_order(ui);
  ui.click(row_label(suggested[1]));
  ASSERT_NE(ui.find("All modules"), nullptr) << "its page, in place of the sequence";
  testing::press(ui, ImGuiKey_DownArrow, ImGuiMod_Alt);
  EXPECT_EQ(module_order(ui)[2], suggested[1]);
}

TEST(ModulesViewAtLaptopSize, GoingToADeadlineFromChecksSelectsItsModuleAndScrollsToIt) {
  HeadlessUi ui;  // 1280 × 720: a module's deadlines are below the fold of its details
  ui.click("Suggest a plan");
  ui.click("Modules");
  const std::string module = module_order(ui)[2];
  ui.click(row_label(module));
  const automation::Item* details = ui.find("Face-to-face: module walk-through");
  ASSERT_NE(details, nullptr);
  const ImVec2 over_details = testing::centre_of(*details);
  for (int notch = 0; notch < 10 && ui.find("Assignment due (3000 words)") == nullptr; ++notch)
    testing::scroll(ui, over_details, 1);
  // A deadline on a bank holiday (Christmas Day) makes a finding that names it.
  testing::replace_text(ui, "Assignment due (3000 words)", std::to_string(start_of(ui, module).year()) + "-12-25");
  testing::press_enter(ui);
  testing::scroll(ui, over_details, -20);
  ASSERT_EQ(ui.find("Assignment due (3000 words)"), nullptr) << "out of sight before going to it";
  ui.click("Next up");

  testing::click_item(ui, testing::find_starting("Checks"));
  ui.click(std::string("\u25B6 Assignment due (3000 words) (") + row_label(module) + ")");
  ui.frame();  // the app draws a few frames after any input; scrolling to an item takes two
  const nlohmann::json state = ui.app().state();
  EXPECT_EQ(state["view"], "Modules");
  EXPECT_EQ(state["selected"], module + "/assignment");
  EXPECT_NE(ui.find("Assignment due (3000 words)"), nullptr) << "the deadline's date field is scrolled into view";
}

}  // namespace
}  // namespace planner
