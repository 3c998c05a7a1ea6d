#include "core/calendar/date.hpp"

#include <cstdio>

namespace planner {
namespace {

std::optional<int> parse_digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  const year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return Date{sys_days{ymd}};
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4));
  const auto month = parse_digits(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day || *year < kMinYear || *year > kMaxYear) return std::nullopt;
  return from_ymd(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
}

// By hand, from one calendar conversion: a plan file writes every date it holds at each autosave,
// and snprintf with three conversions took most of that.
std::string Date::iso() const {
  const std::chrono::year_month_day date = ymd();
  const int year_value = static_cast<int>(date.year());
  const auto month_value = static_cast<unsigned>(date.month());
  const auto day_value = static_cast<unsigned>(date.day());
  if (year_value < 0 || year_value > 9999) {  // never in a plan (kMinYear..kMaxYear)
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", year_value, month_value, day_value);
    return text;
  }
  std::string text = "0000-00-00";
  const auto digits = [&text](std::size_t end, unsigned value) {
    for (std::size_t i = end; value > 0; value /= 10) text[--i] = static_cast<char>('0' + value % 10);
  };
  digits(4, static_cast<unsigned>(year_value));
  digits(7, month_value);
  digits(10, day_value);
  return text;
}

std::string Date::display() const {
  static constexpr const char* kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[32];
  std::snprintf(text, sizeof text, "%s %u %s %d", kWeekdays[iso_weekday() - 1], day(), kMonths[month() - 1], year());
  return text;
}

int Date::year() const { return static_cast<int>(ymd().year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd().month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd().day()); }
unsigned Date::iso_weekday() const { return std::chrono::weekday{to_sys_days()}.iso_encoding(); }

Date Date::plus_months(int months) const {
  using namespace std::chrono;
  const year_month_day start = ymd();
  const year_month shifted = year_month{start.year(), start.month()} + std::chrono::months{months};
  const std::chrono::day last_day = year_month_day_last{shifted.year(), month_day_last{shifted.month()}}.day();
  const std::chrono::day clamped = start.day() > last_day ? last_day : start.day();
  return Date{sys_days{shifted / clamped}};
}

Date Date::monday_on_or_after() const {
  const unsigned weekday = iso_weekday();
  return weekday == 1 ? *this : plus_days(8 - static_cast<int>(weekday));
}

}  // namespace planner
