// PlanStore: start-up, autosave and every way a save can fail. Each failure test pins that no
// byte of the last good plan is lost: the stored text is compared byte for byte.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/files/plan_file_format.hpp"
#include "core/storage/plan_index.hpp"
#include "plan_store_fixture.hpp"

namespace planner {
namespace {

using namespace test;
namespace keys = storage_keys;

const std::string kBackupA = keys::backup("plan-a");

// ---- start ----------------------------------------------------------------------------------------

TEST_F(PlanStoreTest, StartsOnAWorkingStorageAndLeavesNoProbeBehind) {
  const StoreStart started = store.start(kT0);
  EXPECT_TRUE(started.available);
  EXPECT_FALSE(started.read_only);
  EXPECT_EQ(started.message, "");
  EXPECT_TRUE(started.notices.empty());
  EXPECT_TRUE(storage.values().empty());
  EXPECT_EQ(storage.writes(), 1);
  EXPECT_EQ(storage.removes(), 1);
  EXPECT_TRUE(store.available());
}

TEST_F(PlanStoreTest, BlockedStorageMakesTheStoreUnavailableAndTheAppWorksInMemory) {
  storage.block();
  const StoreStart started = store.start(kT0);
  EXPECT_FALSE(started.available);
  EXPECT_EQ(started.message, unavailable_state("").message);
  EXPECT_EQ(started.detail, "SecurityError: The operation is insecure.");
  EXPECT_FALSE(store.available());

  document.reset(plan_with("plan-a", "In memory"));
  ASSERT_FALSE(document.apply(retitle("Edited in memory")));
  const SaveState state = store.state(document);
  EXPECT_EQ(state.status, SaveStatus::unavailable);
  EXPECT_EQ(to_string(state.status), "unavailable");
  EXPECT_EQ(state.problem, SaveProblem::no_storage);
  EXPECT_EQ(state.detail, "SecurityError: The operation is insecure.");
  EXPECT_EQ(store.save(document, kT1).status, SaveStatus::unavailable);
  EXPECT_FALSE(store.needs_save(document));
  EXPECT_EQ(store.open("plan-a", document, kT1).status, OpenStatus::unavailable);
  EXPECT_EQ(document.plan().dissertation.title, "Edited in memory");
  EXPECT_EQ(storage.writes(), 1);  // the probe, refused
}

TEST_F(PlanStoreTest, AZeroQuotaWithNothingStoredIsUnavailable) {
  // Safari's old private windows: every write is a quota error.
  storage.set_quota(0, browser_quota_errors()[3]);
  const StoreStart started = store.start(kT0);
  EXPECT_FALSE(started.available);
  EXPECT_EQ(started.detail, browser_quota_errors()[3].message);
}

TEST_F(PlanStoreTest, AStorageThatDoesNotKeepWhatIsWrittenIsUnavailable) {
  storage.mangle_write(1, FakeStorage::Mangle::flip_last_byte);
  const StoreStart started = store.start(kT0);
  EXPECT_FALSE(started.available);
  EXPECT_EQ(started.detail, "the browser's storage did not keep a test value");
}

TEST_F(PlanStoreTest, AFullStorageHoldingPlansStillOpensThemAndSaysItIsFull) {
  start_with_open_plan();
  const std::string good = stored(kPlanA);
  std::size_t used = 0;
  for (const auto& [key, value] : storage.values()) used += key.size() + value.size();
  storage.set_quota(used);

  PlanStore later(storage, catalogue);
  Document reopened;
  const StoreStart started = later.start(kT1);
  EXPECT_TRUE(started.available);
  ASSERT_EQ(started.notices.size(), 1u);
  EXPECT_EQ(started.notices[0].rfind("This browser's storage for the planner is full", 0), 0u);
  EXPECT_EQ(started.detail, browser_quota_errors()[0].message);
  ASSERT_EQ(later.open("plan-a", reopened, kT1).status, OpenStatus::opened);
  EXPECT_EQ(reopened.plan(), plan_with("plan-a", "Sam's plan"));

  ASSERT_FALSE(reopened.apply(retitle("A title longer than the one stored, so that it no longer fits")));
  const SaveState saved = later.save(reopened, kT2);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.problem, SaveProblem::quota_exceeded);
  EXPECT_EQ(stored(kPlanA), good);
}

// ---- saving ---------------------------------------------------------------------------------------

TEST_F(PlanStoreTest, CreatingStoresRevisionOneOfThePlanFile) {
  start();
  const Plan plan = plan_with("plan-a", "Sam's plan");
  ASSERT_TRUE(store.create(plan, kT0).ok);
  EXPECT_EQ(stored(kPlanA), record_of(plan, 1, kT0));
  EXPECT_EQ(stored(kBackupA), "<missing>");
  const PlanEntry* entry = store.index().find("plan-a");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(*entry, (PlanEntry{"plan-a", "Sam's plan", std::string(kT0), std::string(kT0), 1, "", ""}));
  EXPECT_EQ(decode_plan_index(stored(keys::kIndex)).index.plans, store.index().plans);
}

TEST_F(PlanStoreTest, EverySaveWritesTheNextRevisionAndKeepsThePreviousAsTheBackup) {
  start_with_open_plan();
  const std::string first = stored(kPlanA);
  const std::string second = edit_and_save("Integrated discharge", kT1);
  EXPECT_EQ(second, record_of(document.plan(), 2, kT1));
  EXPECT_EQ(stored(kBackupA), first);

  const std::string third = edit_and_save("Integrated discharge across two trusts", kT2);
  EXPECT_EQ(third, record_of(document.plan(), 3, kT2));
  EXPECT_EQ(stored(kBackupA), second);

  const PlanEntry* entry = store.index().find("plan-a");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->updated_at, kT2);
  EXPECT_EQ(entry->revision, 3u);
  EXPECT_EQ(entry->created_at, kT0);
}

TEST_F(PlanStoreTest, ASaveEncodedAheadWritesWhatWasEncodedWithTheRecordsOfTheSaveItself) {
  start_with_open_plan();
  const std::string first = stored(kPlanA);
  EXPECT_FALSE(document.apply(retitle("Integrated discharge")));
  const std::uint64_t writes = storage.writes();
  const EncodedPlan encoded = store.encode_for_save(document, kT1);
  EXPECT_EQ(storage.writes(), writes) << "encoding writes nothing";
  EXPECT_EQ(store.save(document, kT2, encoded).status, SaveStatus::saved);
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT1)) << "saved at the time it was encoded";
  EXPECT_EQ(stored(kBackupA), first);
  EXPECT_EQ(store.index().find("plan-a")->updated_at, kT2);
}

TEST_F(PlanStoreTest, BackingUpAheadCopiesTheStoredVersionOnceAndTheSaveFindsItDone) {
  start_with_open_plan();
  const std::string first = stored(kPlanA);
  EXPECT_FALSE(document.apply(retitle("Integrated discharge")));
  store.back_up_for_save();
  EXPECT_EQ(stored(kBackupA), first);
  EXPECT_EQ(stored(kPlanA), first) << "the plan itself waits for the save";
  const int writes = storage.writes();
  store.back_up_for_save();
  EXPECT_EQ(storage.writes(), writes) << "a backup already there is not written again";
  EXPECT_EQ(store.save(document, kT1), saved_state());
  EXPECT_EQ(storage.writes(), writes + 2) << "the plan and the index, not the backup again";
  EXPECT_EQ(stored(kBackupA), first);
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT1));
}

TEST_F(PlanStoreTest, BackingUpAheadNeverCopiesAnotherTabsVersion) {
  start_with_open_plan();
  storage.other_tab_write(kPlanA, record_of(plan_with("plan-a", "Theirs"), 7, kT1));
  store.back_up_for_save();
  EXPECT_EQ(stored(kBackupA), "<missing>");
  EXPECT_FALSE(document.apply(retitle("Mine")));
  EXPECT_EQ(store.save(document, kT2).status, SaveStatus::failed) << "the save meets the conflict";
  EXPECT_EQ(stored(kBackupA), "<missing>");
}

TEST_F(PlanStoreTest, AnEncodingOfAnEarlierRevisionIsNeverWritten) {
  start_with_open_plan();
  EXPECT_FALSE(document.apply(retitle("Integrated discharge")));
  const EncodedPlan stale = store.encode_for_save(document, kT1);
  EXPECT_FALSE(document.apply(retitle("Integrated discharge across two trusts")));
  EXPECT_EQ(store.save(document, kT2, stale).status, SaveStatus::saved);
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT2));
}

TEST_F(PlanStoreTest, StateIsSavingWhileChangesWaitAndSavedOnceWritten) {
  start_with_open_plan();
  EXPECT_EQ(store.state(document), saved_state());
  EXPECT_FALSE(store.needs_save(document));
  ASSERT_FALSE(document.apply(retitle("Changed")));
  EXPECT_EQ(store.state(document), saving_state());
  EXPECT_EQ(to_string(store.state(document).status), "saving");
  EXPECT_TRUE(store.needs_save(document));
  ASSERT_EQ(store.save(document, kT1).status, SaveStatus::saved);
  EXPECT_EQ(store.state(document), saved_state());
  EXPECT_EQ(to_string(store.state(document).status), "saved");
  EXPECT_FALSE(store.needs_save(document));
}

TEST_F(PlanStoreTest, ReopeningReadsBackExactlyWhatWasSaved) {
  start_with_open_plan();
  edit_and_save("Saved title", kT1);
  const Plan saved_plan = document.plan();

  PlanStore later(storage, catalogue);
  Document reopened;
  ASSERT_TRUE(later.start(kT2).available);
  EXPECT_EQ(later.index().last_opened, "plan-a");
  ASSERT_EQ(later.open("plan-a", reopened, kT2).status, OpenStatus::opened);
  EXPECT_EQ(reopened.plan(), saved_plan);
}

TEST_F(PlanStoreTest, EachBrowsersQuotaErrorFailsTheSaveAndLosesNothing) {
  for (const StorageError& full : browser_quota_errors()) {
    SCOPED_TRACE(full.message);
    FakeStorage tab;
    PlanStore quota_store(tab, catalogue);
    Document doc;
    ASSERT_TRUE(quota_store.start(kT0).available);
    ASSERT_TRUE(quota_store.create(plan_with("plan-a", "Sam's plan"), kT0).ok);
    ASSERT_EQ(quota_store.open("plan-a", doc, kT0).status, OpenStatus::opened);
    const std::string good = tab.value(kPlanA).value();

    tab.fail_writes_to(kPlanA, full);
    ASSERT_FALSE(doc.apply(retitle("Does not fit")));
    const SaveState saved = quota_store.save(doc, kT1);
    EXPECT_EQ(saved.status, SaveStatus::failed);
    EXPECT_EQ(saved.problem, SaveProblem::quota_exceeded);
    EXPECT_EQ(saved.detail, full.message);
    EXPECT_EQ(saved.message.rfind("Not saved: this browser's storage for the planner is full.", 0), 0u);
    EXPECT_NE(saved.message.find("\"Export plan\""), std::string::npos);
    EXPECT_EQ(tab.value(kPlanA), good);
    EXPECT_EQ(tab.value(kBackupA), good);
    // The banner stays until a save succeeds.
    EXPECT_EQ(quota_store.state(doc), saved);
    EXPECT_TRUE(quota_store.needs_save(doc));
    EXPECT_EQ(doc.plan().dissertation.title, "Does not fit");
  }
}

TEST_F(PlanStoreTest, AFailedSaveRecoversAtTheNextAttemptOnceThereIsRoom) {
  start_with_open_plan();
  const std::string good = stored(kPlanA);
  storage.fail_write(2, browser_quota_errors()[1]);  // the backup, then the plan
  ASSERT_FALSE(document.apply(retitle("Later")));
  EXPECT_EQ(store.save(document, kT1).problem, SaveProblem::quota_exceeded);
  EXPECT_EQ(stored(kPlanA), good);

  const SaveState retried = store.save(document, kT2);
  EXPECT_EQ(retried, saved_state());
  EXPECT_EQ(store.state(document), saved_state());
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT2));
  EXPECT_EQ(stored(kBackupA), good);
}

TEST_F(PlanStoreTest, AQuotaHitOnTheBackupAndThePlanKeepsTheOldPlanWhole) {
  start_with_open_plan();
  const std::string good = stored(kPlanA);
  std::size_t used = 0;
  for (const auto& [key, value] : storage.values()) used += key.size() + value.size();
  storage.set_quota(used);
  ASSERT_FALSE(document.apply(retitle("A much longer dissertation title than there is room for")));
  const SaveState saved = store.save(document, kT1);
  EXPECT_EQ(saved.problem, SaveProblem::quota_exceeded);
  EXPECT_EQ(stored(kPlanA), good);
  EXPECT_EQ(stored(kBackupA), "<missing>");
}

TEST_F(PlanStoreTest, ABackupThatCannotBeWrittenStillSavesAndSaysSo) {
  start_with_open_plan();
  storage.fail_writes_to(kBackupA, browser_quota_errors()[0]);
  ASSERT_FALSE(document.apply(retitle("Saved without backup")));
  const SaveState saved = store.save(document, kT1);
  EXPECT_EQ(saved.status, SaveStatus::saved);
  EXPECT_EQ(saved.problem, SaveProblem::backup_not_kept);
  EXPECT_EQ(saved.message,
            "Changes saved, but the backup copy of the previous version could not be updated because this browser's "
            "storage is full. Export the plan to keep a copy of your own.");
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT1));
  EXPECT_EQ(store.state(document), saved);
}

TEST_F(PlanStoreTest, StorageBlockedAfterStartFailsWithItsOwnMessageAndWritesNothing) {
  start_with_open_plan();
  const std::string good = stored(kPlanA);
  const int writes = storage.writes();
  storage.block();
  ASSERT_FALSE(document.apply(retitle("Blocked")));
  const SaveState saved = store.save(document, kT1);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.problem, SaveProblem::storage_blocked);
  EXPECT_EQ(storage.writes(), writes);
  storage.unblock();
  EXPECT_EQ(stored(kPlanA), good);
}

TEST_F(PlanStoreTest, AReadThatFailsBeforeWritingWritesNothing) {
  start_with_open_plan();
  const int writes = storage.writes();
  storage.fail_reads_from(1, StorageError{StorageErrorKind::other, "UnknownError: read failed"});
  ASSERT_FALSE(document.apply(retitle("Unchecked")));
  const SaveState saved = store.save(document, kT1);
  EXPECT_EQ(saved.problem, SaveProblem::storage_error);
  EXPECT_EQ(saved.detail, "UnknownError: read failed");
  EXPECT_EQ(storage.writes(), writes);
}

TEST_F(PlanStoreTest, AWriteThatReadsBackDifferentlyFailsAndNeverBecomesTheBackup) {
  start_with_open_plan();
  const std::string good = stored(kPlanA);
  storage.mangle_write(2, FakeStorage::Mangle::truncate_half);  // the backup, then the plan
  ASSERT_FALSE(document.apply(retitle("Mangled")));
  const SaveState saved = store.save(document, kT1);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.problem, SaveProblem::not_verified);
  const std::string intended = record_of(document.plan(), 2, kT1);
  EXPECT_EQ(saved.detail, "Read back " + std::to_string(intended.size() / 2) + " bytes; " +
                              std::to_string(intended.size()) + " were written.");
  EXPECT_EQ(stored(kPlanA), intended.substr(0, intended.size() / 2));
  EXPECT_EQ(stored(kBackupA), good);

  // The next save replaces this tab's own bad write, and the backup stays the last good version.
  ASSERT_FALSE(document.apply(retitle("Mangled, then fixed")));
  EXPECT_EQ(store.save(document, kT2), saved_state());
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 3, kT2));
  EXPECT_EQ(stored(kBackupA), good);
}

TEST_F(PlanStoreTest, AWriteThatCannotBeReadBackCountsAsOursAtTheNextSave) {
  start_with_open_plan();
  // The check, whether the backup holds it, the backup's read-back, the recheck; then the read-back fails.
  storage.fail_reads_from(5, StorageError{StorageErrorKind::other, "UnknownError"});
  ASSERT_FALSE(document.apply(retitle("Unverified")));
  EXPECT_EQ(store.save(document, kT1).problem, SaveProblem::not_verified);
  storage.fail_reads_from(1, std::nullopt);
  ASSERT_FALSE(document.apply(retitle("Verified")));
  EXPECT_EQ(store.save(document, kT2), saved_state());
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 3, kT2));
}

TEST_F(PlanStoreTest, ADamagedStoredCopyIsQuarantinedRawBeforeItIsReplaced) {
  start_with_open_plan();
  const std::string first = stored(kPlanA);
  edit_and_save("Second", kT1);
  storage.truncate(kPlanA, 300);
  const std::string damaged = stored(kPlanA);

  ASSERT_FALSE(document.apply(retitle("Third")));
  EXPECT_EQ(store.save(document, kT2), saved_state());
  EXPECT_EQ(stored(keys::quarantine(kT2, kPlanA)), damaged);
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 3, kT2));
  EXPECT_EQ(stored(kBackupA), first);  // never the damaged text
}

TEST_F(PlanStoreTest, ADamagedStoredCopyThatCannotBeMovedAsideIsNeverOverwritten) {
  start_with_open_plan();
  edit_and_save("Second", kT1);
  const std::string backup = stored(kBackupA);
  storage.flip_byte(kPlanA, 2);  // breaks the header's JSON
  const std::string damaged = stored(kPlanA);
  storage.fail_writes_to(std::string(keys::kQuarantinePrefix), browser_quota_errors()[0]);

  ASSERT_FALSE(document.apply(retitle("Third")));
  const SaveState saved = store.save(document, kT2);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.problem, SaveProblem::damaged_in_place);
  EXPECT_EQ(stored(kPlanA), damaged);
  EXPECT_EQ(stored(kBackupA), backup);
  EXPECT_TRUE(store.quarantined().empty());
}

TEST_F(PlanStoreTest, SavingADocumentOfAnotherPlanWritesNothing) {
  start_with_open_plan();
  const int writes = storage.writes();
  Document other(plan_with("plan-b", "Not open"));
  const SaveState saved = store.save(other, kT1);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.detail, "open plan \"plan-a\", document plan \"plan-b\"");
  EXPECT_EQ(storage.writes(), writes);
}

TEST_F(PlanStoreTest, RefusesTimestampsThatWouldMakeUnloadableRecords) {
  start_with_open_plan();
  EXPECT_THROW(store.save(document, "yesterday"), std::invalid_argument);
}

// ---- read-only --------------------------------------------------------------------------------

// A record whose plan file says schemaVersion 2 and carries a field this version does not know.
std::string newer_file_record(const Plan& plan) {
  nlohmann::json file = nlohmann::json::parse(save_plan_file(plan, kT0, "2.0.0"));
  file["schemaVersion"] = kCurrentPlanSchemaVersion + 1;
  file["plan"]["mentorNotes"] = "kept by version 2 only";
  return encode_plan_record(5, file.dump(2));
}

TEST_F(PlanStoreTest, APlanFromANewerVersionOpensReadOnlyAndIsNeverWritten) {
  start();
  const std::string newer = newer_file_record(plan_with("plan-a", "From the future"));
  storage.values()[kPlanA] = newer;

  const OpenResult opened = store.open("plan-a", document, kT1);
  EXPECT_EQ(opened.status, OpenStatus::read_only);
  EXPECT_EQ(opened.message, readonly_state("").message);
  EXPECT_EQ(opened.detail.rfind("This plan was saved by a newer version of the app (2.0.0)", 0), 0u) << opened.detail;
  EXPECT_EQ(document.plan().name, "From the future");
  EXPECT_TRUE(store.read_only());

  ASSERT_FALSE(document.apply(retitle("Must not be saved")));
  EXPECT_FALSE(store.needs_save(document));
  const SaveState saved = store.save(document, kT2);
  EXPECT_EQ(saved.status, SaveStatus::readonly);
  EXPECT_EQ(to_string(saved.status), "readonly");
  EXPECT_EQ(store.state(document).status, SaveStatus::readonly);
  EXPECT_FALSE(store.rename("plan-a", "New name", document, kT2).ok);
  EXPECT_FALSE(store.replace_open_plan(document, plan_with("plan-a", "Import"), "Import", kT2).ok);
  EXPECT_EQ(stored(kPlanA), newer);
  EXPECT_EQ(stored(kBackupA), "<missing>");
}

TEST_F(PlanStoreTest, ANewerRecordLayoutOpensReadOnly) {
  start();
  const std::string newer =
      "{\"record\":2,\"revision\":8,\"compressed\":false}\n" + save_plan_file(plan_with("plan-a", "Layout 2"), kT0);
  storage.values()[kPlanA] = newer;
  EXPECT_EQ(store.open("plan-a", document, kT1).status, OpenStatus::read_only);
  ASSERT_FALSE(document.apply(retitle("Must not be saved")));
  EXPECT_EQ(store.save(document, kT2).status, SaveStatus::readonly);
  EXPECT_EQ(stored(kPlanA), newer);
}

TEST_F(PlanStoreTest, APlanANewerVersionStoredUnreadablyIsNotOpenedAndNotTouched) {
  start_with_open_plan("plan-b", "Open before");
  const std::string newer = "{\"record\":3,\"revision\":8}\nbinary";
  storage.values()[kPlanA] = newer;
  const OpenResult opened = store.open("plan-a", document, kT1);
  EXPECT_EQ(opened.status, OpenStatus::too_new);
  EXPECT_EQ(document.plan().id, "plan-b");
  EXPECT_EQ(store.open_id(), "plan-b");
  EXPECT_EQ(stored(kPlanA), newer);
}

TEST_F(PlanStoreTest, APlanListFromANewerVersionMakesEverythingReadOnly) {
  {
    PlanStore first(storage, catalogue);
    ASSERT_TRUE(first.start(kT0).available);
    ASSERT_TRUE(first.create(plan_with("plan-a", "Sam's plan"), kT0).ok);
  }
  nlohmann::json index = nlohmann::json::parse(stored(keys::kIndex));
  index["version"] = 2;
  storage.values()[std::string(keys::kIndex)] = index.dump();
  const auto before = storage.values();

  const StoreStart started = store.start(kT1);
  EXPECT_TRUE(started.available);
  EXPECT_TRUE(started.read_only);
  EXPECT_EQ(started.message.rfind("The plans in this browser were last saved by a newer version of the app.", 0), 0u);
  EXPECT_EQ(store.open("plan-a", document, kT1).status, OpenStatus::read_only);
  ASSERT_FALSE(document.apply(retitle("Must not be saved")));
  EXPECT_EQ(store.save(document, kT2).status, SaveStatus::readonly);
  EXPECT_FALSE(store.create(plan_with("plan-b", "New"), kT2).ok);
  EXPECT_FALSE(store.remove("plan-a", document, kT2).ok);
  EXPECT_TRUE(store.write_setting(AppSetting::ui, "{}"));
  EXPECT_EQ(storage.values(), before);
}

// ---- settings -------------------------------------------------------------------------------------

TEST_F(PlanStoreTest, SettingsAreWrittenOnlyWhenTheyChange) {
  start();
  const int writes = storage.writes();
  EXPECT_FALSE(store.write_setting(AppSetting::layout, "[Window][Timeline]\nPos=0,0\n"));
  EXPECT_FALSE(store.write_setting(AppSetting::layout, "[Window][Timeline]\nPos=0,0\n"));
  EXPECT_EQ(storage.writes(), writes + 1);
  EXPECT_FALSE(store.write_setting(AppSetting::ui, "{\"theme\":\"dark\"}"));
  EXPECT_EQ(stored(keys::kImguiLayout), "[Window][Timeline]\nPos=0,0\n");
  EXPECT_EQ(stored(keys::kUiSettings), "{\"theme\":\"dark\"}");

  PlanStore later(storage, catalogue);
  ASSERT_TRUE(later.start(kT1).available);
  EXPECT_EQ(later.read_setting(AppSetting::ui), "{\"theme\":\"dark\"}");
  const int before = storage.writes();
  EXPECT_FALSE(later.write_setting(AppSetting::ui, "{\"theme\":\"dark\"}"));
  EXPECT_EQ(storage.writes(), before);
}

TEST_F(PlanStoreTest, ASettingIsReadBeforeStartWithoutWritingAnything) {
  start();
  EXPECT_FALSE(store.write_setting(AppSetting::ui, "{\"textScale\":1.5}"));
  PlanStore demo(storage, catalogue);  // never started: the demo
  const int writes = storage.writes();
  EXPECT_EQ(demo.read_setting(AppSetting::ui), "{\"textScale\":1.5}");
  EXPECT_EQ(storage.writes(), writes);
}

TEST_F(PlanStoreTest, ASettingThatCannotBeWrittenIsTriedAgainNextTime) {
  start();
  storage.fail_write(1, browser_quota_errors()[0]);
  const std::optional<StorageError> refused = store.write_setting(AppSetting::ui, "{\"textScale\":1.2}");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->kind, StorageErrorKind::quota_exceeded);
  EXPECT_FALSE(store.write_setting(AppSetting::ui, "{\"textScale\":1.2}"));
  EXPECT_EQ(stored(keys::kUiSettings), "{\"textScale\":1.2}");
}

TEST_F(PlanStoreTest, SettingsStayInMemoryWhenStorageIsUnavailable) {
  storage.block();
  ASSERT_FALSE(store.start(kT0).available);
  EXPECT_EQ(store.read_setting(AppSetting::ui), std::nullopt);
  const std::optional<StorageError> refused = store.write_setting(AppSetting::ui, "{}");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->kind, StorageErrorKind::unavailable);
}

// ---- save state names ---------------------------------------------------------------------------

TEST(SaveState, UsesExactlyTheStatusWordsOfTheProductSpecification) {
  EXPECT_EQ(to_string(SaveStatus::saved), "saved");
  EXPECT_EQ(to_string(SaveStatus::saving), "saving");
  EXPECT_EQ(to_string(SaveStatus::failed), "failed");
  EXPECT_EQ(to_string(SaveStatus::unavailable), "unavailable");
  EXPECT_EQ(to_string(SaveStatus::readonly), "readonly");
}

TEST(SaveState, EveryFailureMessageOffersExport) {
  for (const SaveState& state :
       {failed_to_write(browser_quota_errors()[0]), failed_to_write(blocked_error()),
        failed_to_write({StorageErrorKind::other, "x"}), not_verified_state(""),
        damaged_in_place_state({StorageErrorKind::quota_exceeded, ""}), unavailable_state("")}) {
    EXPECT_NE(state.message.find("\"Export plan\""), std::string::npos) << state.message;
  }
}

}  // namespace
}  // namespace planner
