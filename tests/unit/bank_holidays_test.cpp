#include "core/calendar/bank_holidays.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/programme/catalogue.hpp"
#include "test_fixtures.hpp"

namespace planner {
namespace {

using test::day;

// The gov.uk list for 2026-2030, as published on gov.uk, kept in the fixtures.
std::vector<BankHoliday> reference_holidays() {
  std::ifstream file(std::string(PLANNER_FIXTURES_DIR) + "/bank-holidays-england-wales-2026-2030.json");
  std::stringstream text;
  text << file.rdbuf();
  const auto json = nlohmann::json::parse(text.str());
  std::vector<BankHoliday> holidays;
  for (const auto& event : json.at("events")) {
    holidays.push_back({day(event.at("date").get<std::string>()), event.at("title").get<std::string>()});
  }
  return holidays;
}

TEST(BankHolidays, MatchEveryReferenceDayAndTitle2026To2030) {
  const auto reference = reference_holidays();
  ASSERT_EQ(reference.size(), 40u);
  const BankHolidays holidays;  // the standing rules alone: no changes announced for these years
  EXPECT_EQ(holidays.between(day("2026-01-01"), day("2030-12-31")), reference);
  for (int year = 2026; year <= 2030; ++year) {
    std::vector<BankHoliday> expected;
    for (const BankHoliday& h : reference) {
      if (h.date.year() == year) expected.push_back(h);
    }
    EXPECT_EQ(holidays.in_year(year), expected) << year;
  }
  // The shipped calendar (with its past one-off changes) agrees too.
  EXPECT_EQ(default_catalogue().holidays.between(day("2026-01-01"), day("2030-12-31")), reference);
}

TEST(BankHolidays, AnswerDayByDayAsTheYearListSays) {
  const BankHolidays& holidays = default_catalogue().holidays;
  for (int year = 2020; year <= 2031; ++year) {
    const auto list = holidays.in_year(year);
    for (Date d = day(std::to_string(year) + "-01-01"); d.year() == year; d = d.plus_days(1)) {
      const auto it = std::find_if(list.begin(), list.end(), [d](const BankHoliday& h) { return h.date == d; });
      ASSERT_EQ(holidays.is_holiday(d), it != list.end()) << d.iso();
      ASSERT_EQ(holidays.on(d).has_value(), it != list.end()) << d.iso();
      if (it != list.end()) {
        EXPECT_EQ(holidays.on(d)->title, it->title);
      }
      EXPECT_EQ(holidays.is_working_day(d), !d.is_weekend() && it == list.end()) << d.iso();
    }
  }
}

TEST(BankHolidays, ComputeEasterSunday) {
  EXPECT_EQ(easter_sunday(2026), day("2026-04-05"));
  EXPECT_EQ(easter_sunday(2027), day("2027-03-28"));
  EXPECT_EQ(easter_sunday(2028), day("2028-04-16"));
  EXPECT_EQ(easter_sunday(2019), day("2019-04-21"));
  EXPECT_EQ(easter_sunday(2008), day("2008-03-23"));
  EXPECT_EQ(easter_sunday(2000), day("2000-04-23"));
  EXPECT_EQ(easter_sunday(1943), day("1943-04-25"));  // the latest date Easter can fall on
  EXPECT_EQ(easter_sunday(2038), day("2038-04-25"));
  EXPECT_EQ(easter_sunday(2285), day("2285-03-22"));  // the earliest
  for (int year = 1900; year <= 2999; ++year) {
    const Date easter = easter_sunday(year);
    ASSERT_EQ(easter.iso_weekday(), 7u) << year;
    ASSERT_GE(easter, day(std::to_string(year) + "-03-22")) << year;
    ASSERT_LE(easter, day(std::to_string(year) + "-04-25")) << year;
  }
}

TEST(BankHolidays, MoveWeekendChristmasAndBoxingDayToTheNextWeekdays) {
  const BankHolidays holidays;
  // 2027: Christmas on Saturday, Boxing Day on Sunday.
  EXPECT_EQ(holidays.on(day("2027-12-27"))->title, "Christmas Day (substitute day)");
  EXPECT_EQ(holidays.on(day("2027-12-28"))->title, "Boxing Day (substitute day)");
  EXPECT_FALSE(holidays.is_holiday(day("2027-12-25")));
  // 2022: Christmas on Sunday, so Boxing Day keeps Monday and Christmas moves to Tuesday.
  EXPECT_EQ(holidays.on(day("2022-12-26"))->title, "Boxing Day");
  EXPECT_EQ(holidays.on(day("2022-12-27"))->title, "Christmas Day (substitute day)");
  // 2026: Boxing Day on Saturday moves to Monday 28.
  EXPECT_EQ(holidays.on(day("2026-12-28"))->title, "Boxing Day (substitute day)");
}

TEST(BankHolidays, MoveWeekendNewYearToMonday) {
  const BankHolidays holidays;
  EXPECT_EQ(holidays.on(day("2028-01-03"))->title, "New Year's Day (substitute day)");  // Saturday 1 Jan
  EXPECT_FALSE(holidays.is_holiday(day("2028-01-01")));
  EXPECT_EQ(holidays.on(day("2023-01-02"))->title, "New Year's Day (substitute day)");  // Sunday 1 Jan
  EXPECT_EQ(holidays.on(day("2027-01-01"))->title, "New Year's Day");
}

TEST(BankHolidays, HandleLeapYears) {
  const BankHolidays holidays;
  EXPECT_TRUE(holidays.is_working_day(day("2028-02-29")));
  EXPECT_EQ(holidays.in_year(2028).size(), 8u);
  EXPECT_EQ(holidays.in_year(2028)[1], (BankHoliday{day("2028-04-14"), "Good Friday"}));
  // 2032 is a leap year with Easter on 28 March: Good Friday 26 March.
  EXPECT_EQ(holidays.on(day("2032-03-26"))->title, "Good Friday");
  EXPECT_EQ(holidays.on(day("2032-03-29"))->title, "Easter Monday");
}

TEST(BankHolidays, ApplyTheShippedOneOffChanges) {
  const BankHolidays& holidays = default_catalogue().holidays;
  // 2022: the Spring bank holiday moved to Thursday 2 June for the Platinum Jubilee, plus
  // Friday 3 June and the State Funeral on 19 September.
  EXPECT_FALSE(holidays.is_holiday(day("2022-05-30")));
  EXPECT_EQ(holidays.on(day("2022-06-02"))->title, "Spring bank holiday");
  EXPECT_TRUE(holidays.is_holiday(day("2022-06-03")));
  EXPECT_TRUE(holidays.is_holiday(day("2022-09-19")));
  EXPECT_EQ(holidays.in_year(2022).size(), 10u);
  // 2023: the coronation; 2020: the Early May bank holiday moved to VE day.
  EXPECT_TRUE(holidays.is_holiday(day("2023-05-08")));
  EXPECT_FALSE(holidays.is_holiday(day("2020-05-04")));
  EXPECT_EQ(holidays.on(day("2020-05-08"))->title, "Early May bank holiday (VE day)");
}

TEST(BankHolidays, ChangesRemoveAndAddDays) {
  const BankHolidays holidays(
      {HolidayChange{day("2029-05-28"), std::nullopt},
       HolidayChange{std::nullopt, BankHoliday{day("2029-06-08"), "Extra bank holiday"}},
       HolidayChange{day("2030-08-26"), BankHoliday{day("2030-09-02"), "Summer bank holiday"}}});
  EXPECT_FALSE(holidays.is_holiday(day("2029-05-28")));
  EXPECT_FALSE(holidays.on(day("2029-05-28")).has_value());
  EXPECT_EQ(holidays.on(day("2029-06-08"))->title, "Extra bank holiday");
  const auto year = holidays.in_year(2029);
  EXPECT_EQ(year.size(), 8u);
  EXPECT_TRUE(std::is_sorted(year.begin(), year.end(),
                             [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; }));
  EXPECT_FALSE(holidays.is_holiday(day("2030-08-26")));
  EXPECT_TRUE(holidays.is_holiday(day("2030-09-02")));
  EXPECT_EQ(holidays.in_year(2030).size(), 8u);
}

TEST(BankHolidays, ListEachDayOnceWhenAChangeRepeatsARuleDay) {
  const BankHolidays holidays({HolidayChange{std::nullopt, BankHoliday{day("2029-12-25"), "Christmas Day"}}});
  EXPECT_EQ(holidays.in_year(2029).size(), 8u);
}

TEST(BankHolidays, ListTheDaysBetweenTwoDates) {
  const BankHolidays holidays;
  const auto spring = holidays.between(day("2027-03-01"), day("2027-05-31"));
  ASSERT_EQ(spring.size(), 4u);
  EXPECT_EQ(spring.front().date, day("2027-03-26"));
  EXPECT_EQ(spring.back().date, day("2027-05-31"));
  EXPECT_TRUE(holidays.between(day("2027-06-01"), day("2027-08-29")).empty());
}

}  // namespace
}  // namespace planner
