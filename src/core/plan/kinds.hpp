#pragma once
// The kinds and statuses of the plan's items and of the schedule's events (and the programme's
// off-the-job measures), as enums, and the one mapping between each and its name: the text plan
// files, the programme file, the schedule's JSON (planner-cli schedule --json) and
// docs/product.md use. No other code spells these names:
// code compares enums, and the plan file, the validator and the catalogue loader go through
// to_string and from_string here. Each table lists the names in the enum's order.
//
// An activity's kind (Activity::kind) is an enum, one of the six event kinds is_activity_kind
// accepts, not a programme id: the code behaves by kind everywhere (the event and its colour, the
// fields the activity form asks for, the timeline's rows, the rules on shadowing and mentoring),
// so a kind the code did not know could be neither shown nor checked. The programme file
// describes each kind it offers (ActivityType: name, default hours, reflection lengths, active
// learning), and the catalogue loader refuses an activity type that is not one of these kinds. A
// new kind of activity is a change of code and data together. The plan file still holds the name
// ("type": "shadowing"), so its bytes do not change.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace planner {

// Every dated thing on the calendar (schedule.hpp).
enum class EventKind {
  module,          // a module's whole span, week 1 to final submission
  f2f,             // face-to-face teaching day at the programme's location
  online,          // online block (e-learning, forum)
  wba_due,         // work-based assignment due
  assignment_due,  // final module assignment due
  dissertation_milestone,
  review,  // tripartite progress review
  // The plan's workplace activities (is_activity_kind):
  shadowing,
  peer_observation,
  als,  // action learning set
  mentoring,
  guest_session,
  diary,
  // The plan's periods (PeriodKind):
  leave,
  busy,
  induction,
  gateway,
  epa,  // an end-point assessment step
};

// A period away: annual leave (nothing should be scheduled) or busy at work (work peaks).
enum class PeriodKind { leave, busy };

enum class MilestoneStatus { not_started, in_progress, done };

// A cancelled activity stays in the plan but is off the calendar and counts for nothing.
enum class ActivityStatus { planned, done, cancelled };

// How a programme's off-the-job policy states its figure (OtjPolicy): a percentage of the
// contracted hours, hours a week, or hours in total.
enum class OtjMeasure { percent_of_contracted, hours_per_week, total_hours };

template <typename Kind>
struct KindNames;

template <>
struct KindNames<EventKind> {
  static constexpr std::array<std::string_view, 18> names = {"module",
                                                             "f2f",
                                                             "online",
                                                             "wba_due",
                                                             "assignment_due",
                                                             "dissertation_milestone",
                                                             "review",
                                                             "shadowing",
                                                             "peer_observation",
                                                             "als",
                                                             "mentoring",
                                                             "guest_session",
                                                             "diary",
                                                             "leave",
                                                             "busy",
                                                             "induction",
                                                             "gateway",
                                                             "epa"};
  static_assert(names.size() == static_cast<std::size_t>(EventKind::epa) + 1);
};

template <>
struct KindNames<PeriodKind> {
  static constexpr std::array<std::string_view, 2> names = {"leave", "busy"};
  static_assert(names.size() == static_cast<std::size_t>(PeriodKind::busy) + 1);
};

template <>
struct KindNames<MilestoneStatus> {
  static constexpr std::array<std::string_view, 3> names = {"not_started", "in_progress", "done"};
  static_assert(names.size() == static_cast<std::size_t>(MilestoneStatus::done) + 1);
};

template <>
struct KindNames<ActivityStatus> {
  static constexpr std::array<std::string_view, 3> names = {"planned", "done", "cancelled"};
  static_assert(names.size() == static_cast<std::size_t>(ActivityStatus::cancelled) + 1);
};

template <>
struct KindNames<OtjMeasure> {
  static constexpr std::array<std::string_view, 3> names = {"percent_of_contracted", "hours_per_week", "total_hours"};
  static_assert(names.size() == static_cast<std::size_t>(OtjMeasure::total_hours) + 1);
};

template <typename Kind>
concept NamedKind = requires {
  KindNames<Kind>::names;
};

// "f2f", "leave", "in_progress", "cancelled", …
template <NamedKind Kind>
constexpr std::string_view to_string(Kind kind) {
  return KindNames<Kind>::names[static_cast<std::size_t>(kind)];
}

// The value with this name; nothing for a name the table lacks (the file validator refuses it).
template <NamedKind Kind>
constexpr std::optional<Kind> from_string(std::string_view name) {
  const auto& names = KindNames<Kind>::names;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

// Every name, in the enum's order: the choices a validation message lists.
template <NamedKind Kind>
constexpr const auto& all_names() {
  return KindNames<Kind>::names;
}

// The six kinds of the plan's workplace activities (shadowing … diary): the one list of them.
constexpr bool is_activity_kind(EventKind kind) { return kind >= EventKind::shadowing && kind <= EventKind::diary; }
// Their names, in order: what an activity's "type" in a plan file, and a programme's activity
// type id, may be.
std::vector<std::string_view> activity_kind_names();

// The event a period puts on the calendar.
constexpr EventKind event_kind(PeriodKind kind) {
  return kind == PeriodKind::leave ? EventKind::leave : EventKind::busy;
}

}  // namespace planner
