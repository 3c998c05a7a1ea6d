#include "core/plan/item_ref.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/plan/item_id.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/text/fnv1a.hpp"

namespace planner {
namespace {

using Kind = ItemInfo::Kind;

Kind kind_of(EventKind kind) {
  if (is_activity_kind(kind)) return Kind::activity;
  switch (kind) {
    case EventKind::module: return Kind::module;
    case EventKind::f2f:
    case EventKind::online: return Kind::session;
    case EventKind::wba_due:
    case EventKind::assignment_due: return Kind::deadline;
    case EventKind::dissertation_milestone: return Kind::milestone;
    case EventKind::review: return Kind::review;
    case EventKind::leave:
    case EventKind::busy: return Kind::period;
    case EventKind::induction: return Kind::induction;
    case EventKind::gateway:
    case EventKind::epa: return Kind::end_point;
    default: return Kind::plan;
  }
}

std::string when(Date first, Date last) {
  return first == last ? first.display() : first.display() + " to " + last.display();
}

}  // namespace

bool is_item_ref(std::string_view text) {
  // Ids joined by "/" (item_id.hpp), within a longer limit.
  if (text.empty() || text.size() > limits::kMaxItemRefBytes || !is_id_start(text.front())) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return is_id_character(c) || c == '/'; });
}

std::string finding_ref(const Finding& finding) {
  // The items in their order, each ended by a byte no id contains, so ("a", "bc") and ("ab", "c")
  // hash apart.
  std::uint64_t hash = fnv1a_64(finding.rule);
  for (const std::string& item : finding.items) hash = fnv1a_64(std::string_view("\n", 1), fnv1a_64(item, hash));
  return "finding/" + finding.rule + "/" + hex16(hash);
}

std::string_view to_string(Kind kind) {
  static constexpr std::array<std::pair<Kind, std::string_view>, 13> kNames{{
      {Kind::plan, "plan"},
      {Kind::dissertation, "dissertation"},
      {Kind::module, "module"},
      {Kind::session, "session"},
      {Kind::deadline, "deadline"},
      {Kind::milestone, "milestone"},
      {Kind::activity, "activity"},
      {Kind::review, "review"},
      {Kind::period, "period"},
      {Kind::induction, "induction"},
      {Kind::end_point, "end_point"},
      {Kind::hours, "hours"},
      {Kind::finding, "finding"},
  }};
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "plan";
}

ItemIndex::ItemIndex(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                     const std::vector<Finding>& findings) {
  items_.reserve(schedule.events.size() + findings.size() + plan.hours_log.size() + 2);
  add({std::string(kWholePlanRef),
       Kind::plan,
       plan.name.empty() ? "The whole plan" : "The whole plan: " + plan.name,
       {}});
  add({std::string(kDissertationRef),
       Kind::dissertation,
       plan.dissertation.title.empty() ? catalogue.dissertation.title : "Dissertation: " + plan.dissertation.title,
       {}});
  for (const Event& event : schedule.events) {
    const Kind kind = kind_of(event.kind);
    const std::string title = kind == Kind::milestone ? "Dissertation milestone: " + event.title : event.title;
    add({event.id, kind, title + ", " + when(event.start, event.end), event.start});
  }
  // Plan items the calendar leaves out: a comment on them must still find them.
  for (const Activity& activity : plan.activities) {
    if (by_ref_.count(activity.id) > 0) continue;
    const std::string status = activity.status == ActivityStatus::cancelled ? " (cancelled)" : "";
    add({activity.id, Kind::activity, activity_title(catalogue, activity) + status + ", " + activity.date.display(),
         activity.date});
  }
  for (const HoursEntry& entry : plan.hours_log) {
    add({entry.id, Kind::hours, "Logged hours: " + entry.description + ", " + entry.date.display(), entry.date});
  }
  for (const Finding& finding : findings) {
    add({finding_ref(finding), Kind::finding, "Check: " + finding.message, finding.date});
  }
}

void ItemIndex::add(ItemInfo info) {
  // The first of two items with one reference wins: ids are unique per kind, and the schedule's
  // events come before the plan items that could repeat them.
  if (!by_ref_.emplace(info.ref, items_.size()).second) return;
  items_.push_back(std::move(info));
}

const ItemInfo* ItemIndex::find(std::string_view ref) const {
  const auto it = by_ref_.find(std::string(ref));
  return it == by_ref_.end() ? nullptr : &items_[it->second];
}

}  // namespace planner
