#pragma once
// How the Hours view writes hours: "3.5 h", "624 h", "1,250 h" (one decimal at most, none when
// whole, thousands grouped), the way the findings and the report write them.
#include <string>

namespace planner {

std::string hours_number(double hours);  // "3.5", "1,250"
std::string hours_text(double hours);    // "3.5 h"

}  // namespace planner
