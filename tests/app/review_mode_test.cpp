// Review mode: while the user reviews a plan someone shared, undo and redo act on what
// is on screen, the review's own comments and decision, and never on the user's own plan hidden
// behind it, in memory or in storage.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "review_steps.hpp"

namespace planner::testing {
namespace {

std::string shared_plan_link() {
  HeadlessUi apprentice;
  with_a_plan(apprentice);
  return copied_plan_link(apprentice);
}

void undo(HeadlessUi& ui) { press(ui, ImGuiKey_Z, ImGuiMod_Ctrl); }
void redo(HeadlessUi& ui) { press(ui, ImGuiKey_Y, ImGuiMod_Ctrl); }

TEST(ReviewMode, UndoTakesBackTheReviewsOwnEditsAndNeverTheReviewersPlan) {
  const std::string link = shared_plan_link();
  HeadlessUi mentor;
  replace_text(mentor, "Start date", "2028-09-04");
  with_a_plan(mentor);
  ASSERT_TRUE(mentor.app().document().can_undo()) << "the mentor's own plan has a step to undo";
  const Plan mentors_own = mentor.app().document().plan();
  const std::uint64_t revision = mentor.app().document().revision();
  mentor.frame(1.0f);  // past the autosave pause: what is stored is final
  const std::map<std::string, std::string> stored = stored_plans(mentor);

  start_reviewing(mentor, link, "Alex Jones");
  comment_on(mentor, "The whole plan", "Book cover for the May days.");
  mentor.click("Approve the plan");
  mentor.click("Record decision");
  ASSERT_EQ(mentor.app().state()["review"]["decision"], "approved");
  ASSERT_EQ(mentor.app().state()["review"]["comments"].size(), 1u);

  undo(mentor);
  EXPECT_TRUE(mentor.app().state()["review"]["decision"].is_null()) << "the decision was the last step";
  EXPECT_EQ(mentor.app().state()["review"]["comments"].size(), 1u);
  undo(mentor);
  EXPECT_TRUE(mentor.app().state()["review"]["comments"].empty()) << "then the comment";
  undo(mentor);
  undo(mentor);
  EXPECT_EQ(mentor.app().state().at("mode"), "review") << "still reviewing, with nothing more to undo";
  EXPECT_EQ(mentor.app().document().revision(), revision) << "the mentor's own plan was never touched";
  EXPECT_EQ(mentor.app().document().plan(), mentors_own);

  redo(mentor);
  EXPECT_EQ(mentor.app().state()["review"]["comments"].size(), 1u) << "redo brings the comment back";
  press(mentor, ImGuiKey_Z, ImGuiMod_Ctrl | ImGuiMod_Shift);
  EXPECT_EQ(mentor.app().state()["review"]["decision"], "approved") << "Ctrl+Shift+Z redoes too";

  mentor.click("Close review");
  mentor.frame(1.0f);
  EXPECT_EQ(mentor.app().state().at("mode"), "edit");
  EXPECT_EQ(mentor.app().document().revision(), revision);
  EXPECT_EQ(as_json(mentor.app().document().plan()), as_json(mentors_own));
  EXPECT_TRUE(stored_plans(mentor) == stored) << "the stored plans are byte for byte as they were";
  EXPECT_TRUE(mentor.app().document().can_undo()) << "the mentor's own history is intact";
}

TEST(ReviewMode, UndoWhileTypingACommentIsTheFieldsOwn) {
  const std::string link = shared_plan_link();
  HeadlessUi mentor;
  with_a_plan(mentor);
  const std::uint64_t revision = mentor.app().document().revision();
  start_reviewing(mentor, link, "Alex Jones");
  comment_on(mentor, "The whole plan", "First.");
  mentor.click(label_starting("The whole plan"));
  append_text(mentor, "Comment", "Second thoughts");
  undo(mentor);
  EXPECT_EQ(mentor.app().state()["review"]["comments"].size(), 1u) << "Ctrl+Z in a field undoes the typing only";
  EXPECT_EQ(mentor.app().document().revision(), revision);
}

}  // namespace
}  // namespace planner::testing
