#include "core/planning/schedule.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace planner {
namespace {

// The day of `week` (1-based) and ISO `weekday` in a module that starts on `start`.
Date timetable_day(Date start, int week, int weekday) { return start.plus_days(7 * (week - 1) + weekday - 1); }

std::string module_name(const Module& module) { return "Module " + std::to_string(module.number); }

void expand_module(const Catalogue& catalogue, const Module& module, const ModulePlacement& placement,
                   std::vector<Event>& events) {
  const ModuleTimetable& timetable = catalogue.timetable;
  const std::string suffix = " (" + module_name(module) + ")";
  Event span;
  span.id = module.id;
  span.kind = EventKind::module;
  span.title = module_name(module) + ": " + module.title;
  span.start = placement.start;
  span.end = placement.start;
  span.module = module.id;
  span.item = module.id;

  for (const SessionTemplate& session : timetable.sessions) {
    Event event;
    event.id = module.id + "/" + session.id;
    event.kind = session.kind;
    event.title = session.title + suffix;
    const auto override_it = placement.session_dates.find(session.id);
    event.overridden = override_it != placement.session_dates.end();
    event.start =
        event.overridden ? override_it->second : timetable_day(placement.start, session.week, session.weekday);
    // An online block runs for whole weeks from its first day; a face-to-face session is one day.
    event.end = event.kind == EventKind::online ? event.start.plus_days(7 * session.weeks - 1) : event.start;
    event.module = module.id;
    event.days = session.days;
    event.times = session.times;
    event.item = module.id;
    span.start = std::min(span.start, event.start);
    span.end = std::max(span.end, event.end);
    events.push_back(std::move(event));
  }
  for (const DeadlineTemplate& deadline : timetable.deadlines) {
    Event event;
    event.id = module.id + "/" + deadline.id;
    event.kind = deadline.kind;
    event.title = deadline.title + suffix;
    const auto override_it = placement.deadline_dates.find(deadline.id);
    event.overridden = override_it != placement.deadline_dates.end();
    event.start =
        event.overridden ? override_it->second : timetable_day(placement.start, deadline.week, deadline.weekday);
    event.end = event.start;
    event.module = module.id;
    event.item = module.id;
    event.deadline = true;
    span.start = std::min(span.start, event.start);
    span.end = std::max(span.end, event.end);
    events.push_back(std::move(event));
  }
  // The module runs to its final submission; an online block overridden past it stretches it.
  events.push_back(std::move(span));
}

Event single_day(std::string id, EventKind kind, std::string title, Date day, std::string item) {
  Event event;
  event.id = std::move(id);
  event.kind = kind;
  event.title = std::move(title);
  event.start = day;
  event.end = day;
  event.item = std::move(item);
  return event;
}

}  // namespace

const Event* Schedule::find(std::string_view id) const {
  const auto it = std::find_if(events.begin(), events.end(), [id](const Event& e) { return e.id == id; });
  return it == events.end() ? nullptr : &*it;
}

std::string activity_title(const Catalogue& catalogue, const Activity& activity) {
  return activity.title.empty() ? catalogue.activity_type_name(activity.kind) : activity.title;
}

Date intended_end(const Catalogue& catalogue, const Plan& plan) {
  return plan.profile.intended_end.value_or(plan.profile.start.plus_months(catalogue.programme_months));
}

Date gateway_date(const Catalogue& catalogue, const Plan& plan) {
  return plan.end_point.gateway.value_or(intended_end(catalogue, plan));
}

Date epa_step_date(const Catalogue& catalogue, const Plan& plan, const EpaStep& step) {
  if (step.id == kGatewayStep) return gateway_date(catalogue, plan);
  const auto it = plan.end_point.step_dates.find(step.id);
  if (it != plan.end_point.step_dates.end()) return it->second;
  return gateway_date(catalogue, plan).plus_weeks(step.weeks_after_gateway);
}

Date induction_date(const Catalogue& catalogue, const Plan& plan) {
  return plan.induction.value_or(plan.profile.start.plus_weeks(-catalogue.induction.weeks_before_start));
}

Schedule expand_schedule(const Catalogue& catalogue, const Plan& plan) {
  Schedule schedule;
  std::vector<Event>& events = schedule.events;
  events.reserve(plan.modules.size() *
                     (catalogue.timetable.sessions.size() + catalogue.timetable.deadlines.size() + 1) +
                 plan.dissertation.milestones.size() + plan.activities.size() + plan.reviews.size() +
                 plan.periods.size() + catalogue.epa_steps.size() + 1);

  for (const ModulePlacement& placement : plan.modules) {
    // A placement of a module the catalogue does not know is refused when a plan is loaded and
    // by every edit; should one slip through, it has no timetable to expand.
    if (const Module* module = catalogue.module(placement.module_id))
      expand_module(catalogue, *module, placement, events);
  }

  for (const Milestone& milestone : plan.dissertation.milestones) {
    Event event = single_day("milestone/" + milestone.id, EventKind::dissertation_milestone, milestone.title,
                             milestone.due, milestone.id);
    event.deadline = milestone.id == kFinalSubmissionMilestone;
    events.push_back(std::move(event));
  }

  for (const Activity& activity : plan.activities) {
    // Cancelled activities stay in the plan's list (the Activities view shows them) but are no
    // longer on the calendar: they count for nothing and clash with nothing.
    if (activity.status == ActivityStatus::cancelled || !is_activity_kind(activity.kind)) continue;
    events.push_back(
        single_day(activity.id, activity.kind, activity_title(catalogue, activity), activity.date, activity.id));
  }

  for (const Review& review : plan.reviews) {
    events.push_back(single_day(review.id, EventKind::review, "Tripartite progress review", review.date, review.id));
  }

  for (const Period& period : plan.periods) {
    const bool leave = period.kind == PeriodKind::leave;
    Event event = single_day(period.id, event_kind(period.kind),
                             !period.label.empty() ? period.label
                             : leave               ? "Annual leave"
                                                   : "Busy at work",
                             period.first, period.id);
    event.end = period.last;
    events.push_back(std::move(event));
  }

  {
    Event event = single_day("induction", EventKind::induction, "Induction: introduction to study skills",
                             induction_date(catalogue, plan), "induction");
    event.overridden = plan.induction.has_value();
    events.push_back(std::move(event));
  }

  for (const EpaStep& step : catalogue.epa_steps) {
    Event event = single_day("epa/" + step.id, step.kind, step.title, epa_step_date(catalogue, plan, step), step.id);
    event.deadline = step.submission;
    event.overridden =
        step.id == kGatewayStep ? plan.end_point.gateway.has_value() : plan.end_point.step_dates.count(step.id) > 0;
    events.push_back(std::move(event));
  }

  // Sort an index rather than the events: each event moves once instead of at every swap.
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&events](std::size_t a, std::size_t b) {
    return events[a].start != events[b].start ? events[a].start < events[b].start : events[a].id < events[b].id;
  });
  std::vector<Event> sorted;
  sorted.reserve(events.size());
  for (const std::size_t i : order) sorted.push_back(std::move(events[i]));
  events = std::move(sorted);
  return schedule;
}

}  // namespace planner
