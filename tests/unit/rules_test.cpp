// The rules table and the runner: ids, severities, ordering and counts.
#include "core/rules/rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;

TEST(RuleTable, ListsEveryCheckOnceWithItsSeverity) {
  std::set<std::string_view> ids;
  for (const RuleInfo& rule : rule_table()) {
    EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
    EXPECT_FALSE(rule.summary.empty());
  }
  const std::set<std::string_view> expected = {"dissertation-before-proposal",
                                               "proposal-module-late",
                                               "f2f-clash",
                                               "too-many-modules",
                                               "deadlines-too-close",
                                               "session-in-leave",
                                               "appointment-in-leave",
                                               "on-bank-holiday",
                                               "in-busy-period",
                                               "review-gap",
                                               "otj-below-policy",
                                               "otj-active-learning-gap",
                                               "shadowing-gap",
                                               "evidence-missing",
                                               "past-intended-end",
                                               "epa-chain-order",
                                               "epa-period-overrun",
                                               "modules-unplaced"};
  EXPECT_EQ(ids, expected);
  const auto severity = [](std::string_view id) {
    for (const RuleInfo& rule : rule_table()) {
      if (rule.id == id) return rule.severity;
    }
    return Severity::note;
  };
  EXPECT_EQ(severity("f2f-clash"), Severity::error);
  EXPECT_EQ(severity("deadlines-too-close"), Severity::warning);
  EXPECT_EQ(severity("evidence-missing"), Severity::note);
}

TEST(CheckPlan, PutsErrorsFirstThenWarningsThenNotesEachByDate) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-01-04"), placement("M2", "2027-01-18"), placement("M3", "2027-02-01")};
  const auto findings = findings_of(plan);
  ASSERT_FALSE(findings.empty());
  for (std::size_t i = 1; i < findings.size(); ++i) {
    const Finding& a = findings[i - 1];
    const Finding& b = findings[i];
    ASSERT_LE(static_cast<int>(a.severity), static_cast<int>(b.severity)) << a.rule << " before " << b.rule;
    if (a.severity == b.severity && a.date && b.date) {
      EXPECT_LE(*a.date, *b.date) << a.rule << " before " << b.rule;
    }
    if (a.severity == b.severity && !a.date) {
      EXPECT_FALSE(b.date.has_value()) << "undated findings come last";
    }
  }
  const FindingCounts counts = count_findings(findings);
  EXPECT_GT(counts.errors, 0);
  EXPECT_GT(counts.warnings, 0);
  EXPECT_GT(counts.notes, 0);
  EXPECT_EQ(static_cast<std::size_t>(counts.errors + counts.warnings + counts.notes), findings.size());
  for (const Finding& finding : findings) {
    EXPECT_TRUE(
        std::any_of(rule_table().begin(), rule_table().end(), [&](const RuleInfo& r) { return r.id == finding.rule; }));
  }
}

TEST(CheckPlan, RunsOnlyTheRulesAsSevereAsAsked) {
  Plan plan = bare_plan();
  plan.modules = {placement("M1", "2027-01-04"), placement("M2", "2027-01-18"), placement("M3", "2027-02-01")};
  const Schedule schedule = schedule_of(plan);
  const auto all = check_plan(catalogue(), plan, schedule);
  const auto errors = check_plan(catalogue(), plan, schedule, Severity::error);
  const auto warnings = check_plan(catalogue(), plan, schedule, Severity::warning);
  EXPECT_EQ(static_cast<int>(errors.size()), count_findings(all).errors);
  EXPECT_EQ(static_cast<int>(warnings.size()), count_findings(all).errors + count_findings(all).warnings);
  for (const Finding& f : errors) EXPECT_EQ(f.severity, Severity::error);
}

TEST(CheckPlan, NamesSeverities) {
  EXPECT_EQ(to_string(Severity::error), "error");
  EXPECT_EQ(to_string(Severity::warning), "warning");
  EXPECT_EQ(to_string(Severity::note), "note");
}

TEST(CheckPlan, FixesAreTheirOwnUndoSteps) {
  Plan plan = bare_plan();
  plan.modules = {placement("M2", "2027-03-22"), placement("M3", "2027-05-10")};
  for (const Finding& finding : findings_of(plan)) {
    if (finding.fix) {
      EXPECT_TRUE(finding.fix->merge_key.empty()) << finding.rule;
      EXPECT_FALSE(finding.fix->label.empty()) << finding.rule;
    }
  }
}

}  // namespace
}  // namespace planner
