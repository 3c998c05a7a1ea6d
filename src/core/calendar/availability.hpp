#pragma once
// Which days the apprentice can be booked for something: working days (Monday to Friday, not a
// bank holiday) outside their leave. The auto-planner and the checks' fixes move things onto
// such days.
#include <optional>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// The period of this kind `day` falls in, if any.
const Period* period_on(const std::vector<Period>& periods, Date day, PeriodKind kind);
// The leave period `day` falls in, if any (busy periods do not count: work peaks are a
// preference, leave is an absence).
const Period* leave_on(const std::vector<Period>& periods, Date day);
const Period* busy_on(const std::vector<Period>& periods, Date day);

// A working day outside leave.
bool is_free_day(const Catalogue& catalogue, const std::vector<Period>& periods, Date day);
// The first free day from `from` (inclusive), looking at most `max_days` ahead.
std::optional<Date> free_day_on_or_after(const Catalogue& catalogue, const std::vector<Period>& periods, Date from,
                                         int max_days = 400);
// The last free day on or before `from` and after `after` (exclusive), if there is one.
std::optional<Date> free_day_on_or_before(const Catalogue& catalogue, const std::vector<Period>& periods, Date from,
                                          Date after);

}  // namespace planner
