#include "core/planning/otj.hpp"

#include <algorithm>
#include <map>

namespace planner {
namespace {

// A module's notional hours less its face-to-face hours, at the same rate on every day of its
// span: the online blocks take their days' share, the days between them are study.
void add_module_study(const Catalogue& catalogue, const Schedule& schedule, const Event& span,
                      const std::map<std::string, double, std::less<>>& f2f_hours,
                      std::vector<OtjContribution>& contributions) {
  const Module* module = catalogue.module(span.module);
  const double notional = module != nullptr ? module->credits * catalogue.hours_per_credit : 0.0;
  const auto f2f = f2f_hours.find(span.module);
  const double study = std::max(0.0, notional - (f2f != f2f_hours.end() ? f2f->second : 0.0));
  const int days = days_between(span.start, span.end) + 1;
  const double per_day = study / days;
  std::vector<bool> online(static_cast<std::size_t>(days), false);
  for (const Event& event : schedule.events) {
    if (event.kind != EventKind::online || event.module != span.module) continue;
    // The module's span contains its blocks (expand_schedule widens it to them).
    const int first = days_between(span.start, event.start);
    const int last = days_between(span.start, event.end);
    int covered = 0;
    for (int d = first; d <= last; ++d) {
      if (!online[static_cast<std::size_t>(d)]) ++covered;  // overlapping blocks (hand-set dates) count a day once
      online[static_cast<std::size_t>(d)] = true;
    }
    contributions.push_back({event.id, {event.start, event.end}, per_day * covered, true});
  }
  for (int d = 0; d < days;) {
    if (online[static_cast<std::size_t>(d)]) {
      ++d;
      continue;
    }
    int end = d;
    while (end + 1 < days && !online[static_cast<std::size_t>(end + 1)]) ++end;
    contributions.push_back(
        {span.id, {span.start.plus_days(d), span.start.plus_days(end)}, per_day * (end - d + 1), true});
    d = end + 1;
  }
}

}  // namespace

std::vector<OtjContribution> planned_otj(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule) {
  std::vector<OtjContribution> contributions;
  contributions.reserve(schedule.events.size() + 1);
  // Face-to-face hours per module, taken off the module's notional hours so nothing counts twice.
  std::map<std::string, double, std::less<>> f2f_hours;
  for (const Event& event : schedule.events) {
    if (event.kind == EventKind::f2f) f2f_hours[event.module] += event.days * catalogue.hours_per_day;
  }
  for (const Event& event : schedule.events) {
    if (is_activity_kind(event.kind)) {
      const auto activity = std::find_if(plan.activities.begin(), plan.activities.end(),
                                         [&event](const Activity& a) { return a.id == event.item; });
      if (activity == plan.activities.end()) continue;
      const ActivityType* type = catalogue.activity_type(activity->kind);
      contributions.push_back(
          {event.id, {event.start, event.end}, activity->hours, type == nullptr || type->active_learning});
      continue;
    }
    switch (event.kind) {
      case EventKind::f2f:
        contributions.push_back({event.id, {event.start, event.end}, event.days * catalogue.hours_per_day, true});
        break;
      case EventKind::module: add_module_study(catalogue, schedule, event, f2f_hours, contributions); break;
      case EventKind::induction:
        contributions.push_back({event.id, {event.start, event.end}, catalogue.hours_per_day, true});
        break;
      default: break;
    }
  }
  const auto& milestones = plan.dissertation.milestones;
  if (!milestones.empty()) {
    const auto [first, last] = std::minmax_element(
        milestones.begin(), milestones.end(), [](const Milestone& a, const Milestone& b) { return a.due < b.due; });
    contributions.push_back({"dissertation",
                             {first->due, last->due},
                             static_cast<double>(catalogue.dissertation.credits * catalogue.hours_per_credit),
                             true});
  }
  return contributions;
}

double hours_within(const OtjContribution& contribution, DateRange range) {
  if (!contribution.days.overlaps(range)) return 0;
  const Date first = std::max(contribution.days.first, range.first);
  const Date last = std::min(contribution.days.last, range.last);
  const int overlap = days_between(first, last) + 1;
  return contribution.hours * overlap / contribution.days.length_in_days();
}

double planned_hours_within(const std::vector<OtjContribution>& contributions, DateRange range) {
  double total = 0;
  for (const OtjContribution& contribution : contributions) total += hours_within(contribution, range);
  return total;
}

}  // namespace planner
