#pragma once
// Items as a sentence lists them: "a", "a or b", "a, b or c" ("and" just as well). Messages that
// name choices or things use it, so every list reads the same.
#include <iterator>
#include <string>
#include <string_view>

namespace planner {

template <typename Items>
std::string word_list(const Items& items, std::string_view last_joiner) {
  std::string out;
  const std::size_t count = std::size(items);
  std::size_t i = 0;
  for (const auto& item : items) {
    if (i > 0) {
      if (i + 1 == count) {
        out += ' ';
        out += last_joiner;
        out += ' ';
      } else {
        out += ", ";
      }
    }
    out += item;
    ++i;
  }
  return out;
}

}  // namespace planner
