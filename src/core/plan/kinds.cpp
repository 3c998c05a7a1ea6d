#include "core/plan/kinds.hpp"

namespace planner {

std::vector<std::string_view> activity_kind_names() {
  std::vector<std::string_view> names;
  for (std::size_t i = 0; i < all_names<EventKind>().size(); ++i) {
    if (is_activity_kind(static_cast<EventKind>(i))) names.push_back(all_names<EventKind>()[i]);
  }
  return names;
}

}  // namespace planner
