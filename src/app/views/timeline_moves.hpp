#pragma once
// How things move on the timeline: where a dragged or nudged event lands, and the named edit that
// puts it there. A module moves in whole weeks (it starts on a Monday); everything else lands on
// a working day, skipping weekends and bank holidays in the direction it travels. Leave stays in
// place on the calendar's days as the apprentice booked it, only shifted: its length is kept.
#include <optional>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// Whether the timeline can move this event (a module's online blocks move with the module).
bool can_move(const Event& event);

// The day a move is measured from: a module's first Monday (its span can start earlier when a
// session was set by hand before it), otherwise the event's first day.
Date move_origin(const Plan& plan, const Event& event);

// Where an event that started on `origin` lands when dragged by `days` (fractional: the pointer's
// travel): modules to the nearest Monday, other events to the nearest day, then on to the next
// working day in the direction of travel. Not dragged at all: `origin`.
Date drag_target(const BankHolidays& holidays, const Event& event, Date origin, double days);

// Where an event at `origin` goes for one press of Left (`direction` -1) or Right (+1): a module
// one week (four with `large`), another event the next working day (a week on with `large`, then
// on to a working day).
Date nudge_target(const BankHolidays& holidays, const Event& event, Date origin, int direction, bool large);

// The first working day from `day` stepping by `direction` (±1); `day` itself when it is one.
Date working_day_towards(const BankHolidays& holidays, Date day, int direction);

// The edit that moves `event` to start on `day` ("Move "Shadowing the COO" to Mon 8 Mar 2027"),
// or nothing for events the timeline cannot move or whose plan item is gone.
std::optional<Edit> move_edit(const Catalogue& catalogue, const Plan& plan, const Event& event, Date day);

}  // namespace planner
