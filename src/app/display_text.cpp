#include "app/display_text.hpp"

namespace planner {
namespace {

// "Mon 1 Mar 2027" without its year: "Mon 1 Mar".
std::string without_year(const Date& day) {
  const std::string text = day.display();
  return text.substr(0, text.rfind(' '));
}

// "Mon 1 Mar 2027" without its weekday: "1 Mar 2027".
std::string without_weekday(const std::string& text) { return text.substr(text.find(' ') + 1); }

}  // namespace

std::string short_range(Date first, Date last) {
  if (first == last) return without_weekday(first.display());
  const std::string start = first.year() == last.year() ? without_year(first) : first.display();
  return without_weekday(start) + " \xE2\x80\x93 " + without_weekday(last.display());
}

std::string day_range(Date first, Date last) {
  if (first == last) return first.display();
  const std::string start = first.year() == last.year() ? without_year(first) : first.display();
  return start + " \xE2\x80\x93 " + last.display();
}

std::string with_thousands(int number) {
  // Through a wider type: the magnitude of the most negative int does not fit in an int.
  const long long value = number;
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return value < 0 ? "-" + digits : digits;
}

}  // namespace planner
