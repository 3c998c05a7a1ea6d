// The plan keeper on its own, without a UI: what it tells the user at start.
#include "app/plan_keeper.hpp"

#include <gtest/gtest.h>

#include "../unit/fake_storage.hpp"
#include "core/plan/edits.hpp"
#include "core/programme/sample_plans.hpp"

namespace planner {
namespace {

constexpr std::string_view kCreated = "2027-01-04T09:00:00Z";

class PlanKeeperStart : public ::testing::Test {
 protected:
  void SetUp() override {
    PlanKeeper first(storage, default_catalogue(), [] { return std::string("plan-b"); });
    Document document;
    first.start(document, kCreated, Date::parse("2027-01-04").value());
    Plan plan = make_large_plan(default_catalogue());
    plan.id = "plan-a";
    ASSERT_FALSE(document.apply(edits::replace_plan(std::move(plan), "Suggest a plan")));
    first.save_now(document, kCreated);
    ASSERT_EQ(first.state(document).status, SaveStatus::saved);
  }

  test::FakeStorage storage;
};

TEST_F(PlanKeeperStart, RemindsToExportAPlanNeverExportedAfterAWeek) {
  PlanKeeper keeper(storage, default_catalogue(), [] { return std::string("plan-b"); });
  Document document;
  keeper.start(document, "2027-01-11T09:00:00Z", Date::parse("2027-01-11").value());
  ASSERT_EQ(document.plan().id, "plan-a");
  ASSERT_EQ(keeper.notices().size(), 1u);
  EXPECT_EQ(keeper.notices()[0].kind, StoreNotice::Kind::export_due);
  EXPECT_NE(keeper.notices()[0].message.find("never been exported"), std::string::npos);

  keeper.export_plan(document.plan(), "2027-01-11T09:05:00Z");
  EXPECT_TRUE(keeper.notices().empty()) << "exporting answers the reminder";
}

TEST_F(PlanKeeperStart, DoesNotRemindWithinAWeek) {
  PlanKeeper keeper(storage, default_catalogue(), [] { return std::string("plan-b"); });
  Document document;
  keeper.start(document, "2027-01-08T09:00:00Z", Date::parse("2027-01-08").value());
  EXPECT_TRUE(keeper.notices().empty());
}

}  // namespace
}  // namespace planner
