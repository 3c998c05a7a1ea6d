#pragma once
// Modules: the module sequence as a reorderable list (drag and drop, the move buttons and
// Alt+Up / Alt+Down), each module's details (learning outcomes, standards, sessions at Park House
// with editable dates, deadlines and word limits, findings with their fixes), the credits tally
// towards 180, and "Suggest a plan again".
#include <string>

#include "app/views/module_overview.hpp"
#include "app/widgets/reveal.hpp"

namespace planner {

struct ViewContext;

struct ModulesState {
  ModuleOverviewCache overview;
  // A typed start date that was not a Monday, and the Monday it was moved to, explained under the
  // start date field of `snapped_module` until another start date is set.
  std::string snapped_module;
  std::string snapped_note;
  std::string replan_failure;  // why the last "Suggest a plan again" found no plan
  ui::RevealRequest reveal;    // a module ("M3") or one of its sessions or deadlines ("M3/f2f-2")
};

void draw_modules(const ViewContext& context);

}  // namespace planner
