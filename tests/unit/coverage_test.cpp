#include "core/planning/coverage.hpp"

#include <gtest/gtest.h>

#include "core/programme/sample_plans.hpp"
#include "core/rules/rules.hpp"
#include "plan_builders.hpp"

namespace planner {
namespace {

using test::day;
using test::small_catalogue;

// Columns of the small catalogue before any activity: M1, M2, M3, dissertation.
constexpr std::size_t kM1 = 0, kM2 = 1, kM3 = 2, kDissertation = 3, kFirstActivity = 4;

Plan empty_plan() {
  Plan plan;
  plan.programme_id = "test-programme";
  plan.profile.start = day("2027-01-04");
  return plan;
}

ModulePlacement placed(const char* module_id, const char* start, bool completed = false) {
  ModulePlacement placement;
  placement.module_id = module_id;
  placement.start = day(start);
  placement.completed = completed;
  return placement;
}

Activity activity(const char* id, ActivityStatus status, std::vector<std::string> standards,
                  std::vector<std::string> behaviours = {}) {
  Activity a;
  a.id = id;
  a.kind = EventKind::shadowing;
  a.title = std::string("Shadowing ") + id;
  a.date = day("2027-03-01");
  a.status = status;
  a.standards = std::move(standards);
  a.behaviours = std::move(behaviours);
  return a;
}

Milestone milestone(const char* id, MilestoneStatus status) {
  return Milestone{id, id, day("2027-06-01"), status, 0, 0, ""};
}

TEST(Coverage, AnEmptyPlanLeavesEveryStandardAndBehaviourAGap) {
  const Coverage coverage = compute_coverage(small_catalogue(), empty_plan());
  ASSERT_EQ(coverage.columns.size(), 4u);
  ASSERT_EQ(coverage.rows.size(), 8u);
  EXPECT_EQ(coverage.gaps(), 8);
  for (const CoverageColumn& column : coverage.columns) EXPECT_EQ(column.status, Evidence::none) << column.id;
  for (const CoverageRow& row : coverage.rows) {
    EXPECT_TRUE(row.gap()) << row.id;
    EXPECT_EQ(row.cells, std::vector<Evidence>(4, Evidence::none)) << row.id;
  }
}

TEST(Coverage, ColumnsAreTheModulesInOrderThenTheDissertationThenActivities) {
  Plan plan = empty_plan();
  plan.activities = {activity("activity-1", ActivityStatus::planned, {"finance"})};
  const Coverage coverage = compute_coverage(small_catalogue(), plan);
  ASSERT_EQ(coverage.columns.size(), 5u);
  EXPECT_EQ(coverage.columns[kM1].id, "M1");
  EXPECT_EQ(coverage.columns[kM1].title, "Module 1: Collaboration and Integration");
  EXPECT_EQ(coverage.columns[kM1].kind, CoverageColumn::Kind::module);
  EXPECT_EQ(coverage.columns[kM3].id, "M3");
  EXPECT_EQ(coverage.columns[kDissertation].id, "dissertation");
  EXPECT_EQ(coverage.columns[kDissertation].title, "Work-based dissertation");
  const CoverageColumn& shadowing = coverage.columns[kFirstActivity];
  EXPECT_EQ(shadowing.kind, CoverageColumn::Kind::activity);
  EXPECT_EQ(shadowing.id, "activity-1");
  EXPECT_EQ(shadowing.title, "Shadowing activity-1");
  EXPECT_EQ(shadowing.activity_kind, EventKind::shadowing);
  EXPECT_EQ(shadowing.date, day("2027-03-01"));
  EXPECT_EQ(coverage.rows[0].kind, CoverageRow::Kind::standard);
  EXPECT_EQ(coverage.rows[0].label, "Works across systems");
  EXPECT_EQ(coverage.rows[4].kind, CoverageRow::Kind::behaviour);
  EXPECT_EQ(coverage.rows[4].label, "Takes responsibility");
}

TEST(Coverage, APlacedModuleEvidencesItsStandardsAsPlannedAndACompletedOneAsDone) {
  Plan plan = empty_plan();
  plan.modules = {placed("M1", "2027-01-11", /*completed=*/true), placed("M2", "2027-03-01")};
  const Coverage coverage = compute_coverage(small_catalogue(), plan);
  const CoverageRow& systems = *coverage.row("systems-working");  // M1 and M2
  EXPECT_EQ(systems.cells[kM1], Evidence::done);
  EXPECT_EQ(systems.cells[kM2], Evidence::planned);
  EXPECT_EQ(systems.cells[kM3], Evidence::none) << "M3 does not map to it";
  EXPECT_EQ(systems.done, 1);
  EXPECT_EQ(systems.planned, 1);
  EXPECT_EQ(systems.status, Evidence::done);
  const CoverageRow& strategy = *coverage.row("strategy");  // M2, M3 (not placed), dissertation
  EXPECT_EQ(strategy.cells[kM2], Evidence::planned);
  EXPECT_EQ(strategy.cells[kM3], Evidence::none) << "an unplaced module evidences nothing";
  EXPECT_EQ(strategy.status, Evidence::planned);
  EXPECT_TRUE(coverage.row("finance")->gap());
}

TEST(Coverage, TheDissertationIsPlannedWhileItHasMilestonesAndDoneWhenAllAreDone) {
  Plan plan = empty_plan();
  plan.dissertation.milestones = {milestone("proposal", MilestoneStatus::done),
                                  milestone("final-submission", MilestoneStatus::in_progress)};
  EXPECT_EQ(compute_coverage(small_catalogue(), plan).row("finance")->cells[kDissertation], Evidence::planned);
  plan.dissertation.milestones[1].status = MilestoneStatus::done;
  const Coverage coverage = compute_coverage(small_catalogue(), plan);
  EXPECT_EQ(coverage.columns[kDissertation].status, Evidence::done);
  EXPECT_EQ(coverage.row("finance")->cells[kDissertation], Evidence::done);
  EXPECT_EQ(coverage.row("strategy")->cells[kDissertation], Evidence::done);
  EXPECT_TRUE(coverage.row("people")->gap());
}

TEST(Coverage, ActivitiesEvidenceTheStandardsAndBehavioursTheyList) {
  Plan plan = empty_plan();
  plan.activities = {activity("activity-1", ActivityStatus::done, {"finance"}, {"inclusive", "agile"}),
                     activity("activity-2", ActivityStatus::planned, {"finance"}, {"agile"})};
  const Coverage coverage = compute_coverage(small_catalogue(), plan);
  const CoverageRow& finance = *coverage.row("finance");
  EXPECT_EQ(finance.cells[kFirstActivity], Evidence::done);
  EXPECT_EQ(finance.cells[kFirstActivity + 1], Evidence::planned);
  EXPECT_EQ(finance.done, 1);
  EXPECT_EQ(finance.planned, 1);
  EXPECT_EQ(coverage.row("agile")->done, 1);
  EXPECT_EQ(coverage.row("agile")->planned, 1);
  EXPECT_EQ(coverage.row("inclusive")->status, Evidence::done);
  EXPECT_TRUE(coverage.row("professionalism")->gap());
  EXPECT_EQ(coverage.gaps(), 5) << "systems-working, strategy, people, takes-responsibility, professionalism";
}

TEST(Coverage, StandardsTheProgrammeWantsBackedUpShowTheirWorkplaceEvidenceApart) {
  Plan plan = empty_plan();
  plan.dissertation.milestones = {
      milestone("proposal", MilestoneStatus::done)};  // evidences finance, not in the workplace
  Coverage coverage = compute_coverage(small_catalogue(), plan);
  const CoverageRow* finance = coverage.row("finance");
  EXPECT_EQ(finance->evidence_note, "Further input or work place evidence");
  EXPECT_EQ(finance->status, Evidence::done);
  EXPECT_EQ(finance->workplace_evidence, Evidence::none);
  EXPECT_EQ(coverage.row("strategy")->evidence_note, "");

  plan.activities = {activity("activity-1", ActivityStatus::planned, {"finance"})};
  coverage = compute_coverage(small_catalogue(), plan);
  EXPECT_EQ(coverage.row("finance")->workplace_evidence, Evidence::planned);
}

TEST(Coverage, CancelledActivitiesAndActivitiesEvidencingNothingAreNotColumns) {
  Plan plan = empty_plan();
  plan.activities = {activity("activity-1", ActivityStatus::cancelled, {"finance"}),
                     activity("activity-2", ActivityStatus::done, {}),
                     activity("activity-3", ActivityStatus::planned, {"people"})};
  const Coverage coverage = compute_coverage(small_catalogue(), plan);
  ASSERT_EQ(coverage.columns.size(), 5u);
  EXPECT_EQ(coverage.columns[kFirstActivity].id, "activity-3");
  EXPECT_TRUE(coverage.row("finance")->gap());
}

TEST(Coverage, IdsTheCatalogueDoesNotKnowAreIgnored) {
  Plan plan = empty_plan();
  plan.activities = {activity("activity-1", ActivityStatus::done, {"juggling"}, {"punctual"})};
  const Coverage coverage = compute_coverage(small_catalogue(), plan);
  EXPECT_EQ(coverage.gaps(), 8);
  EXPECT_EQ(coverage.portfolio.done, 0) << "evidence of nothing known is not a piece of evidence";
  EXPECT_EQ(coverage.row("juggling"), nullptr);
}

TEST(Coverage, PortfolioCountsPiecesDoneAndPlannedAgainstTheCataloguesTarget) {
  Plan plan = empty_plan();
  plan.modules = {placed("M1", "2027-01-11", true), placed("M2", "2027-03-01")};
  plan.dissertation.milestones = {milestone("proposal", MilestoneStatus::in_progress)};
  plan.activities = {activity("activity-1", ActivityStatus::done, {"finance"}, {"inclusive"}),
                     activity("activity-2", ActivityStatus::planned, {}, {"agile"}),
                     activity("activity-3", ActivityStatus::cancelled, {"people"})};
  const PortfolioReadiness portfolio = compute_coverage(small_catalogue(), plan).portfolio;
  EXPECT_EQ(portfolio.target, 18);
  EXPECT_EQ(portfolio.done, 2) << "M1 and activity-1";
  EXPECT_EQ(portfolio.planned, 3) << "M2, the dissertation and activity-2";
  EXPECT_EQ(portfolio.standards_total, 4);
  EXPECT_EQ(portfolio.standards_done, 3) << "systems-working and people (M1), finance (activity-1)";
  EXPECT_EQ(portfolio.behaviours_total, 4);
  EXPECT_EQ(portfolio.behaviours_done, 1);
  EXPECT_FALSE(portfolio.ready);
}

TEST(Coverage, PortfolioIsReadyWithEnoughPiecesDoneAndEveryRowEvidenced) {
  Catalogue catalogue = small_catalogue();
  catalogue.epa_steps[1].evidence_pieces = 3;
  Plan plan = empty_plan();
  plan.activities = {
      activity("activity-1", ActivityStatus::done, {"systems-working", "strategy"},
               {"takes-responsibility", "inclusive"}),
      activity("activity-2", ActivityStatus::done, {"finance", "people"}, {"agile"}),
      activity("activity-3", ActivityStatus::planned, {}, {"professionalism"}),
  };
  PortfolioReadiness portfolio = compute_coverage(catalogue, plan).portfolio;
  EXPECT_EQ(portfolio.done, 2);
  EXPECT_FALSE(portfolio.ready) << "two pieces of three, professionalism only planned";

  plan.activities[2].status = ActivityStatus::done;
  portfolio = compute_coverage(catalogue, plan).portfolio;
  EXPECT_EQ(portfolio.done, 3);
  EXPECT_EQ(portfolio.behaviours_done, 4);
  EXPECT_TRUE(portfolio.ready);

  plan.activities[2].behaviours = {"agile"};
  EXPECT_FALSE(compute_coverage(catalogue, plan).portfolio.ready) << "enough pieces, but professionalism has none";
}

TEST(Coverage, ItsGapsAreExactlyWhatTheEvidenceCheckReports) {
  // The Coverage view and the Checks panel must name the same standards and behaviours.
  const Catalogue& catalogue = default_catalogue();
  Plan plan = make_large_plan(catalogue);
  const auto gap_ids = [&](const Plan& p) {
    std::vector<std::string> ids;
    for (const CoverageRow& row : compute_coverage(catalogue, p).rows) {
      if (row.gap()) ids.push_back(row.id);
    }
    return ids;
  };
  const auto reported_ids = [&](const Plan& p) {
    std::vector<std::string> ids;
    for (const Finding& finding : check_plan(catalogue, p, expand_schedule(catalogue, p))) {
      if (finding.rule == "evidence-missing") ids.insert(ids.end(), finding.items.begin(), finding.items.end());
    }
    return ids;
  };
  EXPECT_EQ(gap_ids(plan), reported_ids(plan));
  EXPECT_TRUE(gap_ids(plan).empty()) << "the large plan evidences everything";

  plan.activities.resize(plan.activities.size() / 4);
  plan.modules.erase(plan.modules.begin() + 2, plan.modules.end());
  const std::vector<std::string> gaps = gap_ids(plan);
  EXPECT_FALSE(gaps.empty());
  EXPECT_EQ(gaps, reported_ids(plan));
}

TEST(Coverage, NamesItsEvidenceStates) {
  EXPECT_EQ(to_string(Evidence::none), "none");
  EXPECT_EQ(to_string(Evidence::planned), "planned");
  EXPECT_EQ(to_string(Evidence::done), "done");
}

}  // namespace
}  // namespace planner
