#pragma once
// What the user is shown before an imported plan replaces the open one ("shown as a
// read-only preview with what would change, replaced only after confirmation"): the incoming
// plan's name, start and module order, how many items of each kind it holds, and the same
// counts for the plan it would replace, so "what will be replaced" is concrete.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// How many items of each kind a plan holds.
struct PlanCounts {
  int modules = 0;        // modules placed on dates
  int milestones = 0;     // dissertation milestones
  int activities = 0;     // shadowing, peer observation, action learning sets, …
  int reviews = 0;        // progress reviews
  int periods = 0;        // leave and busy periods
  int hours_entries = 0;  // logged off-the-job hours entries
  bool operator==(const PlanCounts&) const = default;
};
PlanCounts count_items(const Plan& plan);
// "7 modules, 8 milestones, 12 activities, 16 reviews, 2 leave or busy periods, 0 hours entries"
std::string describe_counts(const PlanCounts& counts);

struct ImportPreview {
  std::string name;        // the incoming plan's name ("Untitled plan" when it has none)
  std::string apprentice;  // the apprentice named in it; may be empty
  std::string start;       // its start date as the UI shows dates ("Mon 4 Jan 2027")
  std::vector<std::string>
      modules;  // its modules in order: "Module 2: Understanding Organisational Performance, from Mon 4 Jan 2027"
  PlanCounts counts;
  std::string saved_at;     // when the file says it was saved; may be empty
  std::string app_version;  // which app saved it; may be empty
  bool upgraded = false;    // written in an older file format and upgraded on import
  // The plan it replaces, if one is open.
  std::optional<std::string> replaces_name;
  std::optional<PlanCounts> replaces_counts;
};

// `current` is the open plan (nullptr on the first-run screen).
ImportPreview preview_import(const Plan& incoming, const Catalogue& catalogue, const Plan* current,
                             std::string saved_at = {}, std::string app_version = {}, bool upgraded = false);

}  // namespace planner
