#pragma once
// The list of plans kept in one browser (storage key planner/index), as JSON:
//
//   {"format": "apprenticeship-planner-index", "version": 1, "lastOpened": "plan-7f3a",
//    "plans": [{"id": "plan-7f3a", "name": "Sam's plan", "createdAt": "…", "updatedAt": "…",
//               "revision": 42, "lastExportedAt": "…"}],
//    "trash": [{… the same fields …, "deletedAt": "…"}]}
//
// The index is a summary for the plan list, never the only copy of anything: every plan's own
// record holds its plan, and a lost or damaged index is rebuilt from the records (plan_store.cpp).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planner {

inline constexpr std::string_view kPlanIndexFormat = "apprenticeship-planner-index";
// The index layout this build writes; a larger one comes from a newer app (everything read-only).
inline constexpr int kCurrentPlanIndexVersion = 1;

struct PlanEntry {
  std::string id;                // Plan::id: the plan's storage keys end with it
  std::string name;              // Plan::name as last saved, for the list
  std::string created_at;        // ISO 8601 timestamp: first stored in this browser
  std::string updated_at;        // ISO 8601 timestamp: last saved
  std::uint64_t revision = 0;    // the stored revision as of that save
  std::string last_exported_at;  // ISO 8601 timestamp of the last "Export plan"; empty: never
  std::string deleted_at;        // in the trash only: when it was deleted
  bool operator==(const PlanEntry&) const = default;
};

struct PlanIndex {
  std::vector<PlanEntry> plans;  // in the order they were created
  std::vector<PlanEntry> trash;  // deleted plans, the most recently deleted last
  std::string last_opened;       // id of the plan opened last (opened again at start); may be empty

  PlanEntry* find(std::string_view id);
  const PlanEntry* find(std::string_view id) const;
  PlanEntry* find_in_trash(std::string_view id);
  const PlanEntry* find_in_trash(std::string_view id) const;
  bool operator==(const PlanIndex&) const = default;
};

std::string encode_plan_index(const PlanIndex& index);

enum class IndexStatus {
  ok,             // `index` is the stored index
  newer_version,  // written by a newer app: `index` holds what this version understands of it
  damaged,        // not an index this app wrote: `problem` says why
};

struct DecodedIndex {
  IndexStatus status = IndexStatus::damaged;
  PlanIndex index;
  std::string problem;
};

// Strict for this version's layout (a wrong type or a bad id anywhere makes it damaged); for a
// newer layout, unknown fields are ignored. Never throws on bad input.
DecodedIndex decode_plan_index(std::string_view text);

}  // namespace planner
