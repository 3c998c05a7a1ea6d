#pragma once
// Times of day on the wall clock where the programme runs (Europe/London), to the minute. Plans
// deal in whole days (date.hpp); a time is only known where the programme's data gives one, and
// an event with a time is exported as a timed event rather than an all-day one (ics.hpp).
// Text form is 24-hour `HH:MM`, the only form used in data files.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace planner {

class ClockTime {
 public:
  constexpr ClockTime() = default;  // 00:00

  // A real time of day: hour 0 to 23, minute 0 to 59.
  static std::optional<ClockTime> from_hm(int hour, int minute);
  // Strictly `HH:MM` (two digits each, 24-hour clock); nothing else.
  static std::optional<ClockTime> parse(std::string_view text);

  int hour() const { return minutes_ / 60; }
  int minute() const { return minutes_ % 60; }
  int minutes_since_midnight() const { return minutes_; }
  std::string text() const;  // "09:30"

  auto operator<=>(const ClockTime&) const = default;

 private:
  int minutes_ = 0;
};

// When an event runs on its day: `end` is after `start`, on the same day.
struct TimeSpan {
  ClockTime start;
  ClockTime end;
  bool operator==(const TimeSpan&) const = default;
};

}  // namespace planner
