#pragma once
// The dated schedule: a plan expanded into every event on the calendar (sessions, deadlines,
// milestones, activities, reviews, leave, induction, gateway and EPA). A pure function of
// (catalogue, plan); the timeline, the checks, the hours, the .ics export and
// `planner-cli schedule` all read it.
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/clock_time.hpp"
#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

struct Event {
  // Stable for the life of the item it comes from, e.g. "M2/f2f-1", "M2/assignment",
  // "activity-12", "review-4", "milestone/ethics", "epa/portfolio". The .ics UID derives from it.
  std::string id;
  EventKind kind = EventKind::module;
  std::string title;
  Date start;
  Date end;                 // inclusive
  std::string module;       // catalogue module id when the event belongs to a module
  double days = 0;          // face-to-face teaching days (1 or 0.5), else 0
  std::string item;         // the plan item it comes from (module id, activity id, review id, …)
  bool overridden = false;  // the date was set by hand rather than by the timetable
  // Something is handed in that day: module deadlines, the dissertation's final submission and
  // EPA submissions. Deadlines are kept apart (RuleSettings::min_days_between_deadlines).
  bool deadline = false;
  // Wall-clock times in Europe/London when the programme gives them (SessionTemplate::times;
  // none today): the event is then timed on its one day rather than all-day.
  std::optional<TimeSpan> times = {};
};

struct Schedule {
  std::vector<Event> events;  // sorted by (start, id)
  const Event* find(std::string_view id) const;
};

Schedule expand_schedule(const Catalogue& catalogue, const Plan& plan);

// What an activity is called on the calendar: its own title, or its type's name.
std::string activity_title(const Catalogue& catalogue, const Activity& activity);

// Dates the schedule derives when the plan leaves them unset.
// The planned gateway: the profile's intended end, or start + the programme's typical months.
Date intended_end(const Catalogue& catalogue, const Plan& plan);
// The gateway: set in the end point, or the intended end.
Date gateway_date(const Catalogue& catalogue, const Plan& plan);
// An EPA step: its override, or the gateway + the step's weeks.
Date epa_step_date(const Catalogue& catalogue, const Plan& plan, const EpaStep& step);
// The induction day: set in the plan, or the catalogue's weeks before the start.
Date induction_date(const Catalogue& catalogue, const Plan& plan);

}  // namespace planner
