#pragma once
// Where a module stands, in a word and a colour, the same in the sequence and in the details:
// "Submitted", "Running now", "Overdue" (its final submission has passed and it is not marked
// submitted), "Planned", "Not on the calendar".
#include <string>

#include "app/views/module_overview.hpp"
#include "imgui.h"

namespace planner {

struct ModuleStatus {
  std::string text;
  ImVec4 colour;
  std::string explanation;  // one sentence, for a tooltip
};

ModuleStatus module_status(const ModuleSummary& summary, const ModulePlacement* placement, Date today);

}  // namespace planner
