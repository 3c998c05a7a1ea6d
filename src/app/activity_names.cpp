#include "app/activity_names.hpp"

namespace planner {

EventKind activity_kind(std::string_view type) { return event_kind_from_string(type).value_or(EventKind::shadowing); }

std::string_view activity_short_type(std::string_view type) {
  switch (activity_kind(type)) {
    case EventKind::peer_observation: return "Observe";
    case EventKind::als: return "ALS";
    case EventKind::mentoring: return "Mentor";
    case EventKind::guest_session: return "Guest";
    case EventKind::diary: return "Diary";
    default: return "Shadow";
  }
}

std::string activity_label(const Activity& activity) { return activity_label(activity.title, activity.date); }

std::string activity_label(std::string_view title, Date date) {
  return (title.empty() ? std::string("Activity") : std::string(title)) + " on " + date.display();
}

}  // namespace planner
