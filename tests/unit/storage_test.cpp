// The Storage implementations the policy runs on in memory: MemoryStorage (demo mode, benchmarks)
// and the tests' FakeStorage, whose faults the persistence tests rely on doing exactly what they say.
#include "core/storage/storage.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/storage/memory_storage.hpp"
#include "fake_storage.hpp"

namespace planner {
namespace {

using test::FakeStorage;

using Keys = std::vector<std::string>;

TEST(MemoryStorage, ReadsBackExactlyTheBytesWrittenIncludingNulAndMultibyte) {
  MemoryStorage storage;
  const std::string value("a\0b \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80", 19);
  ASSERT_FALSE(storage.write("planner/x", value));
  const StorageRead read = storage.read("planner/x");
  EXPECT_EQ(read.status, ReadStatus::found);
  EXPECT_EQ(read.value, value);
  EXPECT_EQ(read.value.size(), 19u);
}

TEST(MemoryStorage, ReportsMissingKeysAndRemovingThemSucceeds) {
  MemoryStorage storage;
  EXPECT_EQ(storage.read("planner/none").status, ReadStatus::missing);
  EXPECT_FALSE(storage.remove("planner/none"));
  ASSERT_FALSE(storage.write("planner/x", "1"));
  ASSERT_FALSE(storage.remove("planner/x"));
  EXPECT_EQ(storage.read("planner/x").status, ReadStatus::missing);
}

TEST(MemoryStorage, ListsOnlyKeysWithThePrefixInOrder) {
  MemoryStorage storage;
  for (const char* key : {"planner/plan/b", "other/plan/a", "planner/plan/a", "planner/planb", "planner/plan"})
    ASSERT_FALSE(storage.write(key, "v"));
  const StorageKeys listed = storage.keys("planner/plan/");
  EXPECT_FALSE(listed.error);
  EXPECT_EQ(listed.keys, (Keys{"planner/plan/a", "planner/plan/b"}));
}

TEST(StorageErrorKind, HasStableNames) {
  EXPECT_EQ(to_string(StorageErrorKind::quota_exceeded), "quota-exceeded");
  EXPECT_EQ(to_string(StorageErrorKind::unavailable), "unavailable");
  EXPECT_EQ(to_string(StorageErrorKind::other), "other");
}

// ---- the fake's faults --------------------------------------------------------------------------

TEST(FakeStorage, FailsExactlyTheNthWriteAndStoresNothingForIt) {
  FakeStorage storage;
  const StorageError full = test::browser_quota_errors()[2];
  storage.fail_write(2, full);
  EXPECT_FALSE(storage.write("k1", "a"));
  EXPECT_EQ(storage.write("k2", "b"), full);
  EXPECT_FALSE(storage.write("k3", "c"));
  EXPECT_EQ(storage.value("k1"), "a");
  EXPECT_EQ(storage.value("k2"), std::nullopt);
  EXPECT_EQ(storage.value("k3"), "c");
  EXPECT_EQ(storage.writes(), 3);
}

TEST(FakeStorage, FailsEveryWriteFromTheNthOn) {
  FakeStorage storage;
  storage.fail_writes_from(2, test::blocked_error());
  EXPECT_FALSE(storage.write("k1", "a"));
  EXPECT_TRUE(storage.write("k2", "b"));
  EXPECT_TRUE(storage.write("k3", "c"));
  EXPECT_EQ(storage.values().size(), 1u);
}

TEST(FakeStorage, EnforcesAQuotaOnKeysAndValues) {
  FakeStorage storage;
  storage.set_quota(10);
  EXPECT_FALSE(storage.write("ab", "12345678"));  // 10 bytes: at the limit
  const std::optional<StorageError> refused = storage.write("c", "1");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->kind, StorageErrorKind::quota_exceeded);
  EXPECT_FALSE(storage.write("ab", "1234"));  // replacing counts the new size, not both
}

TEST(FakeStorage, BlockedRefusesEveryCall) {
  FakeStorage storage;
  storage.values()["k"] = "v";
  storage.block();
  EXPECT_EQ(storage.read("k").status, ReadStatus::failed);
  EXPECT_EQ(storage.read("k").error.kind, StorageErrorKind::unavailable);
  EXPECT_TRUE(storage.write("k", "w"));
  EXPECT_TRUE(storage.remove("k"));
  EXPECT_TRUE(storage.keys("").error);
  EXPECT_EQ(storage.value("k"), "v");
}

TEST(FakeStorage, MangledWritesStoreOtherBytesThanWritten) {
  FakeStorage storage;
  storage.mangle_write(1, FakeStorage::Mangle::truncate_half);
  EXPECT_FALSE(storage.write("k", "abcdef"));
  EXPECT_EQ(storage.value("k"), "abc");
  storage.mangle_write(2, FakeStorage::Mangle::flip_last_byte);
  EXPECT_FALSE(storage.write("k", "abcdef"));
  EXPECT_EQ(storage.value("k"), "abcdef");
  EXPECT_FALSE(storage.write("k", "abcdef"));
  EXPECT_EQ(storage.value("k"), "abcdeg");
  EXPECT_FALSE(storage.write("k", "abcdef"));
  EXPECT_EQ(storage.value("k"), "abcdef");
}

TEST(FakeStorage, SecondTabActsBetweenACheckAndTheNextWrite) {
  FakeStorage storage;
  storage.before_next_write([](FakeStorage& tab) { tab.other_tab_write("k", "theirs"); });
  EXPECT_EQ(storage.read("k").status, ReadStatus::missing);
  EXPECT_FALSE(storage.write("other", "mine"));
  EXPECT_EQ(storage.value("k"), "theirs");
  EXPECT_EQ(storage.take_events(), (Keys{"k"}));
  EXPECT_TRUE(storage.take_events().empty());
}

TEST(FakeStorage, FailsReadsFromTheNthOnUntilCleared) {
  FakeStorage storage;
  storage.values()["k"] = "v";
  storage.fail_reads_from(2, StorageError{StorageErrorKind::other, "NotReadableError"});
  EXPECT_EQ(storage.read("k").status, ReadStatus::found);
  EXPECT_EQ(storage.read("k").status, ReadStatus::failed);
  storage.fail_reads_from(1, std::nullopt);
  EXPECT_EQ(storage.read("k").status, ReadStatus::found);
}

}  // namespace
}  // namespace planner
