#pragma once
// What the PlanStore tests share: a fault-injecting storage, the small catalogue, a document, a
// few timestamps, and builders for plans and edits.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/files/plan_file.hpp"
#include "core/plan/document.hpp"
#include "core/storage/plan_record.hpp"
#include "core/storage/plan_store.hpp"
#include "core/storage/storage_keys.hpp"
#include "fake_storage.hpp"
#include "plan_builders.hpp"

namespace planner::test {

// Each test's clock: a few distinct, ordered moments.
inline constexpr std::string_view kT0 = "2027-01-04T09:00:00Z";
inline constexpr std::string_view kT1 = "2027-01-04T09:01:00Z";
inline constexpr std::string_view kT2 = "2027-01-04T09:02:00Z";
inline constexpr std::string_view kT3 = "2027-01-04T09:03:00Z";
inline constexpr std::string_view kT4 = "2027-01-04T09:04:00Z";

// The storage key of the plan most tests keep, "plan-a".
inline const std::string kPlanA = storage_keys::plan("plan-a");

inline Plan plan_with(std::string_view id, std::string_view name) {
  Plan plan = full_plan();
  plan.id = std::string(id);
  plan.name = std::string(name);
  return plan;
}

// An edit that changes the plan in a way every save must carry.
inline Edit retitle(std::string title) {
  return Edit{"Retitle the dissertation",
              [title = std::move(title)](Plan& plan) -> std::optional<std::string> {
                plan.dissertation.title = title;
                return std::nullopt;
              },
              ""};
}

// The record a store writes for `plan` at `revision`, saved at `at`: what the tests compare
// stored bytes with.
inline std::string record_of(const Plan& plan, std::uint64_t revision, std::string_view at) {
  return plan_record(revision, plan, at);
}

class PlanStoreTest : public ::testing::Test {
 protected:
  const Catalogue catalogue = small_catalogue();
  FakeStorage storage;
  PlanStore store{storage, catalogue};
  Document document;

  // Starts the store on a working storage.
  void start() {
    const StoreStart started = store.start(kT0);
    ASSERT_TRUE(started.available) << started.message;
    ASSERT_FALSE(started.read_only);
  }

  // Starts, stores plan "plan-a" at kT0 and opens it: the common beginning.
  void start_with_open_plan(std::string_view id = "plan-a", std::string_view name = "Sam's plan") {
    start();
    ASSERT_TRUE(store.create(plan_with(id, name), kT0).ok);
    const OpenResult opened = store.open(id, document, kT0);
    ASSERT_EQ(opened.status, OpenStatus::opened) << opened.message;
  }

  // Edits and saves, asserting success: returns the record text now stored.
  std::string edit_and_save(std::string title, std::string_view at) {
    EXPECT_FALSE(document.apply(retitle(std::move(title))));
    const SaveState saved = store.save(document, at);
    EXPECT_EQ(saved.status, SaveStatus::saved) << saved.message << " / " << saved.detail;
    return stored(storage_keys::plan(store.open_id()));
  }

  std::string stored(std::string_view key) { return storage.value(key).value_or("<missing>"); }
};

}  // namespace planner::test
