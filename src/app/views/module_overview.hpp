#pragma once
// What the Modules view shows of each of the programme's modules, worked out once per plan
// revision rather than every frame: its events in the schedule, the findings that involve it, and
// for a module not yet on the calendar, the Monday it would best start on.
//
// Holds pointers into the catalogue and the derived data of one revision (never into the plan,
// which the top bar's undo may swap mid-frame): rebuild it whenever the revision changes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/planning/derived.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

struct ModuleSummary {
  const Module* module = nullptr;
  bool placed = false;
  const Event* span = nullptr;           // week 1 to the final submission; null when not placed
  std::vector<const Event*> sessions;    // in timetable order (one per SessionTemplate)
  std::vector<const Event*> deadlines;   // in timetable order (one per DeadlineTemplate)
  std::vector<const Finding*> findings;  // involving the module or any of its events, most severe first
  FindingCounts counts;
  // Not placed: the first Monday from the start (or from today, once under way) where it breaks no
  // rule; when none fits in three years, the Monday after the last module ends.
  std::optional<Date> suggested_start;
  bool suggestion_fits = false;
};

struct ModuleOverview {
  std::vector<ModuleSummary> modules;  // placed ones in start order, then the rest in programme order
  std::vector<std::string> sequence;   // ids of the placed modules in start order (plan.modules)

  const ModuleSummary* find(std::string_view module_id) const;
};

ModuleOverview build_module_overview(const Catalogue& catalogue, const Plan& plan, const Derived& derived, Date today);

// The overview kept for one revision (and day: the suggestions start from today).
struct ModuleOverviewCache {
  std::optional<std::uint64_t> revision;
  Date today;
  ModuleOverview overview;

  const ModuleOverview& get(const Catalogue& catalogue, const Plan& plan, const Derived& derived,
                            std::uint64_t at_revision, Date on_day);
};

}  // namespace planner
