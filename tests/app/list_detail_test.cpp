// The four list views on a screen too narrow for a list and its details side by side (a tablet
// in portrait): Modules, Dissertation, Activities and Reviews each show the list alone; a click on
// a row opens its details as a page of their own in place of the list, and the page's back button
// returns to the list with nothing selected.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "app/activity_names.hpp"
#include "headless_ui.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

struct ListView {
  const char* view;                                  // its navigation label
  std::function<std::string(const Plan&)> row;       // a row of its list
  std::function<std::string(const Plan&)> selected;  // state().selected once the row is open
  const char* detail;                                // a field of the details
  const char* back;                                  // the details' way back to the list
};

const ListView kListViews[] = {
    {"Modules", [](const Plan& plan) { return "Module " + plan.modules[1].module_id.substr(1); },
     [](const Plan& plan) { return plan.modules[1].module_id; }, "Face-to-face: module walk-through", "All modules"},
    {"Dissertation", [](const Plan&) { return std::string("Literature review"); },
     [](const Plan&) { return std::string("milestone/literature-review"); }, "Milestone title", "All milestones"},
    {"Activities", [](const Plan& plan) { return activity_label(plan.activities.front()); },
     [](const Plan& plan) { return plan.activities.front().id; }, "Title", "All activities"},
    {"Reviews", [](const Plan& plan) { return "Progress review on " + plan.reviews.front().date.display(); },
     [](const Plan& plan) { return plan.reviews.front().id; }, "Review notes", "All reviews"},
};

class ListViewOnANarrowScreen : public ::testing::TestWithParam<ListView> {};

TEST_P(ListViewOnANarrowScreen, ARowOpensAsAPageOfItsOwnAndBackReturnsToTheList) {
  const ListView& list = GetParam();
  HeadlessUi ui(ImVec2(768, 1024));
  ui.click("Suggest a plan");
  ui.click(list.view);
  const Plan plan = ui.app().document().plan();
  const std::string row = list.row(plan);
  ASSERT_NE(ui.find(row), nullptr);
  EXPECT_EQ(ui.find(list.detail), nullptr) << "the list alone, no details beside it";
  EXPECT_EQ(ui.find(list.back), nullptr) << "nothing to go back from";

  ui.click(row);
  EXPECT_EQ(ui.app().state()["selected"], list.selected(plan));
  EXPECT_NE(ui.find(list.detail), nullptr) << "its details";
  EXPECT_NE(ui.find(list.back), nullptr) << "with the way back";
  EXPECT_EQ(ui.find(row), nullptr) << "in place of the list";

  ui.click(list.back);
  EXPECT_EQ(ui.app().state()["selected"], "");
  EXPECT_NE(ui.find(row), nullptr) << "the list again";
  EXPECT_EQ(ui.find(list.detail), nullptr);
}

INSTANTIATE_TEST_SUITE_P(EveryListView, ListViewOnANarrowScreen, ::testing::ValuesIn(kListViews),
                         [](const ::testing::TestParamInfo<ListView>& info) { return std::string(info.param.view); });

}  // namespace
}  // namespace planner
