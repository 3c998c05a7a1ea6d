#include "core/storage/memory_storage.hpp"

namespace planner {

StorageRead MemoryStorage::read(std::string_view key) {
  const auto found = values_.find(key);
  if (found == values_.end()) return {ReadStatus::missing, {}, {}};
  return {ReadStatus::found, found->second, {}};
}

std::optional<StorageError> MemoryStorage::write(std::string_view key, std::string_view value) {
  const auto found = values_.find(key);
  if (found != values_.end()) found->second.assign(value);
  else values_.emplace(std::string(key), std::string(value));
  return std::nullopt;
}

std::optional<StorageError> MemoryStorage::remove(std::string_view key) {
  const auto found = values_.find(key);
  if (found != values_.end()) values_.erase(found);
  return std::nullopt;
}

StorageKeys MemoryStorage::keys(std::string_view prefix) {
  StorageKeys out;
  for (auto it = values_.lower_bound(prefix); it != values_.end() && it->first.starts_with(prefix); ++it)
    out.keys.push_back(it->first);
  return out;
}

}  // namespace planner
