#include "core/files/plan_migrations.hpp"

#include <array>

namespace planner {
namespace {

using nlohmann::json;

// Format 2 keeps the mentor review in the plan: comments on its items and the reviewers'
// decisions (docs/product.md §14). A format 1 plan has had no review: both lists start empty. A plan
// that is not an object, or already has the keys (a hand-edited file), is left for the format 2
// validation to judge.
void add_review_lists(json& envelope) {
  const auto plan = envelope.find("plan");
  if (plan == envelope.end() || !plan->is_object()) return;
  if (!plan->contains("reviewComments")) (*plan)["reviewComments"] = json::array();
  if (!plan->contains("reviewDecisions")) (*plan)["reviewDecisions"] = json::array();
}

constexpr std::array<PlanMigration, 1> kMigrations{{
    {1, "the plan keeps mentor review comments and decisions (reviewComments, reviewDecisions)", add_review_lists},
}};

}  // namespace

std::span<const PlanMigration> plan_migrations() { return kMigrations; }

std::optional<std::string> migrate_plan_json(nlohmann::json& envelope, int from, int to,
                                             std::span<const PlanMigration> table) {
  for (int version = from; version < to; ++version) {
    const PlanMigration* step = nullptr;
    for (const PlanMigration& migration : table) {
      if (migration.from_version == version) step = &migration;
    }
    if (step == nullptr) {
      return "no upgrade from plan format " + std::to_string(version) + " to " + std::to_string(version + 1);
    }
    step->upgrade(envelope);
    if (!envelope.is_object()) return "the upgrade to plan format " + std::to_string(version + 1) + " left no plan";
    envelope["schemaVersion"] = version + 1;
  }
  return std::nullopt;
}

}  // namespace planner
