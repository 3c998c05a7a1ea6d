#include "core/storage/storage.hpp"

namespace planner {

std::string_view to_string(StorageErrorKind kind) {
  switch (kind) {
    case StorageErrorKind::quota_exceeded: return "quota-exceeded";
    case StorageErrorKind::unavailable: return "unavailable";
    case StorageErrorKind::other: return "other";
  }
  return "other";
}

StorageMatch Storage::holds(std::string_view key, std::string_view value) {
  const StorageRead found = read(key);
  switch (found.status) {
    case ReadStatus::found: return found.value == value ? StorageMatch::same : StorageMatch::different;
    case ReadStatus::missing: return StorageMatch::missing;
    case ReadStatus::failed: return StorageMatch::failed;
  }
  return StorageMatch::failed;
}

}  // namespace planner
