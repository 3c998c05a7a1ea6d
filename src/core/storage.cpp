#include "core/storage.hpp"

namespace planner {

std::string_view to_string(StorageErrorKind kind) {
  switch (kind) {
    case StorageErrorKind::quota_exceeded: return "quota-exceeded";
    case StorageErrorKind::unavailable: return "unavailable";
    case StorageErrorKind::other: return "other";
  }
  return "other";
}

}  // namespace planner
