// BrowserStorage through the real planner_storage.js glue, built as wasm and run under node with a
// stand-in localStorage (local_storage_stub.js): bytes cross exactly (NUL bytes, multi-byte
// characters, lengths in bytes, never UTF-16 units), each browser error arrives as its kind with
// the browser's words, other tabs' storage events are queued, and the whole persistence policy
// runs over it.
#include "platform/web/web_storage.hpp"

#include <emscripten/emscripten.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/plan/document.hpp"
#include "core/programme/sample_plans.hpp"
#include "core/storage/plan_store.hpp"
#include "platform/web/web_runtime.hpp"

namespace planner::web {

// The frame loop's wake-up (web_main.cpp in the app): counted here.
int g_wakes = 0;
void wake_for_event() { ++g_wakes; }

namespace {

EM_JS(void, fail_next_write, (const char* name, int code, const char* message),
      { plannerTestStorage.failNextWrite(UTF8ToString(name), code, UTF8ToString(message)); });
EM_JS(void, block_storage, (), { plannerTestStorage.block(); });
EM_JS(void, unblock_storage, (), { plannerTestStorage.unblock(); });
EM_JS(void, fire_storage_event, (const char* key, int cleared),
      { plannerTestStorage.fireStorageEvent(cleared ? null : UTF8ToString(key)); });
EM_JS(int, stored_length, (const char* key), { return plannerTestStorage.storedLength(UTF8ToString(key)); });
EM_JS(void, clear_storage, (), { plannerTestStorage.clear(); });
// How many strings the glue has decoded from the heap so far.
EM_JS(int, decoded_so_far, (), {
  if (!TextDecoder.prototype.plannerCounted) {
    var decode = TextDecoder.prototype.decode;
    globalThis.plannerDecodes = 0;
    TextDecoder.prototype.decode = function() {
      ++globalThis.plannerDecodes;
      return decode.apply(this, arguments);
    };
    TextDecoder.prototype.plannerCounted = true;
  }
  return globalThis.plannerDecodes;
});

// A plan-sized value: `n` makes each one different.
std::string large_value(int n) {
  std::string value = "{\"n\":" + std::to_string(n) + ",\"text\":\"";
  while (value.size() < 90000) value += "Shadowing the chief nurse – “quoted” ünïcode. ";
  return value + "\"}";
}

class BrowserStorageTest : public ::testing::Test {
 protected:
  void SetUp() override { clear_storage(); }
  void TearDown() override { unblock_storage(); }
  BrowserStorage& storage = browser_storage();
};

TEST_F(BrowserStorageTest, CarriesEveryByteNulAndMultibyteIncluded) {
  // "a", NUL, "b", “…” (3 bytes each), an emoji (4 bytes: two UTF-16 units).
  const std::string value("a\0b \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80 end", 20);
  ASSERT_FALSE(storage.write("planner/x", value));
  const StorageRead read = storage.read("planner/x");
  ASSERT_EQ(read.status, ReadStatus::found);
  EXPECT_EQ(read.value, value);
  EXPECT_EQ(read.value.size(), 20u);
  // In JavaScript it is the string the bytes mean (14 UTF-16 units: the emoji takes two), not
  // 20 Latin-1 characters.
  EXPECT_EQ(stored_length("planner/x"), 14);
}

TEST_F(BrowserStorageTest, CarriesALargePlanExactly) {
  std::string value;
  for (int i = 0; value.size() < 300000; ++i) value += "line " + std::to_string(i) + " “quoted” ünïcode\n";
  ASSERT_FALSE(storage.write("planner/plan/large", value));
  EXPECT_EQ(storage.read("planner/plan/large").value, value);
}

TEST_F(BrowserStorageTest, ComparesWhatIsStoredByItsBytes) {
  const std::string value("a\0b \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80 end", 20);
  ASSERT_FALSE(storage.write("planner/x", value));
  EXPECT_EQ(storage.holds("planner/x", value), StorageMatch::same);
  EXPECT_EQ(storage.holds("planner/x", value.substr(0, 19)), StorageMatch::different);
  EXPECT_EQ(storage.holds("planner/x", value + " "), StorageMatch::different);
  EXPECT_EQ(storage.holds("planner/none", value), StorageMatch::missing);

  ASSERT_FALSE(storage.write("planner/empty", ""));
  EXPECT_EQ(storage.holds("planner/empty", ""), StorageMatch::same);
  EXPECT_EQ(storage.holds("planner/empty", "x"), StorageMatch::different);
}

TEST_F(BrowserStorageTest, BytesThatAreNotUtf8AreNeverTheSameAsWhatTheyBecameWhenStored) {
  // A lone continuation byte is stored as U+FFFD; reading gives its three bytes back, not the
  // one written, and holds() must agree with that read.
  const std::string value(
      "ab\x80"
      "cd");
  ASSERT_FALSE(storage.write("planner/x", value));
  EXPECT_NE(storage.read("planner/x").value, value);
  EXPECT_EQ(storage.holds("planner/x", value), StorageMatch::different);
  EXPECT_EQ(storage.holds("planner/x", storage.read("planner/x").value), StorageMatch::same);
}

TEST_F(BrowserStorageTest, ALargeValueIsDecodedOnceThenComparedAndCopiedAsTheStringJavaScriptKeeps) {
  const std::string plan = large_value(1);
  const int before = decoded_so_far();
  ASSERT_FALSE(storage.write("planner/plan/a", plan));
  EXPECT_EQ(storage.holds("planner/plan/a", plan), StorageMatch::same);
  ASSERT_FALSE(storage.write("planner/backup/a", plan));  // the backup: a copy of the same string
  EXPECT_EQ(storage.holds("planner/backup/a", plan), StorageMatch::same);
  EXPECT_EQ(decoded_so_far() - before, 1 + 4) << "the value once, and the key's name in each of the four calls";

  // The same size, one byte apart: compared in full, never by size.
  std::string edited = plan;
  edited[50000] = 'X';
  EXPECT_EQ(storage.holds("planner/plan/a", edited), StorageMatch::different);
  EXPECT_TRUE(storage.read("planner/backup/a").value == plan);
}

TEST_F(BrowserStorageTest, KeptTextsAreReusedOldestFirstAndStayExact) {
  // More large values than there are slots: each is still written and compared exactly.
  for (int n = 0; n < 9; ++n) {
    const std::string key = "planner/plan/" + std::to_string(n);
    ASSERT_FALSE(storage.write(key, large_value(n)));
  }
  for (int n = 0; n < 9; ++n) {
    const std::string key = "planner/plan/" + std::to_string(n);
    EXPECT_EQ(storage.holds(key, large_value(n)), StorageMatch::same) << n;
    EXPECT_EQ(storage.holds(key, large_value(n + 1)), StorageMatch::different) << n;
    EXPECT_TRUE(storage.read(key).value == large_value(n)) << n;
  }
}

TEST_F(BrowserStorageTest, ATextIsKeptEvenWhenTheCallThatDecodedItFails) {
  const std::string plan = large_value(7);
  block_storage();
  EXPECT_EQ(storage.holds("planner/plan/a", plan), StorageMatch::failed);
  unblock_storage();
  ASSERT_FALSE(storage.write("planner/plan/a", plan));
  EXPECT_TRUE(storage.read("planner/plan/a").value == plan);
  EXPECT_EQ(storage.holds("planner/none", large_value(8)), StorageMatch::missing);
  ASSERT_FALSE(storage.write("planner/plan/b", large_value(8)));
  EXPECT_TRUE(storage.read("planner/plan/b").value == large_value(8));
}

TEST_F(BrowserStorageTest, ALargeValueThatIsNotUtf8IsNeverKept) {
  std::string value = large_value(3);
  value[5] = '\x80';  // in place of the "3" of {"n":3: a lone continuation byte
  ASSERT_FALSE(storage.write("planner/plan/a", value));
  EXPECT_EQ(storage.holds("planner/plan/a", value), StorageMatch::different);
  ASSERT_FALSE(storage.write("planner/plan/b", value));
  EXPECT_TRUE(storage.read("planner/plan/b").value == storage.read("planner/plan/a").value);
  EXPECT_TRUE(storage.read("planner/plan/b").value != value);
}

TEST_F(BrowserStorageTest, ReportsMissingKeysAndRemoves) {
  EXPECT_EQ(storage.read("planner/none").status, ReadStatus::missing);
  ASSERT_FALSE(storage.write("planner/x", "1"));
  EXPECT_FALSE(storage.remove("planner/x"));
  EXPECT_EQ(storage.read("planner/x").status, ReadStatus::missing);
  EXPECT_FALSE(storage.remove("planner/x"));
}

TEST_F(BrowserStorageTest, ListsKeysWithThePrefixInByteOrder) {
  for (const char* key : {"planner/plan/b", "other/plan/a", "planner/plan/a", "planner/planx", "planner/plan/\xC3\xA9"})
    ASSERT_FALSE(storage.write(key, "v"));
  const StorageKeys listed = storage.keys("planner/plan/");
  EXPECT_FALSE(listed.error);
  EXPECT_EQ(listed.keys, (std::vector<std::string>{"planner/plan/a", "planner/plan/b", "planner/plan/\xC3\xA9"}));
}

TEST_F(BrowserStorageTest, EachBrowsersQuotaErrorArrivesAsQuotaExceededInItsOwnWords) {
  struct Case {
    const char* name;
    int code;
    const char* message;
    const char* words;
  };
  const Case cases[] = {
      {"QuotaExceededError", 22, "The quota has been exceeded.", "QuotaExceededError: The quota has been exceeded."},
      {"NS_ERROR_DOM_QUOTA_REACHED", 1014, "Persistent storage maximum size reached",
       "NS_ERROR_DOM_QUOTA_REACHED: Persistent storage maximum size reached"},
      {"QUOTA_EXCEEDED_ERR", 22, "DOM Exception 22", "QUOTA_EXCEEDED_ERR: DOM Exception 22"},
      {"Error", 1014, "full", "Error: full"},
  };
  for (const Case& c : cases) {
    fail_next_write(c.name, c.code, c.message);
    const std::optional<StorageError> refused = storage.write("planner/plan/a", "x");
    ASSERT_TRUE(refused) << c.name;
    EXPECT_EQ(refused->kind, StorageErrorKind::quota_exceeded) << c.name;
    EXPECT_EQ(refused->message, c.words);
    EXPECT_EQ(storage.read("planner/plan/a").status, ReadStatus::missing);
  }
}

TEST_F(BrowserStorageTest, BlockedStorageIsUnavailableForEveryCall) {
  block_storage();
  EXPECT_EQ(storage.read("planner/index").status, ReadStatus::failed);
  EXPECT_EQ(storage.read("planner/index").error,
            (StorageError{StorageErrorKind::unavailable, "SecurityError: The operation is insecure."}));
  EXPECT_EQ(storage.write("planner/probe", "p")->kind, StorageErrorKind::unavailable);
  EXPECT_EQ(storage.remove("planner/probe")->kind, StorageErrorKind::unavailable);
  EXPECT_EQ(storage.holds("planner/index", "{}"), StorageMatch::failed);
  EXPECT_EQ(storage.keys("planner/").error->kind, StorageErrorKind::unavailable);
}

TEST_F(BrowserStorageTest, OtherTabsChangesAreQueuedAndWakeTheFrameLoop) {
  storage.take_changed_keys();
  const int wakes = g_wakes;
  fire_storage_event("planner/plan/\xC3\xA9t\xC3\xA9", 0);
  fire_storage_event(nullptr, 1);
  EXPECT_EQ(storage.take_changed_keys(), (std::vector<std::string>{"planner/plan/\xC3\xA9t\xC3\xA9", ""}));
  EXPECT_TRUE(storage.take_changed_keys().empty());
  EXPECT_EQ(g_wakes, wakes + 2);
}

TEST_F(BrowserStorageTest, ReportsPersistenceNotOfferedWithoutAStorageManager) {
  // Node has no navigator.storage: the answer comes at once.
  EXPECT_EQ(storage.persistence(), StoragePersistence::not_offered);
}

TEST_F(BrowserStorageTest, ThePersistencePolicyRunsOverIt) {
  const Catalogue& catalogue = default_catalogue();
  PlanStore store(storage, catalogue);
  ASSERT_TRUE(store.start("2027-01-04T09:00:00Z").available);
  Plan plan = make_large_plan(catalogue);
  plan.id = "plan-a";
  plan.name = "Sam’s plan – “large”";
  ASSERT_TRUE(store.create(plan, "2027-01-04T09:00:00Z").ok);
  Document document;
  ASSERT_EQ(store.open("plan-a", document, "2027-01-04T09:00:00Z").status, OpenStatus::opened);
  ASSERT_FALSE(document.apply(Edit{"Retitle",
                                   [](Plan& p) -> std::optional<std::string> {
                                     p.dissertation.title = "Délai de sortie – “discharge”";
                                     return std::nullopt;
                                   },
                                   ""}));
  EXPECT_EQ(store.save(document, "2027-01-04T09:01:00Z"), saved_state());

  PlanStore later(storage, catalogue);
  Document reopened;
  ASSERT_TRUE(later.start("2027-01-04T09:02:00Z").available);
  ASSERT_EQ(later.open("plan-a", reopened, "2027-01-04T09:02:00Z").status, OpenStatus::opened);
  EXPECT_EQ(reopened.plan(), document.plan());

  fail_next_write("QuotaExceededError", 22, "The quota has been exceeded.");
  ASSERT_FALSE(reopened.apply(Edit{"Rename",
                                   [](Plan& p) -> std::optional<std::string> {
                                     p.name = "Renamed";
                                     return std::nullopt;
                                   },
                                   ""}));
  const SaveState failed = later.save(reopened, "2027-01-04T09:03:00Z");  // the backup write fails: saved, no backup
  EXPECT_EQ(failed.problem, SaveProblem::backup_not_kept);
  EXPECT_EQ(failed.detail, "QuotaExceededError: The quota has been exceeded.");
}

}  // namespace
}  // namespace planner::web
