// PlanStore's plan list: create, open, rename, duplicate, delete with undo, the trash, damaged data
// kept aside and restored from backups, the index rebuilt, imports, and export bookkeeping.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/files/plan_file_format.hpp"
#include "core/plan/edits.hpp"
#include "core/plan/plan_limits.hpp"
#include "plan_store_fixture.hpp"

namespace planner {
namespace {

using namespace test;
namespace keys = storage_keys;

const std::string kBackupA = keys::backup("plan-a");
const std::string kTrashA = keys::trash("plan-a");

std::vector<std::string> ids(const std::vector<PlanEntry>& entries) {
  std::vector<std::string> out;
  for (const PlanEntry& entry : entries) out.push_back(entry.id);
  return out;
}

using Ids = std::vector<std::string>;

// ---- create, open, rename, duplicate ---------------------------------------------------------------

TEST_F(PlanStoreTest, CreateRefusesAnIdAlreadyStoredAndChangesNothing) {
  start();
  ASSERT_TRUE(store.create(plan_with("plan-a", "First"), kT0).ok);
  const auto before = storage.values();
  const StoreResult again = store.create(plan_with("plan-a", "Second"), kT1);
  EXPECT_FALSE(again.ok);
  EXPECT_EQ(again.message, "The plan was not stored: a plan with the same id is already stored here.");
  EXPECT_EQ(storage.values(), before);
}

TEST_F(PlanStoreTest, KeepNewStoresAPlanMadeInThisWindowAndKeepsItsUndo) {
  start();
  ASSERT_FALSE(document.apply(edits::replace_plan(plan_with("plan-a", "Sam's plan"), "Suggest a plan")));
  const SaveState kept = store.keep_new(document, kT1);
  EXPECT_EQ(kept.status, SaveStatus::saved) << kept.message;
  EXPECT_EQ(store.open_id(), "plan-a");
  EXPECT_EQ(store.index().last_opened, "plan-a");
  EXPECT_TRUE(document.can_undo()) << "the step that made the plan stays undoable";
  EXPECT_FALSE(store.needs_save(document));
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 1, kT1));
  // Later edits are ordinary saves of the open plan, with the first version as the backup.
  edit_and_save("A case study", kT2);
  EXPECT_EQ(stored(kBackupA), record_of(plan_with("plan-a", "Sam's plan"), 1, kT1));
}

TEST_F(PlanStoreTest, KeepNewThatCannotWriteFailsWithTheReasonAndStoresNothing) {
  start();
  ASSERT_FALSE(document.apply(edits::replace_plan(plan_with("plan-a", "Sam's plan"), "Suggest a plan")));
  storage.set_quota(10);
  const SaveState kept = store.keep_new(document, kT1);
  EXPECT_EQ(kept.status, SaveStatus::failed);
  EXPECT_EQ(kept.problem, SaveProblem::quota_exceeded);
  EXPECT_EQ(store.open_id(), "");
  EXPECT_FALSE(storage.value(kPlanA).has_value());
  EXPECT_EQ(document.plan().name, "Sam's plan") << "the plan stays in the window";
}

TEST_F(PlanStoreTest, CreateRefusesAPlanThatCouldNotBeOpenedAgain) {
  start();
  Plan plan = plan_with("plan-a", "Unknown module");
  plan.modules[0].module_id = "M99";
  const int writes = storage.writes();
  const StoreResult created = store.create(plan, kT0);
  EXPECT_FALSE(created.ok);
  EXPECT_EQ(created.message.rfind("The plan was not stored: it would not load again (", 0), 0u) << created.message;
  EXPECT_EQ(storage.writes(), writes);
}

TEST_F(PlanStoreTest, CreateRefusesIdsThatCannotNameAKey) {
  start();
  EXPECT_FALSE(store.create(plan_with("../index", "Sneaky"), kT0).ok);
  EXPECT_EQ(storage.values().size(), 0u);
}

TEST_F(PlanStoreTest, OpeningAPlanRemembersItForTheNextStart) {
  start();
  ASSERT_TRUE(store.create(plan_with("plan-a", "A"), kT0).ok);
  ASSERT_TRUE(store.create(plan_with("plan-b", "B"), kT0).ok);
  ASSERT_EQ(store.open("plan-b", document, kT1).status, OpenStatus::opened);
  PlanStore later(storage, catalogue);
  ASSERT_TRUE(later.start(kT2).available);
  EXPECT_EQ(later.index().last_opened, "plan-b");
  EXPECT_EQ(ids(later.index().plans), (Ids{"plan-a", "plan-b"}));
}

TEST_F(PlanStoreTest, RenamingTheOpenPlanIsOneUndoableStepAndIsSaved) {
  start_with_open_plan();
  const StoreResult renamed = store.rename("plan-a", "Sam's plan 2027", document, kT1);
  EXPECT_TRUE(renamed.ok);
  EXPECT_EQ(document.plan().name, "Sam's plan 2027");
  EXPECT_EQ(document.undo_label(), "Rename the plan to \u201cSam's plan 2027\u201d");
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT1));
  EXPECT_EQ(store.index().find("plan-a")->name, "Sam's plan 2027");
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.plan().name, "Sam's plan");
}

TEST_F(PlanStoreTest, RenamingAnotherPlanRewritesItAndKeepsThePreviousVersionAsItsBackup) {
  start_with_open_plan();
  ASSERT_TRUE(store.create(plan_with("plan-b", "Mentee"), kT0).ok);
  const std::string before = stored(keys::plan("plan-b"));
  const std::uint64_t revision = document.revision();
  EXPECT_TRUE(store.rename("plan-b", "Mentee: Jo", document, kT1).ok);
  EXPECT_EQ(stored(keys::plan("plan-b")), record_of(plan_with("plan-b", "Mentee: Jo"), 2, kT1));
  EXPECT_EQ(stored(keys::backup("plan-b")), before);
  EXPECT_EQ(store.index().find("plan-b")->name, "Mentee: Jo");
  EXPECT_EQ(store.index().find("plan-b")->revision, 2u);
  EXPECT_EQ(document.revision(), revision);  // the open plan is not touched
}

TEST_F(PlanStoreTest, RenamingRefusesNamesAPlanFileCannotHold) {
  start_with_open_plan();
  const auto before = storage.values();
  const std::uint64_t revision = document.revision();
  EXPECT_EQ(store.rename("plan-a", "Two\nlines", document, kT1).message,
            "A plan's name must be one line, without tabs or other control characters.");
  EXPECT_EQ(store.rename("plan-a", std::string(limits::kMaxLineCharacters + 1, 'x'), document, kT1).message,
            "A plan's name can be at most 1000 characters long.");
  EXPECT_EQ(storage.values(), before);
  EXPECT_EQ(document.revision(), revision);
}

TEST_F(PlanStoreTest, RenamingWithStorageUnavailableRenamesInMemory) {
  storage.block();
  ASSERT_FALSE(store.start(kT0).available);
  document.reset(plan_with("plan-a", "Sam's plan"));
  EXPECT_TRUE(store.rename("plan-a", "Renamed", document, kT1).ok);
  EXPECT_EQ(document.plan().name, "Renamed");
}

TEST_F(PlanStoreTest, DuplicateStoresACopyUnderTheNewIdWithACopyName) {
  start_with_open_plan();
  edit_and_save("Copied title", kT1);
  EXPECT_TRUE(store.duplicate("plan-a", "plan-b", kT2).ok);
  Plan expected = document.plan();
  expected.id = "plan-b";
  expected.name = "Sam's plan (copy)";
  EXPECT_EQ(stored(keys::plan("plan-b")), record_of(expected, 1, kT2));
  EXPECT_EQ(ids(store.index().plans), (Ids{"plan-a", "plan-b"}));
  EXPECT_EQ(store.open_id(), "plan-a");
}

TEST_F(PlanStoreTest, DuplicatingAPlanFromANewerVersionMakesAnEditableCopyAndSaysWhatWasLeftOut) {
  start();
  nlohmann::json file = nlohmann::json::parse(save_plan_file(plan_with("plan-a", "Future"), kT0, "2.0.0"));
  file["schemaVersion"] = kCurrentPlanSchemaVersion + 1;
  const std::string newer = encode_plan_record(4, file.dump());
  storage.values()[kPlanA] = newer;
  const StoreResult copied = store.duplicate("plan-a", "plan-b", kT1);
  EXPECT_TRUE(copied.ok);
  EXPECT_EQ(copied.message,
            "The copy is in this version's format: anything only the newer version knows about was left out.");
  EXPECT_EQ(store.open("plan-b", document, kT1).status, OpenStatus::opened);
  EXPECT_EQ(document.plan().name, "Future (copy)");
  EXPECT_EQ(stored(kPlanA), newer);
}

TEST(CopyName, AddsCopyUnlessTheNameWouldBecomeTooLong) {
  EXPECT_EQ(copy_name("Sam's plan"), "Sam's plan (copy)");
  EXPECT_EQ(copy_name(""), "Untitled plan (copy)");
  const std::string longest(limits::kMaxLineCharacters, 'x');
  EXPECT_EQ(copy_name(longest), longest);
}

// ---- delete, trash, undo --------------------------------------------------------------------------

TEST_F(PlanStoreTest, DeletingMovesThePlanToTheTrashByteForByteAndClosesIt) {
  start_with_open_plan();
  const std::string last = edit_and_save("Last words", kT1);
  EXPECT_TRUE(store.remove("plan-a", document, kT2).ok);
  EXPECT_EQ(stored(kPlanA), "<missing>");
  EXPECT_EQ(stored(kTrashA), last);
  EXPECT_TRUE(store.index().plans.empty());
  ASSERT_EQ(store.index().trash.size(), 1u);
  EXPECT_EQ(store.index().trash[0].deleted_at, kT2);
  EXPECT_EQ(store.index().trash[0].name, "Sam's plan");
  EXPECT_EQ(store.index().last_opened, "");
  EXPECT_EQ(store.open_id(), "");
  EXPECT_FALSE(store.needs_save(document));
}

TEST_F(PlanStoreTest, DeletingTheOpenPlanSavesItsChangesFirstSoTheTrashHoldsThem) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("Unsaved, then deleted")));
  EXPECT_TRUE(store.remove("plan-a", document, kT1).ok);
  EXPECT_EQ(stored(kTrashA), record_of(document.plan(), 2, kT1));
}

TEST_F(PlanStoreTest, TheOpenPlanIsNotDeletedWhenItsChangesCannotBeSaved) {
  start_with_open_plan();
  const std::string saved = stored(kPlanA);
  ASSERT_FALSE(document.apply(retitle("Unsaved")));
  storage.fail_writes_to(kPlanA, browser_quota_errors()[0]);
  const StoreResult removed = store.remove("plan-a", document, kT1);
  EXPECT_FALSE(removed.ok);
  EXPECT_EQ(removed.message.rfind("The plan was not deleted. The open plan could not be saved first, so it is still "
                                  "open. Not saved: this browser's storage for the planner is full.",
                                  0),
            0u)
      << removed.message;
  EXPECT_EQ(stored(kPlanA), saved);
  EXPECT_EQ(stored(kTrashA), "<missing>");
  EXPECT_EQ(store.open_id(), "plan-a");
}

TEST_F(PlanStoreTest, OpeningAnotherPlanSavesTheChangesOfTheOneLeft) {
  start_with_open_plan();
  ASSERT_TRUE(store.create(plan_with("plan-b", "Other"), kT0).ok);
  ASSERT_FALSE(document.apply(retitle("Left with changes")));
  const Plan left = document.plan();
  ASSERT_EQ(store.open("plan-b", document, kT1).status, OpenStatus::opened);
  EXPECT_EQ(stored(kPlanA), record_of(left, 2, kT1));
  EXPECT_EQ(document.plan().id, "plan-b");
}

TEST_F(PlanStoreTest, APlanWhoseChangesCannotBeSavedStaysOpen) {
  start_with_open_plan();
  ASSERT_TRUE(store.create(plan_with("plan-b", "Other"), kT0).ok);
  ASSERT_FALSE(document.apply(retitle("Stuck")));
  storage.fail_writes_to(kPlanA, browser_quota_errors()[0]);
  const OpenResult opened = store.open("plan-b", document, kT1);
  EXPECT_EQ(opened.status, OpenStatus::failed);
  EXPECT_EQ(opened.message.rfind("The open plan could not be saved first, so it is still open.", 0), 0u);
  EXPECT_EQ(document.plan().dissertation.title, "Stuck");
  EXPECT_EQ(store.open_id(), "plan-a");
  EXPECT_EQ(store.state(document).problem, SaveProblem::quota_exceeded);
}

TEST_F(PlanStoreTest, RestoringFromTheTrashUndoesTheDeleteExactly) {
  start_with_open_plan();
  const std::string last = edit_and_save("Last words", kT1);
  ASSERT_TRUE(store.remove("plan-a", document, kT2).ok);
  EXPECT_TRUE(store.restore_from_trash("plan-a", kT3).ok);
  EXPECT_EQ(stored(kPlanA), last);
  EXPECT_EQ(stored(kTrashA), "<missing>");
  EXPECT_TRUE(store.index().trash.empty());
  ASSERT_NE(store.index().find("plan-a"), nullptr);
  EXPECT_EQ(store.index().find("plan-a")->deleted_at, "");
  EXPECT_EQ(store.index().find("plan-a")->revision, 2u);
  EXPECT_EQ(store.open("plan-a", document, kT3).status, OpenStatus::opened);
  EXPECT_EQ(document.plan().dissertation.title, "Last words");
}

TEST_F(PlanStoreTest, RestoringIsRefusedWhileAPlanWithTheSameIdIsStored) {
  start();
  ASSERT_TRUE(store.create(plan_with("plan-a", "First"), kT0).ok);
  ASSERT_TRUE(store.remove("plan-a", document, kT1).ok);
  ASSERT_TRUE(store.create(plan_with("plan-a", "Second"), kT2).ok);
  const std::string second = stored(kPlanA);
  const StoreResult restored = store.restore_from_trash("plan-a", kT3);
  EXPECT_FALSE(restored.ok);
  EXPECT_EQ(restored.message,
            "The plan was not restored: a plan with the same id is stored again. Delete or export that one first.");
  EXPECT_EQ(stored(kPlanA), second);
  EXPECT_NE(stored(kTrashA), "<missing>");
}

TEST_F(PlanStoreTest, DeletingIsRefusedWhenTheTrashCannotBeWrittenAndThePlanStays) {
  start_with_open_plan();
  const std::string plan = stored(kPlanA);
  storage.fail_writes_to(kTrashA, browser_quota_errors()[0]);
  const StoreResult removed = store.remove("plan-a", document, kT1);
  EXPECT_FALSE(removed.ok);
  EXPECT_EQ(removed.message, "The plan was not deleted: this browser's storage is full.");
  EXPECT_EQ(stored(kPlanA), plan);
  EXPECT_EQ(ids(store.index().plans), (Ids{"plan-a"}));
  EXPECT_EQ(store.open_id(), "plan-a");
}

TEST_F(PlanStoreTest, DeletingAgainKeepsTheEarlierDeletedCopyAside) {
  start();
  ASSERT_TRUE(store.create(plan_with("plan-a", "First"), kT0).ok);
  const std::string first = stored(kPlanA);
  ASSERT_TRUE(store.remove("plan-a", document, kT1).ok);
  ASSERT_TRUE(store.create(plan_with("plan-a", "Second"), kT2).ok);
  const std::string second = stored(kPlanA);
  ASSERT_TRUE(store.remove("plan-a", document, kT3).ok);
  EXPECT_EQ(stored(kTrashA), second);
  EXPECT_EQ(stored(keys::quarantine(kT3, kTrashA)), first);
}

TEST_F(PlanStoreTest, EmptyingTheTrashDeletesTrashedPlansAndTheirBackupsOnly) {
  start_with_open_plan();
  edit_and_save("Has a backup", kT1);
  ASSERT_TRUE(store.create(plan_with("plan-b", "Keep"), kT1).ok);
  ASSERT_TRUE(store.remove("plan-a", document, kT2).ok);
  EXPECT_TRUE(store.empty_trash(kT3).ok);
  EXPECT_EQ(stored(kTrashA), "<missing>");
  EXPECT_EQ(stored(kBackupA), "<missing>");
  EXPECT_NE(stored(keys::plan("plan-b")), "<missing>");
  EXPECT_TRUE(store.index().trash.empty());
  EXPECT_EQ(ids(store.index().plans), (Ids{"plan-b"}));
}

// ---- damaged data, backups --------------------------------------------------------------------------

TEST_F(PlanStoreTest, OpeningADamagedPlanKeepsItAsideRawAndOffersTheBackup) {
  start_with_open_plan();
  const std::string first = stored(kPlanA);
  edit_and_save("Second", kT1);
  storage.truncate(kPlanA, 500);
  const std::string damaged = stored(kPlanA);

  PlanStore later(storage, catalogue);
  Document reopened;
  ASSERT_TRUE(later.start(kT2).available);
  const OpenResult opened = later.open("plan-a", reopened, kT2);
  EXPECT_EQ(opened.status, OpenStatus::damaged);
  EXPECT_EQ(opened.message,
            "The copy of this plan stored in this browser is damaged and cannot be opened. It has been kept aside "
            "unchanged, so it can still be exported. The previous version (its backup) can be restored.");
  EXPECT_EQ(opened.detail.rfind("This file is not an apprenticeship plan: ", 0), 0u) << opened.detail;
  EXPECT_TRUE(opened.backup_available);
  EXPECT_EQ(opened.backup_saved_at, kT0);
  EXPECT_EQ(opened.quarantine_key, keys::quarantine(kT2, kPlanA));
  EXPECT_EQ(stored(opened.quarantine_key), damaged);
  EXPECT_EQ(stored(kPlanA), "<missing>");
  EXPECT_EQ(later.open_id(), "");

  const std::vector<QuarantineEntry> aside = later.quarantined();
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(aside[0].key, opened.quarantine_key);
  EXPECT_EQ(aside[0].moved_at, kT2);
  EXPECT_EQ(aside[0].source_key, kPlanA);
  EXPECT_EQ(later.read_quarantined(aside[0].key).value, damaged);

  const OpenResult restored = later.restore_backup("plan-a", reopened, kT3);
  EXPECT_EQ(restored.status, OpenStatus::opened);
  EXPECT_EQ(restored.message, "The previous version (saved 2027-01-04T09:00:00Z) has been restored.");
  EXPECT_EQ(reopened.plan(), plan_with("plan-a", "Sam's plan"));
  EXPECT_EQ(stored(kPlanA), record_of(reopened.plan(), 3, kT3));
  EXPECT_EQ(stored(kBackupA), first);
  EXPECT_EQ(later.state(reopened), saved_state());
  EXPECT_EQ(stored(opened.quarantine_key), damaged);  // kept until the user discards it

  EXPECT_TRUE(later.discard_quarantined(opened.quarantine_key).ok);
  EXPECT_TRUE(later.quarantined().empty());
}

TEST_F(PlanStoreTest, ADamagedPlanThatCannotBeMovedAsideIsLeftExactlyAsItIs) {
  start_with_open_plan();
  storage.flip_byte(kPlanA, 40);
  const std::string damaged = stored(kPlanA);
  storage.fail_writes_to(std::string(keys::kQuarantinePrefix), browser_quota_errors()[0]);
  PlanStore later(storage, catalogue);
  Document reopened;
  ASSERT_TRUE(later.start(kT1).available);
  const OpenResult opened = later.open("plan-a", reopened, kT1);
  EXPECT_EQ(opened.status, OpenStatus::damaged);
  EXPECT_EQ(opened.quarantine_key, "");
  EXPECT_NE(opened.message.find("It could not be moved aside"), std::string::npos) << opened.message;
  EXPECT_TRUE(opened.message.ends_with(" There is no backup of it.")) << opened.message;
  EXPECT_EQ(stored(kPlanA), damaged);
}

TEST_F(PlanStoreTest, ABackupIsNeverRestoredOverADamagedPlanThatCouldNotBeKeptAside) {
  start_with_open_plan();
  edit_and_save("Second", kT1);
  storage.truncate(kPlanA, 200);
  const std::string damaged = stored(kPlanA);
  storage.fail_writes_to(std::string(keys::kQuarantinePrefix), browser_quota_errors()[0]);
  const OpenResult restored = store.restore_backup("plan-a", document, kT2);
  EXPECT_EQ(restored.status, OpenStatus::opened);
  EXPECT_EQ(store.state(document).problem, SaveProblem::damaged_in_place);
  EXPECT_EQ(stored(kPlanA), damaged);
  EXPECT_EQ(document.plan().dissertation.title, test::full_plan().dissertation.title);
}

TEST_F(PlanStoreTest, RestoringTheBackupOfAGoodPlanSwapsTheTwoVersions) {
  start_with_open_plan();
  const std::string first = stored(kPlanA);
  const std::string second = edit_and_save("Regretted", kT1);
  const OpenResult restored = store.restore_backup("plan-a", document, kT2);
  EXPECT_EQ(restored.status, OpenStatus::opened);
  EXPECT_EQ(document.plan(), plan_with("plan-a", "Sam's plan"));
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 3, kT2));
  EXPECT_EQ(stored(kBackupA), second);
  EXPECT_NE(first, stored(kPlanA));  // same plan, a new revision and time
}

TEST_F(PlanStoreTest, AMissingPlanOffersItsBackup) {
  start_with_open_plan();
  edit_and_save("Second", kT1);
  storage.values().erase(kPlanA);
  const OpenResult opened = store.open("plan-a", document, kT2);
  EXPECT_EQ(opened.status, OpenStatus::missing);
  EXPECT_TRUE(opened.backup_available);
  EXPECT_EQ(opened.message,
            "This plan's stored copy is missing, but its backup (the previous version) can be restored.");
}

TEST_F(PlanStoreTest, ARecordFiledUnderAnotherPlansKeyIsDamaged) {
  start();
  storage.values()[kPlanA] = record_of(plan_with("plan-z", "Misfiled"), 1, kT0);
  const OpenResult opened = store.open("plan-a", document, kT1);
  EXPECT_EQ(opened.status, OpenStatus::damaged);
  EXPECT_EQ(opened.detail, "the stored plan's id (\"plan-z\") does not match where it is kept (\"plan-a\")");
}

// ---- the index, rebuilt ------------------------------------------------------------------------------

TEST_F(PlanStoreTest, ADamagedPlanListIsKeptAsideAndRebuiltFromTheStoredPlans) {
  start();
  ASSERT_TRUE(store.create(plan_with("plan-a", "Sam's plan"), kT0).ok);
  storage.values()[std::string(keys::kIndex)] = "{\"format\":\"apprenticeship-planner-index\",";

  PlanStore later(storage, catalogue);
  const StoreStart started = later.start(kT1);
  EXPECT_TRUE(started.available);
  EXPECT_EQ(started.notices,
            (std::vector<std::string>{"The list of plans in this browser was damaged; it has been rebuilt from the "
                                      "stored plans, and the damaged list is kept aside.",
                                      "1 plan stored in this browser was missing from the list of plans and has been "
                                      "added back."}));
  EXPECT_EQ(stored(keys::quarantine(kT1, keys::kIndex)), "{\"format\":\"apprenticeship-planner-index\",");
  ASSERT_NE(later.index().find("plan-a"), nullptr);
  EXPECT_EQ(*later.index().find("plan-a"),
            (PlanEntry{"plan-a", "Sam's plan", std::string(kT0), std::string(kT0), 1, "", ""}));
  EXPECT_EQ(decode_plan_index(stored(keys::kIndex)).index, later.index());
}

TEST_F(PlanStoreTest, TheListIsBroughtInStepWithWhatIsStored) {
  start();
  ASSERT_TRUE(store.create(plan_with("plan-a", "Listed, gone"), kT0).ok);
  ASSERT_TRUE(store.create(plan_with("plan-b", "Listed, trashed"), kT0).ok);
  storage.values().erase(kPlanA);
  storage.values()[keys::trash("plan-b")] = storage.values()[keys::plan("plan-b")];
  storage.values().erase(keys::plan("plan-b"));
  storage.values()[keys::plan("plan-c")] = record_of(plan_with("plan-c", "Unlisted"), 4, kT1);
  storage.values()["planner/plan/not an id"] = "ignored";

  PlanStore later(storage, catalogue);
  const StoreStart started = later.start(kT2);
  EXPECT_EQ(ids(later.index().plans), (Ids{"plan-c"}));
  EXPECT_EQ(ids(later.index().trash), (Ids{"plan-b"}));
  EXPECT_EQ(later.index().find("plan-c")->revision, 4u);
  EXPECT_EQ(started.notices,
            (std::vector<std::string>{
                "1 plan stored in this browser was missing from the list of plans and has been added back.",
                "1 plan in the list of plans had no stored copy left in this browser and was taken off the list."}));
}

// ---- import --------------------------------------------------------------------------------------

TEST_F(PlanStoreTest, ImportingSavesUnsavedChangesFirstAndLeavesThemAsTheBackup) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("Unsaved before the import")));
  const Plan before_import = document.plan();
  Plan incoming = plan_with("plan-from-file", "Imported");
  incoming.dissertation.title = "From the file";

  const StoreResult imported = store.replace_open_plan(document, incoming, "Import plan.json", kT1);
  EXPECT_TRUE(imported.ok) << imported.message;
  incoming.id = "plan-a";
  EXPECT_EQ(document.plan(), incoming);
  EXPECT_EQ(document.undo_label(), "Import plan.json");
  EXPECT_EQ(stored(kBackupA), record_of(before_import, 2, kT1));
  EXPECT_EQ(stored(kPlanA), record_of(incoming, 3, kT1));
  EXPECT_EQ(store.index().find("plan-a")->name, "Imported");
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.plan(), before_import);
}

TEST_F(PlanStoreTest, ImportingIsRefusedWhenTheCurrentPlanCannotBeBackedUp) {
  start_with_open_plan();
  const std::string current = stored(kPlanA);
  const std::uint64_t revision = document.revision();
  storage.fail_writes_to(kBackupA, browser_quota_errors()[0]);
  const StoreResult imported = store.replace_open_plan(document, plan_with("plan-x", "Imported"), "Import", kT1);
  EXPECT_FALSE(imported.ok);
  EXPECT_EQ(imported.message,
            "The plan was not imported, because the current plan could not be backed up first (this browser's storage "
            "is full). Nothing has changed: export the current plan, make room, and try again.");
  EXPECT_EQ(document.revision(), revision);
  EXPECT_EQ(stored(kPlanA), current);
}

TEST_F(PlanStoreTest, ImportingWithStorageUnavailableReplacesThePlanInMemory) {
  storage.block();
  ASSERT_FALSE(store.start(kT0).available);
  document.reset(plan_with("plan-a", "Mine"));
  EXPECT_TRUE(store.replace_open_plan(document, plan_with("plan-x", "Imported"), "Import", kT1).ok);
  EXPECT_EQ(document.plan().name, "Imported");
  EXPECT_EQ(document.plan().id, "plan-a");
}

// ---- export bookkeeping --------------------------------------------------------------------------

TEST_F(PlanStoreTest, MarkingAnExportRecordsItsTimeInTheList) {
  start_with_open_plan();
  EXPECT_TRUE(store.mark_exported("plan-a", kT1).ok);
  EXPECT_EQ(store.index().find("plan-a")->last_exported_at, kT1);
  EXPECT_EQ(decode_plan_index(stored(keys::kIndex)).index.find("plan-a")->last_exported_at, kT1);
  EXPECT_FALSE(store.mark_exported("plan-zz", kT1).ok);
}

}  // namespace
}  // namespace planner
