#include "core/plan/item_id.hpp"

#include <algorithm>

namespace planner {

bool is_id_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool is_id_character(char c) { return is_id_start(c) || c == '.' || c == '_' || c == '-'; }

bool is_valid_id(std::string_view text) {
  return !text.empty() && text.size() <= limits::kMaxIdBytes && is_id_start(text.front()) &&
         std::all_of(text.begin(), text.end(), is_id_character);
}

}  // namespace planner
