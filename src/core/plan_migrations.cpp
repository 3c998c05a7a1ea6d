#include "core/plan_migrations.hpp"

#include <array>

namespace planner {
namespace {

// Version 1 is the first format: nothing to upgrade yet. The entry for 1→2 goes here, e.g.
//   {1, "activities gain a location", [](nlohmann::json& envelope) { … }},
constexpr std::array<PlanMigration, 0> kMigrations{};

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
