// The Timeline view through the real app: zoom and pan by buttons, wheel and drag; dragging
// modules and events onto working days as one undo step with the checks following live; keys for
// the selected item; hover details; the background painted once per plan revision.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "../unit/test_fixtures.hpp"
#include "app/automation.hpp"
#include "app/widgets/timeline_background.hpp"
#include "app/widgets/timeline_canvas.hpp"
#include "headless_ui.hpp"
#include "imgui.h"

namespace planner {
namespace {

using test::day;
Date day(const nlohmann::json& iso) { return test::day(iso.get<std::string>()); }
ImVec2 centre(const automation::Item& item) {
  return ImVec2((item.min.x + item.max.x) / 2, (item.min.y + item.max.y) / 2);
}
float width(const automation::Item& item) { return item.max.x - item.min.x; }

// A module's span runs from the Monday of week 1 to the Friday of week 12.
constexpr float kModuleSpanDays = 82;

class Timeline : public ::testing::Test {
 protected:
  void SetUp() override {
    ui.click("Suggest a plan");
    ui.click("Timeline");
    ASSERT_EQ(ui.app().view(), View::timeline);
  }

  const automation::Item& item(std::string_view label) {
    const automation::Item* found = ui.find(label);
    EXPECT_NE(found, nullptr) << "no item labelled " << label;
    static const automation::Item none{};
    return found != nullptr ? *found : none;
  }

  // The mark drawn for a plan item, found by its stable id.
  const automation::Item* mark(std::string_view item_id) const {
    const ImGuiID id = ui::timeline_mark_id(item_id);
    for (const automation::Item& item : automation::last_frame_items())
      if (item.id == id) return &item;
    return nullptr;
  }

  void move_to(ImVec2 point) {
    ImGui::GetIO().AddMousePosEvent(point.x, point.y);
    ui.frame();
  }

  // Presses at `from`, moves to `to` in `steps` frames (as a pointer does), releases.
  void drag(ImVec2 from, ImVec2 to, int steps = 8, bool release = true) {
    ImGuiIO& io = ImGui::GetIO();
    move_to(from);
    io.AddMouseButtonEvent(0, true);
    ui.frame();
    for (int i = 1; i <= steps; ++i) {
      const float t = static_cast<float>(i) / static_cast<float>(steps);
      move_to(ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t));
    }
    if (release) release_button();
  }

  void release_button() {
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    ui.frame();
    ui.frame();
  }

  void wheel(ImVec2 at, float x, float y, ImGuiKey modifier = ImGuiKey_None) {
    ImGuiIO& io = ImGui::GetIO();
    move_to(at);
    if (modifier != ImGuiKey_None) io.AddKeyEvent(modifier, true);
    io.AddMouseWheelEvent(x, y);
    ui.frame();
    if (modifier != ImGuiKey_None) io.AddKeyEvent(modifier, false);
    ui.frame();
  }

  void press_key(ImGuiKey key, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    ui.frame();
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    ui.frame();
    ui.frame();
  }

  void click_at(ImVec2 point) { drag(point, point, 0); }

  nlohmann::json plan() { return ui.app().state()["plan"]; }

  Date module_start(const std::string& id) {
    const nlohmann::json modules = plan()["modules"];
    for (const nlohmann::json& placement : modules)
      if (placement["moduleId"] == id) return day(placement["start"]);
    ADD_FAILURE() << "no placement of " << id;
    return {};
  }

  nlohmann::json activity(std::size_t index) { return plan()["activities"].at(index); }

  // CSS pixels a day at the current zoom, measured on Module 1 (in view whole).
  float px_per_day() { return width(item("Module 1")) / kModuleSpanDays; }

  testing::HeadlessUi ui;
};

TEST_F(Timeline, ShowsEveryModuleAndTheItemsAroundThem) {
  ui.click("Terms");
  for (int number = 1; number <= 7; ++number)
    EXPECT_NE(ui.find("Module " + std::to_string(number)), nullptr) << "Module " << number;
  EXPECT_NE(ui.find("Face-to-face: module walk-through (Module 1)"), nullptr);
  EXPECT_NE(ui.find("Assignment due (3000 words) (Module 1)"), nullptr);
  // At 1280×720 the rows below the modules are a wheel away.
  for (int i = 0; i < 6; ++i) wheel(centre(item("Timeline chart")), 0, -1);
  EXPECT_NE(ui.find("Tripartite progress review"), nullptr);
  EXPECT_NE(ui.find("Induction: introduction to study skills"), nullptr);
}

TEST_F(Timeline, MarksHaveStableIdsFromTheirItems) {
  const automation::Item* module = mark("M1");
  ASSERT_NE(module, nullptr);
  EXPECT_EQ(module->label, "Module 1");
  EXPECT_EQ(module->id, ui::timeline_mark_id("M1"));
  ui.frame();
  EXPECT_EQ(mark("M1")->id, module->id);
}

TEST_F(Timeline, ZoomButtonsShowWeeksMonthsOrTerms) {
  ui.click("Weeks");
  const float weeks = width(item("Module 1"));
  ui.click("Months");
  const float months = width(item("Module 1"));
  ui.click("Terms");
  const float terms = width(item("Module 1"));
  EXPECT_GT(weeks, months);
  EXPECT_GT(months, terms);
  // About six months across at "Months", about two years at "Terms": four times narrower.
  EXPECT_NEAR(months / terms, 730.0f / 183.0f, 0.05f);
}

TEST_F(Timeline, CtrlWheelZoomsAroundThePointer) {
  const automation::Item before = item("Module 1");
  const ImVec2 pointer(before.min.x + width(before) * 0.75f, centre(before).y);
  wheel(pointer, 0, 1, ImGuiMod_Ctrl);
  const automation::Item after = item("Module 1");
  const float factor = std::exp(0.25f);
  EXPECT_NEAR(width(after) / width(before), factor, 0.01f);
  // The day under the pointer stayed under it: the bar's start moved away from it by the factor.
  EXPECT_NEAR(after.min.x, pointer.x - (pointer.x - before.min.x) * factor, 1.0f);
  wheel(pointer, 0, -1, ImGuiMod_Ctrl);
  EXPECT_NEAR(width(item("Module 1")), width(before), 0.5f);
}

TEST_F(Timeline, ShiftWheelPansInTimeAndTheWheelScrollsTheRows) {
  const automation::Item before = item("Module 2");
  wheel(centre(before), 0, -1, ImGuiMod_Shift);
  const automation::Item panned = item("Module 2");
  // One wheel step is five lines of text: 75 CSS pixels at the default text size.
  EXPECT_NEAR(panned.min.x, before.min.x - 75, 0.5f);
  EXPECT_EQ(panned.min.y, before.min.y);
  // A quarter step (a trackpad's nudge) scrolls the rows, which overflow at 1280×720, by a quarter.
  wheel(centre(panned), 0, -0.25f);
  const automation::Item scrolled = item("Module 2");
  EXPECT_EQ(scrolled.min.x, panned.min.x);
  EXPECT_NEAR(scrolled.min.y, panned.min.y - 18.75f, 0.5f);
}

TEST_F(Timeline, DraggingTheBackgroundPans) {
  const automation::Item before = item("Module 1");
  // Left of Module 1's bar, in its row: nothing there but the background. Its right end stays in
  // view (its left end goes under the row labels).
  const ImVec2 empty(before.min.x - 20, centre(before).y);
  drag(empty, ImVec2(empty.x - 120, empty.y));
  EXPECT_NEAR(item("Module 1").max.x, before.max.x - 120, 0.5f);
  EXPECT_EQ(ui.app().document().undo_label(), "Suggest a plan") << "panning changes nothing in the plan";
}

TEST_F(Timeline, DraggingAModuleMovesItByWholeWeeksInOneUndoStep) {
  ui.click("Terms");
  const Date start = module_start("M3");
  const float px = px_per_day();
  const ImVec2 from = centre(item("Module 3"));
  drag(from, ImVec2(from.x + 15 * px, from.y), 12);
  EXPECT_EQ(module_start("M3"), start.plus_weeks(2));
  EXPECT_EQ(module_start("M3").iso_weekday(), 1u);
  EXPECT_EQ(ui.app().document().undo_label(), "Move Module 3 to " + start.plus_weeks(2).display());
  ui.click("Undo");
  EXPECT_EQ(module_start("M3"), start) << "the whole drag was one step";
  EXPECT_EQ(ui.app().document().undo_label(), "Suggest a plan");
}

TEST_F(Timeline, DraggingOntoAClashShowsTheFindingWhileDraggingAndUndoRemovesIt) {
  ui.click("Terms");
  ASSERT_EQ(ui.app().state()["findings"]["error"], 0);
  const Date start = module_start("M3");
  const Date target = module_start("M2");  // three modules at once, face-to-face days on one day
  const float px = px_per_day();
  const ImVec2 from = centre(item("Module 3"));
  drag(from, ImVec2(from.x + static_cast<float>(days_between(start, target)) * px, from.y), 16, false);
  EXPECT_EQ(module_start("M3"), target);
  EXPECT_GT(ui.app().state()["findings"]["error"], 0) << "the checks follow the drag before it ends";
  const automation::Item* clash = mark("M3");
  ASSERT_NE(clash, nullptr);
  release_button();
  EXPECT_GT(ui.app().state()["findings"]["error"], 0);
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_Z, true);
  ui.frame();
  io.AddKeyEvent(ImGuiKey_Z, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  ui.frame();
  EXPECT_EQ(ui.app().state()["findings"]["error"], 0);
  EXPECT_EQ(module_start("M3"), start);
}

TEST_F(Timeline, DraggingAnEventOntoAWeekendLandsOnTheNextWorkingDay) {
  const nlohmann::json first = activity(0);
  const Date date = day(first["date"]);
  const automation::Item* marker = mark(first["id"].get<std::string>());
  ASSERT_NE(marker, nullptr) << "the first activity is in view";
  const float px = px_per_day();
  const int to_saturday = 6 - static_cast<int>(date.iso_weekday());
  const ImVec2 from = centre(*marker);
  drag(from, ImVec2(from.x + static_cast<float>(to_saturday) * px, from.y), 10);
  EXPECT_EQ(day(activity(0)["date"]), date.plus_days(to_saturday + 2));
  EXPECT_EQ(ui.app().document().undo_label(),
            "Move \"" + first["title"].get<std::string>() + "\" to " + date.plus_days(to_saturday + 2).display());
}

TEST_F(Timeline, ArrowKeysMoveTheSelectedItem) {
  const nlohmann::json first = activity(0);
  const std::string id = first["id"].get<std::string>();
  const Date date = day(first["date"]);
  click_at(centre(*mark(id)));
  press_key(ImGuiKey_RightArrow);
  const Date next = date.iso_weekday() == 5 ? date.plus_days(3) : date.plus_days(1);
  EXPECT_EQ(day(activity(0)["date"]), next);
  press_key(ImGuiKey_RightArrow, true);
  EXPECT_GE(days_between(next, day(activity(0)["date"])), 7) << "Shift: a week, then on to a working day";
  press_key(ImGuiKey_Escape);
  const std::uint64_t revision = ui.app().document().revision();
  press_key(ImGuiKey_RightArrow);
  EXPECT_EQ(ui.app().document().revision(), revision) << "nothing selected: Right pans instead";
}

TEST_F(Timeline, ArrowKeysMoveASelectedModuleAWeekOrFour) {
  const Date start = module_start("M1");
  click_at(centre(item("Module 1")));
  press_key(ImGuiKey_RightArrow);
  EXPECT_EQ(module_start("M1"), start.plus_weeks(1));
  press_key(ImGuiKey_LeftArrow, true);
  EXPECT_EQ(module_start("M1"), start.plus_weeks(-3));
}

TEST_F(Timeline, EnterOpensTheSelectedItemInItsOwnView) {
  click_at(centre(item("Module 1")));
  press_key(ImGuiKey_Enter);
  EXPECT_EQ(ui.app().view(), View::modules);
}

TEST_F(Timeline, DownSelectsTheFirstItemInViewForTheKeys) {
  // A click on the background focuses the chart with nothing selected.
  const automation::Item module = item("Module 1");
  click_at(ImVec2(module.min.x - 20, centre(module).y));
  const std::uint64_t revision = ui.app().document().revision();
  press_key(ImGuiKey_DownArrow);
  press_key(ImGuiKey_RightArrow);
  EXPECT_GT(ui.app().document().revision(), revision);
  EXPECT_EQ(ui.app().document().undo_label().rfind("Move ", 0), 0u) << ui.app().document().undo_label();
}

TEST_F(Timeline, HoveringAnItemShowsItsDetails) {
  move_to(centre(item("Module 1")));
  ui.frame();
  EXPECT_NE(ui.find("Details of Module 1: Collaboration and Integration"), nullptr);
  move_to(ImVec2(-100, -100));
  ui.frame();
  EXPECT_EQ(ui.find("Details of Module 1: Collaboration and Integration"), nullptr);
}

TEST_F(Timeline, TodayBringsTodayBackIntoView) {
  for (int i = 0; i < 12; ++i) wheel(centre(item("Timeline chart")), 0, -3, ImGuiMod_Shift);
  ASSERT_EQ(mark("M1"), nullptr) << "panned months away";
  ui.click("Today");
  EXPECT_NE(mark("M1"), nullptr) << "Module 1 starts a week after today";
}

// The GPU painter is handed the background as a draw callback; its day data is rebuilt only when
// the plan changes, not every frame.
const TimelineBackground* painted_background() {
  const ImDrawData* data = ImGui::GetDrawData();
  for (int list = 0; data != nullptr && list < data->CmdListsCount; ++list)
    for (const ImDrawCmd& command : data->CmdLists[list]->CmdBuffer)
      if (command.UserCallback != nullptr && command.UserCallback != ImDrawCallback_ResetRenderState)
        return static_cast<const TimelineBackground*>(command.UserCallbackData);
  return nullptr;
}

void fake_painter(const ImDrawList*, const ImDrawCmd*) {}

TEST_F(Timeline, TheBackgroundGoesToTheGpuPainterAndIsRebuiltOnlyWhenThePlanChanges) {
  ui.host.painter = fake_painter;
  ui.frame();
  const TimelineBackground* background = painted_background();
  ASSERT_NE(background, nullptr);
  EXPECT_FALSE(background->flags.empty());
  EXPECT_EQ(background->flags.size(), background->workload.size());
  const std::uint64_t version = background->data_version;
  const ImVec2 pointer = centre(item("Module 2"));
  wheel(pointer, 0, -1, ImGuiMod_Shift);
  wheel(pointer, 0, 1, ImGuiMod_Ctrl);
  EXPECT_EQ(painted_background()->data_version, version) << "panning and zooming reuse the day data";
  click_at(centre(item("Module 1")));
  press_key(ImGuiKey_RightArrow);
  EXPECT_EQ(painted_background()->data_version, version + 1) << "a new plan revision, new day data";
}

TEST_F(Timeline, WithoutAGpuPainterTheBackgroundIsDrawnWithRectangles) {
  ui.frame();
  EXPECT_EQ(painted_background(), nullptr);
  EXPECT_NE(ui.find("Timeline chart"), nullptr);
}

}  // namespace
}  // namespace planner
