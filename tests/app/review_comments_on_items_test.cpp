// A mentor's comments on the items they are about: after the apprentice imports a
// review, each comment is shown on its item in the view that shows the item (a module and its
// session in Modules, a milestone and the dissertation in Dissertation, an activity in
// Activities, a review in Reviews, a finding in Checks), with a marker on the item's row and the
// comment in its details, and can be resolved there.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/files/plan_file.hpp"
#include "core/plan/item_ref.hpp"
#include "core/planning/schedule.hpp"
#include "core/rules/rules.hpp"
#include "review_steps.hpp"

namespace planner::testing {
namespace {

struct Commented {
  std::string item;    // the item reference
  std::string text;    // the comment
  std::string marker;  // the start of the marker's name on the item's row
};

class CommentsOnItems : public ::testing::Test {
 protected:
  void SetUp() override {
    with_a_plan(ui);
    // A finding to comment on: the suggested plan breaks no rule, so the second progress review
    // goes, leaving a gap longer than six weeks (loaded as window.planner.load() does).
    Plan with_gap = ui.app().document().plan();
    with_gap.reviews.erase(with_gap.reviews.begin() + 1);
    ASSERT_EQ(ui.app().load_plan(save_plan_file(with_gap, ui.host.now_utc()))["ok"], true);
    settle(ui);
    const Plan& mine = ui.app().document().plan();
    const Catalogue& catalogue = default_catalogue();
    const std::vector<Finding> findings = check_plan(catalogue, mine, expand_schedule(catalogue, mine));
    ASSERT_FALSE(findings.empty()) << "the suggested plan has a finding to comment on";
    ASSERT_FALSE(mine.dissertation.milestones.empty());
    const Activity& activity = mine.activities.front();
    const std::string milestone = mine.dissertation.milestones.front().title;
    comments = {
        {"M2", "Start it earlier?", "2 open mentor comments on Module 2"},
        {"M2/" + catalogue.timetable.sessions.front().id, "Book the day off now.", "1 open mentor comment on "},
        {"milestone/" + mine.dissertation.milestones.front().id, "Ethics takes longer.",
         "1 open mentor comment on " + milestone},
        {"dissertation", "A strong topic.", ""},
        {activity.id, "Who will you shadow?", "1 open mentor comment on "},
        {mine.reviews.front().id, "I can make this one.", "1 open mentor comment on Progress review on "},
        {finding_ref(findings.front()), "Agreed, fix this first.",
         "1 open mentor comment on " + findings.front().message},
    };
    std::vector<CommentOn> on;
    for (const Commented& c : comments) on.push_back({c.item, c.text});
    ui.app().receive_file("review.json", review_file_of(mine, on));
    settle(ui);
    ui.click("Import the review");
    ASSERT_EQ(ui.app().document().plan().review_comments.size(), comments.size());
  }

  // The label the comment on `item` was written against ("Go to …" in the Mentor review window).
  std::string label_of(const std::string& item) {
    for (const ReviewComment& c : ui.app().document().plan().review_comments)
      if (c.item == item) return c.item_label;
    ADD_FAILURE() << "no comment on " << item;
    return item;
  }

  // From the Mentor review window (the decision beside Export opens it) to the comment's item.
  void go_to(const Commented& comment) {
    if (ui.find("Go to " + label_of(comment.item)) == nullptr) ui.click("Approved");
    ui.click("Go to " + label_of(comment.item));
    settle(ui);
    EXPECT_EQ(ui.find("Go to " + label_of(comment.item)), nullptr) << "the window steps aside for the item";
  }

  void expect_shown_on_its_item(const Commented& comment) {
    SCOPED_TRACE(comment.item);
    go_to(comment);
    EXPECT_NE(ui.find("Comment by Alex Jones: " + comment.text), nullptr) << "the comment in the item's details";
    if (!comment.marker.empty()) EXPECT_NE(find_starting(comment.marker), nullptr) << "the marker on the item's row";
  }

  // Tall enough for the Mentor review window to list every comment without scrolling.
  HeadlessUi ui{ImVec2(1280, 1600)};
  std::vector<Commented> comments;
};

TEST_F(CommentsOnItems, EachCommentIsShownOnItsItemInItsView) {
  const std::vector<std::pair<std::size_t, View>> where = {{0, View::modules},      {1, View::modules},
                                                           {2, View::dissertation}, {3, View::dissertation},
                                                           {4, View::activities},   {5, View::reviews}};
  for (const auto& [index, view] : where) {
    expect_shown_on_its_item(comments[index]);
    EXPECT_EQ(ui.app().view(), view) << comments[index].item;
  }
  expect_shown_on_its_item(comments[6]);
  EXPECT_TRUE(ui.app().state()["review"].is_null());
  EXPECT_NE(find_starting("Checks"), nullptr);
  EXPECT_NE(ui.find("Approved"), nullptr) << "the decision is shown with the plan";
}

TEST_F(CommentsOnItems, ACommentIsResolvedOnItsItemAndUndoReopensIt) {
  const Commented& on_activity = comments[4];
  expect_shown_on_its_item(on_activity);
  ui.click("Resolve");
  const auto resolved = [&] {
    for (const ReviewComment& c : ui.app().document().plan().review_comments)
      if (c.item == on_activity.item) return c.resolved;
    return false;
  };
  EXPECT_TRUE(resolved());
  EXPECT_NE(find_starting("1 resolved mentor comment on "), nullptr) << "the marker says it is dealt with";
  EXPECT_NE(ui.find("Reopen"), nullptr);
  press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_FALSE(resolved()) << "one undo step";
  EXPECT_NE(find_starting(on_activity.marker), nullptr);
}

}  // namespace
}  // namespace planner::testing
