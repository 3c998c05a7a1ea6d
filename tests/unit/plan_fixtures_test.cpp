// The frozen plan files in tests/fixtures/plans/, one per schema version (v1.json, v2.json, …):
// each must load against the catalogue this build ships, forever. The current version's file
// re-saves to exactly its own bytes; an older one upgrades, and its upgraded save is stable.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/files/plan_file.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Fixtures by schema version, from their names ("v3.json" → 3).
std::map<int, fs::path> fixtures() {
  std::map<int, fs::path> out;
  for (const auto& entry : fs::directory_iterator(fs::path(PLANNER_FIXTURES_DIR) / "plans")) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 7 || name[0] != 'v' || entry.path().extension() != ".json") continue;
    out[std::stoi(name.substr(1))] = entry.path();
  }
  return out;
}

TEST(PlanFixtures, ThereIsOneFrozenFileForEverySchemaVersion) {
  std::vector<int> versions;
  for (const auto& [version, path] : fixtures()) versions.push_back(version);
  std::vector<int> expected;
  for (int v = 1; v <= kCurrentPlanSchemaVersion; ++v) expected.push_back(v);
  EXPECT_EQ(versions, expected);
}

TEST(PlanFixtures, EveryVersionLoadsAndSavesByteStable) {
  for (const auto& [version, path] : fixtures()) {
    SCOPED_TRACE(path.filename().string());
    const std::string text = read(path);
    const LoadResult loaded = load_plan_file(text, default_catalogue());
    ASSERT_EQ(loaded.status, LoadStatus::ok) << (loaded.problems.empty() ? "" : to_string(loaded.problems.front()));
    EXPECT_EQ(loaded.schema_version, version);
    const std::string saved = save_plan_file(*loaded.plan, loaded.saved_at, loaded.app_version);
    if (version == kCurrentPlanSchemaVersion) {
      EXPECT_EQ(saved, text) << "the current version's fixture must re-save to its own bytes";
    }
    const LoadResult again = load_plan_file(saved, default_catalogue());
    ASSERT_EQ(again.status, LoadStatus::ok);
    EXPECT_EQ(*again.plan, *loaded.plan);
    EXPECT_EQ(save_plan_file(*again.plan, again.saved_at, again.app_version), saved);
  }
}

TEST(PlanFixtures, TheCurrentFixtureExercisesEveryPartOfThePlan) {
  // A fixture that leaves parts out would let a migration or a mapping break them unnoticed.
  const LoadResult loaded = load_plan_file(read(fixtures().at(kCurrentPlanSchemaVersion)), default_catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok);
  const Plan& plan = *loaded.plan;
  EXPECT_TRUE(plan.induction.has_value());
  EXPECT_TRUE(plan.profile.intended_end.has_value());
  EXPECT_TRUE(plan.end_point.gateway.has_value());
  EXPECT_FALSE(plan.end_point.step_dates.empty());
  EXPECT_EQ(plan.modules.size(), 7u);
  EXPECT_TRUE(std::any_of(plan.modules.begin(), plan.modules.end(), [](const ModulePlacement& m) {
    return !m.session_dates.empty() && !m.deadline_dates.empty() && m.completed;
  }));
  EXPECT_FALSE(plan.dissertation.milestones.empty());
  EXPECT_GE(plan.periods.size(), 2u);
  EXPECT_GE(plan.activities.size(), 3u);
  EXPECT_TRUE(std::any_of(plan.reviews.begin(), plan.reviews.end(), [](const Review& r) {
    return r.apprentice.date && r.mentor.signed_off && !r.actions.empty();
  }));
  EXPECT_FALSE(plan.hours_log.empty());
  EXPECT_TRUE(std::any_of(plan.review_comments.begin(), plan.review_comments.end(),
                          [](const ReviewComment& c) { return c.resolved; }));
  EXPECT_TRUE(std::any_of(plan.review_comments.begin(), plan.review_comments.end(), [](const ReviewComment& c) {
    return !c.resolved && c.text.find('\n') != std::string::npos;
  }));
  EXPECT_FALSE(plan.review_decisions.empty());
}

TEST(PlanFixtures, AFormatOnePlanUpgradesWithNoReviewYet) {
  const LoadResult loaded = load_plan_file(read(fixtures().at(1)), default_catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok);
  EXPECT_EQ(loaded.schema_version, 1);
  EXPECT_TRUE(loaded.plan->review_comments.empty());
  EXPECT_TRUE(loaded.plan->review_decisions.empty());
}

}  // namespace
}  // namespace planner
