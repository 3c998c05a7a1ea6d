// When the app asks the browser to keep its storage for good, and what it tells the user.
#include "core/storage/storage_persistence.hpp"

#include <gtest/gtest.h>

namespace planner {
namespace {

using P = StoragePersistence;

TEST(StoragePersistence, AskedOnlyOnceAPlanIsStoredWhereTheBrowserKeepsItBestEffort) {
  EXPECT_TRUE(should_request_persistence(P::best_effort, /*plan_stored=*/true, /*asked_already=*/false));
  EXPECT_FALSE(should_request_persistence(P::best_effort, false, false)) << "a blank first run, the demo";
  EXPECT_FALSE(should_request_persistence(P::best_effort, true, true)) << "once a session";
  EXPECT_FALSE(should_request_persistence(P::persistent, true, false)) << "granted already";
  EXPECT_FALSE(should_request_persistence(P::not_offered, true, false)) << "nothing to ask";
  EXPECT_FALSE(should_request_persistence(P::unknown, true, false)) << "not before the browser says";
}

TEST(StoragePersistence, TheNoteSaysHowLongPlansAreKept) {
  EXPECT_EQ(persistence_note(P::persistent), "This browser keeps your plans until you delete them.");
  EXPECT_EQ(persistence_note(P::best_effort),
            "This browser may clear plans kept here when space is short; export regularly.");
  EXPECT_EQ(persistence_note(P::not_offered), persistence_note(P::best_effort));
  EXPECT_EQ(persistence_note(P::unknown), "");
}

}  // namespace
}  // namespace planner
