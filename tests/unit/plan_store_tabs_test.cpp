// PlanStore with a second tab: no silent overwrite, ever. Another tab's version is either
// taken (this tab had nothing unsaved), or put to the user as a conflict; each choice is checked
// to keep both versions' bytes where the user can reach them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan_store_fixture.hpp"

namespace planner {
namespace {

using namespace test;
namespace keys = storage_keys;

const std::string kBackupA = keys::backup("plan-a");

class TwoTabsTest : public PlanStoreTest {
 protected:
  // The other tab saves its version of plan-a (revision 2, another dissertation title).
  Plan their_plan() {
    Plan plan = plan_with("plan-a", "Sam's plan");
    plan.dissertation.title = "Their title";
    return plan;
  }
  std::string their_record() { return record_of(their_plan(), 2, kT1); }
  void other_tab_saves() { storage.other_tab_write(kPlanA, their_record()); }

  // Delivers the queued storage events, as the app does each frame; returns what each meant.
  std::vector<ChangeKind> deliver_events() {
    std::vector<ChangeKind> out;
    for (const std::string& key : storage.take_events()) out.push_back(store.notice_change(key, document, kT2));
    return out;
  }
};

TEST_F(TwoTabsTest, ASaveFindingAnotherTabsVersionIsAConflictAndOverwritesNothing) {
  start_with_open_plan();
  other_tab_saves();
  ASSERT_FALSE(document.apply(retitle("My title")));
  const SaveState saved = store.save(document, kT2);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.problem, SaveProblem::conflict);
  EXPECT_EQ(saved.message,
            "This plan was changed in another tab or window since this one last saved it. Nothing has been "
            "overwritten: choose which version to keep.");
  EXPECT_EQ(saved.detail,
            "Their version: revision 2, saved 2027-01-04T09:01:00Z. This window's last save: revision 1.");
  EXPECT_EQ(stored(kPlanA), their_record());
  EXPECT_EQ(stored(kBackupA), "<missing>");
  ASSERT_TRUE(store.conflict());
  EXPECT_FALSE(store.conflict()->deleted);
  EXPECT_EQ(store.conflict()->their_revision, 2u);
  EXPECT_EQ(store.conflict()->their_plan, their_plan());
  EXPECT_FALSE(store.needs_save(document));
  EXPECT_EQ(store.state(document), saved);
  EXPECT_EQ(document.plan().dissertation.title, "My title");
}

TEST_F(TwoTabsTest, AnotherTabWritingBetweenTheCheckAndTheWriteIsCaughtBeforeTheWrite) {
  start_with_open_plan();
  // The other tab saves while this tab writes its backup: after the check, before the plan write.
  storage.before_next_write([this](FakeStorage& tab) { tab.other_tab_write(kPlanA, their_record()); });
  ASSERT_FALSE(document.apply(retitle("My title")));
  EXPECT_EQ(store.save(document, kT2).problem, SaveProblem::conflict);
  EXPECT_EQ(stored(kPlanA), their_record());
}

TEST_F(TwoTabsTest, AChangeElsewhereWithNothingUnsavedHereIsTakenAsOneUndoableStep) {
  start_with_open_plan();
  const std::string mine = stored(kPlanA);
  other_tab_saves();
  const std::vector<ChangeKind> changes = deliver_events();
  EXPECT_EQ(changes, (std::vector<ChangeKind>{ChangeKind::reloaded}));
  EXPECT_EQ(document.plan(), their_plan());
  EXPECT_EQ(document.undo_label(), "Changes from another tab");
  EXPECT_EQ(store.state(document), saved_state());
  EXPECT_FALSE(store.needs_save(document));

  // Undoing it is an ordinary change: saved over theirs, with theirs kept as the backup.
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.plan(), plan_with("plan-a", "Sam's plan"));
  EXPECT_TRUE(store.needs_save(document));
  EXPECT_EQ(store.save(document, kT3), saved_state());
  EXPECT_EQ(stored(kBackupA), their_record());
  EXPECT_EQ(stored(kPlanA), record_of(plan_with("plan-a", "Sam's plan"), 3, kT3));
  EXPECT_NE(stored(kPlanA), mine);  // a new revision of the same plan
}

TEST_F(TwoTabsTest, AChangeElsewhereWithUnsavedChangesHereIsAConflict) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("My title")));
  other_tab_saves();
  EXPECT_EQ(deliver_events(), (std::vector<ChangeKind>{ChangeKind::conflict}));
  EXPECT_EQ(document.plan().dissertation.title, "My title");
  EXPECT_EQ(store.state(document).problem, SaveProblem::conflict);
  EXPECT_FALSE(store.needs_save(document));
  EXPECT_EQ(stored(kPlanA), their_record());
}

TEST_F(TwoTabsTest, KeepTheirsTakesTheirVersionUndoablyAndWritesNothing) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("My title")));
  other_tab_saves();
  deliver_events();
  const int writes = storage.writes();
  store.keep_theirs(document);
  EXPECT_EQ(document.plan(), their_plan());
  EXPECT_FALSE(store.conflict());
  EXPECT_EQ(store.state(document), saved_state());
  EXPECT_EQ(storage.writes(), writes);
  // Mine is one undo away, so even this choice loses nothing.
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.plan().dissertation.title, "My title");
}

TEST_F(TwoTabsTest, KeepMineAsACopyStoresItUnderANewIdAndLeavesTheirsUntouched) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("My title")));
  other_tab_saves();
  deliver_events();
  const SaveState kept = store.keep_mine_as_copy(document, "plan-b", kT3);
  EXPECT_EQ(kept, saved_state());
  EXPECT_EQ(stored(kPlanA), their_record());
  EXPECT_EQ(store.open_id(), "plan-b");
  EXPECT_EQ(document.plan().id, "plan-b");
  EXPECT_EQ(document.plan().name, "Sam's plan (copy)");
  EXPECT_EQ(document.plan().dissertation.title, "My title");
  EXPECT_EQ(stored(keys::plan("plan-b")), record_of(document.plan(), 1, kT3));
  ASSERT_NE(store.index().find("plan-b"), nullptr);
  EXPECT_EQ(store.index().find("plan-b")->name, "Sam's plan (copy)");
  EXPECT_EQ(store.index().last_opened, "plan-b");
  EXPECT_EQ(store.state(document), saved_state());
}

TEST_F(TwoTabsTest, ReplaceTheirsKeepsTheirVersionAsTheBackupByteForByte) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("My title")));
  other_tab_saves();
  deliver_events();
  EXPECT_EQ(store.replace_theirs(document, kT3), saved_state());
  EXPECT_EQ(stored(kBackupA), their_record());
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 3, kT3));  // counts on from their revision 2
  EXPECT_FALSE(store.conflict());
}

TEST_F(TwoTabsTest, ReplaceTheirsIsRefusedWhenTheirVersionCannotBeBackedUp) {
  start_with_open_plan();
  ASSERT_FALSE(document.apply(retitle("My title")));
  other_tab_saves();
  deliver_events();
  storage.fail_writes_to(kBackupA, browser_quota_errors()[0]);
  const SaveState saved = store.replace_theirs(document, kT3);
  EXPECT_EQ(saved.status, SaveStatus::failed);
  EXPECT_EQ(saved.problem, SaveProblem::quota_exceeded);
  EXPECT_EQ(stored(kPlanA), their_record());
}

TEST_F(TwoTabsTest, APlanDeletedElsewhereIsAskedAboutNotResavedSilently) {
  start_with_open_plan();
  const std::string mine = stored(kPlanA);
  storage.other_tab_write(keys::trash("plan-a"), mine);
  storage.other_tab_remove(kPlanA);
  const std::vector<ChangeKind> changes = deliver_events();
  EXPECT_EQ(changes, (std::vector<ChangeKind>{ChangeKind::list_changed, ChangeKind::conflict}));
  ASSERT_TRUE(store.conflict());
  EXPECT_TRUE(store.conflict()->deleted);
  EXPECT_EQ(store.state(document).message,
            "This plan was deleted in another tab or window. Nothing has been overwritten: choose whether to keep it "
            "or let it go (it is in the trash there).");
  EXPECT_EQ(stored(kPlanA), "<missing>");
}

TEST_F(TwoTabsTest, KeepingAPlanDeletedElsewhereStoresItAgain) {
  start_with_open_plan();
  storage.other_tab_remove(kPlanA);
  deliver_events();
  EXPECT_EQ(store.replace_theirs(document, kT3), saved_state());
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT3));
  EXPECT_NE(store.index().find("plan-a"), nullptr);
}

TEST_F(TwoTabsTest, LettingAPlanDeletedElsewhereGoClosesIt) {
  start_with_open_plan();
  storage.other_tab_remove(kPlanA);
  deliver_events();
  store.keep_theirs(document);
  EXPECT_EQ(store.open_id(), "");
  EXPECT_FALSE(store.conflict());
  EXPECT_FALSE(store.needs_save(document));
}

TEST_F(TwoTabsTest, APlanDamagedElsewhereIsWrittenAgainAfterTheDamageIsKeptAside) {
  start_with_open_plan();
  storage.other_tab_write(kPlanA, "{\"record\":1,\"revision\":2}\n{ not json");
  EXPECT_EQ(deliver_events(), (std::vector<ChangeKind>{ChangeKind::damaged}));
  EXPECT_TRUE(store.needs_save(document));
  EXPECT_EQ(store.state(document), saving_state());
  EXPECT_EQ(store.save(document, kT3), saved_state());
  EXPECT_EQ(stored(keys::quarantine(kT3, kPlanA)), "{\"record\":1,\"revision\":2}\n{ not json");
  EXPECT_EQ(stored(kPlanA), record_of(document.plan(), 2, kT3));
}

TEST_F(TwoTabsTest, EventsForThisTabsOwnWritesAndOtherAppsKeysChangeNothing) {
  start_with_open_plan();
  edit_and_save("Mine", kT1);
  const std::uint64_t revision = document.revision();
  EXPECT_EQ(store.notice_change(kPlanA, document, kT2), ChangeKind::list_changed);
  EXPECT_EQ(store.notice_change("another-app/settings", document, kT2), ChangeKind::none);
  EXPECT_EQ(document.revision(), revision);
  EXPECT_EQ(store.state(document), saved_state());
}

TEST_F(TwoTabsTest, AnotherTabsNewPlanAppearsInTheList) {
  start_with_open_plan();
  PlanStore other(storage, catalogue);
  ASSERT_TRUE(other.start(kT1).available);
  ASSERT_TRUE(other.create(plan_with("plan-b", "Mentee two"), kT1).ok);
  EXPECT_EQ(store.index().find("plan-b"), nullptr);
  EXPECT_EQ(store.notice_change(keys::kIndex, document, kT2), ChangeKind::list_changed);
  ASSERT_NE(store.index().find("plan-b"), nullptr);
  EXPECT_EQ(store.index().find("plan-b")->name, "Mentee two");
}

TEST_F(TwoTabsTest, TwoTabsSavingDifferentPlansKeepEachOthersListEntries) {
  start_with_open_plan();
  PlanStore other(storage, catalogue);
  Document other_document;
  ASSERT_TRUE(other.start(kT1).available);
  ASSERT_TRUE(other.create(plan_with("plan-b", "Mentee two"), kT1).ok);
  ASSERT_EQ(other.open("plan-b", other_document, kT1).status, OpenStatus::opened);

  edit_and_save("Saved here", kT2);  // this tab never saw plan-b's creation
  ASSERT_FALSE(other_document.apply(retitle("Saved there")));
  ASSERT_EQ(other.save(other_document, kT3), saved_state());

  const DecodedIndex index = decode_plan_index(stored(keys::kIndex));
  ASSERT_EQ(index.index.plans.size(), 2u);
  EXPECT_EQ(index.index.find("plan-a")->updated_at, kT2);
  EXPECT_EQ(index.index.find("plan-b")->updated_at, kT3);
}

TEST_F(TwoTabsTest, StorageClearedElsewhereIsADeletionOfTheOpenPlan) {
  start_with_open_plan();
  storage.values().clear();
  EXPECT_EQ(store.notice_change("", document, kT2), ChangeKind::conflict);
  EXPECT_TRUE(store.conflict()->deleted);
  EXPECT_TRUE(store.index().plans.empty());
}

}  // namespace
}  // namespace planner
