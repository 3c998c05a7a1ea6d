// BrowserStorage: localStorage through planner_storage.js (see web_storage.hpp), and the exports its
// storage events and persistence answers arrive by.
#include "platform/web/web_storage.hpp"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <cstdlib>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/text/utf8.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/web_runtime.hpp"

namespace planner::web {
namespace {

// planner_js_storage_*'s status codes (js_bridge.hpp).
constexpr int kDone = 0;
constexpr int kMissing = 1;
constexpr int kQuota = 2;
constexpr int kUnavailable = 3;
constexpr int kDifferent = 5;

// Text handed over by JavaScript: a malloc'd buffer this side frees.
struct JsText {
  char* data = nullptr;
  int bytes = 0;
  JsText() = default;
  JsText(const JsText&) = delete;
  JsText& operator=(const JsText&) = delete;
  ~JsText() { std::free(data); }
  std::string str() const {
    return data != nullptr && bytes > 0 ? std::string(data, static_cast<std::size_t>(bytes)) : std::string();
  }
};

StorageError error_of(int status, const JsText& text) {
  const StorageErrorKind kind = status == kQuota         ? StorageErrorKind::quota_exceeded
                                : status == kUnavailable ? StorageErrorKind::unavailable
                                                         : StorageErrorKind::other;
  return StorageError{kind, text.str()};
}

int bytes_of(std::string_view text) { return static_cast<int>(text.size()); }

// Below this, decoding costs less than looking the bytes up.
constexpr std::size_t kWorthKeeping = 4096;

}  // namespace

KnownTexts::Use KnownTexts::use(std::string_view bytes) {
  if (bytes.size() < kWorthKeeping) return {};
  for (std::size_t slot = 0; slot < kSlots; ++slot) {
    if (slots_[slot] == bytes) return {.known = static_cast<int>(slot)};
  }
  if (!is_utf8(bytes)) return {};
  const std::size_t slot = next_;
  next_ = (next_ + 1) % kSlots;
  slots_[slot].assign(bytes);
  return {.remember = static_cast<int>(slot)};
}

StorageRead BrowserStorage::read(std::string_view key) {
  JsText text;
  const int status = planner_js_storage_read(key.data(), bytes_of(key), &text.data, &text.bytes);
  if (status == kDone) return {ReadStatus::found, text.str(), {}};
  if (status == kMissing) return {ReadStatus::missing, {}, {}};
  return {ReadStatus::failed, {}, error_of(status, text)};
}

std::optional<StorageError> BrowserStorage::write(std::string_view key, std::string_view value) {
  JsText text;
  const KnownTexts::Use use = known_.use(value);
  const int status = planner_js_storage_write(key.data(), bytes_of(key), value.data(), bytes_of(value), use.known,
                                              use.remember, &text.data, &text.bytes);
  if (status == kDone) return std::nullopt;
  return error_of(status, text);
}

StorageMatch BrowserStorage::holds(std::string_view key, std::string_view value) {
  const KnownTexts::Use use = known_.use(value);
  switch (planner_js_storage_holds(key.data(), bytes_of(key), value.data(), bytes_of(value), use.known, use.remember)) {
    case kDone: return StorageMatch::same;
    case kMissing: return StorageMatch::missing;
    case kDifferent: return StorageMatch::different;
    default: return StorageMatch::failed;
  }
}

std::optional<StorageError> BrowserStorage::remove(std::string_view key) {
  JsText text;
  const int status = planner_js_storage_remove(key.data(), bytes_of(key), &text.data, &text.bytes);
  if (status == kDone) return std::nullopt;
  return error_of(status, text);
}

StorageKeys BrowserStorage::keys(std::string_view prefix) {
  JsText text;
  const int status = planner_js_storage_keys(prefix.data(), bytes_of(prefix), &text.data, &text.bytes);
  StorageKeys out;
  if (status != kDone) {
    out.error = error_of(status, text);
    return out;
  }
  const nlohmann::json listed = nlohmann::json::parse(text.str(), nullptr, false);
  if (!listed.is_array()) {
    out.error = StorageError{StorageErrorKind::other, "the list of stored keys could not be read"};
    return out;
  }
  for (const nlohmann::json& key : listed) {
    if (key.is_string()) out.keys.push_back(key.get<std::string>());
  }
  // Byte order, as the interface promises (JavaScript sorts by UTF-16 units).
  std::sort(out.keys.begin(), out.keys.end());
  return out;
}

std::vector<std::string> BrowserStorage::take_changed_keys() { return std::exchange(changed_, {}); }

void BrowserStorage::request_persistence() { planner_js_storage_request_persistence(); }

BrowserStorage& browser_storage() {
  static BrowserStorage storage;
  static bool watching = false;
  // Set before the call: the glue may answer at once (no navigator.storage) by calling back into
  // planner_storage_persistence, and so into this function.
  if (!watching) {
    watching = true;
    planner_js_storage_watch();
  }
  return storage;
}

}  // namespace planner::web

extern "C" {

// Another tab changed `key` (everything: it cleared all storage): queue it and draw a frame, in
// which the app hands it to the PlanStore.
EMSCRIPTEN_KEEPALIVE void planner_storage_event(const char* key, int key_bytes, int everything) {
  std::string changed;
  if (everything == 0 && key != nullptr && key_bytes > 0) changed.assign(key, static_cast<std::size_t>(key_bytes));
  planner::web::browser_storage().changed(std::move(changed));
  planner::web::wake_for_event();
}

// navigator.storage's answer: 1 not offered, 2 persistent, 3 best effort.
EMSCRIPTEN_KEEPALIVE void planner_storage_persistence(int state) {
  using planner::StoragePersistence;
  planner::web::browser_storage().set_persistence(state == 2   ? StoragePersistence::persistent
                                                  : state == 3 ? StoragePersistence::best_effort
                                                               : StoragePersistence::not_offered);
  planner::web::wake_for_event();
}

}  // extern "C"
