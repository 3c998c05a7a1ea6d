#pragma once
// Storage held in memory and gone with the tab: the demo mode (which must never touch the user's
// own plans), the benchmarks, and the base of the tests' fault-injecting fake. It never fails.
#include <map>
#include <string>

#include "core/storage/storage.hpp"

namespace planner {

class MemoryStorage final : public Storage {
 public:
  StorageRead read(std::string_view key) override;
  std::optional<StorageError> write(std::string_view key, std::string_view value) override;
  std::optional<StorageError> remove(std::string_view key) override;
  StorageKeys keys(std::string_view prefix) override;

  // Everything stored, by key (sorted): tests compare it before and after.
  const std::map<std::string, std::string, std::less<>>& values() const { return values_; }
  std::map<std::string, std::string, std::less<>>& values() { return values_; }

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

}  // namespace planner
