#pragma once
// The item of a list with this id (a module's sessions, the plan's activities, milestones, …).
#include <algorithm>
#include <string_view>
#include <vector>

namespace planner {

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const auto it = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace planner
