#pragma once
// The plan file: what "Export plan" writes, "Import" and planner.load() read, local storage holds
// and share links carry (docs/product.md "Interfaces"):
//
//   {"format": "apprenticeship-plan", "schemaVersion": 1, "appVersion": "0.1.0",
//    "savedAt": "2027-01-04T09:30:00Z", "plan": {…}}
//
// described by data/schema/plan.schema.json.
//
// Loading treats the text as hostile, in this order: size cap (limits::kMaxFileBytes, 4 MiB) →
// strict JSON parse refusing nesting deeper than 64 and repeated keys (untrusted_json.hpp) →
// envelope → migrations to the current version (plan_migrations.hpp) → validation of every
// field, number range, date and id (plan_validation.hpp) → mapping (plan_json.hpp) → references
// into the catalogue (plan_references.hpp). Items then come back in the order plan.hpp promises
// (sort_items: by date, ties by id), so a hand-edited file with items out of order still loads.
//
// Saving is deterministic: the envelope in the order above, plan keys sorted, two-space indent,
// numbers in their shortest round-trip form, UTF-8, a final newline (PlanFileLayout below). So
// save(load(save(plan))) == save(plan), byte for byte. The core has no clock: the caller passes
// the timestamp.
//
// A file from a newer version of the app (schemaVersion above kCurrentPlanSchemaVersion) is
// reported as such, never migrated backwards. Decision: it is still read, leniently (fields this
// version does not know are ignored; everything it does know is checked as strictly as ever), and
// when that succeeds the plan is returned so the UI can show it read-only with "saved by a newer
// version X of the app". It must never be saved over the original: that would silently drop
// whatever the newer version added. When the lenient read fails, no plan is returned.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/files/load_problem.hpp"
#include "core/files/plan_file_format.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"
#include "core/version.hpp"

namespace planner {

enum class LoadStatus {
  ok,             // `plan` is the file's plan, upgraded to the current version if it was older
  invalid,        // a plan file, but something in it is wrong: `problems` says what and where
  newer_version,  // saved by a newer app: `plan` is set only when it can be shown read-only
  not_a_plan,     // not a plan file at all (too large, not JSON, nested too deep, no "format")
};
std::string_view to_string(LoadStatus status);  // "ok", "invalid", "newer-version", "not-a-plan"

struct LoadResult {
  LoadStatus status = LoadStatus::not_a_plan;
  std::optional<Plan> plan;
  std::vector<LoadProblem> problems;  // in file order, at most limits::kMaxProblems
  int schema_version = 0;             // as the file states it; 0 when it states none readable
  std::string app_version;            // the app that saved it, when the file says so
  std::string saved_at;               // when, as the file says
};

// Reads a plan file. Never throws on bad input (only std::bad_alloc can escape).
LoadResult load_plan_file(std::string_view text, const Catalogue& catalogue);

// How a plan file is laid out. `readable` is the file above, for the files people keep, mail and
// open. `compact` is the same JSON with no whitespace: what local storage holds (plan_record.hpp),
// 40% smaller, so a save writes less and more plans fit in a browser's 5 MB.
enum class PlanFileLayout { readable, compact };

// Writes a plan file. `saved_at` must be an ISO 8601 timestamp such as "2027-01-04T09:30:00Z"
// (std::invalid_argument otherwise: a file the loader would refuse must never be written).
std::string save_plan_file(const Plan& plan, std::string_view saved_at,
                           std::string_view app_version = planner::app_version(),
                           PlanFileLayout layout = PlanFileLayout::readable);

// One plain-English paragraph for the user about a load that did not simply succeed, e.g.
// "This plan was saved by a newer version of the app (2.1.0) … It can be shown read-only."
// Empty for LoadStatus::ok. The problems themselves are listed separately (to_string(problem)).
std::string load_summary(const LoadResult& result);

}  // namespace planner
