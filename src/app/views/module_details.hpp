#pragma once
// The selected module's details: number, title, credits and status; the findings that involve it
// with their fixes; its start (a Monday), "Submitted" and "Take off the calendar"; each timetable
// session at Park House and each deadline with its date, which the apprentice may set by hand from
// the university's published dates (and reset to the timetable's); the word limits; its summary,
// learning outcomes and the L7 standards it maps to. A module not on the calendar offers the first
// Monday where it fits. Drawn in a ListDetail's details: the heading stays in view, the rest scrolls.
#include "app/views/module_overview.hpp"

namespace planner {

struct ViewContext;
struct ModulesState;

void draw_module_details(const ViewContext& context, ModulesState& state, const ModuleSummary& summary);

}  // namespace planner
