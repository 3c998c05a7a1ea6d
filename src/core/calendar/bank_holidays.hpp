#pragma once
// England and Wales bank holidays, computed by the standing rules (New Year's Day, Good Friday,
// Easter Monday, first and last Monday of May, last Monday of August, Christmas Day, Boxing Day,
// each moved to the next free weekday when it falls on a weekend) plus a data file of one-off
// changes (data/holidays/england-and-wales.json: days added, moved or removed by proclamation).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"

namespace planner {

struct BankHoliday {
  Date date;
  std::string title;  // "Easter Monday", "Boxing Day (substitute day)"
  bool operator==(const BankHoliday&) const = default;
};

// One-off change to the standing rules.
struct HolidayChange {
  std::optional<Date> remove;      // a rule-based day that does not happen
  std::optional<BankHoliday> add;  // an extra or moved day
  bool operator==(const HolidayChange&) const = default;
};

class BankHolidays {
 public:
  BankHolidays() = default;
  explicit BankHolidays(std::vector<HolidayChange> changes) : changes_(std::move(changes)) {}

  // Every bank holiday of `year`, sorted by date.
  std::vector<BankHoliday> in_year(int year) const;
  // Every bank holiday between the two days, inclusive, sorted.
  std::vector<BankHoliday> between(Date first, Date last) const;
  // The holiday on `day`, if it is one.
  std::optional<BankHoliday> on(Date day) const;
  bool is_holiday(Date day) const;  // as on(day), without building the title
  // Monday to Friday and not a bank holiday.
  bool is_working_day(Date day) const { return !day.is_weekend() && !is_holiday(day); }
  const std::vector<HolidayChange>& changes() const { return changes_; }

 private:
  std::vector<HolidayChange> changes_;
};

// Easter Sunday of `year` (Gregorian computus).
Date easter_sunday(int year);

}  // namespace planner
