#pragma once
// How spans of days and counts read in the UI, in the words Date::display() uses ("Mon 1 Mar
// 2027"): "1 Mar – 21 May 2027", "29 Nov 2027 – 18 Feb 2028", "Mon 1 Mar – Sun 14 Mar 2027",
// "10,000".
#include <string>

#include "core/calendar/date.hpp"

namespace planner {

// The span without weekdays, the year said once when both ends share it.
std::string short_range(Date first, Date last);
// The span with weekdays ("Mon 8 Mar – Sun 21 Mar 2027"); one day is just that day.
std::string day_range(Date first, Date last);

// A whole number with thousands separated by commas: "10,000", "-1,250".
std::string with_thousands(int number);

}  // namespace planner
