#include "core/calendar/date.hpp"

#include <gtest/gtest.h>

#include "test_fixtures.hpp"

namespace planner {
namespace {

using test::day;

TEST(Date, ParsesAndPrintsIsoDays) {
  EXPECT_EQ(day("2027-01-04").iso(), "2027-01-04");
  EXPECT_EQ(day("2028-02-29").iso(), "2028-02-29");
  EXPECT_EQ(day("1970-01-01").days_since_epoch(), 0);
}

TEST(Date, PrintsEveryDayOfTheSpanItParsesAsItsIsoDay) {
  const Date first = day("1900-01-01");
  const Date last = day("2999-12-31");
  for (Date date = first; date <= last; date = date.plus_days(1)) {
    const std::string text = date.iso();
    ASSERT_EQ(text.size(), 10u) << text;
    ASSERT_EQ(Date::parse(text), date) << text;
  }
  EXPECT_EQ(Date().iso(), "1970-01-01");
  EXPECT_EQ(day("2000-10-09").iso(), "2000-10-09");
}

TEST(Date, RefusesAnythingButAStrictRealIsoDay) {
  for (std::string_view bad :
       {"", "2027-1-04", "2027-02-29", "2027-13-01", "2027-00-10", "27-01-04", "2027/01/04", "2027-01-04T00:00",
        " 2027-01-04", "+027-01-04", "1899-12-31", "3000-01-01", "2027-04-31", "２０２７-01-04"}) {
    EXPECT_FALSE(Date::parse(bad).has_value()) << bad;
  }
}

TEST(Date, KnowsLeapYears) {
  EXPECT_TRUE(Date::from_ymd(2028, 2, 29).has_value());
  EXPECT_TRUE(Date::from_ymd(2000, 2, 29).has_value());
  EXPECT_FALSE(Date::from_ymd(2100, 2, 29).has_value());
  EXPECT_EQ(day("2028-02-28").plus_days(1).iso(), "2028-02-29");
  EXPECT_EQ(day("2027-02-28").plus_days(1).iso(), "2027-03-01");
}

TEST(Date, GivesIsoWeekdays) {
  EXPECT_EQ(day("2027-01-04").iso_weekday(), 1u);  // Monday
  EXPECT_EQ(day("2027-01-10").iso_weekday(), 7u);  // Sunday
  EXPECT_TRUE(day("2027-01-09").is_weekend());
  EXPECT_FALSE(day("2027-01-08").is_weekend());
}

TEST(Date, DisplaysDaysForPeople) {
  EXPECT_EQ(day("2027-03-01").display(), "Mon 1 Mar 2027");
  EXPECT_EQ(day("2028-02-29").display(), "Tue 29 Feb 2028");
  EXPECT_EQ(day("2026-12-27").display(), "Sun 27 Dec 2026");
}

TEST(Date, FindsMondays) {
  EXPECT_EQ(day("2027-01-06").monday_on_or_before().iso(), "2027-01-04");
  EXPECT_EQ(day("2027-01-06").monday_on_or_after().iso(), "2027-01-11");
  EXPECT_EQ(day("2027-01-04").monday_on_or_after().iso(), "2027-01-04");
  EXPECT_EQ(day("2027-01-10").monday_on_or_before().iso(), "2027-01-04");
}

TEST(Date, AddsMonthsClampingToTheMonthEnd) {
  EXPECT_EQ(day("2027-01-31").plus_months(1).iso(), "2027-02-28");
  EXPECT_EQ(day("2028-01-31").plus_months(1).iso(), "2028-02-29");
  EXPECT_EQ(day("2027-11-15").plus_months(3).iso(), "2028-02-15");
  EXPECT_EQ(day("2027-03-31").plus_months(-1).iso(), "2027-02-28");
  EXPECT_EQ(day("2027-01-04").plus_months(24).iso(), "2029-01-04");
}

TEST(Date, CountsDaysBetween) {
  EXPECT_EQ(days_between(day("2027-01-04"), day("2027-01-18")), 14);
  EXPECT_EQ(days_between(day("2027-01-18"), day("2027-01-04")), -14);
  EXPECT_EQ(days_between(day("2027-12-31"), day("2028-12-31")), 366);
}

TEST(DateRange, IsInclusiveAtBothEnds) {
  const DateRange leave{day("2027-08-02"), day("2027-08-13")};
  EXPECT_TRUE(leave.contains(day("2027-08-02")));
  EXPECT_TRUE(leave.contains(day("2027-08-13")));
  EXPECT_FALSE(leave.contains(day("2027-08-14")));
  EXPECT_EQ(leave.length_in_days(), 12);
  EXPECT_TRUE(leave.overlaps({day("2027-08-13"), day("2027-08-20")}));
  EXPECT_FALSE(leave.overlaps({day("2027-08-14"), day("2027-08-20")}));
}

}  // namespace
}  // namespace planner
