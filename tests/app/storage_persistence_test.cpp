// Asking the browser to keep the plans for good (navigator.storage.persist()): asked
// once a plan of the user's is stored, never on a blank first run or in the demo, never again once
// granted, and the answer shown where the app says where plans are kept.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>

#include "headless_ui.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;

std::string save_message(HeadlessUi& ui) { return ui.app().state()["save"]["message"].get<std::string>(); }

constexpr const char* kKept = "This browser keeps your plans until you delete them.";
constexpr const char* kMayClear = "This browser may clear plans kept here when space is short; export regularly.";

// Frames for `seconds` of ImGui's clock: an edit's save is due after the autosave pause.
void wait(HeadlessUi& ui, double seconds) {
  for (double waited = 0; waited < seconds; waited += 0.1) ui.frame(0.1f);
}

// Moves the first module of the sequence down and waits past the autosave pause.
void edit_and_wait(HeadlessUi& ui) {
  ui.click("Modules");
  const std::uint64_t revision = ui.app().document().revision();
  const std::string first = ui.app().state()["plan"]["modules"][0]["moduleId"].get<std::string>();
  ui.click("Move Module " + first.substr(1) + " down");
  ASSERT_GT(ui.app().document().revision(), revision);
  wait(ui, PlanKeeper::kPause + 0.2);
}

void edit_and_save(HeadlessUi& ui) {
  edit_and_wait(ui);
  ASSERT_EQ(ui.app().state()["save"]["status"], "saved");
}

class StoragePersistenceTest : public ::testing::Test {
 protected:
  std::shared_ptr<test::FakeStorage> storage = std::make_shared<test::FakeStorage>();
  std::unique_ptr<HeadlessUi> open_window(AppMode mode = AppMode::edit) {
    return std::make_unique<HeadlessUi>(ImVec2(1280, 900), storage, mode);
  }
};

TEST_F(StoragePersistenceTest, ABlankFirstRunDoesNotAsk) {
  auto ui = open_window();
  wait(*ui, 2.0);
  EXPECT_EQ(ui->host.persistence_requests, 0);
}

TEST_F(StoragePersistenceTest, AskedWhenTheFirstPlanIsStoredAndNotAgainOnceGranted) {
  auto ui = open_window();
  ui->click("Suggest a plan");
  EXPECT_EQ(ui->host.persistence_requests, 1);
  EXPECT_NE(save_message(*ui).find(kKept), std::string::npos) << save_message(*ui);
  edit_and_save(*ui);
  EXPECT_EQ(ui->host.persistence_requests, 1) << "granted: not asked again";
}

TEST_F(StoragePersistenceTest, NotAskedWhenTheBrowserAlreadyKeepsStorage) {
  auto ui = open_window();
  ui->host.persistence = StoragePersistence::persistent;
  ui->click("Suggest a plan");
  edit_and_save(*ui);
  EXPECT_EQ(ui->host.persistence_requests, 0);
  EXPECT_NE(save_message(*ui).find(kKept), std::string::npos) << save_message(*ui);
}

TEST_F(StoragePersistenceTest, RefusedItIsAskedOnceASessionAndTheUserIsToldToExport) {
  auto ui = open_window();
  ui->host.grants_persistence = false;
  ui->click("Suggest a plan");
  edit_and_save(*ui);
  EXPECT_EQ(ui->host.persistence_requests, 1);
  EXPECT_NE(save_message(*ui).find(kMayClear), std::string::npos) << save_message(*ui);

  ui.reset();
  auto next_visit = open_window();
  next_visit->host.grants_persistence = false;
  edit_and_save(*next_visit);
  EXPECT_EQ(next_visit->host.persistence_requests, 1) << "a new session asks once more";
}

TEST_F(StoragePersistenceTest, OpeningAStoredPlanIsNotAReasonToAsk) {
  open_window()->click("Suggest a plan");
  auto reopened = open_window();
  ASSERT_EQ(reopened->app().state()["screen"], "plan");
  wait(*reopened, 2.0);
  EXPECT_EQ(reopened->host.persistence_requests, 0) << "asked when the user's work is next stored";
}

TEST_F(StoragePersistenceTest, TheDemoNeverAsks) {
  auto ui = open_window(AppMode::demo);
  edit_and_wait(*ui);
  EXPECT_EQ(ui->host.persistence_requests, 0);
}

TEST_F(StoragePersistenceTest, NothingIsSaidBeforeTheBrowserAnswers) {
  auto ui = open_window();
  ui->host.persistence = StoragePersistence::unknown;
  ui->click("Suggest a plan");
  EXPECT_EQ(ui->host.persistence_requests, 0) << "asked once the browser says storage is best effort";
  EXPECT_EQ(save_message(*ui), "All changes saved in this browser.");
  ui->host.persistence = StoragePersistence::best_effort;  // the answer arrives
  ui->frame();
  EXPECT_EQ(ui->host.persistence_requests, 1);
}

}  // namespace
}  // namespace planner
