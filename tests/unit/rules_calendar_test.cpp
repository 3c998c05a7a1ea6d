// The calendar rules: leave, bank holidays, busy periods, review and shadowing gaps, the end of
// the plan and the gateway/EPA chain. A passing and a failing case each; the failing one pins
// the rule id, severity, items and message, and that its fix clears the finding.
#include <gtest/gtest.h>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

Plan clean_plan_with(Period period) {
  Plan plan = clean_plan();
  plan.periods.push_back(std::move(period));
  sort_items(plan);
  return plan;
}

// ---- session-in-leave ----------------------------------------------------------------------

TEST(SessionInLeave, PassesWhenLeaveStartsTheDayAfterASession) {
  EXPECT_TRUE(
      findings_of(clean_plan_with(period("leave-1", PeriodKind::leave, "2027-06-29", "2027-07-02")), "session-in-leave")
          .empty());
}

TEST(SessionInLeave, FlagsAFaceToFaceDayInLeaveAndMovesTheModule) {
  const Plan plan = clean_plan_with(period("leave-1", PeriodKind::leave, "2027-06-28", "2027-07-02", "Conference"));
  const auto findings = findings_of(plan, "session-in-leave");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(
      findings[0].message,
      "\"Face-to-face: update and problem solving (Module 3)\" on Mon 28 Jun 2027 is in your leave \"Conference\" "
      "(Mon 28 Jun 2027 to Fri 2 Jul 2027).");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M3/f2f-2", "leave-1"}));
  EXPECT_EQ(findings[0].date, day("2027-06-28"));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label.rfind("Move Module 3 to ", 0), 0u);
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "session-in-leave").empty());
}

TEST(SessionInLeave, FlagsADeadlineInLeave) {
  const Plan plan = clean_plan_with(period("leave-1", PeriodKind::leave, "2027-02-22", "2027-02-26"));
  const auto findings = findings_of(plan, "session-in-leave");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M1/wba", "leave-1"}));
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "session-in-leave").empty());
}

TEST(SessionInLeave, MovesTheGatewayOutOfLeave) {
  const Plan plan = clean_plan_with(period("leave-1", PeriodKind::leave, "2029-01-01", "2029-01-05"));
  const auto findings = findings_of(plan, "session-in-leave");
  ASSERT_EQ(findings.size(), 3u);  // the gateway, the proposal scope and the portfolio
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"epa/gateway", "leave-1"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label,
            "Set \"Gateway: employer confirms readiness for end-point assessment\" to Mon 8 Jan 2029");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "session-in-leave").empty());
}

TEST(SessionInLeave, MovesTheInductionBeforeTheStart) {
  Plan plan = clean_plan_with(period("leave-1", PeriodKind::leave, "2026-12-21", "2026-12-31"));
  const auto findings = findings_of(plan, "session-in-leave");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"induction", "leave-1"}));
  EXPECT_EQ(findings[0].fix->label, "Set the induction to Fri 18 Dec 2026");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "session-in-leave").empty());
}

// ---- appointment-in-leave ------------------------------------------------------------------

TEST(AppointmentInLeave, PassesWhenLeaveMissesEveryAppointment) {
  EXPECT_TRUE(findings_of(clean_plan_with(period("leave-1", PeriodKind::leave, "2027-06-18", "2027-06-20")),
                          "appointment-in-leave")
                  .empty());
}

TEST(AppointmentInLeave, FlagsAReviewInLeaveAndBringsItForward) {
  const Plan plan = clean_plan_with(period("leave-1", PeriodKind::leave, "2027-06-16", "2027-06-18"));
  const auto findings = findings_of(plan, "appointment-in-leave");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "\"Tripartite progress review\" on Thu 17 Jun 2027 is in your leave (Wed 16 Jun 2027 to Fri 18 Jun 2027).");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"review-4", "leave-1"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Move the review to Tue 15 Jun 2027");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "appointment-in-leave").empty());
}

TEST(AppointmentInLeave, MovesAnActivityToTheFirstDayBack) {
  const Plan plan = clean_plan_with(period("leave-1", PeriodKind::leave, "2027-07-05", "2027-07-09"));
  const auto findings = findings_of(plan, "appointment-in-leave");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"activity-2", "leave-1"}));
  EXPECT_EQ(findings[0].fix->label, "Move \"Shadowing a colleague\" to Mon 12 Jul 2027");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "appointment-in-leave").empty());
}

// ---- on-bank-holiday -----------------------------------------------------------------------

TEST(OnBankHoliday, PassesForTheCleanPlan) { EXPECT_TRUE(findings_of(clean_plan(), "on-bank-holiday").empty()); }

TEST(OnBankHoliday, FlagsAReviewOnEasterMonday) {
  Plan plan = clean_plan();
  for (Review& r : plan.reviews) {
    if (r.id == "review-2") r.date = day("2027-03-29");
  }
  sort_items(plan);
  const auto findings = findings_of(plan, "on-bank-holiday");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "\"Tripartite progress review\" on Mon 29 Mar 2027 is a bank holiday (Easter Monday).");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"review-2"}));
  EXPECT_EQ(findings[0].fix->label, "Move the review to Thu 25 Mar 2027");  // before Good Friday
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "on-bank-holiday").empty());
}

TEST(OnBankHoliday, FlagsAFaceToFaceDayOnABankHolidayAndMovesTheModule) {
  Plan plan = bare_plan();
  plan.induction = day("2026-12-21");              // the default day, Mon 28 Dec 2026, is a bank holiday itself
  plan.modules = {placement("M1", "2027-05-03")};  // Early May bank holiday
  const auto findings = findings_of(plan, "on-bank-holiday");
  // Week 5 holds the Spring bank holiday (31 May), but online: no day to attend.
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(
      findings[0].message,
      "\"Face-to-face: module walk-through (Module 1)\" on Mon 3 May 2027 is a bank holiday (Early May bank holiday).");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M1/f2f-1"}));
  EXPECT_EQ(findings[0].fix->label, "Move Module 1 to Mon 17 May 2027");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "on-bank-holiday").empty());
}

// ---- in-busy-period ------------------------------------------------------------------------

TEST(InBusyPeriod, PassesWhenNothingFallsInIt) {
  EXPECT_TRUE(
      findings_of(clean_plan_with(period("busy-1", PeriodKind::busy, "2027-06-12", "2027-06-16")), "in-busy-period")
          .empty());
}

TEST(InBusyPeriod, NotesSessionsAndDeadlinesInABusyWeek) {
  const Plan plan = clean_plan_with(period("busy-1", PeriodKind::busy, "2027-06-07", "2027-06-11", "Year end"));
  const auto findings = findings_of(plan, "in-busy-period");
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].severity, Severity::note);
  EXPECT_EQ(findings[0].message,
            "\"Face-to-face: module walk-through (Module 3)\" on Mon 7 Jun 2027 is in a busy period \"Year end\" "
            "(Mon 7 Jun 2027 to Fri 11 Jun 2027): check you can make it.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M3/f2f-1", "busy-1"}));
  EXPECT_EQ(findings[1].items, (std::vector<std::string>{"M2/assignment", "busy-1"}));
  EXPECT_EQ(findings[2].items, (std::vector<std::string>{"milestone/proposal", "busy-1"}));
  EXPECT_FALSE(findings[0].fix.has_value());
}

// ---- review-gap ----------------------------------------------------------------------------

TEST(ReviewGap, PassesForReviewsAtMostSixWeeksApart) { EXPECT_TRUE(findings_of(clean_plan(), "review-gap").empty()); }

TEST(ReviewGap, FlagsTwelveWeeksBetweenReviewsAndAddsOne) {
  const Plan plan = without(clean_plan(), "review-5");
  const auto findings = findings_of(plan, "review-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "12 weeks pass between the progress reviews on Thu 17 Jun 2027 and Thu 9 Sep 2027: reviews are due at "
            "least every 6 weeks.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"review-4", "review-6"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Add a progress review on Thu 29 Jul 2027");
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "review-gap").empty());
  EXPECT_EQ(after.reviews.size(), clean_plan().reviews.size());
}

TEST(ReviewGap, FlagsAFirstReviewTooLongAfterTheStart) {
  const Plan plan = without(clean_plan(), "review-1");
  const auto findings = findings_of(plan, "review-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "The first progress review, on Thu 25 Mar 2027, is 11 weeks and 3 days after the start on Mon 4 Jan 2027: "
            "reviews are "
            "due at least every 6 weeks.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"review-2"}));
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "review-gap").empty());
}

TEST(ReviewGap, FlagsTheStretchBeforeTheGateway) {
  const Plan plan = without(clean_plan(), "review-17");
  const auto findings = findings_of(plan, "review-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"review-16", "epa/gateway"}));
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "review-gap").empty());
}

TEST(ReviewGap, FlagsAPlanWithoutReviewsAndSchedulesThemAll) {
  const Plan plan = bare_plan();
  const auto findings = findings_of(plan, "review-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "No progress reviews are planned between the start on Mon 4 Jan 2027 and the gateway on Thu 4 Jan 2029: "
            "reviews are due "
            "at least every 6 weeks.");
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "review-gap").empty());
  EXPECT_EQ(after.reviews.size(), 17u);
}

// ---- shadowing-gap -------------------------------------------------------------------------

TEST(ShadowingGap, PassesForShadowingExactlySixMonthsApart) {
  Plan plan = bare_plan();
  plan.profile.intended_end = day("2028-01-04");
  plan.activities = {activity("activity-1", EventKind::shadowing, "2027-07-05")};
  plan.activities[0].date = day("2027-07-04");  // start + 6 months, and the gateway 6 months on
  EXPECT_TRUE(findings_of(plan, "shadowing-gap").empty());
}

TEST(ShadowingGap, NotesEightMonthsWithoutShadowingAndPlansSome) {
  const Plan plan = without(clean_plan(), "activity-3");
  const auto findings = findings_of(plan, "shadowing-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::note);
  EXPECT_EQ(findings[0].message,
            "No shadowing planned between Mon 5 Jul 2027 and Fri 3 Mar 2028: plan some at least every 6 months.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"activity-2", "activity-4"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "shadowing-gap").empty());
}

TEST(ShadowingGap, NotesAPlanWithNoShadowingAndSpreadsIt) {
  const Plan plan = bare_plan();
  const auto findings = findings_of(plan, "shadowing-gap");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "No shadowing planned between the start on Mon 4 Jan 2027 and the gateway on Thu 4 Jan 2029: plan some at "
            "least every 6 "
            "months.");
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "shadowing-gap").empty());
  EXPECT_EQ(after.activities.size(), 4u);
}

// ---- past-intended-end ---------------------------------------------------------------------

TEST(PastIntendedEnd, PassesWhenTheLastHandInIsOnTheIntendedEnd) {
  Plan plan = clean_plan();
  plan.profile.intended_end = day("2028-09-01");  // the dissertation's final submission
  EXPECT_TRUE(findings_of(plan, "past-intended-end").empty());
}

TEST(PastIntendedEnd, FlagsWorkAfterTheIntendedEndAndMovesTheEnd) {
  Plan plan = clean_plan();
  plan.profile.intended_end = day("2028-06-30");
  const auto findings = findings_of(plan, "past-intended-end");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(
      findings[0].message,
      "The plan runs to Fri 1 Sep 2028 (\"Dissertation final submission\"), past its intended end on Fri 30 Jun 2028.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M7", "milestone/draft-chapters", "M7/assignment",
                                                         "milestone/final-submission"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Move the intended end to Fri 15 Sep 2028");
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "past-intended-end").empty());
  EXPECT_TRUE(findings_of(after, "epa-chain-order").empty());
}

// ---- epa-chain-order -----------------------------------------------------------------------

TEST(EpaChainOrder, PassesForTheCleanPlan) { EXPECT_TRUE(findings_of(clean_plan(), "epa-chain-order").empty()); }

TEST(EpaChainOrder, FlagsAGatewayBeforeTheDissertationAndMovesIt) {
  Plan plan = clean_plan();
  plan.end_point.gateway = day("2028-08-01");
  const auto findings = findings_of(plan, "epa-chain-order");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(findings[0].message,
            "The gateway on Tue 1 Aug 2028 comes before \"Dissertation final submission\" on Fri 1 Sep 2028: the "
            "gateway follows the "
            "last module and the dissertation.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"epa/gateway", "milestone/final-submission"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Move the gateway to Fri 15 Sep 2028");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "epa-chain-order").empty());
}

TEST(EpaChainOrder, FlagsStepsOutOfOrderAndResetsThem) {
  Plan plan = clean_plan();
  plan.end_point.step_dates["presentation"] = day("2029-03-01");
  const auto findings = findings_of(plan, "epa-chain-order");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "\"Presentation of the strategic business proposal, with questions\" on Thu 1 Mar 2029 comes before "
            "\"Strategic business "
            "proposal submitted\" on Thu 29 Mar 2029: the end-point assessment steps follow one another.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"epa/business-proposal", "epa/presentation"}));
  EXPECT_EQ(findings[0].fix->label, "Put the end-point assessment steps back in order");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "epa-chain-order").empty());
}

// ---- epa-period-overrun --------------------------------------------------------------------

TEST(EpaPeriodOverrun, PassesOnTheLastDayOfTheEpaPeriod) {
  Plan plan = clean_plan();
  plan.end_point.step_dates["professional-discussion"] = day("2029-06-04");
  EXPECT_TRUE(findings_of(plan, "epa-period-overrun").empty());
}

TEST(EpaPeriodOverrun, FlagsADiscussionBeyondFiveMonthsAndResetsIt) {
  Plan plan = clean_plan();
  plan.end_point.step_dates["professional-discussion"] = day("2029-07-02");
  const auto findings = findings_of(plan, "epa-period-overrun");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "The end-point assessment runs to Mon 2 Jul 2029, beyond the usual 5 months after the gateway on Thu 4 Jan "
            "2029.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"epa/professional-discussion"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "epa-period-overrun").empty());
}

}  // namespace
}  // namespace planner
