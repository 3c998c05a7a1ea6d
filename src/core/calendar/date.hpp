#pragma once
// Calendar days. Plans deal in whole days with no time of day and no zone: a session on
// 2027-03-01 is on that day wherever the browser is. Text form is ISO 8601 `YYYY-MM-DD`, the
// only form used in files, links and the CLI.
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace planner {

class Date {
 public:
  // Years outside this span are refused when parsing: no plan needs them, and the bound keeps
  // every date arithmetic on untrusted input far from overflow.
  static constexpr int kMinYear = 1900;
  static constexpr int kMaxYear = 2999;

  constexpr Date() = default;  // 1970-01-01
  constexpr explicit Date(std::chrono::sys_days day) : days_(day.time_since_epoch().count()) {}

  // The day, if year/month/day name a real one (2027-02-29 does not).
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
  // Strictly `YYYY-MM-DD` with a real day between kMinYear and kMaxYear; nothing else.
  static std::optional<Date> parse(std::string_view text);

  std::string iso() const;  // "YYYY-MM-DD"
  // "Mon 1 Mar 2027": how people read a day in messages, labels and reports (English, fixed so
  // that it does not depend on the machine's locale).
  std::string display() const;
  std::chrono::sys_days to_sys_days() const { return std::chrono::sys_days{std::chrono::days{days_}}; }
  std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{to_sys_days()}; }
  int year() const;
  unsigned month() const;        // 1..12
  unsigned day() const;          // 1..31
  unsigned iso_weekday() const;  // 1 = Monday … 7 = Sunday
  bool is_weekend() const { return iso_weekday() >= 6; }

  Date plus_days(int days) const { return from_days_since_epoch(days_ + days); }
  Date plus_weeks(int weeks) const { return plus_days(7 * weeks); }
  // Same day of the month `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb).
  Date plus_months(int months) const;
  Date monday_on_or_before() const { return plus_days(1 - static_cast<int>(iso_weekday())); }
  Date monday_on_or_after() const;

  int days_since_epoch() const { return days_; }
  static constexpr Date from_days_since_epoch(int days) {
    Date d;
    d.days_ = days;
    return d;
  }

  auto operator<=>(const Date&) const = default;

 private:
  int days_ = 0;
};

// Days from `from` to `to`: positive when `to` is later.
inline int days_between(Date from, Date to) { return to.days_since_epoch() - from.days_since_epoch(); }

// An inclusive span of days: `first` and `last` both belong to it.
struct DateRange {
  Date first;
  Date last;

  bool contains(Date day) const { return first <= day && day <= last; }
  bool overlaps(const DateRange& other) const { return first <= other.last && other.first <= last; }
  int length_in_days() const { return days_between(first, last) + 1; }
  bool operator==(const DateRange&) const = default;
};

}  // namespace planner
