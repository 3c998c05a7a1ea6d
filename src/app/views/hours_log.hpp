#pragma once
// The Hours view's log: the off-the-job hours the apprentice records. A form to log hours (the
// date defaults to today; hours more than 0 and at most 24; what was done; active learning or
// not), and the entries newest first as a table edited in place, with delete and a way back.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"

namespace planner {

struct ViewContext;

struct HoursLogState {
  // The "Log hours" form, kept as typed until it is logged.
  struct Draft {
    std::optional<Date> date;  // unset: today
    std::string hours;         // as typed
    std::string description;
    bool active_learning = true;
    bool tried = false;  // "Log hours" was pressed: an empty hours field is called out too
  } draft;
  std::optional<HoursEntry> logged;   // the entry just logged with the form, confirmed beneath it
  std::optional<HoursEntry> removed;  // the entry last deleted here, offered back until dismissed
  std::string scroll_to;              // an entry id to scroll the table to once
  std::string editing;                // the entry whose field has the keyboard: kept drawn while its row moves

  // Every entry's hours added up (on programme or not), for the plan's revision.
  struct Total {
    std::uint64_t revision = std::numeric_limits<std::uint64_t>::max();
    double hours = 0;
  } total;
};

// The "Log hours" form, with what it refuses and what it just logged.
void draw_hours_form(const ViewContext& context, HoursLogState& state);
// The entries, newest first, edited in place; the way back for the last one deleted; what counts
// as off-the-job training when there is nothing yet. Takes navigation.reveal "hours-N": selects
// the entry and scrolls to it.
void draw_hours_table(const ViewContext& context, HoursLogState& state);

}  // namespace planner
