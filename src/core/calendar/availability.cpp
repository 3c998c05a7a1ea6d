#include "core/calendar/availability.hpp"

namespace planner {

const Period* period_on(const std::vector<Period>& periods, Date day, PeriodKind kind) {
  for (const Period& period : periods) {
    if (period.kind == kind && period.first <= day && day <= period.last) return &period;
  }
  return nullptr;
}

const Period* leave_on(const std::vector<Period>& periods, Date day) {
  return period_on(periods, day, PeriodKind::leave);
}
const Period* busy_on(const std::vector<Period>& periods, Date day) {
  return period_on(periods, day, PeriodKind::busy);
}

bool is_free_day(const Catalogue& catalogue, const std::vector<Period>& periods, Date day) {
  return catalogue.holidays.is_working_day(day) && leave_on(periods, day) == nullptr;
}

std::optional<Date> free_day_on_or_after(const Catalogue& catalogue, const std::vector<Period>& periods, Date from,
                                         int max_days) {
  for (int offset = 0; offset <= max_days; ++offset) {
    const Date day = from.plus_days(offset);
    if (is_free_day(catalogue, periods, day)) return day;
  }
  return std::nullopt;
}

std::optional<Date> free_day_on_or_before(const Catalogue& catalogue, const std::vector<Period>& periods, Date from,
                                          Date after) {
  for (Date day = from; after < day; day = day.plus_days(-1)) {
    if (is_free_day(catalogue, periods, day)) return day;
  }
  return std::nullopt;
}

}  // namespace planner
