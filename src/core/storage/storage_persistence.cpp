#include "core/storage/storage_persistence.hpp"

namespace planner {

bool should_request_persistence(StoragePersistence current, bool plan_stored, bool asked_already) {
  return plan_stored && !asked_already && current == StoragePersistence::best_effort;
}

std::string persistence_note(StoragePersistence persistence) {
  switch (persistence) {
    case StoragePersistence::unknown: return {};
    case StoragePersistence::persistent: return "This browser keeps your plans until you delete them.";
    case StoragePersistence::best_effort:
    case StoragePersistence::not_offered:
      return "This browser may clear plans kept here when space is short; export regularly.";
  }
  return {};
}

}  // namespace planner
