#include "core/calendar/bank_holidays.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace planner {
namespace {

using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year_month_day;
using std::chrono::year_month_weekday;
using std::chrono::year_month_weekday_last;

// The standing rules yield these, in date order within a year.
enum class Rule { new_year, good_friday, easter_monday, early_may, spring, summer, christmas, boxing_day };
constexpr std::size_t kRuleCount = 8;

struct RuleDay {
  Rule rule;
  Date date;
  bool substitute;  // moved off a weekend
};

Date calendar_day(int year, unsigned month, unsigned day) {
  return Date{sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}}};
}

Date first_monday(int year, unsigned month) {
  return Date{
      sys_days{year_month_weekday{std::chrono::year{year} / std::chrono::month{month} / std::chrono::Monday[1]}}};
}

Date last_monday(int year, unsigned month) {
  return Date{sys_days{year_month_weekday_last{std::chrono::year{year} / std::chrono::month{month} /
                                               std::chrono::Monday[std::chrono::last]}}};
}

// The days the standing rules give for `year`, without titles, so that the frequent question
// "is this day a holiday?" allocates nothing.
std::array<RuleDay, kRuleCount> compute_rule_days(int year) {
  std::array<RuleDay, kRuleCount> days{};
  // New Year's Day on a weekend moves to the following Monday.
  const Date new_year = calendar_day(year, 1, 1);
  const unsigned new_year_weekday = new_year.iso_weekday();
  days[0] = {Rule::new_year,
             new_year_weekday == 6   ? new_year.plus_days(2)
             : new_year_weekday == 7 ? new_year.plus_days(1)
                                     : new_year,
             new_year.is_weekend()};
  const Date easter = easter_sunday(year);
  days[1] = {Rule::good_friday, easter.plus_days(-2), false};
  days[2] = {Rule::easter_monday, easter.plus_days(1), false};
  days[3] = {Rule::early_may, first_monday(year, 5), false};
  days[4] = {Rule::spring, last_monday(year, 5), false};
  days[5] = {Rule::summer, last_monday(year, 8), false};
  // Christmas and Boxing Day keep their day when it is a weekday; a weekend one takes the next
  // weekday after 26 December not already taken, Christmas first. So Christmas on a Sunday
  // gives Boxing Day on Monday 26 and Christmas (substitute) on Tuesday 27, and a Saturday
  // Christmas gives Monday 27 and Tuesday 28 (2027).
  const Date christmas = calendar_day(year, 12, 25);
  const Date boxing = calendar_day(year, 12, 26);
  Date next_free = calendar_day(year, 12, 27);
  auto take_substitute = [&next_free]() {
    while (next_free.is_weekend()) next_free = next_free.plus_days(1);
    const Date taken = next_free;
    next_free = next_free.plus_days(1);
    return taken;
  };
  days[6] = {Rule::christmas, christmas, christmas.is_weekend()};
  days[7] = {Rule::boxing_day, boxing, boxing.is_weekend()};
  if (days[6].substitute) days[6].date = take_substitute();
  if (days[7].substitute) days[7].date = take_substitute();
  return days;
}

// The last year asked about is asked about again and again (a plan's days come in runs), so
// one remembered year per thread saves recomputing Easter for each day.
const std::array<RuleDay, kRuleCount>& rule_days(int year) {
  thread_local int cached_year = std::numeric_limits<int>::min();
  thread_local std::array<RuleDay, kRuleCount> cached{};
  if (cached_year != year) {
    cached = compute_rule_days(year);
    cached_year = year;
  }
  return cached;
}

std::string title_of(const RuleDay& day) {
  std::string title;
  switch (day.rule) {
    case Rule::new_year: title = "New Year's Day"; break;
    case Rule::good_friday: title = "Good Friday"; break;
    case Rule::easter_monday: title = "Easter Monday"; break;
    case Rule::early_may: title = "Early May bank holiday"; break;
    case Rule::spring: title = "Spring bank holiday"; break;
    case Rule::summer: title = "Summer bank holiday"; break;
    case Rule::christmas: title = "Christmas Day"; break;
    case Rule::boxing_day: title = "Boxing Day"; break;
  }
  if (day.substitute) title += " (substitute day)";
  return title;
}

// Whether the standing rules could put a holiday on this day of the year: New Year (1-3 Jan),
// Easter (Good Friday is 20 Mar at the earliest, Easter Monday 26 Apr at the latest), the May
// Mondays, the last Monday of August, Christmas (25-28 Dec). Most days fail this cheap test,
// which spares computing the year's dates: the planner asks about days by the thousand.
bool in_holiday_season(Date day) {
  const std::chrono::year_month_day ymd = day.ymd();
  const unsigned month = static_cast<unsigned>(ymd.month());
  const unsigned dom = static_cast<unsigned>(ymd.day());
  switch (month) {
    case 1: return dom <= 3;
    case 3: return dom >= 20;
    case 4: return dom <= 26;
    case 5: return true;
    case 8: return dom >= 25;
    case 12: return dom >= 25 && dom <= 28;
    default: return false;
  }
}

bool removed(const std::vector<HolidayChange>& changes, Date day) {
  return std::any_of(changes.begin(), changes.end(),
                     [day](const HolidayChange& change) { return change.remove == day; });
}

}  // namespace

Date easter_sunday(int year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher): exact for every Gregorian year.
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return calendar_day(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<BankHoliday> BankHolidays::in_year(int year) const {
  std::vector<BankHoliday> holidays;
  for (const RuleDay& day : rule_days(year)) {
    if (!removed(changes_, day.date)) holidays.push_back({day.date, title_of(day)});
  }
  for (const HolidayChange& change : changes_) {
    if (change.add && change.add->date.year() == year) holidays.push_back(*change.add);
  }
  std::sort(holidays.begin(), holidays.end(),
            [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
  // A change that adds a day the rules already give must not list it twice.
  holidays.erase(std::unique(holidays.begin(), holidays.end(),
                             [](const BankHoliday& a, const BankHoliday& b) { return a.date == b.date; }),
                 holidays.end());
  return holidays;
}

std::vector<BankHoliday> BankHolidays::between(Date first, Date last) const {
  std::vector<BankHoliday> holidays;
  for (int year = first.year(); year <= last.year(); ++year) {
    for (BankHoliday& holiday : in_year(year)) {
      if (first <= holiday.date && holiday.date <= last) holidays.push_back(std::move(holiday));
    }
  }
  return holidays;
}

std::optional<BankHoliday> BankHolidays::on(Date day) const {
  for (const HolidayChange& change : changes_) {
    if (change.add && change.add->date == day) return *change.add;
  }
  if (!in_holiday_season(day)) return std::nullopt;
  // Every rule day lies in the calendar year it belongs to (the latest substitute is 28 Dec,
  // the New Year one 3 Jan), so only `day`'s year needs computing.
  for (const RuleDay& rule_day : rule_days(day.year())) {
    if (rule_day.date == day) {
      if (removed(changes_, day)) return std::nullopt;
      return BankHoliday{day, title_of(rule_day)};
    }
  }
  return std::nullopt;
}

bool BankHolidays::is_holiday(Date day) const {
  if (day.is_weekend()) {
    // No rule day falls on a weekend; only a one-off addition could.
    return std::any_of(changes_.begin(), changes_.end(),
                       [day](const HolidayChange& change) { return change.add && change.add->date == day; });
  }
  for (const HolidayChange& change : changes_) {
    if (change.add && change.add->date == day) return true;
  }
  if (!in_holiday_season(day)) return false;
  for (const RuleDay& rule_day : rule_days(day.year())) {
    if (rule_day.date == day) return !removed(changes_, day);
  }
  return false;
}

}  // namespace planner
