#pragma once
// An event of the schedule in words: what kind of thing it is, how far it has got, and the
// details a calendar entry, a spreadsheet row or the report shows with it. Shared by the .ics,
// CSV and HTML exports so that all three say the same thing. Plain text: each export escapes it
// for its own format.
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// "Face-to-face session", "Online study", "Work-based assignment due", "Dissertation milestone",
// "Progress review", "Shadowing", …: the kind as a person reads it.
std::string_view kind_label(EventKind kind);
// "Not started", "In progress", "Done"; "Planned", "Done", "Cancelled": a status as a person reads it.
std::string_view status_label(MilestoneStatus status);
std::string_view status_label(ActivityStatus status);

// How far the item behind the event has got, in words, or empty when the plan does not track it:
// modules and their sessions and deadlines "Completed" once the module is, else "Planned";
// milestones "Not started", "In progress" or "Done"; activities "Planned" or "Done"; reviews
// "Signed off by all", "Signed off by 1 of 3", "Not signed off".
std::string event_status(const Plan& plan, const Event& event);

// Lines describing the event: the module it belongs to, where it is, what happens, word limits,
// who is involved, notes (which may themselves span lines). Never empty: the kind at least.
std::vector<std::string> event_details(const Catalogue& catalogue, const Plan& plan, const Event& event);
// The same lines as one text, separated by line feeds (a calendar description, a spreadsheet cell).
std::string event_details_text(const Catalogue& catalogue, const Plan& plan, const Event& event);

// The event's title as a calendar shows it on its own: milestones say they are the dissertation's.
std::string event_summary(const Event& event);

// Hours as people write them: "7.5", "3", "0.25".
std::string hours_figure(double hours);

}  // namespace planner
