// The timeline background's day data and the chart's days.
#include <gtest/gtest.h>

#include <algorithm>

#include "../unit/test_fixtures.hpp"
#include "app/views/timeline_day_data.hpp"
#include "app/views/timeline_model.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/sample_plans.hpp"

namespace planner {
namespace {

using test::day;

class DayData : public ::testing::Test {
 protected:
  const Catalogue& catalogue = default_catalogue();
  Plan plan = make_large_plan(default_catalogue());
  Schedule schedule = expand_schedule(catalogue, plan);
  DateRange days = timeline_days(schedule, plan.profile.start, day("2027-01-04"));
  TimelineDayData data = build_timeline_day_data(catalogue, plan, schedule, days);

  std::uint8_t flags_on(const char* iso) const {
    return data.flags.at(static_cast<std::size_t>(days_between(days.first, day(iso))));
  }
};

TEST_F(DayData, CoversTheWholePlanFromAMonthStartToAMonthEnd) {
  EXPECT_EQ(days.first.day(), 1u);
  EXPECT_EQ(days.last.plus_days(1).day(), 1u);
  for (const Event& event : schedule.events) {
    EXPECT_LE(days.first, event.start) << event.id;
    EXPECT_GE(days.last, event.end) << event.id;
  }
  EXPECT_EQ(data.flags.size(), static_cast<std::size_t>(days.length_in_days()));
  EXPECT_LE(days.length_in_days(), kMaxTimelineDays);
}

TEST_F(DayData, FlagsWeekendsBankHolidaysLeaveBusyPeriodsAndMonthStarts) {
  EXPECT_EQ(flags_on("2027-03-24"), 0) << "an ordinary Wednesday";
  EXPECT_TRUE(flags_on("2027-03-27") & kDayWeekend);
  EXPECT_TRUE(flags_on("2027-03-26") & kDayBankHoliday) << "Good Friday";
  EXPECT_TRUE(flags_on("2027-03-29") & kDayBankHoliday) << "Easter Monday";
  EXPECT_TRUE(flags_on("2027-04-01") & kDayMonthStart);
  const Period& leave = *std::find_if(plan.periods.begin(), plan.periods.end(),
                                      [](const Period& p) { return p.kind == PeriodKind::leave; });
  const Period& busy = *std::find_if(plan.periods.begin(), plan.periods.end(),
                                     [](const Period& p) { return p.kind == PeriodKind::busy; });
  EXPECT_TRUE(flags_on(leave.first.iso().c_str()) & kDayLeave);
  EXPECT_TRUE(flags_on(leave.last.iso().c_str()) & kDayLeave);
  EXPECT_FALSE(flags_on(leave.last.plus_days(1).iso().c_str()) & kDayLeave);
  EXPECT_TRUE(flags_on(busy.first.iso().c_str()) & kDayBusy);
}

TEST_F(DayData, WorkloadIsRelativeToTheBusiestDay) {
  const auto busiest = std::max_element(data.planned_hours.begin(), data.planned_hours.end());
  ASSERT_GT(*busiest, 0.0f);
  EXPECT_EQ(data.workload[static_cast<std::size_t>(busiest - data.planned_hours.begin())], 255);
  for (std::size_t i = 0; i < data.workload.size(); ++i) {
    if (data.planned_hours[i] <= 0) EXPECT_EQ(data.workload[i], 0) << i;
    else EXPECT_GE(data.workload[i], 1) << "planned time always shows, day " << i;
  }
  EXPECT_EQ(data.workload.front(), 0) << "nothing planned before the plan";
}

TEST_F(DayData, HandingItToTheBackgroundRenewsItsVersion) {
  TimelineBackground background;
  use_day_data(background, days.first, data);
  const std::uint64_t first = background.data_version;
  use_day_data(background, days.first, data);
  EXPECT_EQ(background.data_version, first + 1);
  EXPECT_EQ(background.first_day, days.first);
  EXPECT_EQ(background.flags, data.flags);
}

TEST(TimelineDays, IncludeTodayWhenItIsNearThePlan) {
  const Catalogue& catalogue = default_catalogue();
  const Plan plan = make_large_plan(catalogue);
  const Schedule schedule = expand_schedule(catalogue, plan);
  const DateRange near = timeline_days(schedule, plan.profile.start, day("2026-06-15"));
  EXPECT_LE(near.first, day("2026-06-15"));
  const DateRange far = timeline_days(schedule, plan.profile.start, day("2020-06-15"));
  EXPECT_GT(far.first, day("2020-06-15")) << "a today years away would leave the chart mostly empty";
}

TEST(TimelineDays, NeverMoreThanTheGpuCanHold) {
  const Catalogue& catalogue = default_catalogue();
  Plan plan = make_large_plan(catalogue);
  plan.periods.push_back(Period{"leave-99", PeriodKind::leave, "Sabbatical", day("2036-01-05"), day("2036-02-05")});
  const DateRange days = timeline_days(expand_schedule(catalogue, plan), plan.profile.start, day("2027-01-04"));
  EXPECT_EQ(days.length_in_days(), kMaxTimelineDays);
}

}  // namespace
}  // namespace planner
