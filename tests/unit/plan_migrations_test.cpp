#include "core/files/plan_migrations.hpp"

#include <gtest/gtest.h>

#include <array>

namespace planner {
namespace {

using nlohmann::json;

void one_to_two(json& envelope) { envelope["trail"].push_back("1->2"); }
void two_to_three(json& envelope) { envelope["trail"].push_back("2->3"); }
void breaks_everything(json& envelope) { envelope = json::array(); }

constexpr std::array<PlanMigration, 2> kChain{{{1, "first", one_to_two}, {2, "second", two_to_three}}};

json envelope_of_version(int version) { return json{{"schemaVersion", version}, {"trail", json::array()}}; }

TEST(PlanMigrations, TheProjectTableHasOneStepPerOlderVersionInOrder) {
  const auto table = plan_migrations();
  ASSERT_EQ(table.size(), static_cast<std::size_t>(kCurrentPlanSchemaVersion - 1));
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(table[i].from_version, static_cast<int>(i) + 1);
    EXPECT_NE(table[i].upgrade, nullptr);
  }
}

TEST(PlanMigrations, FormatTwoStartsAFormatOnePlanWithNoReview) {
  json envelope{{"schemaVersion", 1}, {"plan", {{"name", "Sam"}}}};
  EXPECT_EQ(migrate_plan_json(envelope, 1, 2, plan_migrations()), std::nullopt);
  EXPECT_EQ(envelope.at("plan"),
            (json{{"name", "Sam"}, {"reviewComments", json::array()}, {"reviewDecisions", json::array()}}));
  EXPECT_EQ(envelope.at("schemaVersion"), 2);
}

TEST(PlanMigrations, FormatTwoLeavesWhatItCannotUpgradeToValidation) {
  // A hand-edited file that already has the lists, or no plan object: validation judges it.
  json has_lists{{"schemaVersion", 1}, {"plan", {{"reviewComments", 5}, {"reviewDecisions", json::array()}}}};
  EXPECT_EQ(migrate_plan_json(has_lists, 1, 2, plan_migrations()), std::nullopt);
  EXPECT_EQ(has_lists.at("plan").at("reviewComments"), 5);
  json not_a_plan{{"schemaVersion", 1}, {"plan", json::array()}};
  (void)migrate_plan_json(not_a_plan, 1, 2, plan_migrations());
  EXPECT_EQ(not_a_plan.at("plan"), json::array());
}

TEST(PlanMigrations, AppliesEveryStepInOrderAndRecordsTheVersion) {
  json envelope = envelope_of_version(1);
  EXPECT_EQ(migrate_plan_json(envelope, 1, 3, kChain), std::nullopt);
  EXPECT_EQ(envelope.at("trail"), (json{"1->2", "2->3"}));
  EXPECT_EQ(envelope.at("schemaVersion"), 3);
}

TEST(PlanMigrations, StartsFromTheFilesOwnVersion) {
  json envelope = envelope_of_version(2);
  EXPECT_EQ(migrate_plan_json(envelope, 2, 3, kChain), std::nullopt);
  EXPECT_EQ(envelope.at("trail"), (json{"2->3"}));
}

TEST(PlanMigrations, ACurrentFileIsLeftAlone) {
  json envelope = envelope_of_version(3);
  EXPECT_EQ(migrate_plan_json(envelope, 3, 3, kChain), std::nullopt);
  EXPECT_EQ(envelope, envelope_of_version(3));
}

TEST(PlanMigrations, AMissingStepIsReported) {
  json envelope = envelope_of_version(1);
  const std::array<PlanMigration, 1> gap{{{1, "first", one_to_two}}};
  EXPECT_EQ(migrate_plan_json(envelope, 1, 3, gap), "no upgrade from plan format 2 to 3");
}

TEST(PlanMigrations, AStepThatDestroysTheEnvelopeIsReported) {
  json envelope = envelope_of_version(1);
  const std::array<PlanMigration, 1> broken{{{1, "broken", breaks_everything}}};
  EXPECT_EQ(migrate_plan_json(envelope, 1, 2, broken), "the upgrade to plan format 2 left no plan");
}

}  // namespace
}  // namespace planner
