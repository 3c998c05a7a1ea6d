// The Reviews view through the real app: notes, attendees and actions edited in place, signing off
// as a party and withdrawing it, adding a review the interval after the last on a working day,
// deleting with Restore and Ctrl+Z, and the gap between reviews shown with its fix.
#include <gtest/gtest.h>

#include <string>

#include "app/icons.hpp"
#include "core/calendar/availability.hpp"
#include "core/rules/rules.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

std::string row_label(const Review& review) { return "Progress review on " + review.date.display(); }

// First run with the mentor's name filled in, then "Suggest a plan", then Reviews.
void open_reviews_of_a_suggested_plan(HeadlessUi& ui) {
  testing::append_text(ui, "Mentor", "Alex Morgan");
  ui.click("Suggest a plan");
  ASSERT_FALSE(plan_of(ui).reviews.empty());
  ui.click("Reviews");
  ASSERT_EQ(ui.app().view(), View::reviews);
}

TEST(Reviews, NotesTypedAndAMentorSignOffAreInThePlan) {
  HeadlessUi ui;
  open_reviews_of_a_suggested_plan(ui);
  const Review first = plan_of(ui).reviews.front();
  ui.click(row_label(first));
  testing::append_text(ui, "Review notes", "Good progress on Module 1; proposal ideas discussed.");
  testing::leave_field(ui);
  EXPECT_EQ(plan_of(ui).reviews.front().notes, "Good progress on Module 1; proposal ideas discussed.");

  // The name comes from the profile and the date is today's.
  testing::scroll_to(ui, "Sign off as mentor", "Review date");
  ui.click("Sign off as mentor");
  const Review& signed_off = plan_of(ui).reviews.front();
  EXPECT_TRUE(signed_off.mentor.signed_off);
  EXPECT_EQ(signed_off.mentor.name, "Alex Morgan");
  EXPECT_EQ(signed_off.mentor.date, Date::parse("2027-01-04"));
  EXPECT_FALSE(signed_off.apprentice.signed_off);
  EXPECT_EQ(ui.app().document().undo_label(), "Sign off a review as mentor");
  EXPECT_EQ(ui.find("Sign off as mentor"), nullptr);

  ui.click("Withdraw the mentor's sign-off");
  EXPECT_FALSE(plan_of(ui).reviews.front().mentor.signed_off);
  EXPECT_NE(ui.find("Sign off as mentor"), nullptr);
}

TEST(Reviews, ASignOffNeedsTheNameOfWhoSigns) {
  HeadlessUi ui;
  open_reviews_of_a_suggested_plan(ui);
  const Review first = plan_of(ui).reviews.front();
  ui.click(row_label(first));
  // No tutor was named on the first-run screen: the button waits for a name.
  testing::scroll_to(ui, "Sign off as tutor", "Review date");
  ui.click("Sign off as tutor");
  EXPECT_FALSE(plan_of(ui).reviews.front().tutor.signed_off);
  testing::append_text(ui, "Tutor's name", "Dr Jo Evans");
  testing::replace_text(ui, "Tutor's sign-off date", "2027-02-01");
  ui.click("Sign off as tutor");
  const SignOff& tutor = plan_of(ui).reviews.front().tutor;
  EXPECT_TRUE(tutor.signed_off);
  EXPECT_EQ(tutor.name, "Dr Jo Evans");
  EXPECT_EQ(tutor.date, Date::parse("2027-02-01"));
}

TEST(Reviews, AttendeesAndActionsAreEditedInPlace) {
  HeadlessUi ui;
  open_reviews_of_a_suggested_plan(ui);
  const Review first = plan_of(ui).reviews.front();
  ui.click(row_label(first));
  ui.click("Academic tutor");
  EXPECT_EQ(plan_of(ui).reviews.front().attendees, (std::vector<std::string>{"apprentice", "mentor"}));

  ui.click(std::string(icons::kAdd) + " Add action");
  testing::settle(ui);
  ImGui::GetIO().AddInputCharactersUTF8("Book shadowing with the COO");  // the new action has the cursor
  testing::settle(ui);
  ui.click(std::string(icons::kAdd) + " Add action");
  testing::settle(ui);
  ImGui::GetIO().AddInputCharactersUTF8("Draft the proposal outline");
  testing::settle(ui);
  testing::leave_field(ui);
  EXPECT_EQ(plan_of(ui).reviews.front().actions,
            (std::vector<std::string>{"Book shadowing with the COO", "Draft the proposal outline"}));

  testing::append_text(ui, "Action 1", " by March");
  ui.click("Remove action 2");
  EXPECT_EQ(plan_of(ui).reviews.front().actions, std::vector<std::string>{"Book shadowing with the COO by March"});
}

TEST(Reviews, AddingAReviewSuggestsTheIntervalAfterTheLastOnAWorkingDay) {
  HeadlessUi ui;
  open_reviews_of_a_suggested_plan(ui);
  const Plan before = plan_of(ui);
  ui.click(std::string(icons::kAdd) + " Add review");
  ui.click("Add review");
  testing::settle(ui);
  const Plan& after = plan_of(ui);
  ASSERT_EQ(after.reviews.size(), before.reviews.size() + 1);
  const Review& added = after.reviews.back();
  const Date target = before.reviews.back().date.plus_weeks(before.settings.review_interval_weeks);
  EXPECT_LE(added.date, target);
  EXPECT_GT(added.date, target.plus_days(-7));
  EXPECT_TRUE(is_free_day(default_catalogue(), after.periods, added.date));
  EXPECT_EQ(added.attendees, default_catalogue().review_attendees);
  // It is selected: its details are open.
  EXPECT_NE(ui.find(row_label(added)), nullptr);
  EXPECT_NE(ui.find("Review notes"), nullptr);
}

TEST(Reviews, ADeletedReviewLeavesAGapShownWithItsFixAndComesBack) {
  HeadlessUi ui;
  open_reviews_of_a_suggested_plan(ui);
  const Review second = plan_of(ui).reviews[1];
  ui.click(row_label(second));
  ui.click(std::string(icons::kRemove) + " Delete review");
  EXPECT_NE(plan_of(ui).reviews[1].id, second.id);

  // The gap is listed between the reviews, with the finding's fix.
  const Derived derived = derive(default_catalogue(), plan_of(ui));
  const auto gap = std::find_if(derived.findings.begin(), derived.findings.end(),
                                [](const Finding& f) { return f.rule == "review-gap"; });
  ASSERT_NE(gap, derived.findings.end());
  ASSERT_TRUE(gap->fix.has_value());
  ASSERT_NE(ui.find(gap->fix->label), nullptr);

  ui.click("Restore");
  ASSERT_EQ(plan_of(ui).reviews[1], second);
  EXPECT_EQ(ui.find(gap->fix->label), nullptr);

  ui.click(row_label(second));
  ui.click(std::string(icons::kRemove) + " Delete review");
  testing::press(ui, ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(plan_of(ui).reviews[1], second);
  EXPECT_EQ(ui.find("Restore"), nullptr);

  ui.click(row_label(second));
  ui.click(std::string(icons::kRemove) + " Delete review");
  ui.click(gap->fix->label);
  const Derived fixed = derive(default_catalogue(), plan_of(ui));
  EXPECT_TRUE(std::none_of(fixed.findings.begin(), fixed.findings.end(),
                           [](const Finding& f) { return f.rule == "review-gap"; }));
}

TEST(Reviews, ChangingTheDateMovesTheReview) {
  HeadlessUi ui;
  open_reviews_of_a_suggested_plan(ui);
  const Review first = plan_of(ui).reviews.front();
  ui.click(row_label(first));
  const Date earlier = first.date.plus_days(-1);
  testing::replace_text(ui, "Review date", earlier.iso());
  testing::leave_field(ui);
  EXPECT_EQ(plan_of(ui).reviews.front().date, earlier);
  EXPECT_NE(ui.find(row_label(plan_of(ui).reviews.front())), nullptr);
}

}  // namespace
}  // namespace planner
