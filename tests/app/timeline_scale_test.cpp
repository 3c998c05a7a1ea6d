// The timeline's scale and date axis: zoom around a point, pans, the bounds the chart keeps to,
// and the axis bands, cells and labels at each zoom.
#include <gtest/gtest.h>

#include "../unit/test_fixtures.hpp"
#include "app/widgets/timeline_scale.hpp"

namespace planner {
namespace {

using test::day;

TEST(TimelineScale, ZoomKeepsTheDayUnderThePointerInPlace) {
  const TimelineScale scale{.left_day = 100, .px_per_day = 4};
  const double anchor_x = 300;
  const double anchor_day = scale.day_at(anchor_x);
  const TimelineScale zoomed = zoom_around(scale, 2.0, anchor_x);
  EXPECT_DOUBLE_EQ(zoomed.px_per_day, 8);
  EXPECT_NEAR(zoomed.day_at(anchor_x), anchor_day, 1e-9);
  EXPECT_NEAR(zoomed.x_of(anchor_day), anchor_x, 1e-9);
}

TEST(TimelineScale, ZoomStopsAtItsBounds) {
  const TimelineScale scale{.left_day = 0, .px_per_day = 40};
  EXPECT_DOUBLE_EQ(zoom_around(scale, 10, 0).px_per_day, kMaxPxPerDay);
  EXPECT_DOUBLE_EQ(zoom_around(scale, 0.0001, 0).px_per_day, kMinPxPerDay);
}

TEST(TimelineScale, PanMovesByPixelsAtTheCurrentZoom) {
  const TimelineScale scale{.left_day = 10, .px_per_day = 5};
  EXPECT_DOUBLE_EQ(pan(scale, 50).left_day, 20);
  EXPECT_DOUBLE_EQ(pan(scale, -25).left_day, 5);
}

TEST(TimelineScale, TheChartNeverZoomsOutBeyondItsDaysNorPansPastThem) {
  const double width = 1000;
  const int days = 500;
  // Zoomed out to 0.5 px a day, 500 days would fill only half the chart: the zoom stops at 2.
  EXPECT_DOUBLE_EQ(clamp_to_days({.left_day = 0, .px_per_day = 0.5}, width, days).px_per_day, 2);
  EXPECT_DOUBLE_EQ(clamp_to_days({.left_day = -30, .px_per_day = 4}, width, days).left_day, 0);
  // 250 days across: the last left edge that still shows day 499 is day 250.
  EXPECT_DOUBLE_EQ(clamp_to_days({.left_day = 400, .px_per_day = 4}, width, days).left_day, 250);
  EXPECT_DOUBLE_EQ(clamp_to_days({.left_day = 120, .px_per_day = 4}, width, days).left_day, 120);
}

TEST(TimelineScale, PanToShowMovesOnlyAsFarAsNeeded) {
  const TimelineScale scale{.left_day = 100, .px_per_day = 10};  // days 100 to 200 across 1000 px
  EXPECT_DOUBLE_EQ(pan_to_show(scale, 1000, 150, 151, 20).left_day, 100) << "already in view";
  // Day 250 ends at 251: it comes in at the right edge with 20 px (2 days) to spare.
  EXPECT_DOUBLE_EQ(pan_to_show(scale, 1000, 250, 251, 20).left_day, 153);
  EXPECT_DOUBLE_EQ(pan_to_show(scale, 1000, 40, 41, 20).left_day, 38) << "to the left: its start, 2 days in";
  EXPECT_DOUBLE_EQ(pan_to_show(scale, 1000, 300, 600, 20).left_day, 298) << "wider than the chart: its start";
}

TEST(TimelineScale, PresetsShowSixWeeksSixMonthsOrSixTermsWhateverTheWidth) {
  EXPECT_DOUBLE_EQ(zoom_px_per_day(ZoomLevel::weeks, 840), 20);
  EXPECT_DOUBLE_EQ(zoom_px_per_day(ZoomLevel::weeks, 420), 10);
  EXPECT_NEAR(zoom_px_per_day(ZoomLevel::months, 915), 5, 1e-9);
  EXPECT_NEAR(zoom_px_per_day(ZoomLevel::terms, 730), 1, 1e-9);
  EXPECT_EQ(zoom_level_of(20, 840), ZoomLevel::weeks);
  EXPECT_EQ(zoom_level_of(20.2, 840), ZoomLevel::weeks) << "within a few per cent";
  EXPECT_EQ(zoom_level_of(1, 730), ZoomLevel::terms);
  EXPECT_EQ(zoom_level_of(12, 840), std::nullopt) << "between presets after Ctrl+wheel";
}

TEST(TimelineAxis, BandsFollowTheZoom) {
  EXPECT_EQ(axis_bands(30).upper, AxisUnit::month);
  EXPECT_EQ(axis_bands(30).lower, AxisUnit::day);
  EXPECT_EQ(axis_bands(8).lower, AxisUnit::week);
  EXPECT_EQ(axis_bands(8).upper, AxisUnit::month);
  EXPECT_EQ(axis_bands(1).upper, AxisUnit::year);
  EXPECT_EQ(axis_bands(1).lower, AxisUnit::month);
}

TEST(TimelineAxis, WeeksStartOnMondaysAndMonthsOnTheFirst) {
  const auto weeks = axis_cells(AxisUnit::week, day("2027-03-03"), day("2027-03-20"));
  ASSERT_EQ(weeks.size(), 3u);
  EXPECT_EQ(weeks[0].first, day("2027-03-01"));
  EXPECT_EQ(weeks[2].end, day("2027-03-22"));
  const auto months = axis_cells(AxisUnit::month, day("2027-01-31"), day("2027-03-01"));
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].first, day("2027-01-01"));
  EXPECT_EQ(months[1].first, day("2027-02-01"));
  EXPECT_EQ(months[1].end, day("2027-03-01"));
  const auto years = axis_cells(AxisUnit::year, day("2027-06-01"), day("2028-01-02"));
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[1].first, day("2028-01-01"));
}

TEST(TimelineAxis, LabelsComeLongestFirst) {
  EXPECT_EQ(axis_labels(AxisUnit::month, day("2027-09-01"), true),
            (std::vector<std::string>{"September 2027", "Sep 2027", "Sep", "S"}));
  EXPECT_EQ(axis_labels(AxisUnit::month, day("2027-09-01"), false),
            (std::vector<std::string>{"September", "Sep", "S"}));
  EXPECT_EQ(axis_labels(AxisUnit::week, day("2027-03-08"), false), (std::vector<std::string>{"8 Mar", "8"}));
  EXPECT_EQ(axis_labels(AxisUnit::day, day("2027-03-08"), false), (std::vector<std::string>{"Mon 8", "8"}));
  EXPECT_EQ(axis_labels(AxisUnit::year, day("2027-03-08"), true), (std::vector<std::string>{"2027"}));
}

}  // namespace
}  // namespace planner
