#include "core/calendar/clock_time.hpp"

#include <cstdio>

namespace planner {
namespace {

std::optional<int> two_digits(std::string_view text) {
  if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9') return std::nullopt;
  return (text[0] - '0') * 10 + (text[1] - '0');
}

}  // namespace

std::optional<ClockTime> ClockTime::from_hm(int hour, int minute) {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  ClockTime time;
  time.minutes_ = hour * 60 + minute;
  return time;
}

std::optional<ClockTime> ClockTime::parse(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const auto hour = two_digits(text.substr(0, 2));
  const auto minute = two_digits(text.substr(3, 2));
  if (!hour || !minute) return std::nullopt;
  return from_hm(*hour, *minute);
}

std::string ClockTime::text() const {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", hour(), minute());
  return text;
}

}  // namespace planner
