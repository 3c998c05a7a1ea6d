#pragma once
// Plan file versions. A file of schema version N is upgraded to the current version by applying,
// in order, the migrations N→N+1, N+1→N+2, …, each a small function on the JSON, before the
// current version's validation runs. Every old version stays loadable: each has a frozen
// fixture in tests/fixtures/plans/ that must load and re-save byte-stable.
//
// To change the file format: bump kCurrentPlanSchemaVersion, add the migration from the previous
// version to the table in plan_migrations.cpp, update plan_json.cpp, plan_validation.cpp and
// data/schema/plan.schema.json, and freeze a fixture of the new version next to the old ones.
#include <optional>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "core/files/plan_file_format.hpp"

namespace planner {

struct PlanMigration {
  int from_version;          // upgrades a file of this version to from_version + 1
  const char* what_changed;  // one line for the record
  // Rewrites the envelope (format, versions, plan) in place. Runs before validation, on JSON
  // from outside: it must check every type it relies on and never throw on surprises (what it
  // leaves odd, the validation of the next version reports).
  void (*upgrade)(nlohmann::json& envelope);
};

// The project's migrations, in order of from_version.
std::span<const PlanMigration> plan_migrations();

// Upgrades `envelope` from version `from` to version `to` with `table`, setting "schemaVersion"
// after each step. Returns why not when the table lacks a step (the file is then unchanged in
// meaning but may be partly upgraded: discard it).
std::optional<std::string> migrate_plan_json(nlohmann::json& envelope, int from, int to,
                                             std::span<const PlanMigration> table);

}  // namespace planner
