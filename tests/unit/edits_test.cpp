#include "core/plan/edits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

// Applies `edit` to `before` and checks that the result keeps the plan's sorting invariants.
// (edits_undo_test.cpp applies every edit through a Document and undoes it.)
Plan applied(const Plan& before, const Edit& edit) {
  Plan after = before;
  const auto error = apply(after, edit);
  EXPECT_FALSE(error.has_value()) << edit.label << ": " << error.value_or("");
  Plan sorted = after;
  sort_items(sorted);
  EXPECT_EQ(after, sorted) << edit.label << " leaves the plan sorted";
  return after;
}

// The reason `edit` is refused. Edits check before they change anything, so even applied
// straight to a plan (not to the document's copy) a refused edit leaves it exactly as it was.
std::string refusal(const Plan& plan, const Edit& edit) {
  Plan copy = plan;
  const auto error = edit.change(copy);
  if (!error) return "(applied)";
  EXPECT_EQ(copy, plan) << "refusing " << edit.label << " changes nothing";
  return *error;
}

Plan plan_with_modules() {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-01-04"), placement("M2", "2027-03-22"), placement("M3", "2027-06-07")};
  return plan;
}

// ---- profile and settings -------------------------------------------------------------------

TEST(Edits, RenameThePlan) {
  const Edit edit = edits::set_plan_name("Sam's plan");
  EXPECT_EQ(edit.label, "Rename the plan to \u201cSam's plan\u201d");
  EXPECT_EQ(edit.merge_key, "") << "each rename is an undo step of its own";
  EXPECT_EQ(applied(bare_plan(), edit).name, "Sam's plan");
}

TEST(Edits, SetTheProfile) {
  Profile profile = bare_plan().profile;
  profile.apprentice = "Sam Patel";
  profile.intended_end = day("2029-03-01");
  profile.contracted_hours_per_week = 30;
  profile.otj_figure = 700;
  const Edit edit = edits::set_profile(catalogue(), profile);
  EXPECT_EQ(edit.merge_key, "profile");
  EXPECT_EQ(applied(bare_plan(), edit).profile, profile);
}

TEST(Edits, RefuseAProfileThatMakesNoSense) {
  const Plan plan = bare_plan();
  const auto with = [&plan](auto change) {
    Profile profile = plan.profile;
    change(profile);
    return refusal(plan, edits::set_profile(catalogue(), profile));
  };
  EXPECT_EQ(with([](Profile& p) { p.intended_end = day("2026-12-01"); }),
            "The intended end (Tue 1 Dec 2026) must be after the start (Mon 4 Jan 2027)");
  EXPECT_EQ(with([](Profile& p) { p.contracted_hours_per_week = 0; }),
            "Contracted hours are more than 0 and at most 168 a week");
  EXPECT_EQ(with([](Profile& p) { p.contracted_hours_per_week = std::nan(""); }),
            "Contracted hours are more than 0 and at most 168 a week");
  EXPECT_EQ(with([](Profile& p) { p.otj_policy = "four-day-week"; }),
            "There is no off-the-job policy \"four-day-week\"");
  EXPECT_EQ(with([](Profile& p) { p.otj_figure = -6; }), "The off-the-job figure cannot be negative");
  EXPECT_EQ(with([](Profile& p) {
              p.otj_policy = "pre-2022-08";
              p.otj_figure = 120;
            }),
            "The off-the-job figure is a percentage: at most 100");
}

TEST(Edits, SetAndResetTheInductionDay) {
  const Plan set = applied(bare_plan(), edits::set_induction(day("2026-12-17")));
  EXPECT_EQ(set.induction, day("2026-12-17"));
  EXPECT_FALSE(applied(set, edits::set_induction(std::nullopt)).induction.has_value());
}

TEST(Edits, SetRuleSettingsWithinTheirRanges) {
  const RuleSettings settings{3, 21, 8, 4, 1};
  EXPECT_EQ(applied(bare_plan(), edits::set_rule_settings(settings)).settings, settings);
  EXPECT_EQ(refusal(bare_plan(), edits::set_rule_settings({0, 14, 6, 6, 2})), "Modules at once: from 1 to 20");
  EXPECT_EQ(refusal(bare_plan(), edits::set_rule_settings({2, -1, 6, 6, 2})), "Days between deadlines: from 0 to 365");
  EXPECT_EQ(refusal(bare_plan(), edits::set_rule_settings({2, 14, 0, 6, 2})), "Weeks between reviews: from 1 to 52");
  EXPECT_EQ(refusal(bare_plan(), edits::set_rule_settings({2, 14, 6, 0, 2})), "Months between shadowing: from 1 to 36");
  EXPECT_EQ(refusal(bare_plan(), edits::set_rule_settings({2, 14, 6, 6, 0})),
            "Position of the proposal module: from 1 to 20");
}

TEST(Edits, ReplaceTheWholePlanInOneStepKeepingItsId) {
  Plan suggestion = clean_plan();
  suggestion.id.clear();
  const Plan after = applied(bare_plan(), edits::replace_plan(suggestion, "Suggest a plan"));
  EXPECT_EQ(after.id, "plan-under-test");
  EXPECT_EQ(after.modules, suggestion.modules);
  EXPECT_EQ(after.activities, suggestion.activities);
  suggestion.id = "imported";
  EXPECT_EQ(applied(bare_plan(), edits::replace_plan(suggestion, "Import")).id, "imported");
}

TEST(Edits, CombineStepsAllOrNothing) {
  const Plan plan = plan_with_modules();
  const Plan after =
      applied(plan, edits::combine("Two moves", {edits::move_module(catalogue(), "M3", day("2027-06-14")),
                                                 edits::set_module_completed(catalogue(), "M1", true)}));
  EXPECT_EQ(after.placement("M3")->start, day("2027-06-14"));
  EXPECT_TRUE(after.placement("M1")->completed);
  EXPECT_EQ(refusal(plan, edits::combine("Half works", {edits::move_module(catalogue(), "M3", day("2027-06-14")),
                                                        edits::move_module(catalogue(), "M7", day("2027-06-14"))})),
            "Module 7 is not on the calendar");
  Plan direct = plan;
  EXPECT_TRUE(edits::combine("Half works", {edits::move_module(catalogue(), "M3", day("2027-06-14")),
                                            edits::remove_review("review-1")})
                  .change(direct)
                  .has_value());
  EXPECT_EQ(direct, plan) << "a refused combination leaves even a directly applied plan untouched";
}

// ---- periods --------------------------------------------------------------------------------

TEST(Edits, AddLeaveWithAFreshIdInDateOrder) {
  Plan plan = bare_plan();
  plan.periods = {period("leave-1", PeriodKind::leave, "2027-08-02", "2027-08-13")};
  const Plan after =
      applied(plan, edits::add_period(period("", PeriodKind::leave, "2027-04-05", "2027-04-09", "Easter")));
  ASSERT_EQ(after.periods.size(), 2u);
  EXPECT_EQ(after.periods[0].id, "leave-2");
  EXPECT_EQ(after.periods[0].label, "Easter");
  EXPECT_EQ(applied(after, edits::add_period(period("", PeriodKind::busy, "2027-09-01", "2027-09-30"))).periods[2].id,
            "busy-1");
}

TEST(Edits, RefuseAPeriodThatEndsBeforeItStarts) {
  EXPECT_EQ(refusal(bare_plan(), edits::add_period(period("", PeriodKind::leave, "2027-08-13", "2027-08-02"))),
            "The period ends (Mon 2 Aug 2027) before it starts (Fri 13 Aug 2027)");
  Plan plan = bare_plan();
  plan.periods = {period("leave-1", PeriodKind::leave, "2027-08-02", "2027-08-13")};
  EXPECT_EQ(refusal(plan, edits::add_period(period("leave-1", PeriodKind::leave, "2027-09-02", "2027-09-13"))),
            "Period leave-1 already exists");
}

TEST(Edits, UpdateAndRemoveAPeriod) {
  Plan plan = bare_plan();
  plan.periods = {period("leave-1", PeriodKind::leave, "2027-04-05", "2027-04-09"),
                  period("leave-2", PeriodKind::leave, "2027-08-02", "2027-08-13")};
  const Plan moved = applied(
      plan, edits::update_period(period("leave-1", PeriodKind::leave, "2027-10-04", "2027-10-08", "Half term")));
  EXPECT_EQ(moved.periods[1].id, "leave-1");
  EXPECT_EQ(moved.periods[1].label, "Half term");
  EXPECT_EQ(edits::update_period(period("leave-1", PeriodKind::leave, "2027-10-04", "2027-10-08")).merge_key,
            "period:leave-1");
  EXPECT_EQ(refusal(plan, edits::update_period(period("leave-9", PeriodKind::leave, "2027-10-04", "2027-10-08"))),
            "There is no period leave-9");
  EXPECT_EQ(refusal(plan, edits::update_period(period("leave-1", PeriodKind::leave, "2027-10-08", "2027-10-04"))),
            "The period ends (Mon 4 Oct 2027) before it starts (Fri 8 Oct 2027)");
  EXPECT_EQ(applied(plan, edits::remove_period("leave-1")).periods.size(), 1u);
  EXPECT_EQ(refusal(plan, edits::remove_period("leave-9")), "There is no period leave-9");
}

// ---- modules --------------------------------------------------------------------------------

TEST(Edits, PlaceAModuleOnAMonday) {
  const Edit edit = edits::place_module(catalogue(), "M4", day("2027-01-11"));
  EXPECT_EQ(edit.label, "Place Module 4 on Mon 11 Jan 2027");
  const Plan after = applied(plan_with_modules(), edit);
  ASSERT_EQ(after.modules.size(), 4u);
  EXPECT_EQ(after.modules[1].module_id, "M4");
  EXPECT_EQ(refusal(plan_with_modules(), edits::place_module(catalogue(), "M4", day("2027-01-12"))),
            "A module starts on a Monday, not on Tue 12 Jan 2027");
  EXPECT_EQ(refusal(plan_with_modules(), edits::place_module(catalogue(), "M8", day("2027-01-11"))),
            "The programme has no module M8");
  EXPECT_EQ(refusal(plan_with_modules(), edits::place_module(catalogue(), "M2", day("2027-01-11"))),
            "Module 2 is already on the calendar");
}

TEST(Edits, MoveAModuleTogetherWithItsHandSetDates) {
  Plan plan = plan_with_modules();
  plan.placement("M3")->session_dates["f2f-2"] = day("2027-07-01");
  plan.placement("M3")->deadline_dates["assignment"] = day("2027-09-03");
  const Edit edit = edits::move_module(catalogue(), "M3", day("2027-03-01"));
  EXPECT_EQ(edit.label, "Move Module 3 to Mon 1 Mar 2027");
  EXPECT_EQ(edit.merge_key, "move:M3");
  const Plan after = applied(plan, edit);
  EXPECT_EQ(after.modules[1].module_id, "M3");  // re-sorted: it now starts second
  EXPECT_EQ(after.placement("M3")->session_dates.at("f2f-2"), day("2027-03-25"));
  EXPECT_EQ(after.placement("M3")->deadline_dates.at("assignment"), day("2027-05-28"));
  EXPECT_EQ(refusal(plan, edits::move_module(catalogue(), "M3", day("2027-03-03"))),
            "A module starts on a Monday, not on Wed 3 Mar 2027");
  EXPECT_EQ(refusal(plan, edits::move_module(catalogue(), "M6", day("2027-03-01"))), "Module 6 is not on the calendar");
}

TEST(Edits, TakeAModuleOffTheCalendar) {
  const Plan after = applied(plan_with_modules(), edits::unplace_module(catalogue(), "M2"));
  EXPECT_EQ(after.placement("M2"), nullptr);
  EXPECT_EQ(after.modules.size(), 2u);
  EXPECT_EQ(refusal(plan_with_modules(), edits::unplace_module(catalogue(), "M5")), "Module 5 is not on the calendar");
}

TEST(Edits, ReorderModulesBySwappingTheirDateSlots) {
  Plan plan = plan_with_modules();
  plan.placement("M3")->deadline_dates["wba"] = day("2027-07-30");  // a week late, by hand
  const Plan after = applied(plan, edits::reorder_modules(catalogue(), {"M3", "M1", "M2"}));
  EXPECT_EQ(after.placement("M3")->start, day("2027-01-04"));
  EXPECT_EQ(after.placement("M1")->start, day("2027-03-22"));
  EXPECT_EQ(after.placement("M2")->start, day("2027-06-07"));
  EXPECT_EQ(after.placement("M3")->deadline_dates.at("wba"), day("2027-02-26"));
  EXPECT_EQ(after.modules[0].module_id, "M3");
}

TEST(Edits, RefuseAnOrderThatIsNotThePlacedModules) {
  const Plan plan = plan_with_modules();
  EXPECT_EQ(refusal(plan, edits::reorder_modules(catalogue(), {"M2", "M1"})),
            "The new order lists 2 modules but 3 are on the calendar");
  EXPECT_EQ(refusal(plan, edits::reorder_modules(catalogue(), {"M2", "M1", "M4"})), "Module 4 is not on the calendar");
  EXPECT_EQ(refusal(plan, edits::reorder_modules(catalogue(), {"M2", "M1", "M1"})), "Module 1 is listed twice");
}

TEST(Edits, SetAndClearHandSetSessionAndDeadlineDates) {
  const Plan set = applied(plan_with_modules(), edits::set_session_date(catalogue(), "M2", "f2f-2", day("2027-04-15")));
  EXPECT_EQ(set.placement("M2")->session_dates.at("f2f-2"), day("2027-04-15"));
  EXPECT_TRUE(applied(set, edits::set_session_date(catalogue(), "M2", "f2f-2", std::nullopt))
                  .placement("M2")
                  ->session_dates.empty());
  const Plan deadline =
      applied(plan_with_modules(), edits::set_deadline_date(catalogue(), "M1", "assignment", day("2027-04-09")));
  EXPECT_EQ(deadline.placement("M1")->deadline_dates.at("assignment"), day("2027-04-09"));
  EXPECT_TRUE(applied(deadline, edits::set_deadline_date(catalogue(), "M1", "assignment", std::nullopt))
                  .placement("M1")
                  ->deadline_dates.empty());
  EXPECT_EQ(refusal(plan_with_modules(), edits::set_session_date(catalogue(), "M2", "f2f-9", day("2027-04-15"))),
            "The timetable has no session \"f2f-9\"");
  EXPECT_EQ(refusal(plan_with_modules(), edits::set_deadline_date(catalogue(), "M2", "essay", day("2027-04-15"))),
            "The timetable has no deadline \"essay\"");
  EXPECT_EQ(refusal(plan_with_modules(), edits::set_session_date(catalogue(), "M6", "f2f-1", day("2027-04-15"))),
            "Module 6 is not on the calendar");
}

TEST(Edits, MarkAModuleCompleted) {
  const Plan done = applied(plan_with_modules(), edits::set_module_completed(catalogue(), "M1", true));
  EXPECT_TRUE(done.placement("M1")->completed);
  EXPECT_FALSE(applied(done, edits::set_module_completed(catalogue(), "M1", false)).placement("M1")->completed);
  EXPECT_EQ(refusal(plan_with_modules(), edits::set_module_completed(catalogue(), "M7", true)),
            "Module 7 is not on the calendar");
}

// ---- dissertation ---------------------------------------------------------------------------

TEST(Edits, TitleTheDissertation) {
  EXPECT_EQ(applied(bare_plan(), edits::set_dissertation_title("Leading a merger of two community trusts"))
                .dissertation.title,
            "Leading a merger of two community trusts");
}

TEST(Edits, AddUpdateAndRemoveMilestones) {
  Plan plan = bare_plan();
  plan.dissertation.milestones = {milestone("ethics", "Ethics approval", "2027-08-06")};
  const Plan added = applied(plan, edits::add_milestone(milestone("", "Pilot interviews", "2027-07-02")));
  ASSERT_EQ(added.dissertation.milestones.size(), 2u);
  EXPECT_EQ(added.dissertation.milestones[0].id, "milestone-1");
  Milestone progress = added.dissertation.milestones[1];
  progress.status = MilestoneStatus::in_progress;
  progress.words = 1200;
  progress.due = day("2027-06-25");
  const Plan updated = applied(added, edits::update_milestone(progress));
  EXPECT_EQ(updated.dissertation.milestones[0], progress);
  EXPECT_EQ(applied(updated, edits::remove_milestone("milestone-1")).dissertation.milestones.size(), 1u);
  EXPECT_EQ(refusal(updated, edits::remove_milestone("milestone-8")), "There is no milestone milestone-8");
}

TEST(Edits, RefuseMilestonesWithBadValues) {
  Milestone bad = milestone("", "Ethics", "2027-08-06");
  bad.words = -10;
  EXPECT_EQ(refusal(bare_plan(), edits::add_milestone(bad)), "Word counts cannot be negative");
  EXPECT_EQ(refusal(bare_plan(), edits::add_milestone(milestone("", "", "2027-08-06"))), "A milestone needs a title");
  EXPECT_EQ(refusal(bare_plan(), edits::update_milestone(milestone("ethics", "Ethics", "2027-08-06"))),
            "There is no milestone ethics");
}

// ---- activities -----------------------------------------------------------------------------

TEST(Edits, AddUpdateAndRemoveActivities) {
  Activity shadowing = activity("", EventKind::shadowing, "2027-03-04", 3.5);
  shadowing.with_whom = "Director of Nursing";
  shadowing.standards = {"systems-working"};
  shadowing.behaviours = {"inclusive"};
  shadowing.reflection_words = 1000;
  const Edit add = edits::add_activity(catalogue(), shadowing);
  EXPECT_EQ(add.label, "Add Shadowing a colleague on Thu 4 Mar 2027");
  const Plan added = applied(bare_plan(), add);
  ASSERT_EQ(added.activities.size(), 1u);
  EXPECT_EQ(added.activities[0].id, "activity-1");
  Activity done = added.activities[0];
  done.status = ActivityStatus::done;
  done.notes = "Board papers on the integrated care strategy";
  const Plan updated = applied(added, edits::update_activity(catalogue(), done));
  EXPECT_EQ(updated.activities[0], done);
  EXPECT_TRUE(applied(updated, edits::remove_activity("activity-1")).activities.empty());
  EXPECT_EQ(refusal(updated, edits::remove_activity("activity-2")), "There is no activity activity-2");
}

TEST(Edits, ANewActivityTakesTheProgrammesDefaultsForItsKind) {
  const Activity shadowing = edits::new_activity(catalogue(), EventKind::shadowing, day("2027-03-04"));
  EXPECT_EQ(shadowing.kind, EventKind::shadowing);
  EXPECT_EQ(shadowing.title, "Shadowing a colleague");
  EXPECT_EQ(shadowing.date, day("2027-03-04"));
  EXPECT_EQ(shadowing.hours, 3.5);
  EXPECT_EQ(shadowing.reflection_words, 500);
  EXPECT_EQ(shadowing.status, ActivityStatus::planned);
  EXPECT_TRUE(shadowing.id.empty());
  const Activity diary = edits::new_activity(catalogue(), EventKind::diary, day("2027-03-04"));
  EXPECT_EQ(diary.title, "Log book or diary entry");
  EXPECT_EQ(diary.hours, 0.5);
  EXPECT_EQ(diary.reflection_words, 0);
  EXPECT_EQ(applied(bare_plan(), edits::add_activity(catalogue(), diary)).activities.size(), 1u);
}

TEST(Edits, RefuseActivitiesWithBadValues) {
  const auto refused = [](auto change) {
    Activity a = activity("", EventKind::shadowing, "2027-03-04", 3.5);
    change(a);
    return refusal(bare_plan(), edits::add_activity(catalogue(), a));
  };
  EXPECT_EQ(refused([](Activity& a) { a.kind = EventKind::review; }), "There is no activity type \"review\"");
  EXPECT_EQ(refused([](Activity& a) { a.hours = -1; }), "An activity counts for 0 to 24 hours");
  EXPECT_EQ(refused([](Activity& a) { a.hours = 25; }), "An activity counts for 0 to 24 hours");
  EXPECT_EQ(refused([](Activity& a) { a.hours = std::numeric_limits<double>::infinity(); }),
            "An activity counts for 0 to 24 hours");
  EXPECT_EQ(refused([](Activity& a) { a.reflection_words = 750; }), "Shadowing a colleague has no 750-word reflection");
  EXPECT_EQ(refused([](Activity& a) {
              a.kind = EventKind::peer_observation;
              a.reflection_words = 500;
            }),
            "Peer observation has no 500-word reflection");
  EXPECT_EQ(refused([](Activity& a) { a.standards = {"juggling"}; }), "There is no standard \"juggling\"");
  EXPECT_EQ(refused([](Activity& a) { a.behaviours = {"punctual"}; }), "There is no behaviour \"punctual\"");
}

// ---- reviews --------------------------------------------------------------------------------

TEST(Edits, AddUpdateAndRemoveReviews) {
  Review first = review("", "2027-02-15");
  const Plan added = applied(bare_plan(), edits::add_review(catalogue(), first));
  ASSERT_EQ(added.reviews.size(), 1u);
  EXPECT_EQ(added.reviews[0].id, "review-1");
  Review noted = added.reviews[0];
  noted.notes = "On track; Module 2 next";
  noted.actions = {"Book shadowing with the CFO"};
  noted.attendees = {"apprentice", "tutor"};
  EXPECT_EQ(applied(added, edits::update_review(catalogue(), noted)).reviews[0], noted);
  EXPECT_TRUE(applied(added, edits::remove_review("review-1")).reviews.empty());
  Review strangers = review("", "2027-02-15");
  strangers.attendees = {"apprentice", "chair"};
  EXPECT_EQ(refusal(bare_plan(), edits::add_review(catalogue(), strangers)),
            "\"chair\" is not one of the review's parties");
  strangers.attendees = {"mentor", "mentor"};
  EXPECT_EQ(refusal(bare_plan(), edits::add_review(catalogue(), strangers)), "\"mentor\" is listed twice");
  EXPECT_EQ(refusal(added, edits::update_review(catalogue(), review("review-4", "2027-03-01"))),
            "There is no review review-4");
}

TEST(Edits, SignOffAReviewForOneParty) {
  Plan plan = bare_plan();
  plan.reviews = {review("review-1", "2027-02-15")};
  const SignOff mentor{true, "Alex Morgan", day("2027-02-16")};
  const Plan signed_off = applied(plan, edits::sign_off_review("review-1", "mentor", mentor));
  EXPECT_EQ(signed_off.reviews[0].mentor, mentor);
  EXPECT_FALSE(signed_off.reviews[0].tutor.signed_off);
  EXPECT_FALSE(
      applied(signed_off, edits::sign_off_review("review-1", "mentor", SignOff{})).reviews[0].mentor.signed_off);
  EXPECT_EQ(refusal(plan, edits::sign_off_review("review-1", "chair", mentor)),
            "A review is signed off by the apprentice, the mentor or the tutor, not \"chair\"");
  EXPECT_EQ(refusal(plan, edits::sign_off_review("review-2", "mentor", mentor)), "There is no review review-2");
}

// ---- logged hours ---------------------------------------------------------------------------

TEST(Edits, LogUpdateAndRemoveHours) {
  const Plan logged =
      applied(bare_plan(), edits::add_hours(HoursEntry{"", day("2027-01-08"), 2.5, "Reading for Module 1", true}));
  ASSERT_EQ(logged.hours_log.size(), 1u);
  EXPECT_EQ(logged.hours_log[0].id, "hours-1");
  EXPECT_EQ(applied(logged, edits::update_hours(HoursEntry{"hours-1", day("2027-01-08"), 3, "Reading", false}))
                .hours_log[0]
                .hours,
            3);
  EXPECT_TRUE(applied(logged, edits::remove_hours("hours-1")).hours_log.empty());
  EXPECT_EQ(refusal(bare_plan(), edits::add_hours(HoursEntry{"", day("2027-01-08"), -2, "", true})),
            "Logged hours are more than 0 and at most 24 a day");
  EXPECT_EQ(refusal(bare_plan(), edits::add_hours(HoursEntry{"", day("2027-01-08"), 0, "", true})),
            "Logged hours are more than 0 and at most 24 a day");
  EXPECT_EQ(refusal(bare_plan(), edits::add_hours(HoursEntry{"", day("2027-01-08"), 30, "", true})),
            "Logged hours are more than 0 and at most 24 a day");
  EXPECT_EQ(refusal(logged, edits::update_hours(HoursEntry{"hours-2", day("2027-01-08"), 3, "", true})),
            "There is no hours entry hours-2");
}

// ---- gateway and EPA ----------------------------------------------------------------------

TEST(Edits, SetTheGatewayAndEpaStepDates) {
  const Plan gateway = applied(bare_plan(), edits::set_epa_step_date(catalogue(), "gateway", day("2029-01-11")));
  EXPECT_EQ(gateway.end_point.gateway, day("2029-01-11"));
  const Plan step = applied(gateway, edits::set_epa_step_date(catalogue(), "presentation", day("2029-04-12")));
  EXPECT_EQ(step.end_point.step_dates.at("presentation"), day("2029-04-12"));
  EXPECT_TRUE(
      applied(step, edits::set_epa_step_date(catalogue(), "presentation", std::nullopt)).end_point.step_dates.empty());
  EXPECT_FALSE(
      applied(step, edits::set_epa_step_date(catalogue(), "gateway", std::nullopt)).end_point.gateway.has_value());
  EXPECT_EQ(refusal(bare_plan(), edits::set_epa_step_date(catalogue(), "viva", day("2029-04-12"))),
            "There is no end-point assessment step \"viva\"");
}

}  // namespace
}  // namespace planner
