// "All plans" through the real App and real clicks: rename, duplicate, delete after a
// confirmation (to the trash), "Keep it", and restore from the trash, each checked in the
// browser's storage as the fault-injecting fake holds it.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/automation.hpp"
#include "core/storage/plan_record.hpp"
#include "core/storage/plan_store.hpp"
#include "core/storage/storage_keys.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;
namespace keys = storage_keys;

// The `n`th item (0: the first) labelled `label` in the last frame, top to bottom as drawn.
const automation::Item* nth_item(std::string_view label, std::size_t n) {
  for (const automation::Item& item : automation::last_frame_items())
    if (item.label == label && n-- == 0) return &item;
  return nullptr;
}

class PlanList : public ::testing::Test {
 protected:
  std::shared_ptr<test::FakeStorage> storage = std::make_shared<test::FakeStorage>();
  std::unique_ptr<HeadlessUi> ui = std::make_unique<HeadlessUi>(ImVec2(1280, 900), storage);

  void SetUp() override {
    ui->click("Suggest a plan");
    ASSERT_EQ(ui->app().state()["save"]["status"], "saved");
    plan = ui->app().document().plan();
    record = storage->value(keys::plan(plan.id)).value_or("<missing>");
  }

  void open_list() {
    ui->click("\u2630 Plan");
    ui->click("All plans\u2026");
    ASSERT_NE(ui->find("Close"), nullptr) << "the plan list is open";
  }

  const PlanIndex& index() { return ui->app().keeper().store().index(); }

  Plan plan;           // the suggested plan, stored and open
  std::string record;  // its stored record, byte for byte
};

TEST_F(PlanList, DeleteAsksFirstThenMovesThePlanToTheTrashAndRestoreBringsItBackByteForByte) {
  open_list();
  ui->click("Delete\u2026");
  ASSERT_NE(ui->find("Delete"), nullptr) << "asked to confirm";
  ASSERT_NE(ui->find("Keep it"), nullptr);
  EXPECT_EQ(ui->app().state()["planCount"], 1) << "nothing deleted before the confirmation";

  ui->click("Delete");
  EXPECT_EQ(ui->app().state()["planCount"], 0);
  EXPECT_EQ(ui->app().state()["screen"], "first-run") << "the open plan was deleted: nothing is open";
  EXPECT_FALSE(storage->value(keys::plan(plan.id)).has_value()) << "gone from the plans";
  EXPECT_EQ(storage->value(keys::trash(plan.id)), record) << "in the trash, unchanged";
  ASSERT_EQ(index().trash.size(), 1u);

  open_list();
  ui->click("Restore");
  EXPECT_EQ(ui->app().state()["planCount"], 1);
  EXPECT_TRUE(index().trash.empty());
  EXPECT_EQ(storage->value(keys::plan(plan.id)), record) << "back byte for byte";
  EXPECT_FALSE(storage->value(keys::trash(plan.id)).has_value());

  open_list();
  ui->click("Open");
  EXPECT_EQ(ui->app().state()["screen"], "plan");
  EXPECT_EQ(ui->app().document().plan(), plan);
  EXPECT_EQ(ui->app().state()["save"]["status"], "saved");
}

TEST_F(PlanList, KeepItCancelsTheDelete) {
  open_list();
  ui->click("Delete\u2026");
  ui->click("Keep it");
  EXPECT_EQ(ui->find("Keep it"), nullptr);
  EXPECT_NE(ui->find("Delete\u2026"), nullptr);
  EXPECT_EQ(ui->app().state()["planCount"], 1);
  EXPECT_EQ(storage->value(keys::plan(plan.id)), record);
  EXPECT_TRUE(index().trash.empty());
}

TEST_F(PlanList, DuplicateStoresACopyAndDeletingTheCopyLeavesTheOpenPlanAlone) {
  open_list();
  ui->click("Duplicate");
  ASSERT_EQ(ui->app().state()["planCount"], 2);
  const PlanEntry copy = index().plans.at(1);
  EXPECT_NE(copy.id, plan.id);
  EXPECT_EQ(copy.name, copy_name(plan.name));
  const StoredPlan stored = read_stored_plan(storage->value(keys::plan(copy.id)).value_or(""), default_catalogue());
  ASSERT_TRUE(stored.plan.has_value());
  Plan expected = plan;
  expected.id = copy.id;
  expected.name = copy.name;
  EXPECT_EQ(*stored.plan, expected) << "the same plan under a new id and name";

  testing::click_item(*ui, nth_item("Delete\u2026", 1));  // the copy's row, below the open plan's
  ui->click("Delete");
  EXPECT_EQ(ui->app().state()["planCount"], 1);
  EXPECT_EQ(ui->app().document().plan(), plan) << "the open plan stays open";
  EXPECT_FALSE(storage->value(keys::plan(copy.id)).has_value());
  EXPECT_TRUE(storage->value(keys::trash(copy.id)).has_value());
  EXPECT_EQ(storage->value(keys::plan(plan.id)), record);
}

TEST_F(PlanList, RenameStoresTheNewName) {
  open_list();
  ui->click("Rename");
  testing::replace_text(*ui, "New name", "Sam's plan for 2027");
  ui->click("Save name");
  EXPECT_EQ(index().plans.at(0).name, "Sam's plan for 2027");
  EXPECT_EQ(ui->app().document().plan().name, "Sam's plan for 2027") << "the open plan takes the name";
  ui->app().save_now();
  const StoredPlan stored = read_stored_plan(storage->value(keys::plan(plan.id)).value_or(""), default_catalogue());
  ASSERT_TRUE(stored.plan.has_value());
  EXPECT_EQ(stored.plan->name, "Sam's plan for 2027");
}

}  // namespace
}  // namespace planner
