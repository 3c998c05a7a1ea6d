#include "app/activity_names.hpp"

namespace planner {

std::string_view activity_short_type(EventKind kind) {
  switch (kind) {
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
