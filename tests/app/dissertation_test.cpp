// The Dissertation view through the real App: the working title, milestones added by typing,
// edited (words in range only, status, an emptied title refused) and deleted, each with undo; the
// start after Module 2's proposal with its fix; "go to" a milestone; the programme's milestones
// back in one step.
#include <gtest/gtest.h>

#include <string>

#include "app/automation.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

nlohmann::json milestones(HeadlessUi& ui) { return ui.app().state()["plan"]["dissertation"]["milestones"]; }

nlohmann::json milestone(HeadlessUi& ui, const std::string& id) {
  for (const auto& m : milestones(ui))
    if (m["id"] == id) return m;
  return nullptr;
}

class DissertationView : public ::testing::Test {
 protected:
  DissertationView() : ui(ImVec2(1280, 1200)) {}
  void SetUp() override {
    ui.click("Suggest a plan");
    ui.click("Dissertation");
    ASSERT_EQ(ui.app().view(), View::dissertation);
    ASSERT_EQ(milestones(ui).size(), 8u);
  }

  HeadlessUi ui;
};

TEST_F(DissertationView, TheWorkingTitleIsTypedInOneUndoStep) {
  testing::replace_text(ui, "Working title", "Integrating two community teams");
  testing::press_enter(ui);
  EXPECT_EQ(ui.app().state()["plan"]["dissertation"]["title"], "Integrating two community teams");
  ui.click("Undo");
  EXPECT_EQ(ui.app().state()["plan"]["dissertation"]["title"], "");
}

TEST_F(DissertationView, AMilestoneAddedByTypingIsSelectedAndUndoRemovesIt) {
  ui.click("Add a milestone");
  testing::replace_text(ui, "New milestone title", "Pilot interviews");
  testing::replace_text(ui, "New milestone due date", "2028-09-08");
  testing::replace_text(ui, "New milestone target words", "750");
  ui.click("Add milestone");

  const nlohmann::json added = milestone(ui, "milestone-1");
  ASSERT_FALSE(added.is_null());
  EXPECT_EQ(added["title"], "Pilot interviews");
  EXPECT_EQ(added["due"], "2028-09-08");
  EXPECT_EQ(added["targetWords"], 750);
  EXPECT_EQ(added["status"], "not_started");
  EXPECT_EQ(ui.app().state()["selected"], "milestone/milestone-1");
  EXPECT_NE(ui.find("Milestone title"), nullptr) << "its editor is open";
  EXPECT_EQ(ui.find("Add milestone"), nullptr) << "the dialog closed";

  ui.click("Undo");
  EXPECT_TRUE(milestone(ui, "milestone-1").is_null());
  EXPECT_EQ(milestones(ui).size(), 8u);
}

TEST_F(DissertationView, AMilestoneNeedsATitleBeforeItCanBeAdded) {
  ui.click("Add a milestone");
  ui.click("Add milestone");  // disabled while the title is empty
  EXPECT_EQ(milestones(ui).size(), 8u);
  EXPECT_NE(ui.find("Add milestone"), nullptr);
  ui.click("Cancel");
  EXPECT_EQ(ui.find("Add milestone"), nullptr);
}

TEST_F(DissertationView, WordsWrittenAreTypedInAndUndoneInOneStep) {
  ui.click("Literature review");
  EXPECT_EQ(ui.app().state()["selected"], "milestone/literature-review");
  testing::replace_text(ui, "Words written", "1200");
  testing::press_enter(ui);
  EXPECT_EQ(milestone(ui, "literature-review")["words"], 1200);
  ui.click("Undo");
  EXPECT_EQ(milestone(ui, "literature-review")["words"], 0);
}

TEST_F(DissertationView, WordCountsOutsideTheirRangeAreRefused) {
  ui.click("Literature review");
  testing::replace_text(ui, "Words written", "25000");  // more than twice the 10,000-word dissertation
  testing::press_enter(ui);
  EXPECT_EQ(milestone(ui, "literature-review")["words"], 0);
  testing::replace_text(ui, "Target words", "12000");  // more than the whole dissertation
  testing::press_enter(ui);
  EXPECT_EQ(milestone(ui, "literature-review")["targetWords"], 2500);
  testing::replace_text(ui, "Words written", "-5");
  testing::press_enter(ui);
  EXPECT_EQ(milestone(ui, "literature-review")["words"], 0);
  EXPECT_EQ(ui.app().state()["editProblem"], "") << "refused in the field, never sent to the plan";
}

TEST_F(DissertationView, ARefusedNumberLeavesThePlanAsItWasThoughItsFirstDigitsWereAllowed) {
  ui.click("Literature review");
  testing::replace_text(ui, "Words written", "480");
  testing::press_enter(ui);
  ASSERT_EQ(milestone(ui, "literature-review")["words"], 480);
  testing::replace_text(ui, "Words written", "");
  testing::type_per_frame(ui, "99999");  // 9, 99, 999 and 9999 are allowed on the way
  EXPECT_EQ(milestone(ui, "literature-review")["words"], 480) << "nothing reaches the plan while typing";
  testing::press_enter(ui);
  EXPECT_EQ(milestone(ui, "literature-review")["words"], 480);
}

TEST_F(DissertationView, ATapOnAMilestoneSelectsIt) {
  testing::tap(ui, "Analysis and findings");
  EXPECT_EQ(ui.app().state()["selected"], "milestone/analysis");
}

TEST_F(DissertationView, StatusIsChosenWithOneClick) {
  ui.click("Ethics approval");
  ui.click("In progress");
  EXPECT_EQ(milestone(ui, "ethics")["status"], "in_progress");
  ui.click("Done");
  EXPECT_EQ(milestone(ui, "ethics")["status"], "done");
}

TEST_F(DissertationView, AnEmptiedTitleIsRefusedAndTheOldOneKept) {
  ui.click("Methods");
  testing::replace_text(ui, "Milestone title", "");
  EXPECT_EQ(milestone(ui, "methods")["title"], "Methods");
  testing::replace_text(ui, "Milestone title", "Methods and design");
  testing::press_enter(ui);
  EXPECT_EQ(milestone(ui, "methods")["title"], "Methods and design");
}

TEST_F(DissertationView, DeletingAMilestoneIsUndone) {
  const nlohmann::json ethics = milestone(ui, "ethics");
  ui.click("Ethics approval");
  ui.click("Delete milestone");
  EXPECT_TRUE(milestone(ui, "ethics").is_null());
  EXPECT_EQ(ui.find("Ethics approval"), nullptr);
  ui.click("Undo");
  EXPECT_EQ(milestone(ui, "ethics"), ethics);
}

TEST_F(DissertationView, AMilestoneBeforeTheProposalIsMarkedWithTheFindingAndItsFix) {
  // Module 2's final submission in the suggested plan; a milestone a week before it.
  const std::string proposal_due = milestone(ui, "proposal")["due"].get<std::string>();
  const Date early = Date::parse(proposal_due)->plus_weeks(-1);
  ui.click("Ethics approval");
  testing::replace_text(ui, "Due date", early.iso());
  testing::press_enter(ui);
  ASSERT_EQ(milestone(ui, "ethics")["due"], early.iso());
  EXPECT_GE(ui.app().state()["findings"]["error"], 1);

  const automation::Item* fix = testing::find_starting("Move the dissertation milestones");
  ASSERT_NE(fix, nullptr) << "the finding's fix is offered where the start is explained";
  testing::click_item(ui, fix);
  EXPECT_EQ(ui.app().state()["findings"]["error"], 0);
  EXPECT_GT(Date::parse(milestone(ui, "ethics")["due"].get<std::string>()).value(), Date::parse(proposal_due).value());
}

TEST_F(DissertationView, WithoutModuleTwoOnTheCalendarItSaysSoAndLeadsThere) {
  ui.click("Modules");
  ui.click("Module 2");
  ui.click("Take off the calendar");
  ui.click("Dissertation");
  ui.click("Go to Module 2");
  EXPECT_EQ(ui.app().state()["view"], "Modules");
  EXPECT_EQ(ui.app().state()["selected"], "M2");
  EXPECT_NE(ui.find("Place on the calendar"), nullptr);
}

TEST_F(DissertationView, EveryMilestoneDeletedTheProgrammesComeBackInOneStep) {
  const nlohmann::json suggested = milestones(ui);
  for (const auto& m : suggested) {
    ui.click(m["title"].get<std::string>());
    ui.click("Delete milestone");
  }
  ASSERT_TRUE(milestones(ui).empty());
  ui.click("Add the programme's milestones");
  const nlohmann::json restored = milestones(ui);
  ASSERT_EQ(restored.size(), suggested.size());
  for (std::size_t i = 0; i < restored.size(); ++i) EXPECT_EQ(restored[i]["id"], suggested[i]["id"]);
  ui.click("Undo");
  EXPECT_TRUE(milestones(ui).empty());
}

TEST(DissertationViewAtLaptopSize, GoingToAMilestoneFromChecksSelectsIt) {
  HeadlessUi ui;
  ui.click("Suggest a plan");
  ui.click("Dissertation");
  // On Christmas Day: a finding names the milestone.
  ui.click("Data collection");
  const std::string due = milestone(ui, "data-collection")["due"].get<std::string>();
  testing::replace_text(ui, "Due date", due.substr(0, 4) + "-12-25");
  testing::press_enter(ui);
  ui.click("Next up");
  testing::click_item(ui, testing::find_starting("Checks"));
  const automation::Item* go_to = testing::find_starting("\u25B6 Data collection");
  ASSERT_NE(go_to, nullptr);
  testing::click_item(ui, go_to);
  ui.frame();
  EXPECT_EQ(ui.app().state()["view"], "Dissertation");
  EXPECT_EQ(ui.app().state()["selected"], "milestone/data-collection");
  EXPECT_NE(ui.find("Milestone title"), nullptr);
}

}  // namespace
}  // namespace planner
