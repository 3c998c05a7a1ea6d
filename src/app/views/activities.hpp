#pragma once
// Activities: shadowing (who, role, date, focus, the standards and behaviours it evidences, a
// reflection of 500 or 1000 words, status), peer observation, action learning sets, mentoring
// meetings, guest sessions and diary entries. A list filtered by type and status (with counts)
// beside the selected activity's details, edited in place; an "Add activity" form that asks for
// the type first and takes its defaults from the programme; delete with a way back.
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.hpp"

namespace planner {

struct ViewContext;

struct ActivitiesState {
  std::optional<EventKind> type_filter;         // the kind shown; unset: every kind
  std::optional<ActivityStatus> status_filter;  // the status shown; unset: every status
  // The "Add activity" form while it is open; the form asks for the kind until one is chosen.
  std::optional<Activity> draft;
  bool draft_kind_chosen = false;
  // The activity last deleted here, offered back until dismissed or brought back by undo.
  std::optional<Activity> removed;
  std::string scroll_to;  // an activity id to scroll the list to once

  // The list as filtered, recomputed only when the plan or a filter changes.
  struct Listing {
    std::uint64_t revision = std::numeric_limits<std::uint64_t>::max();
    std::optional<EventKind> type_filter;
    std::optional<ActivityStatus> status_filter;
    std::vector<std::size_t> rows;  // indexes into plan.activities, by date
    std::vector<int> type_counts;   // per catalogue activity type, under the status filter
    int all_types = 0;              // activities under the status filter
    std::array<int, all_names<ActivityStatus>().size()> status_counts{};  // by status, under the type filter
    int all_statuses = 0;                                                 // under the type filter
    double hours = 0;  // off-the-job hours of the activities not cancelled
    int overdue = 0;   // planned for a day already past
  } listing;
};

// Opens the Activities view on the "Add activity" form, filled in for `kind` (unset: the form
// asks) and evidencing one standard or behaviour (Coverage's way to act on a gap).
void plan_activity_for(const ViewContext& context, std::optional<EventKind> kind, std::string_view evidenced_id);

void draw_activities(const ViewContext& context);

}  // namespace planner
