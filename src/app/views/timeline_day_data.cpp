#include "app/views/timeline_day_data.hpp"

#include <algorithm>
#include <cmath>

#include "core/planning/otj.hpp"

namespace planner {
namespace {

void flag_days(std::vector<std::uint8_t>& flags, DateRange days, DateRange span, std::uint8_t flag) {
  const int first = std::max(0, days_between(days.first, span.first));
  const int last = std::min(static_cast<int>(flags.size()) - 1, days_between(days.first, span.last));
  for (int day = first; day <= last; ++day) flags[static_cast<std::size_t>(day)] |= flag;
}

}  // namespace

TimelineDayData build_timeline_day_data(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                                        DateRange days) {
  const std::size_t count = static_cast<std::size_t>(std::max(0, days.length_in_days()));
  TimelineDayData data;
  data.flags.assign(count, 0);
  data.planned_hours.assign(count, 0.0f);
  data.workload.assign(count, 0);
  if (count == 0) return data;

  for (std::size_t i = 0; i < count; ++i) {
    const Date day = days.first.plus_days(static_cast<int>(i));
    if (day.is_weekend()) data.flags[i] |= kDayWeekend;
    if (day.day() == 1) data.flags[i] |= kDayMonthStart;
  }
  for (const BankHoliday& holiday : catalogue.holidays.between(days.first, days.last))
    flag_days(data.flags, days, {holiday.date, holiday.date}, kDayBankHoliday);
  for (const Period& period : plan.periods)
    flag_days(data.flags, days, {period.first, period.last}, period.kind == PeriodKind::leave ? kDayLeave : kDayBusy);

  for (const OtjContribution& contribution : planned_otj(catalogue, plan, schedule)) {
    const int length = contribution.days.length_in_days();
    if (length <= 0 || contribution.hours <= 0) continue;
    const float per_day = static_cast<float>(contribution.hours / length);
    const int first = std::max(0, days_between(days.first, contribution.days.first));
    const int last = std::min(static_cast<int>(count) - 1, days_between(days.first, contribution.days.last));
    for (int day = first; day <= last; ++day) data.planned_hours[static_cast<std::size_t>(day)] += per_day;
  }
  const float busiest = *std::max_element(data.planned_hours.begin(), data.planned_hours.end());
  if (busiest > 0) {
    for (std::size_t i = 0; i < count; ++i) {
      // Any planned time shows: a light day is at least one step above nothing.
      const float share = data.planned_hours[i] / busiest;
      data.workload[i] = share > 0 ? static_cast<std::uint8_t>(std::clamp(std::ceil(share * 255.0f), 1.0f, 255.0f)) : 0;
    }
  }
  return data;
}

void use_day_data(TimelineBackground& background, Date first_day, const TimelineDayData& data) {
  background.first_day = first_day;
  background.flags = data.flags;
  background.workload = data.workload;
  ++background.data_version;
}

}  // namespace planner
