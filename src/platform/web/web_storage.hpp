#pragma once
// localStorage behind the core's Storage interface (core/storage/storage.hpp), for the PlanStore.
//
// Implements: read, write, compare, remove and list keys through planner_storage.js, with every
// browser error sorted into StorageErrorKind by its classifyStorageError (the one place that
// knows them); other tabs' changes (the window's storage event), queued for the app to hand to
// PlanStore::notice_change; and navigator.storage's persistence, reported and requested.
// Does not: decide anything (core/storage/plan_store.hpp does), or run asynchronously: localStorage is
// synchronous. Storing a large plan (90 KB) takes Chromium about 0.5 ms alone and up to 15 ms
// beside a frame under a software GPU, which is why the app's save runs in steps between frames
// (web_main.cpp's planner_save_step), and why large values are decoded once (KnownTexts).
//
// Strings cross as UTF-8 with explicit byte lengths both ways (js_bridge.hpp), never as
// NUL-terminated text or JavaScript string lengths: a plan's bytes come back exactly as written,
// which is what the policy's read-back verification compares.
#include <array>
#include <string>
#include <vector>

#include "core/storage/storage.hpp"
#include "core/storage/storage_persistence.hpp"

namespace planner::web {

// Large values JavaScript already holds as strings, by slot (planner_storage.js's knownTexts keeps the
// strings, this the bytes they were decoded from). A save compares the plan with what is stored,
// backs it up and writes it: with the bytes known, none of that decodes 90 KB again, and a backup
// copies the string JavaScript has.
class KnownTexts {
 public:
  // How JavaScript is to take a value (planner_js_storage_write/holds' `known` and `remember`):
  // from the slot that holds exactly these bytes; or decoded, and kept in a slot (the oldest one
  // reused) when they are worth keeping, large and valid UTF-8. -1: no slot.
  struct Use {
    int known = -1;
    int remember = -1;
  };
  Use use(std::string_view bytes);

 private:
  static constexpr std::size_t kSlots = 4;  // the plan, its backup, the new version, one spare
  std::array<std::string, kSlots> slots_;
  std::size_t next_ = 0;
};

class BrowserStorage final : public Storage {
 public:
  StorageRead read(std::string_view key) override;
  // Compared in JavaScript: a stored plan is not copied into the heap to be checked.
  StorageMatch holds(std::string_view key, std::string_view value) override;
  std::optional<StorageError> write(std::string_view key, std::string_view value) override;
  std::optional<StorageError> remove(std::string_view key) override;
  StorageKeys keys(std::string_view prefix) override;

  // Keys other tabs changed since the last call, oldest first; an empty key means another tab
  // cleared all storage. Hand each to PlanStore::notice_change.
  std::vector<std::string> take_changed_keys();
  StoragePersistence persistence() const { return persistence_; }
  // Asks the browser to keep storage for good. Firefox asks the user with a prompt, so the app
  // calls it at a moment the user will understand (core/storage/storage_persistence.hpp), not at start.
  void request_persistence();

  // Called by the exports in web_storage.cpp.
  void changed(std::string key) { changed_.push_back(std::move(key)); }
  void set_persistence(StoragePersistence persistence) { persistence_ = persistence; }

 private:
  std::vector<std::string> changed_;
  KnownTexts known_;
  StoragePersistence persistence_ = StoragePersistence::unknown;
};

// The page's storage. The first call starts listening for other tabs' changes and asks whether
// storage is already persistent (no prompt).
BrowserStorage& browser_storage();

}  // namespace planner::web
