#include "core/otj.hpp"

#include <algorithm>
#include <map>

namespace planner {

std::vector<OtjContribution> planned_otj(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule) {
  std::vector<OtjContribution> contributions;
  contributions.reserve(schedule.events.size() + 1);
  // Face-to-face hours per module, taken off the module's notional hours so nothing counts twice.
  std::map<std::string, double, std::less<>> f2f_hours;
  for (const Event& event : schedule.events) {
    if (event.kind == EventKind::f2f) f2f_hours[event.module] += event.days * catalogue.hours_per_day;
  }
  for (const Event& event : schedule.events) {
    switch (event.kind) {
      case EventKind::f2f:
        contributions.push_back({event.id, {event.start, event.end}, event.days * catalogue.hours_per_day, true});
        break;
      case EventKind::module: {
        const Module* module = catalogue.module(event.module);
        const double notional = module != nullptr ? module->credits * catalogue.hours_per_credit : 0.0;
        const auto f2f = f2f_hours.find(event.module);
        const double study = std::max(0.0, notional - (f2f != f2f_hours.end() ? f2f->second : 0.0));
        contributions.push_back({event.id, {event.start, event.end}, study, true});
        break;
      }
      case EventKind::shadowing:
      case EventKind::peer_observation:
      case EventKind::als:
      case EventKind::mentoring:
      case EventKind::guest_session:
      case EventKind::diary: {
        const auto activity = std::find_if(plan.activities.begin(), plan.activities.end(),
                                           [&event](const Activity& a) { return a.id == event.item; });
        if (activity == plan.activities.end()) break;
        const ActivityType* type = catalogue.activity_type(activity->type);
        contributions.push_back({event.id, {event.start, event.end}, activity->hours, type == nullptr || type->active_learning});
        break;
      }
      case EventKind::induction:
        contributions.push_back({event.id, {event.start, event.end}, catalogue.hours_per_day, true});
        break;
      default:
        break;
    }
  }
  const auto& milestones = plan.dissertation.milestones;
  if (!milestones.empty()) {
    const auto [first, last] = std::minmax_element(milestones.begin(), milestones.end(),
                                                   [](const Milestone& a, const Milestone& b) { return a.due < b.due; });
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
