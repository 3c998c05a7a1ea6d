// The module-sequence rules: a passing and a failing case each, the failing one pinning the rule
// id, severity, items and message, and that its fix clears the finding.
#include <gtest/gtest.h>

#include "core/plan/edits.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

Milestone& milestone_in(Plan& plan, std::string_view id) {
  for (Milestone& m : plan.dissertation.milestones) {
    if (m.id == id) return m;
  }
  throw std::logic_error("no milestone " + std::string(id));
}

TEST(CleanPlan, HasNoFindingsAtAll) {
  const auto findings = findings_of(clean_plan());
  for (const Finding& f : findings) ADD_FAILURE() << f.rule << ": " << f.message;
}

// ---- dissertation-before-proposal ----------------------------------------------------------

TEST(DissertationBeforeProposal, PassesWhenMilestonesFollowModuleTwosFinalSubmission) {
  Plan plan = clean_plan();
  milestone_in(plan, "ethics").due = day("2027-06-14");  // the Monday after Module 2's final submission
  EXPECT_TRUE(findings_of(plan, "dissertation-before-proposal").empty());
}

TEST(DissertationBeforeProposal, FlagsAMilestoneBeforeTheProposalAndMovesTheDissertationLater) {
  Plan plan = clean_plan();
  milestone_in(plan, "ethics").due = day("2027-06-11");  // the same day as Module 2's final submission
  sort_items(plan);
  const auto findings = findings_of(plan, "dissertation-before-proposal");
  ASSERT_EQ(findings.size(), 1u);
  const Finding& finding = findings[0];
  EXPECT_EQ(finding.severity, Severity::error);
  EXPECT_EQ(
      finding.message,
      "The dissertation milestone \"Ethics approval\" on Fri 11 Jun 2027 comes before Module 2's final submission on "
      "Fri 11 Jun 2027: the dissertation starts from the proposal Module 2 ends in.");
  EXPECT_EQ(finding.items, (std::vector<std::string>{"milestone/ethics", "M2/assignment"}));
  EXPECT_EQ(finding.date, day("2027-06-11"));
  ASSERT_TRUE(finding.fix.has_value());
  EXPECT_EQ(finding.fix->label, "Move the dissertation milestones 1 week later");
  const Plan after = fixed(plan, finding);
  EXPECT_TRUE(findings_of(after, "dissertation-before-proposal").empty());
  EXPECT_EQ(milestone_in(const_cast<Plan&>(after), "proposal").due,
            day("2027-06-11"));  // the proposal stays with the module
}

TEST(DissertationBeforeProposal, CountsEveryMilestoneWhenModuleTwoMovesLate) {
  Plan plan = clean_plan();
  ASSERT_FALSE(apply(plan, edits::move_module(catalogue(), "M2", day("2027-11-01"))));
  const auto findings = findings_of(plan, "dissertation-before-proposal");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "3 dissertation milestones, from \"Ethics approval\" on Fri 6 Aug 2027, come before Module 2's final "
            "submission on "
            "Fri 21 Jan 2028: the dissertation starts from the proposal Module 2 ends in.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"milestone/ethics", "milestone/literature-review",
                                                         "milestone/methods", "M2/assignment"}));
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "dissertation-before-proposal").empty());
}

// ---- proposal-module-late ------------------------------------------------------------------

TEST(ProposalModuleLate, PassesWithModuleTwoSecond) {
  EXPECT_TRUE(findings_of(clean_plan(), "proposal-module-late").empty());
}

TEST(ProposalModuleLate, FlagsModuleTwoFourthAndMovesItSecond) {
  Plan plan = clean_plan();
  ASSERT_FALSE(apply(plan, edits::reorder_modules(catalogue(), {"M1", "M3", "M4", "M2", "M5", "M6", "M7"})));
  const auto findings = findings_of(plan, "proposal-module-late");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "Module 2 is the 4th module to start (Mon 23 Aug 2027); it should be among the first 2, since it teaches "
            "research "
            "methods and ends in the dissertation proposal.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M2"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Make Module 2 the 2nd module");
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "proposal-module-late").empty());
  EXPECT_EQ(after.modules[1].module_id, "M2");
}

TEST(ProposalModuleLate, FollowsTheSettingForHowEarly) {
  Plan plan = clean_plan();
  plan.settings.proposal_module_latest_position = 1;
  const auto findings = findings_of(plan, "proposal-module-late");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].fix->label, "Make Module 2 the 1st module");
  EXPECT_EQ(fixed(plan, findings[0]).modules[0].module_id, "M2");
}

// ---- f2f-clash ---------------------------------------------------------------------------

TEST(FaceToFaceClash, PassesForSessionsOnNeighbouringDays) {
  Plan plan = bare_plan();
  plan.modules = {placement("M2", "2027-03-22"), placement("M3", "2027-05-10")};
  plan.placement("M3")->session_dates["f2f-1"] = day("2027-05-11");  // the day after Module 2's review day
  EXPECT_TRUE(findings_of(plan, "f2f-clash").empty());
}

TEST(FaceToFaceClash, FlagsTwoSessionsOnOneDayAndMovesTheLaterModule) {
  Plan plan = bare_plan();
  plan.modules = {placement("M2", "2027-03-22"), placement("M3", "2027-05-10")};
  const auto findings = findings_of(plan, "f2f-clash");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(
      findings[0].message,
      "Face-to-face sessions of Module 2 and Module 3 are on the same day, Mon 10 May 2027: you can attend only one.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M2/f2f-3", "M3/f2f-1"}));
  EXPECT_EQ(findings[0].date, day("2027-05-10"));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Move Module 3 to Mon 17 May 2027");
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "f2f-clash").empty());
  EXPECT_EQ(after.placement("M2")->start, day("2027-03-22"));
}

// ---- too-many-modules ----------------------------------------------------------------------

TEST(TooManyModules, PassesWhenAModuleStartsAfterAnotherEnds) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-01-04"), placement("M2", "2027-01-18"), placement("M3", "2027-03-29")};
  EXPECT_TRUE(findings_of(plan, "too-many-modules").empty());  // Module 1 ends on Fri 26 Mar
}

TEST(TooManyModules, FlagsThreeAtOnceAndMovesTheLatest) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-01-04"), placement("M2", "2027-01-18"), placement("M3", "2027-02-01")};
  const auto findings = findings_of(plan, "too-many-modules");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(findings[0].message,
            "Module 1, Module 2 and Module 3 run at once from Mon 1 Feb 2027: at most 2 modules at once.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M1", "M2", "M3"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label.rfind("Move Module 3 to ", 0), 0u);
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "too-many-modules").empty());
  plan.settings.max_concurrent_modules = 3;
  EXPECT_TRUE(findings_of(plan, "too-many-modules").empty());
}

// ---- deadlines-too-close -------------------------------------------------------------------

TEST(DeadlinesTooClose, PassesForDeadlinesExactlyTheMinimumApart) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-09-06"), placement("M2", "2027-09-20")};
  EXPECT_TRUE(findings_of(plan, "deadlines-too-close").empty());
}

TEST(DeadlinesTooClose, FlagsDeadlinesAWeekApartAndMovesTheLaterModule) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-09-06"), placement("M2", "2027-09-13")};
  const auto findings = findings_of(plan, "deadlines-too-close");
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message,
            "\"Work-based assignment due (formative) (Module 1)\" on Fri 22 Oct 2027 and \"Work-based assignment due "
            "(formative) "
            "(Module 2)\" on Fri 29 Oct 2027 are 7 days apart: keep deadlines at least 14 days apart.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M1/wba", "M2/wba"}));
  EXPECT_EQ(findings[1].items, (std::vector<std::string>{"M1/assignment", "M2/assignment"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Move Module 2 to Mon 20 Sep 2027");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "deadlines-too-close").empty());
}

TEST(DeadlinesTooClose, MovesTheDissertationSubmissionAwayFromAModuleDeadline) {
  Plan plan = clean_plan();
  milestone_in(plan, "final-submission").due = day("2028-07-21");  // a week after Module 7's assignment
  sort_items(plan);
  const auto findings = findings_of(plan, "deadlines-too-close");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M7/assignment", "milestone/final-submission"}));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->label, "Move \"Dissertation final submission\" to Fri 28 Jul 2028");
  EXPECT_TRUE(findings_of(fixed(plan, findings[0]), "deadlines-too-close").empty());
}

// ---- modules-unplaced ----------------------------------------------------------------------

TEST(ModulesUnplaced, PassesWithEveryModulePlaced) {
  EXPECT_TRUE(findings_of(clean_plan(), "modules-unplaced").empty());
}

TEST(ModulesUnplaced, ListsMissingModulesAndPlacesThemAfterTheLast) {
  const Plan plan = without(without(clean_plan(), "M5"), "M6");
  const auto findings = findings_of(plan, "modules-unplaced");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].message, "Module 5 and Module 6 are not on the calendar yet.");
  EXPECT_EQ(findings[0].items, (std::vector<std::string>{"M5", "M6"}));
  EXPECT_FALSE(findings[0].date.has_value());
  ASSERT_TRUE(findings[0].fix.has_value());
  const Plan after = fixed(plan, findings[0]);
  EXPECT_TRUE(findings_of(after, "modules-unplaced").empty());
  EXPECT_GT(after.placement("M5")->start, after.placement("M7")->start);
  EXPECT_GT(after.placement("M6")->start, after.placement("M5")->start);
  const auto errors = count_findings(findings_of(after)).errors;
  EXPECT_EQ(errors, 0) << "the modules go where they break no module rule";
}

TEST(ModulesUnplaced, NamesASingleMissingModuleWithItsTitle) {
  const auto findings = findings_of(without(clean_plan(), "M7"), "modules-unplaced");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "Module 7 (Innovation and Improvement) is not on the calendar yet.");
  EXPECT_EQ(findings[0].fix->label, "Place Module 7 on Mon 14 Feb 2028");
}

}  // namespace
}  // namespace planner
