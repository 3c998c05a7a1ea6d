// Keeping the plan through the real App: autosave after a pause, the plan and the
// settings back after a reload, storage blocked from the start, a full storage, a damaged stored
// plan, another tab's changes, imports refused or previewed and confirmed (and planner.load()),
// and export. Storage is the tests' fault-injecting fake, shared between "windows" the way one
// browser's localStorage is. The plan list has its own file (plan_list_test.cpp).
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/automation.hpp"
#include "core/files/plan_file.hpp"
#include "core/storage/plan_record.hpp"
#include "core/storage/storage_keys.hpp"
#include "headless_ui.hpp"

namespace planner {
namespace {

using testing::HeadlessUi;
namespace keys = storage_keys;

std::string save_status(HeadlessUi& ui) { return ui.app().state()["save"]["status"].get<std::string>(); }

// Frames for `seconds` of ImGui's clock, a tenth of a second each.
void wait(HeadlessUi& ui, double seconds) {
  for (double waited = 0; waited < seconds; waited += 0.1) ui.frame(0.1f);
}

// Moves the first module of the sequence down: one ordinary edit through the UI.
void edit_plan(HeadlessUi& ui) {
  ui.frame();  // this window's items, when another window drew last
  ui.click("Modules");
  const std::string first = ui.app().state()["plan"]["modules"][0]["moduleId"].get<std::string>();
  ui.click("Move Module " + first.substr(1) + " down");
}

class Persistence : public ::testing::Test {
 protected:
  std::shared_ptr<test::FakeStorage> storage = std::make_shared<test::FakeStorage>();

  std::unique_ptr<HeadlessUi> open_window() { return std::make_unique<HeadlessUi>(ImVec2(1280, 900), storage); }

  // A window with a suggested plan, stored.
  std::unique_ptr<HeadlessUi> window_with_plan() {
    auto ui = open_window();
    ui->click("Suggest a plan");
    EXPECT_EQ(save_status(*ui), "saved");
    return ui;
  }

  std::string stored_plan(HeadlessUi& ui) {
    return storage->value(keys::plan(ui.app().document().plan().id)).value_or("<missing>");
  }
};

TEST_F(Persistence, ASuggestedPlanIsStoredAtOnceAndOpensAgainAfterAReload) {
  auto ui = window_with_plan();
  const Plan plan = ui->app().document().plan();
  EXPECT_TRUE(ui->app().document().can_undo()) << "storing it does not cost the undo step";
  ui.reset();
  auto reloaded = open_window();
  EXPECT_EQ(reloaded->app().state()["screen"], "plan");
  EXPECT_EQ(reloaded->app().document().plan(), plan);
  EXPECT_EQ(save_status(*reloaded), "saved");
}

TEST_F(Persistence, AnEditIsSavedOnceTheUserPausedAndSurvivesAReload) {
  auto ui = window_with_plan();
  const std::string before = stored_plan(*ui);
  edit_plan(*ui);
  EXPECT_EQ(save_status(*ui), "saving");
  ASSERT_TRUE(ui->app().wake_in().has_value()) << "the platform is told when to wake for the save";
  EXPECT_LE(*ui->app().wake_in(), PlanKeeper::kPause);
  EXPECT_EQ(stored_plan(*ui), before) << "not written before the pause";
  wait(*ui, PlanKeeper::kPause + 0.2);
  EXPECT_EQ(save_status(*ui), "saved");
  EXPECT_FALSE(ui->app().wake_in().has_value()) << "nothing due: the app sleeps";
  const Plan edited = ui->app().document().plan();
  ui.reset();
  EXPECT_EQ(open_window()->app().document().plan(), edited);
}

// Holding still at the end of a drag for longer than the pause, then letting go: the drop shows at
// once, and the save follows a pause later instead of weighing on the drop's frame.
TEST_F(Persistence, TheDropOfADragIsNotTheFrameThatSaves) {
  auto ui = window_with_plan();
  ui->click("Timeline");
  ui->click("Terms");
  const std::string before = stored_plan(*ui);
  const Plan original = ui->app().document().plan();
  const automation::Item* bar = ui->find("Module 3");
  ASSERT_NE(bar, nullptr);
  const ImVec2 from((bar->min.x + bar->max.x) / 2, (bar->min.y + bar->max.y) / 2);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(from.x, from.y);
  ui->frame();
  io.AddMouseButtonEvent(0, true);
  ui->frame();
  for (int step = 1; step <= 8; ++step) {
    io.AddMousePosEvent(from.x + static_cast<float>(step) * 8, from.y);
    ui->frame();
  }
  wait(*ui, 2 * PlanKeeper::kPause);  // still holding on
  EXPECT_EQ(stored_plan(*ui), before) << "nothing is written while the bar is held";
  io.AddMouseButtonEvent(0, false);
  ui->frame();
  EXPECT_NE(ui->app().document().plan(), original) << "the module moved";
  EXPECT_EQ(stored_plan(*ui), before) << "the drop's frame does not save";
  EXPECT_EQ(save_status(*ui), "saving");
  wait(*ui, PlanKeeper::kPause + 0.2);
  EXPECT_EQ(save_status(*ui), "saved");
  EXPECT_NE(stored_plan(*ui), before);
}

// Encoding the plan, backing up the version it replaces and writing it are each a good part of a
// frame on a large plan: the frame that finds the save due encodes, the next backs up, the third
// writes what the first encoded.
TEST_F(Persistence, ADueSaveEncodesBacksUpAndWritesInThreeFrames) {
  auto ui = window_with_plan();
  const std::string before = stored_plan(*ui);
  const std::string backup_key = keys::backup(ui->app().document().plan().id);
  edit_plan(*ui);
  const int writes = storage->writes();
  ui->frame(static_cast<float>(PlanKeeper::kPause) + 0.1f);
  EXPECT_EQ(storage->writes(), writes) << "the first frame only encodes";
  EXPECT_EQ(save_status(*ui), "saving");
  ASSERT_TRUE(ui->app().wake_in().has_value());
  EXPECT_EQ(*ui->app().wake_in(), 0.0) << "and asks for the next frame at once";

  ui->frame(0.001f);
  EXPECT_EQ(storage->writes(), writes + 1) << "the second backs up";
  EXPECT_EQ(storage->value(backup_key), before);
  EXPECT_EQ(stored_plan(*ui), before);
  ASSERT_TRUE(ui->app().wake_in().has_value());
  EXPECT_EQ(*ui->app().wake_in(), 0.0);

  ui->frame(0.001f);
  EXPECT_EQ(save_status(*ui), "saved");
  EXPECT_EQ(storage->value(backup_key), before) << "the save found the backup done";
  const StoredPlan stored = read_stored_plan(stored_plan(*ui), default_catalogue());
  EXPECT_EQ(stored.plan, ui->app().document().plan());
  EXPECT_NE(stored_plan(*ui), before);
}

// The web build takes the same steps in tasks of its own once the pause is over, so no frame is
// drawn for a save: each call is one step, and the last one says that none follows.
TEST_F(Persistence, ADueSaveCanBeTakenStepByStepWithoutDrawingAFrame) {
  auto ui = window_with_plan();
  const std::string before = stored_plan(*ui);
  const std::string backup_key = keys::backup(ui->app().document().plan().id);
  edit_plan(*ui);
  const int writes = storage->writes();

  EXPECT_TRUE(ui->app().save_step()) << "encoded: another step follows";
  EXPECT_EQ(storage->writes(), writes);
  EXPECT_TRUE(ui->app().save_step()) << "backed up";
  EXPECT_EQ(storage->value(backup_key), before);
  EXPECT_FALSE(ui->app().save_step()) << "written: the last step";
  EXPECT_EQ(storage->writes(), writes + 3) << "the backup, the plan and the plan list";
  EXPECT_EQ(read_stored_plan(stored_plan(*ui), default_catalogue()).plan, ui->app().document().plan());
  EXPECT_FALSE(ui->app().wake_in().has_value()) << "nothing waits";

  EXPECT_FALSE(ui->app().save_step()) << "with nothing waiting, a step does nothing";
  EXPECT_EQ(storage->writes(), writes + 3);
  ui->frame(0.01f);
  EXPECT_EQ(save_status(*ui), "saved");
}

TEST_F(Persistence, AnEditBetweenEncodingAndWritingIsWhatIsSaved) {
  auto ui = window_with_plan();
  edit_plan(*ui);
  ui->frame(static_cast<float>(PlanKeeper::kPause) + 0.1f);  // encodes this revision
  edit_plan(*ui);                                            // and the plan changes again
  ui->app().save_now();
  EXPECT_EQ(save_status(*ui), "saved");
  const StoredPlan stored = read_stored_plan(stored_plan(*ui), default_catalogue());
  EXPECT_EQ(stored.plan, ui->app().document().plan()) << "never the encoding of the revision before";
}

TEST_F(Persistence, SavingNowDoesNotWaitForThePause) {
  auto ui = window_with_plan();
  edit_plan(*ui);
  ui->app().save_now();  // the page is being hidden
  EXPECT_EQ(save_status(*ui), "saved");
}

TEST_F(Persistence, AFullStorageFailsTheSaveWithExportNowAndLosesNothing) {
  auto ui = window_with_plan();
  const std::string last_good = stored_plan(*ui);
  storage->set_quota(1);  // everything stored stays; nothing more fits
  edit_plan(*ui);
  wait(*ui, PlanKeeper::kPause + 0.3);  // the save, then a frame that shows how it went
  const nlohmann::json save = ui->app().state()["save"];
  EXPECT_EQ(save["status"], "failed");
  EXPECT_EQ(save["problem"], "quota-exceeded");
  EXPECT_NE(save["message"].get<std::string>().find("Export"), std::string::npos) << save["message"];
  EXPECT_EQ(stored_plan(*ui), last_good) << "the last good version is untouched";
  EXPECT_NE(ui->find("Save state: failed"), nullptr);

  ui->click("Export now");
  ASSERT_EQ(ui->host.export_port.downloads.size(), 1u);
  const LoadResult exported = load_plan_file(ui->host.export_port.downloads[0].content, default_catalogue());
  ASSERT_EQ(exported.status, LoadStatus::ok);
  EXPECT_EQ(*exported.plan, ui->app().document().plan()) << "the export holds the unsaved changes";
  EXPECT_EQ(save_status(*ui), "failed") << "the banner stays until the plan is stored";
  EXPECT_NE(ui->find("Export now"), nullptr);
}

TEST_F(Persistence, AfterAFailedSaveTryAgainStoresThePlanOnceThereIsRoom) {
  auto ui = window_with_plan();
  storage->set_quota(1);
  edit_plan(*ui);
  wait(*ui, PlanKeeper::kPause + 0.2);
  ASSERT_EQ(save_status(*ui), "failed");
  wait(*ui, 1.0);
  EXPECT_EQ(save_status(*ui), "failed") << "a failed save is not retried every frame";
  storage->set_quota(100'000'000);
  ui->click("Try again");
  EXPECT_EQ(save_status(*ui), "saved");
  EXPECT_EQ(ui->find("Try again"), nullptr);
}

TEST_F(Persistence, WithStorageBlockedAtStartTheAppWorksInMemoryAndSaysSo) {
  storage->block();  // the start-up test write throws, as in a private window or under a policy
  auto ui = open_window();
  EXPECT_EQ(save_status(*ui), "unavailable");
  EXPECT_NE(ui->find("Save state: unavailable"), nullptr) << "said on the first screen already";

  ui->click("Suggest a plan");
  const nlohmann::json state = ui->app().state();
  EXPECT_EQ(state["screen"], "plan");
  EXPECT_EQ(state["plan"]["modules"].size(), 7u);
  EXPECT_EQ(state["save"]["status"], "unavailable");
  EXPECT_EQ(state["save"]["problem"], "no-storage");
  EXPECT_NE(state["save"]["message"].get<std::string>().find("only in this window"), std::string::npos)
      << state["save"];
  const std::uint64_t revision = ui->app().document().revision();
  edit_plan(*ui);
  wait(*ui, PlanKeeper::kPause + 0.2);
  EXPECT_GT(ui->app().document().revision(), revision) << "edits work, in memory";
  EXPECT_EQ(save_status(*ui), "unavailable");

  ui->click("Export now");
  ASSERT_EQ(ui->host.export_port.downloads.size(), 1u);
  const LoadResult exported = load_plan_file(ui->host.export_port.downloads[0].content, default_catalogue());
  ASSERT_EQ(exported.status, LoadStatus::ok);
  EXPECT_EQ(*exported.plan, ui->app().document().plan()) << "the way out holds everything";
  EXPECT_TRUE(storage->values().empty());
  EXPECT_EQ(ui->host.persistence_requests, 0) << "nothing stored: nothing to ask the browser to keep";
}

TEST_F(Persistence, ADamagedStoredPlanIsKeptAsideTheAppStartsUsableAndTheBackupCanBeRestored) {
  auto ui = window_with_plan();
  edit_plan(*ui);
  ui->app().save_now();  // now there is a backup: the suggested plan
  const std::string id = ui->app().document().plan().id;
  ui.reset();
  storage->truncate(keys::plan(id), 100);
  const std::string damaged = *storage->value(keys::plan(id));

  auto reloaded = open_window();
  const nlohmann::json state = reloaded->app().state();
  EXPECT_EQ(state["screen"], "first-run") << "the app starts usable";
  ASSERT_EQ(state["notices"].size(), 1u);
  EXPECT_NE(state["notices"][0].get<std::string>().find("damaged"), std::string::npos) << state["notices"][0];
  bool kept = false;
  for (const auto& [key, value] : storage->values())
    kept = kept || (key.starts_with(keys::kQuarantinePrefix) && value == damaged);
  EXPECT_TRUE(kept) << "the damaged bytes are kept, unchanged";

  reloaded->click("Export the damaged data");
  ASSERT_EQ(reloaded->host.export_port.downloads.size(), 1u);
  EXPECT_EQ(reloaded->host.export_port.downloads[0].content, damaged);

  reloaded->click("Restore the version saved on Mon 4 Jan 2027, 09:00 UTC");
  EXPECT_EQ(reloaded->app().state()["screen"], "plan");
  EXPECT_EQ(reloaded->app().document().plan().id, id);
  EXPECT_EQ(save_status(*reloaded), "saved");
}

TEST_F(Persistence, ABadFileIsRefusedWithItsMessageAndChangesNothing) {
  auto ui = window_with_plan();
  const Plan before = ui->app().document().plan();
  const std::uint64_t revision = ui->app().document().revision();
  ui->app().receive_file("notes.json", "{\"format\": \"apprenticeship-plan\", \"schemaVersion\": 99}");
  ui->frame();
  ui->frame();  // a banner sizes itself to its text over two frames
  const nlohmann::json state = ui->app().state();
  EXPECT_FALSE(state["importPending"].get<bool>());
  ASSERT_EQ(state["notices"].size(), 1u);
  const std::string message = state["notices"][0].get<std::string>();
  EXPECT_NE(message.find("\"notes.json\" was not imported, and your plan has not changed."), std::string::npos)
      << message;
  EXPECT_NE(message.find("newer version"), std::string::npos) << message;
  EXPECT_EQ(ui->app().document().plan(), before);
  EXPECT_EQ(ui->app().document().revision(), revision);
  ui->click("Dismiss");
  EXPECT_TRUE(ui->app().state()["notices"].empty());
}

TEST_F(Persistence, NotJsonIsRefusedThroughLoadToo) {
  auto ui = window_with_plan();
  const nlohmann::json result = ui->app().load_plan("[[[");
  EXPECT_FALSE(result["ok"].get<bool>());
  EXPECT_NE(result["error"].get<std::string>().find("not valid JSON"), std::string::npos) << result["error"];
}

class Importing : public Persistence {
 protected:
  void SetUp() override {
    ui = window_with_plan();
    original = ui->app().document().plan();
    nlohmann::json file = nlohmann::json::parse(ui->app().export_plan());
    file["plan"]["name"] = "Plan from my mentor";
    file["plan"]["modules"].erase(file["plan"]["modules"].end() - 1);
    incoming_text = file.dump();
  }
  std::unique_ptr<HeadlessUi> ui;
  Plan original;
  std::string incoming_text;
};

TEST_F(Importing, AGoodFileIsPreviewedAndReplacesThePlanOnlyWhenConfirmed) {
  ui->app().receive_file("mentor.json", incoming_text);
  ui->frame();
  ui->frame();  // a new dialog measures itself on its first frame, hidden
  ASSERT_TRUE(ui->app().state()["importPending"].get<bool>());
  EXPECT_NE(ui->find("Replace my plan"), nullptr);
  EXPECT_EQ(ui->app().document().plan(), original) << "nothing changes before the user confirms";
  ui->click("Replace my plan");
  EXPECT_EQ(ui->app().document().plan().name, "Plan from my mentor");
  EXPECT_EQ(ui->app().document().plan().modules.size(), original.modules.size() - 1);
  EXPECT_EQ(ui->app().document().plan().id, original.id) << "it takes the open plan's place";
  EXPECT_EQ(save_status(*ui), "saved");
  const std::string backup_text = storage->value(keys::backup(original.id)).value_or("");
  const StoredPlan backup = read_stored_plan(backup_text, default_catalogue());
  ASSERT_TRUE(backup.plan.has_value());
  EXPECT_EQ(*backup.plan, original) << "the plan it replaced is the backup";
  ui->click("Undo");
  EXPECT_EQ(ui->app().document().plan(), original) << "and one undo away";
}

TEST_F(Importing, CancelChangesNothing) {
  ui->app().receive_file("mentor.json", incoming_text);
  ui->frame();
  ui->frame();
  ui->click("Cancel");
  EXPECT_FALSE(ui->app().state()["importPending"].get<bool>());
  EXPECT_EQ(ui->app().document().plan(), original);
}

TEST_F(Importing, LoadReplacesAtOnceWithoutTheDialogAndKeepsTheOldPlanAsTheBackup) {
  const nlohmann::json result = ui->app().load_plan(incoming_text);
  EXPECT_EQ(result, (nlohmann::json{{"ok", true}, {"error", nullptr}}));
  ui->frame();
  ui->frame();
  EXPECT_FALSE(ui->app().state()["importPending"].get<bool>()) << "no confirmation is asked for";
  EXPECT_EQ(ui->find("Replace my plan"), nullptr);
  EXPECT_EQ(ui->app().document().plan().name, "Plan from my mentor");
  EXPECT_EQ(ui->app().document().plan().id, original.id) << "it takes the open plan's place";
  EXPECT_EQ(save_status(*ui), "saved");
  const StoredPlan backup =
      read_stored_plan(storage->value(keys::backup(original.id)).value_or(""), default_catalogue());
  ASSERT_TRUE(backup.plan.has_value());
  EXPECT_EQ(*backup.plan, original) << "the plan it replaced is the backup";
  ui->click("Undo");
  EXPECT_EQ(ui->app().document().plan(), original) << "one undo step, as the UI's import";
}

TEST_F(Importing, ABadLoadChangesNothingNotEvenAPreviewTheUserHasOpen) {
  ui->app().receive_file("mentor.json", incoming_text);  // the user is looking at a preview
  const std::map<std::string, std::string, std::less<>> stored = storage->values();
  const std::uint64_t revision = ui->app().document().revision();
  for (int attempt = 0; attempt < 2; ++attempt) {  // the same refusal twice says why twice
    const nlohmann::json result = ui->app().load_plan("{\"format\": \"apprenticeship-plan\"");
    EXPECT_FALSE(result["ok"].get<bool>());
    EXPECT_NE(result["error"].get<std::string>().find("not valid JSON"), std::string::npos) << result["error"];
  }
  EXPECT_EQ(ui->app().document().plan(), original);
  EXPECT_EQ(ui->app().document().revision(), revision);
  EXPECT_EQ(storage->values(), stored) << "not one stored byte changed";
  EXPECT_TRUE(ui->app().state()["importPending"].get<bool>()) << "the user's preview is still open";
}

TEST_F(Persistence, ExportDownloadsAFileThatLoadsBackIdentically) {
  auto ui = window_with_plan();
  ui->click("\u2630 Plan");
  ui->click("Export plan");
  ASSERT_EQ(ui->host.export_port.downloads.size(), 1u);
  const testing::FakeExportPort::File& file = ui->host.export_port.downloads[0];
  EXPECT_TRUE(file.name.ends_with("-2027-01-04.plan.json")) << file.name;
  EXPECT_EQ(file.mime, "application/json");
  const LoadResult loaded = load_plan_file(file.content, default_catalogue());
  ASSERT_EQ(loaded.status, LoadStatus::ok);
  EXPECT_EQ(*loaded.plan, ui->app().document().plan());
  EXPECT_FALSE(ui->app().keeper().store().index().plans.at(0).last_exported_at.empty()) << "the export is recorded";
}

TEST_F(Persistence, ImportFromTheMenuOpensTheFileChooser) {
  auto ui = window_with_plan();
  ui->click("\u2630 Plan");
  ui->click("Import plan\u2026");
  EXPECT_EQ(ui->host.files_chosen, 1);
}

TEST_F(Persistence, TheThemeAndTextSizeAreKeptAcrossAReload) {
  auto ui = open_window();
  ui->click("\u2699 Settings");
  ui->click("Dark");
  ui->click("Larger text");
  ui.reset();
  auto reloaded = open_window();
  const nlohmann::json state = reloaded->app().state();
  EXPECT_EQ(state["theme"], "dark");
  EXPECT_NEAR(state["textScale"].get<double>(), 1.1, 1e-6);
}

TEST_F(Persistence, AnotherTabsSaveIsFollowedWhenNothingHereIsUnsavedAndCanBeUndone) {
  auto mine = window_with_plan();
  auto theirs = open_window();
  const Plan before = theirs->app().document().plan();
  ASSERT_EQ(before, mine->app().document().plan());
  edit_plan(*mine);
  mine->app().save_now();
  const Plan changed = mine->app().document().plan();

  theirs->app().notice_storage_change(keys::plan(before.id));
  theirs->frame();
  theirs->frame();
  EXPECT_EQ(theirs->app().document().plan(), changed);
  ASSERT_EQ(theirs->app().state()["notices"].size(), 1u);
  theirs->click("Go back to my version");
  EXPECT_EQ(theirs->app().document().plan(), before);
}

TEST_F(Persistence, AnotherTabsSaveOverUnsavedChangesIsOfferedNeverSilentlyOverwritten) {
  auto mine = window_with_plan();
  auto theirs = open_window();
  edit_plan(*theirs);  // unsaved there: the pause has not passed
  const Plan their_unsaved = theirs->app().document().plan();
  edit_plan(*mine);
  mine->app().save_now();
  const std::string my_record = stored_plan(*mine);

  mine.reset();
  theirs->app().notice_storage_change(keys::plan(their_unsaved.id));
  wait(*theirs, PlanKeeper::kPauseWhileHeld + 0.5);
  const nlohmann::json save = theirs->app().state()["save"];
  EXPECT_EQ(save["problem"], "conflict");
  EXPECT_EQ(theirs->app().document().plan(), their_unsaved) << "this window's changes stay";
  EXPECT_EQ(storage->value(keys::plan(their_unsaved.id)), my_record) << "and the other tab's are not overwritten";
  EXPECT_NE(theirs->find("Use the other version"), nullptr);
  EXPECT_NE(theirs->find("Keep mine"), nullptr);

  theirs->click("Keep both");
  EXPECT_EQ(save_status(*theirs), "saved");
  EXPECT_EQ(theirs->app().state()["planCount"], 2);
  EXPECT_NE(theirs->app().document().plan().id, their_unsaved.id);
  EXPECT_EQ(storage->value(keys::plan(their_unsaved.id)), my_record);
}

TEST(OneFilePlanner, SaysWhereItsPlansAreKeptAndOffersAnExport) {
  HeadlessUi ui({1280, 720}, std::make_shared<test::FakeStorage>(), AppMode::edit, /*opened_from_file=*/true);
  const nlohmann::json notices = ui.app().state()["notices"];
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_NE(notices[0].get<std::string>().find("kept in this browser on this computer, not in the file"),
            std::string::npos);
  ui.click("Suggest a plan");
  ui.click("Export plan");
  ASSERT_EQ(ui.host.export_port.downloads.size(), 1u);
  EXPECT_TRUE(ui.app().state()["notices"].empty()) << "exported: the note has done its job";
}

TEST(OneFilePlanner, SaysNothingWhenServed) {
  HeadlessUi ui;
  EXPECT_TRUE(ui.app().state()["notices"].empty());
}

}  // namespace
}  // namespace planner
