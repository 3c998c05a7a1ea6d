#include "app/views/module_status.hpp"

#include "app/icons.hpp"
#include "app/widgets/controls.hpp"

namespace planner {

ModuleStatus module_status(const ModuleSummary& summary, const ModulePlacement* placement, Date today) {
  const Palette& colours = ui::colours();
  if (placement == nullptr || summary.span == nullptr) {
    return {"Not on the calendar", colours.text_muted, "It has no dates yet: place it on the calendar."};
  }
  if (placement->completed) {
    return {std::string(icons::kCheck) + " Submitted", colours.success, "Its final assignment has been submitted."};
  }
  if (summary.span->end < today) {
    return {"Overdue", colours.error,
            "Its final submission was on " + summary.span->end.display() + ": tick Submitted once it is handed in."};
  }
  if (summary.span->start <= today) return {"Running now", colours.accent, "It is under way."};
  return {"Planned", colours.text_muted, "It starts on " + summary.span->start.display() + "."};
}

}  // namespace planner
