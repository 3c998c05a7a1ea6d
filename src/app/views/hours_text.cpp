#include "app/views/hours_text.hpp"

#include <cmath>
#include <cstdio>

namespace planner {

std::string hours_number(double hours) {
  const double tenths = std::round(hours * 10);
  const bool whole = std::fmod(tenths, 10) == 0;
  char digits[48];
  std::snprintf(digits, sizeof digits, whole ? "%.0f" : "%.1f", tenths / 10);
  // Group the thousands of the whole part: 1250 reads as "1,250".
  std::string text = digits;
  const std::size_t sign = text[0] == '-' ? 1 : 0;
  std::size_t point = text.find('.');
  if (point == std::string::npos) point = text.size();
  for (std::size_t at = point; at > sign + 3; at -= 3) text.insert(at - 3, ",");
  return text;
}

std::string hours_text(double hours) { return hours_number(hours) + " h"; }

}  // namespace planner
