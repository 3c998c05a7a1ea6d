#include "app/views/timeline_moves.hpp"

#include <algorithm>
#include <cmath>

#include "core/plan/edits.hpp"
#include "core/plan/find_by_id.hpp"

namespace planner {
namespace {

// The part of an event id after the module: "f2f-1" for "M3/f2f-1".
std::string part_after_slash(const std::string& id) {
  const auto slash = id.find('/');
  return slash == std::string::npos ? id : id.substr(slash + 1);
}

std::optional<Edit> unlabelled_move(const Catalogue& catalogue, const Plan& plan, const Event& event, Date day) {
  switch (event.kind) {
    case EventKind::module: return edits::move_module(catalogue, event.module, day.monday_on_or_before());
    case EventKind::f2f: return edits::set_session_date(catalogue, event.module, part_after_slash(event.id), day);
    case EventKind::wba_due:
    case EventKind::assignment_due:
      return edits::set_deadline_date(catalogue, event.module, part_after_slash(event.id), day);
    case EventKind::dissertation_milestone: {
      const Milestone* milestone = find_by_id(plan.dissertation.milestones, event.item);
      if (milestone == nullptr) return std::nullopt;
      Milestone moved = *milestone;
      moved.due = day;
      return edits::update_milestone(std::move(moved));
    }
    case EventKind::review: {
      const Review* review = find_by_id(plan.reviews, event.item);
      if (review == nullptr) return std::nullopt;
      Review moved = *review;
      moved.date = day;
      return edits::update_review(catalogue, std::move(moved));
    }
    case EventKind::leave:
    case EventKind::busy: {
      const Period* period = find_by_id(plan.periods, event.item);
      if (period == nullptr) return std::nullopt;
      Period moved = *period;
      moved.last = day.plus_days(days_between(period->first, period->last));
      moved.first = day;
      return edits::update_period(std::move(moved));
    }
    case EventKind::induction: return edits::set_induction(day);
    case EventKind::gateway:
    case EventKind::epa: return edits::set_epa_step_date(catalogue, event.item, day);
    case EventKind::online: return std::nullopt;
    default:
      if (!is_activity_kind(event.kind)) return std::nullopt;
      const Activity* activity = find_by_id(plan.activities, event.item);
      if (activity == nullptr) return std::nullopt;
      Activity moved = *activity;
      moved.date = day;
      return edits::update_activity(catalogue, std::move(moved));
  }
}

}  // namespace

bool can_move(const Event& event) { return event.kind != EventKind::online; }

Date move_origin(const Plan& plan, const Event& event) {
  if (event.kind == EventKind::module) {
    if (const ModulePlacement* placement = plan.placement(event.module)) return placement->start;
  }
  return event.start;
}

Date working_day_towards(const BankHolidays& holidays, Date day, int direction) {
  const int step = direction < 0 ? -1 : 1;
  // Weekends and the Christmas bank holidays are at most four days in a row: the bound is generous.
  for (int i = 0; i < 14 && !holidays.is_working_day(day); ++i) day = day.plus_days(step);
  return day;
}

Date drag_target(const BankHolidays& holidays, const Event& event, Date origin, double days) {
  if (event.kind == EventKind::module) {
    return origin.plus_weeks(static_cast<int>(std::lround(days / 7.0))).monday_on_or_before();
  }
  const int whole_days = static_cast<int>(std::lround(days));
  if (whole_days == 0) return origin;
  return working_day_towards(holidays, origin.plus_days(whole_days), whole_days);
}

Date nudge_target(const BankHolidays& holidays, const Event& event, Date origin, int direction, bool large) {
  const int step = direction < 0 ? -1 : 1;
  if (event.kind == EventKind::module) return origin.plus_weeks(step * (large ? 4 : 1)).monday_on_or_before();
  return working_day_towards(holidays, origin.plus_days(step * (large ? 7 : 1)), step);
}

std::optional<Edit> move_edit(const Catalogue& catalogue, const Plan& plan, const Event& event, Date day) {
  std::optional<Edit> edit = unlabelled_move(catalogue, plan, event, day);
  if (!edit) return std::nullopt;
  const std::string name =
      event.kind == EventKind::module ? event.title.substr(0, event.title.find(':')) : "\"" + event.title + "\"";
  edit->label = "Move " + name + " to " + (event.kind == EventKind::module ? day.monday_on_or_before() : day).display();
  return edit;
}

}  // namespace planner
