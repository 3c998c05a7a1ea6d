// Every named edit applied through a Document: one undo step, which restores the plan exactly,
// and a redo that gives the same result again.
#include <gtest/gtest.h>

#include "core/plan/edits.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

struct Case {
  std::string name;
  Plan before;
  Edit edit;
};

std::vector<Case> every_edit() {
  const Plan plan = clean_plan();
  const Activity& some_activity = plan.activities[3];
  const Review& some_review = plan.reviews[2];
  const Milestone& some_milestone = plan.dissertation.milestones[2];
  Plan with_leave = plan;
  with_leave.periods = {period("leave-1", PeriodKind::leave, "2027-08-02", "2027-08-13", "Summer")};
  Plan with_hours = plan;
  with_hours.hours_log = {HoursEntry{"hours-1", day("2027-01-08"), 2.5, "Reading", true}};
  Plan unplaced = without(plan, "M7");
  Profile profile = plan.profile;
  profile.mentor = "Alex Morgan";
  Activity changed_activity = some_activity;
  changed_activity.status = ActivityStatus::done;
  Review changed_review = some_review;
  changed_review.notes = "On track";
  Milestone changed_milestone = some_milestone;
  changed_milestone.words = 800;
  Plan suggestion = autoplan(catalogue(), AutoplanRequest{day("2027-09-06"), {}, 2, {}}).plan.value();

  std::vector<Case> cases;
  const auto add = [&cases](std::string name, const Plan& before, Edit edit) {
    cases.push_back({std::move(name), before, std::move(edit)});
  };
  add("set_plan_name", plan, edits::set_plan_name("Sam's plan"));
  add("set_profile", plan, edits::set_profile(catalogue(), profile));
  add("set_induction", plan, edits::set_induction(day("2026-12-17")));
  add("set_rule_settings", plan, edits::set_rule_settings({3, 21, 8, 4, 1}));
  add("replace_plan", plan, edits::replace_plan(suggestion, "Suggest a plan"));
  add("combine", plan,
      edits::combine("Two changes", {edits::set_plan_name("A"), edits::set_module_completed(catalogue(), "M1", true)}));
  add("add_period", plan, edits::add_period(period("", PeriodKind::leave, "2027-08-02", "2027-08-13")));
  add("update_period", with_leave,
      edits::update_period(period("leave-1", PeriodKind::leave, "2027-08-09", "2027-08-20")));
  add("remove_period", with_leave, edits::remove_period("leave-1"));
  add("place_module", unplaced, edits::place_module(catalogue(), "M7", day("2028-05-01")));
  add("move_module", plan, edits::move_module(catalogue(), "M3", day("2027-06-14")));
  add("unplace_module", plan, edits::unplace_module(catalogue(), "M7"));
  add("reorder_modules", plan, edits::reorder_modules(catalogue(), {"M2", "M1", "M3", "M4", "M5", "M6", "M7"}));
  add("set_session_date", plan, edits::set_session_date(catalogue(), "M3", "f2f-2", day("2027-06-30")));
  add("set_deadline_date", plan, edits::set_deadline_date(catalogue(), "M3", "wba", day("2027-07-30")));
  add("set_module_completed", plan, edits::set_module_completed(catalogue(), "M1", true));
  add("set_dissertation_title", plan, edits::set_dissertation_title("Leading a merger"));
  add("add_milestone", plan, edits::add_milestone(milestone("", "Pilot interviews", "2027-12-03")));
  add("update_milestone", plan, edits::update_milestone(changed_milestone));
  add("remove_milestone", plan, edits::remove_milestone(some_milestone.id));
  add("add_activity", plan, edits::add_activity(catalogue(), activity("", EventKind::guest_session, "2027-05-12", 2)));
  add("update_activity", plan, edits::update_activity(catalogue(), changed_activity));
  add("remove_activity", plan, edits::remove_activity(some_activity.id));
  add("add_review", plan, edits::add_review(catalogue(), review("", "2027-05-20")));
  add("update_review", plan, edits::update_review(catalogue(), changed_review));
  add("remove_review", plan, edits::remove_review(some_review.id));
  add("sign_off_review", plan,
      edits::sign_off_review(some_review.id, "tutor", SignOff{true, "Dr Lee", some_review.date}));
  add("add_hours", plan, edits::add_hours(HoursEntry{"", day("2027-01-08"), 2.5, "Reading", true}));
  add("update_hours", with_hours, edits::update_hours(HoursEntry{"hours-1", day("2027-01-08"), 3, "Reading", true}));
  add("remove_hours", with_hours, edits::remove_hours("hours-1"));
  add("set_epa_step_date", plan, edits::set_epa_step_date(catalogue(), "presentation", day("2029-04-12")));
  return cases;
}

TEST(EditsThroughADocument, AreEachOneUndoStepThatUndoRestoresExactly) {
  for (const Case& c : every_edit()) {
    Document document(c.before);
    const auto revision = document.revision();
    ASSERT_FALSE(document.apply(c.edit).has_value()) << c.name;
    const Plan after = document.plan();
    EXPECT_NE(after, c.before) << c.name << " changes the plan";
    EXPECT_EQ(document.revision(), revision + 1) << c.name;
    EXPECT_EQ(document.undo_label(), c.edit.label) << c.name;
    ASSERT_TRUE(document.undo()) << c.name;
    EXPECT_EQ(document.plan(), c.before) << "undoing " << c.name << " restores the plan exactly";
    EXPECT_FALSE(document.can_undo()) << c.name;
    ASSERT_TRUE(document.redo()) << c.name;
    EXPECT_EQ(document.plan(), after) << "redoing " << c.name;
  }
}

TEST(EditsThroughADocument, LeaveTheDocumentAsItWasWhenRefused) {
  Document document(clean_plan());
  const auto revision = document.revision();
  EXPECT_EQ(document.apply(edits::move_module(catalogue(), "M3", day("2027-06-15"))),
            "A module starts on a Monday, not on Tue 15 Jun 2027");
  EXPECT_EQ(document.plan(), clean_plan());
  EXPECT_EQ(document.revision(), revision);
  EXPECT_FALSE(document.can_undo());
}

TEST(EditsThroughADocument, MergeADragIntoOneUndoStep) {
  Document document(clean_plan());
  for (const char* monday : {"2027-06-14", "2027-06-21", "2027-06-28"}) {
    ASSERT_FALSE(document.apply(edits::move_module(catalogue(), "M3", day(monday))).has_value());
  }
  EXPECT_EQ(document.undo_label(), "Move Module 3 to Mon 28 Jun 2027");
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.plan(), clean_plan());
}

TEST(EditsThroughADocument, ApplyAFindingsFixAsOneUndoStep) {
  Plan plan = without(clean_plan(), "review-5");
  Document document(plan);
  const auto findings = findings_of(plan, "review-gap");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_FALSE(document.apply(*findings[0].fix).has_value());
  EXPECT_TRUE(findings_of(document.plan(), "review-gap").empty());
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.plan(), plan);
}

}  // namespace
}  // namespace planner
