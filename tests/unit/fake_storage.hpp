#pragma once
// A Storage that fails on purpose, for the persistence tests (and the app tests, which include it
// by path: it is test code, so it stays out of the shipped core). It holds its values in a
// MemoryStorage and can:
//   - fail the Nth write, or every write from the Nth on, with any error (each browser's quota
//     error, storage blocked, anything else); fail writes to keys with a given prefix;
//   - enforce a quota in bytes (keys + values), as the browsers do (they count UTF-16 units);
//   - fail reads, or refuse everything (blocked: private windows, policies);
//   - store something other than what was written (truncated, a byte flipped), or damage a value
//     at rest;
//   - play a second tab: change a key just before this tab's next write lands (between its check
//     and its write), or at any time, queuing the storage event this tab would receive.
// It counts every call, so a test can assert that nothing at all was written.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/storage/memory_storage.hpp"
#include "core/storage/storage.hpp"

namespace planner::test {

// The browsers' quota errors as planner_storage.js's classifyStorageError passes them on: the kind,
// and the browser's own words (name: message).
inline std::vector<StorageError> browser_quota_errors() {
  using K = StorageErrorKind;
  return {
      {K::quota_exceeded,
       "QuotaExceededError: Failed to execute 'setItem' on 'Storage': Setting the value of 'planner/plan/p' exceeded "
       "the quota."},                                                           // Chrome, Edge
      {K::quota_exceeded, "QuotaExceededError: The quota has been exceeded."},  // Firefox, Safari
      {K::quota_exceeded,
       "NS_ERROR_DOM_QUOTA_REACHED: Persistent storage maximum size reached"},  // Firefox < 89 (code 1014)
      {K::quota_exceeded,
       "QUOTA_EXCEEDED_ERR: DOM Exception 22: An attempt was made to add something to storage "
       "that exceeded the quota."},  // old Safari (code 22)
  };
}

inline StorageError blocked_error() {
  return {StorageErrorKind::unavailable, "SecurityError: The operation is insecure."};
}

class FakeStorage final : public Storage {
 public:
  enum class Mangle { truncate_half, flip_last_byte };

  // ---- what is stored --------------------------------------------------------------------------
  std::map<std::string, std::string, std::less<>>& values() { return memory_.values(); }
  std::optional<std::string> value(std::string_view key) const {
    const auto found = memory_.values().find(key);
    if (found == memory_.values().end()) return std::nullopt;
    return found->second;
  }

  // ---- faults ----------------------------------------------------------------------------------
  // The `nth` write from now (1: the next one) fails with `error`, storing nothing.
  void fail_write(int nth, StorageError error) { write_faults_.push_back({writes_ + nth, false, std::move(error)}); }
  // That write and every one after it fail.
  void fail_writes_from(int nth, StorageError error) {
    write_faults_.push_back({writes_ + nth, true, std::move(error)});
  }
  // Every write to a key starting with `prefix` fails.
  void fail_writes_to(std::string prefix, StorageError error) {
    prefix_faults_.emplace_back(std::move(prefix), std::move(error));
  }
  // A quota on keys + values in bytes; a write that would go over fails with `error`.
  void set_quota(std::size_t bytes, StorageError error = browser_quota_errors().front()) {
    quota_ = bytes;
    quota_error_ = std::move(error);
  }
  // Every read from the `nth` on (1: the next) fails with `error` (nothing: reads work again).
  void fail_reads_from(int nth, std::optional<StorageError> error) {
    read_fault_from_ = reads_ + nth;
    read_error_ = std::move(error);
  }
  // Everything fails, as when the browser blocks storage for the page.
  void block(StorageError error = blocked_error()) { blocked_ = std::move(error); }
  void unblock() { blocked_.reset(); }
  // The `nth` write from now (1: the next one) "succeeds" but stores damaged bytes.
  void mangle_write(int nth, Mangle how) { mangle_ = {writes_ + nth, how}; }
  // Damage at rest (a disk, an extension, a hand edit).
  void truncate(std::string_view key, std::size_t size) { values().find(key)->second.resize(size); }
  void flip_byte(std::string_view key, std::size_t offset) { values().find(key)->second[offset] ^= 0x20; }

  // ---- a second tab ----------------------------------------------------------------------------
  // Runs `other_tab` right before the next write lands: the other tab acts between this tab's
  // check of a key and its write.
  void before_next_write(std::function<void(FakeStorage&)> other_tab) { before_write_ = std::move(other_tab); }
  // Another tab writes or removes a key: no faults apply, and this tab gets a storage event.
  void other_tab_write(std::string_view key, std::string_view value) {
    memory_.write(key, value);
    events_.emplace_back(key);
  }
  void other_tab_remove(std::string_view key) {
    memory_.remove(key);
    events_.emplace_back(key);
  }
  // The storage events queued for this tab, oldest first; taking them empties the queue.
  std::vector<std::string> take_events() { return std::exchange(events_, {}); }

  // ---- counts ----------------------------------------------------------------------------------
  int writes() const { return writes_; }  // write calls, failed ones included
  int reads() const { return reads_; }
  int removes() const { return removes_; }

  // ---- Storage ---------------------------------------------------------------------------------
  StorageRead read(std::string_view key) override {
    ++reads_;
    if (blocked_) return {ReadStatus::failed, {}, *blocked_};
    if (read_error_ && reads_ >= read_fault_from_) return {ReadStatus::failed, {}, *read_error_};
    return memory_.read(key);
  }

  std::optional<StorageError> write(std::string_view key, std::string_view value) override {
    ++writes_;
    if (before_write_) std::exchange(before_write_, nullptr)(*this);
    if (blocked_) return blocked_;
    for (const WriteFault& fault : write_faults_) {
      if (writes_ == fault.at || (fault.from_then_on && writes_ > fault.at)) return fault.error;
    }
    for (const auto& [prefix, error] : prefix_faults_) {
      if (key.starts_with(prefix)) return error;
    }
    if (quota_ && used_bytes_after(key, value.size()) > *quota_) return quota_error_;
    std::string stored(value);
    if (mangle_ && mangle_->first == writes_) {
      if (mangle_->second == Mangle::truncate_half) stored.resize(stored.size() / 2);
      else if (!stored.empty()) stored.back() ^= 0x01;
      mangle_.reset();
    }
    return memory_.write(key, stored);
  }

  std::optional<StorageError> remove(std::string_view key) override {
    ++removes_;
    if (blocked_) return blocked_;
    return memory_.remove(key);
  }

  StorageKeys keys(std::string_view prefix) override {
    if (blocked_) return {{}, blocked_};
    return memory_.keys(prefix);
  }

 private:
  struct WriteFault {
    int at;
    bool from_then_on;
    StorageError error;
  };

  std::size_t used_bytes_after(std::string_view key, std::size_t value_size) const {
    std::size_t used = 0;
    for (const auto& [k, v] : memory_.values()) {
      if (k != key) used += k.size() + v.size();
    }
    return used + key.size() + value_size;
  }

  MemoryStorage memory_;
  int writes_ = 0;
  int reads_ = 0;
  int removes_ = 0;
  std::vector<WriteFault> write_faults_;
  std::vector<std::pair<std::string, StorageError>> prefix_faults_;
  std::optional<std::size_t> quota_;
  StorageError quota_error_;
  int read_fault_from_ = 0;
  std::optional<StorageError> read_error_;
  std::optional<StorageError> blocked_;
  std::optional<std::pair<int, Mangle>> mangle_;  // which write, and how
  std::function<void(FakeStorage&)> before_write_;
  std::vector<std::string> events_;
};

}  // namespace planner::test
