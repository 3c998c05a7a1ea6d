#include "core/plan/document.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace planner {
namespace {

Edit rename(std::string name, std::string merge_key = {}) {
  return Edit{"Rename to " + name,
              [name](Plan& plan) -> std::optional<std::string> {
                plan.name = name;
                return std::nullopt;
              },
              std::move(merge_key)};
}

Edit refuse(std::string reason) {
  return Edit{"Refused",
              [reason](Plan& plan) -> std::optional<std::string> {
                plan.name = "half-done change that must not survive";
                return reason;
              },
              {}};
}

Plan named(std::string name) {
  Plan plan;
  plan.name = std::move(name);
  return plan;
}

TEST(Document, StartsWithThePlanAtRevisionZeroAndNoHistory) {
  const Document doc(named("Sam's plan"));
  EXPECT_EQ(doc.plan().name, "Sam's plan");
  EXPECT_EQ(doc.revision(), 0u);
  EXPECT_FALSE(doc.can_undo());
  EXPECT_FALSE(doc.can_redo());
  EXPECT_EQ(doc.undo_label(), "");
  EXPECT_EQ(doc.redo_label(), "");
}

TEST(Document, AppliedEditChangesThePlanAndRaisesTheRevisionByOne) {
  Document doc(named("a"));
  EXPECT_EQ(doc.apply(rename("b")), std::nullopt);
  EXPECT_EQ(doc.plan().name, "b");
  EXPECT_EQ(doc.revision(), 1u);
  EXPECT_TRUE(doc.can_undo());
  EXPECT_EQ(doc.undo_label(), "Rename to b");
}

TEST(Document, RefusedEditReturnsTheReasonAndChangesNothing) {
  Document doc(named("a"));
  ASSERT_EQ(doc.apply(rename("b")), std::nullopt);
  EXPECT_EQ(doc.apply(refuse("Module 3 is already on that date")), "Module 3 is already on that date");
  EXPECT_EQ(doc.plan().name, "b");
  EXPECT_EQ(doc.revision(), 1u);
  EXPECT_EQ(doc.undo_label(), "Rename to b");
  ASSERT_TRUE(doc.undo());
  EXPECT_FALSE(doc.can_undo());
}

TEST(Document, ThrowingEditLeavesTheDocumentAsItWas) {
  Document doc(named("a"));
  const Edit throwing{"Boom",
                      [](Plan& plan) -> std::optional<std::string> {
                        plan.name = "partial";
                        throw std::runtime_error("boom");
                      },
                      {}};
  EXPECT_THROW(doc.apply(throwing), std::runtime_error);
  EXPECT_EQ(doc.plan().name, "a");
  EXPECT_EQ(doc.revision(), 0u);
  EXPECT_FALSE(doc.can_undo());
}

TEST(Document, EditWithoutAChangeIsRefused) {
  Document doc(named("a"));
  EXPECT_EQ(doc.apply(Edit{"Empty", {}, {}}), "\"Empty\" has nothing to apply");
  EXPECT_EQ(doc.revision(), 0u);
}

TEST(Document, EditThatChangesNothingAddsNoStepAndKeepsTheRevision) {
  Document doc(named("a"));
  ASSERT_EQ(doc.apply(rename("b")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  ASSERT_TRUE(doc.can_redo());
  EXPECT_EQ(doc.apply(rename("a")), std::nullopt);
  EXPECT_EQ(doc.revision(), 2u);
  EXPECT_FALSE(doc.can_undo());
  EXPECT_TRUE(doc.can_redo()) << "a no-op must not throw away the redo history";
}

TEST(Document, UndoRestoresThePreviousPlanAndStillRaisesTheRevision) {
  Document doc(named("a"));
  ASSERT_EQ(doc.apply(rename("b")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("c")), std::nullopt);
  EXPECT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "b");
  EXPECT_EQ(doc.revision(), 3u);
  EXPECT_EQ(doc.undo_label(), "Rename to b");
  EXPECT_EQ(doc.redo_label(), "Rename to c");
  EXPECT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "a");
  EXPECT_EQ(doc.revision(), 4u);
  EXPECT_FALSE(doc.can_undo());
}

TEST(Document, RedoReappliesWhatWasUndone) {
  Document doc(named("a"));
  ASSERT_EQ(doc.apply(rename("b")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("c")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  ASSERT_TRUE(doc.undo());
  EXPECT_TRUE(doc.redo());
  EXPECT_EQ(doc.plan().name, "b");
  EXPECT_TRUE(doc.redo());
  EXPECT_EQ(doc.plan().name, "c");
  EXPECT_EQ(doc.revision(), 6u);
  EXPECT_FALSE(doc.can_redo());
  EXPECT_EQ(doc.undo_label(), "Rename to c");
}

TEST(Document, UndoAndRedoWithNothingToDoReturnFalseAndKeepTheRevision) {
  Document doc(named("a"));
  EXPECT_FALSE(doc.undo());
  EXPECT_FALSE(doc.redo());
  EXPECT_EQ(doc.revision(), 0u);
  EXPECT_EQ(doc.plan().name, "a");
}

TEST(Document, NewEditAfterUndoDiscardsTheRedoHistory) {
  Document doc(named("a"));
  ASSERT_EQ(doc.apply(rename("b")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  ASSERT_EQ(doc.apply(rename("z")), std::nullopt);
  EXPECT_FALSE(doc.can_redo());
  EXPECT_FALSE(doc.redo());
  EXPECT_EQ(doc.plan().name, "z");
}

TEST(Document, EditsWithTheSameMergeKeyBecomeOneUndoStepLabelledByTheLast) {
  Document doc(named("start"));
  ASSERT_EQ(doc.apply(rename("S", "typing-name")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("Sa", "typing-name")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("Sam", "typing-name")), std::nullopt);
  EXPECT_EQ(doc.revision(), 3u) << "every merged edit is still a change of the plan";
  EXPECT_EQ(doc.undo_label(), "Rename to Sam");
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "start");
  EXPECT_FALSE(doc.can_undo());
  ASSERT_TRUE(doc.redo());
  EXPECT_EQ(doc.plan().name, "Sam");
}

TEST(Document, SealEndsTheMergeSoTheNextEditIsANewStep) {
  Document doc(named("start"));
  ASSERT_EQ(doc.apply(rename("one", "drag-M3")), std::nullopt);
  doc.seal();
  ASSERT_EQ(doc.apply(rename("two", "drag-M3")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "one");
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "start");
}

TEST(Document, DifferentOrEmptyMergeKeysNeverMerge) {
  Document doc(named("start"));
  ASSERT_EQ(doc.apply(rename("one", "drag-M3")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("two", "drag-M4")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("three")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("four")), std::nullopt);
  for (const char* expected : {"three", "two", "one", "start"}) {
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.plan().name, expected);
  }
  EXPECT_FALSE(doc.can_undo());
}

TEST(Document, UndoEndsTheMerge) {
  Document doc(named("start"));
  ASSERT_EQ(doc.apply(rename("one", "typing")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("two", "typing")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  ASSERT_EQ(doc.apply(rename("three", "typing")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("four", "typing")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "start");
  EXPECT_FALSE(doc.can_undo());
}

TEST(Document, RefusedEditInsideAMergeKeepsTheMergeGoing) {
  Document doc(named("start"));
  ASSERT_EQ(doc.apply(rename("one", "drag")), std::nullopt);
  ASSERT_NE(doc.apply(refuse("not a working day")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("two", "drag")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "start");
}

TEST(Document, KeepsOnlyTheLatest200UndoSteps) {
  Document doc(named("0"));
  for (int i = 1; i <= 205; ++i) ASSERT_EQ(doc.apply(rename(std::to_string(i))), std::nullopt);
  int undone = 0;
  while (doc.undo()) ++undone;
  EXPECT_EQ(undone, 200);
  EXPECT_EQ(Document::kMaxUndoSteps, 200u);
  EXPECT_EQ(doc.plan().name, "5");
  int redone = 0;
  while (doc.redo()) ++redone;
  EXPECT_EQ(redone, 200);
  EXPECT_EQ(doc.plan().name, "205");
  EXPECT_EQ(doc.revision(), 605u);
}

TEST(Document, ResetReplacesThePlanClearsTheHistoryAndRaisesTheRevision) {
  Document doc(named("a"));
  ASSERT_EQ(doc.apply(rename("b", "typing")), std::nullopt);
  ASSERT_EQ(doc.apply(rename("c")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  doc.reset(named("opened"));
  EXPECT_EQ(doc.plan().name, "opened");
  EXPECT_EQ(doc.revision(), 4u);
  EXPECT_FALSE(doc.can_undo());
  EXPECT_FALSE(doc.can_redo());
  ASSERT_EQ(doc.apply(rename("x", "typing")), std::nullopt);
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.plan().name, "opened") << "a merge open before reset must not reach across it";
}

TEST(Document, RevisionNeverRepeatsAcrossEditsUndoRedoAndReset) {
  Document doc(named("a"));
  std::uint64_t last = doc.revision();
  const auto moved_on = [&] {
    const bool higher = doc.revision() == last + 1;
    last = doc.revision();
    return higher;
  };
  ASSERT_EQ(doc.apply(rename("b")), std::nullopt);
  EXPECT_TRUE(moved_on());
  ASSERT_TRUE(doc.undo());
  EXPECT_TRUE(moved_on());
  ASSERT_TRUE(doc.redo());
  EXPECT_TRUE(moved_on());
  doc.reset(named("a"));
  EXPECT_TRUE(moved_on());
}

}  // namespace
}  // namespace planner
