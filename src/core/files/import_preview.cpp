#include "core/files/import_preview.hpp"

#include <string>

namespace planner {
namespace {

std::string plural(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string name_or_untitled(const std::string& name) { return name.empty() ? "Untitled plan" : name; }

}  // namespace

PlanCounts count_items(const Plan& plan) {
  return {.modules = static_cast<int>(plan.modules.size()),
          .milestones = static_cast<int>(plan.dissertation.milestones.size()),
          .activities = static_cast<int>(plan.activities.size()),
          .reviews = static_cast<int>(plan.reviews.size()),
          .periods = static_cast<int>(plan.periods.size()),
          .hours_entries = static_cast<int>(plan.hours_log.size())};
}

std::string describe_counts(const PlanCounts& counts) {
  return plural(counts.modules, "module", "modules") + ", " + plural(counts.milestones, "milestone", "milestones") +
         ", " + plural(counts.activities, "activity", "activities") + ", " +
         plural(counts.reviews, "progress review", "progress reviews") + ", " +
         plural(counts.periods, "leave or busy period", "leave or busy periods") + ", " +
         plural(counts.hours_entries, "hours entry", "hours entries");
}

ImportPreview preview_import(const Plan& incoming, const Catalogue& catalogue, const Plan* current,
                             std::string saved_at, std::string app_version, bool upgraded) {
  ImportPreview preview;
  preview.name = name_or_untitled(incoming.name);
  preview.apprentice = incoming.profile.apprentice;
  preview.start = incoming.profile.start.display();
  for (const ModulePlacement& placement : incoming.modules) {
    const Module* module = catalogue.module(placement.module_id);
    const std::string title =
        module != nullptr ? "Module " + std::to_string(module->number) + ": " + module->title : placement.module_id;
    preview.modules.push_back(title + ", from " + placement.start.display());
  }
  preview.counts = count_items(incoming);
  preview.saved_at = std::move(saved_at);
  preview.app_version = std::move(app_version);
  preview.upgraded = upgraded;
  if (current != nullptr && !current->id.empty()) {
    preview.replaces_name = name_or_untitled(current->name);
    preview.replaces_counts = count_items(*current);
  }
  return preview;
}

}  // namespace planner
