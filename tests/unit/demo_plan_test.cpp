// The demo plan (data/samples/demo-plan.json): it loads and validates like any plan file, tells
// the story the demo and its tour describe as on its own day, and shows exactly the findings it
// was written to show.
#include "core/programme/demo_plan.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "core/files/plan_file.hpp"
#include "core/planning/derived.hpp"
#include "planner_core_data.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using fixtures::catalogue;
using fixtures::day;

TEST(DemoPlan, IsAPlanFileThatLoadsWithoutAProblem) {
  const auto text = data::file(kDemoPlanFile);
  ASSERT_TRUE(text.has_value());
  const LoadResult loaded = load_plan_file(*text, catalogue());
  for (const LoadProblem& problem : loaded.problems) ADD_FAILURE() << to_string(problem);
  ASSERT_EQ(loaded.status, LoadStatus::ok);
  ASSERT_TRUE(loaded.plan.has_value());
  EXPECT_EQ(*loaded.plan, load_demo_plan(catalogue()).plan);
}

TEST(DemoPlan, IsSavedInTheAppsOwnCanonicalForm) {
  const std::string text(data::file(kDemoPlanFile).value());
  const LoadResult loaded = load_plan_file(text, catalogue());
  ASSERT_TRUE(loaded.plan.has_value());
  EXPECT_EQ(save_plan_file(*loaded.plan, loaded.saved_at, loaded.app_version), text)
      << "hand edits must keep the file as the app saves it (sorted keys, two-space indent)";
}

TEST(DemoPlan, IsShownAsOnTheDayItWasSaved) {
  const DemoPlan demo = load_demo_plan(catalogue());
  EXPECT_EQ(demo.today, day("2027-03-03"));
  EXPECT_GT(days_between(demo.plan.profile.start, demo.today), 150) << "a few months in";
}

TEST(DemoPlan, HasModulesDoneAndUnderWayOnTheDemosDay) {
  const DemoPlan demo = load_demo_plan(catalogue());
  const Derived derived = derive(catalogue(), demo.plan);
  std::vector<std::string> done;
  for (const ModulePlacement& placement : demo.plan.modules)
    if (placement.completed) done.push_back(placement.module_id);
  EXPECT_EQ(done, (std::vector<std::string>{"M1", "M2"}));
  EXPECT_EQ(demo.plan.modules.size(), 7u);
  const ModulePlacement* third = demo.plan.placement("M3");
  ASSERT_NE(third, nullptr);
  EXPECT_LT(third->start, demo.today) << "Module 3 is under way";
  EXPECT_GT(third->start.plus_weeks(12), demo.today);
}

TEST(DemoPlan, HasActivitiesReviewsAndHoursBothDoneAndToCome) {
  const DemoPlan demo = load_demo_plan(catalogue());
  const Plan& plan = demo.plan;
  const auto count = [](const auto& items, auto predicate) {
    return std::count_if(items.begin(), items.end(), predicate);
  };
  EXPECT_GE(
      count(plan.activities,
            [&](const Activity& a) { return a.kind == EventKind::shadowing && a.status == ActivityStatus::done; }),
      1);
  EXPECT_GE(
      count(plan.activities,
            [&](const Activity& a) { return a.kind == EventKind::shadowing && a.status == ActivityStatus::planned; }),
      1);
  for (const EventKind kind :
       {EventKind::als, EventKind::mentoring, EventKind::peer_observation, EventKind::guest_session, EventKind::diary})
    EXPECT_GE(count(plan.activities, [&](const Activity& a) { return a.kind == kind; }), 1) << to_string(kind);
  EXPECT_EQ(count(plan.activities,
                  [&](const Activity& a) { return a.date < demo.today && a.status == ActivityStatus::planned; }),
            0)
      << "everything before the demo's day has happened";
  const auto past_reviews = count(plan.reviews, [&](const Review& r) { return r.date < demo.today; });
  EXPECT_GE(past_reviews, 3);
  EXPECT_EQ(count(plan.reviews, [&](const Review& r) { return r.date < demo.today && !r.notes.empty(); }), past_reviews)
      << "every review held has notes";
  EXPECT_GE(plan.hours_log.size(), 20u);
  EXPECT_EQ(count(plan.hours_log, [&](const HoursEntry& h) { return h.date >= demo.today; }), 0)
      << "no hours logged ahead";
  EXPECT_FALSE(plan.profile.apprentice.empty());
  EXPECT_FALSE(plan.dissertation.title.empty());
}

TEST(DemoPlan, ShowsExactlyTheFindingsItWasWrittenToShow) {
  const DemoPlan demo = load_demo_plan(catalogue());
  const Derived derived = derive(catalogue(), demo.plan);
  std::vector<std::tuple<std::string, Severity, bool>> found;  // rule, severity, has a fix
  for (const Finding& finding : derived.findings)
    found.emplace_back(finding.rule, finding.severity, finding.fix.has_value());
  const std::vector<std::tuple<std::string, Severity, bool>> intended{
      {"deadlines-too-close", Severity::warning, false},  // Module 3's extended work-based activity
      {"appointment-in-leave", Severity::warning, true},  // a mentoring meeting in half-term leave
      {"in-busy-period", Severity::note, false},          // a mentoring meeting in the CQC inspection week
  };
  EXPECT_EQ(found, intended);
  EXPECT_EQ(derived.counts.errors, 0);
  EXPECT_EQ(derived.counts.warnings, 2);
  EXPECT_EQ(derived.counts.notes, 1);
}

}  // namespace
}  // namespace planner
