#pragma once
// A small key-value store of text: what the persistence policy (plan_store.hpp) needs from the
// platform. The browser implements it over localStorage (src/platform/web/web_storage.hpp),
// memory_storage.hpp in memory (the demo, benchmarks), and the tests with a fake that fails on
// purpose (tests/unit/fake_storage.hpp).
//
// Keys and values are UTF-8 byte strings of any length, NUL bytes included: an implementation
// must carry them exactly, sized in bytes, or verification (read back and compare) fails.
// Every call is synchronous and may fail; failures come back as values, never as exceptions,
// because a failing browser is an ordinary day for this app, not an exceptional one.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planner {

// Why the storage refused. The browser glue sorts the browsers' many error shapes into these in
// one place (planner_storage.js, classifyStorageError); the policy only ever looks at the kind.
enum class StorageErrorKind {
  quota_exceeded,  // full: QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, QUOTA_EXCEEDED_ERR, codes 22 and 1014
  unavailable,     // blocked or absent: cookies/site data blocked, a policy, a sandbox, storage turned off
  other,           // anything else the browser threw
};
std::string_view to_string(StorageErrorKind kind);  // "quota-exceeded", "unavailable", "other"

struct StorageError {
  StorageErrorKind kind = StorageErrorKind::other;
  // The browser's own words ("QuotaExceededError: Setting the value of 'x' exceeded the quota."),
  // shown under a "Details" line and useful in a bug report; never the main message.
  std::string message;
  bool operator==(const StorageError&) const = default;
};

enum class ReadStatus {
  found,    // the key holds `StorageRead::value`
  missing,  // no such key
  failed,   // the storage could not be read: `StorageRead::error` says why
};

struct StorageRead {
  ReadStatus status = ReadStatus::missing;
  std::string value;   // the stored bytes, when found
  StorageError error;  // when failed
};

// What StorageRead::value would say when compared with an expected value (Storage::holds).
enum class StorageMatch {
  same,       // the key holds exactly the expected bytes
  different,  // it holds something else
  missing,    // no such key
  failed,     // the storage could not be read
};

struct StorageKeys {
  std::vector<std::string> keys;      // sorted, each starting with the prefix asked for
  std::optional<StorageError> error;  // set when the keys could not be listed (`keys` is then empty)
};

class Storage {
 public:
  virtual ~Storage() = default;

  virtual StorageRead read(std::string_view key) = 0;
  // Whether `key` holds exactly `value`: what read() and a comparison say, which is the default.
  // The policy asks this after every write and before replacing a value. The answer is nearly
  // always "same", and the browser gives it without copying a whole plan into the app; on any
  // other answer the policy reads the value for the details.
  virtual StorageMatch holds(std::string_view key, std::string_view value);
  // Stores `value` under `key`, replacing what was there. On an error nothing was changed (the
  // browsers' setItem is all or nothing); a write that "succeeds" can still store something else,
  // which is why the policy reads every write back.
  virtual std::optional<StorageError> write(std::string_view key, std::string_view value) = 0;
  // Removing a key that does not exist succeeds.
  virtual std::optional<StorageError> remove(std::string_view key) = 0;
  virtual StorageKeys keys(std::string_view prefix) = 0;
};

}  // namespace planner
