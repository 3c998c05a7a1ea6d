#include "app/views/module_overview.hpp"

#include <algorithm>

#include "core/planning/module_fit.hpp"

namespace planner {
namespace {

// How far ahead a module not on the calendar is looked for a Monday where it fits.
constexpr int kSuggestionHorizonWeeks = 156;

// "M3" from "M3/f2f-2" (and from "M3").
std::string_view module_part(std::string_view id) { return id.substr(0, id.find('/')); }

// The template id of a module's event: "f2f-2" from "M3/f2f-2".
std::string_view template_part(std::string_view id) {
  const auto slash = id.find('/');
  return slash == std::string_view::npos ? std::string_view{} : id.substr(slash + 1);
}

void suggest_start(const Catalogue& catalogue, const Plan& plan, Date today, ModuleSummary& summary) {
  // Not in the past: once the apprenticeship is under way, from the coming Monday.
  const Date earliest = std::max(plan.profile.start, today).monday_on_or_after();
  summary.suggested_start = ModuleFit(catalogue, plan, summary.module->id).first_fit(earliest, kSuggestionHorizonWeeks);
  summary.suggestion_fits = summary.suggested_start.has_value();
  if (summary.suggestion_fits) return;
  Date after = earliest;
  for (const ModulePlacement& placement : plan.modules) {
    after = std::max(after, module_days(catalogue, placement).span.last.plus_days(1).monday_on_or_after());
  }
  summary.suggested_start = after;
}

}  // namespace

const ModuleSummary* ModuleOverview::find(std::string_view module_id) const {
  const auto it = std::find_if(modules.begin(), modules.end(),
                               [module_id](const ModuleSummary& summary) { return summary.module->id == module_id; });
  return it == modules.end() ? nullptr : &*it;
}

ModuleOverview build_module_overview(const Catalogue& catalogue, const Plan& plan, const Derived& derived, Date today) {
  ModuleOverview overview;
  const ModuleTimetable& timetable = catalogue.timetable;
  for (const ModulePlacement& placement : plan.modules) {
    if (catalogue.module(placement.module_id) != nullptr) overview.sequence.push_back(placement.module_id);
  }
  for (const std::string& id : overview.sequence) {
    ModuleSummary summary;
    summary.module = catalogue.module(id);
    summary.placed = true;
    summary.sessions.assign(timetable.sessions.size(), nullptr);
    summary.deadlines.assign(timetable.deadlines.size(), nullptr);
    overview.modules.push_back(std::move(summary));
  }
  for (const Module& module : catalogue.modules) {
    if (plan.placement(module.id) != nullptr) continue;
    ModuleSummary summary;
    summary.module = &module;
    suggest_start(catalogue, plan, today, summary);
    overview.modules.push_back(std::move(summary));
  }

  const auto summary_of = [&overview](std::string_view id) -> ModuleSummary* {
    for (ModuleSummary& summary : overview.modules) {
      if (summary.module->id == id) return &summary;
    }
    return nullptr;
  };
  for (const Event& event : derived.schedule.events) {
    if (event.module.empty()) continue;
    ModuleSummary* summary = summary_of(event.module);
    if (summary == nullptr || !summary->placed) continue;
    if (event.kind == EventKind::module) {
      summary->span = &event;
      continue;
    }
    const std::string_view part = template_part(event.id);
    for (std::size_t i = 0; i < timetable.sessions.size(); ++i) {
      if (timetable.sessions[i].id == part) summary->sessions[i] = &event;
    }
    for (std::size_t i = 0; i < timetable.deadlines.size(); ++i) {
      if (timetable.deadlines[i].id == part) summary->deadlines[i] = &event;
    }
  }
  for (const Finding& finding : derived.findings) {
    std::vector<ModuleSummary*> involved;
    for (const std::string& item : finding.items) {
      ModuleSummary* summary = summary_of(module_part(item));
      if (summary != nullptr && std::find(involved.begin(), involved.end(), summary) == involved.end()) {
        involved.push_back(summary);
      }
    }
    for (ModuleSummary* summary : involved) {
      summary->findings.push_back(&finding);
      switch (finding.severity) {
        case Severity::error: ++summary->counts.errors; break;
        case Severity::warning: ++summary->counts.warnings; break;
        case Severity::note: ++summary->counts.notes; break;
      }
    }
  }
  return overview;
}

const ModuleOverview& ModuleOverviewCache::get(const Catalogue& catalogue, const Plan& plan, const Derived& derived,
                                               std::uint64_t at_revision, Date on_day) {
  if (revision != at_revision || today != on_day) {
    overview = build_module_overview(catalogue, plan, derived, on_day);
    revision = at_revision;
    today = on_day;
  }
  return overview;
}

}  // namespace planner
