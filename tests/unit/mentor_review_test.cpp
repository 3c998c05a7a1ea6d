// The mentor review end to end in the core: the reviewer comments and decides on their copy,
// sends a review file, and the apprentice imports it into their own plan (mentor_review.hpp,
// review_edits.hpp, review_file.hpp, review_import.hpp).
#include "core/review/mentor_review.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/review/review_edits.hpp"
#include "core/review/review_file.hpp"
#include "core/review/review_import.hpp"
#include "hostile_text.hpp"
#include "planning_fixtures.hpp"

namespace planner {
namespace {

using namespace fixtures;
using nlohmann::json;

constexpr std::string_view kSavedAt = "2027-03-02T18:05:00Z";

ReviewComment comment_on(std::string item, std::string text) {
  ReviewComment c;
  c.review = "rv-1";
  c.item = std::move(item);
  c.author = "Alex Jones";
  c.date = day("2027-03-02");
  c.text = std::move(text);
  return c;
}

// The reviewer's side: two comments and a decision on a copy of the apprentice's plan.
MentorReview reviewed(const Plan& plan, std::string_view decision = kDecisionChangesRequested) {
  Document copy(plan);
  EXPECT_EQ(copy.apply(edits::add_review_comment(catalogue(), comment_on("M2/f2f-1", "Board meets then; book cover?"))),
            std::nullopt);
  EXPECT_EQ(copy.apply(edits::add_review_comment(catalogue(), comment_on("plan", kHostileNotes))), std::nullopt);
  EXPECT_EQ(copy.apply(edits::record_review_decision({"rv-1", "Alex Jones", "Workplace mentor", std::string(decision),
                                                      day("2027-03-02"), "Sort out the clash."})),
            std::nullopt);
  return collect_review(copy.plan(), "rv-1", "Alex Jones", "Workplace mentor");
}

TEST(MentorReview, TheReviewersCommentsAndDecisionAreCollectedForSending) {
  const MentorReview review = reviewed(clean_plan());
  EXPECT_EQ(review.plan_id, clean_plan().id);
  EXPECT_EQ(review.plan_fingerprint, plan_fingerprint(clean_plan())) << "comments are not a change of plan";
  ASSERT_EQ(review.comments.size(), 2u);
  EXPECT_EQ(review.comments[0].id, "comment-1");
  EXPECT_EQ(review.comments[1].id, "comment-2");
  EXPECT_FALSE(review.comments[0].item_label.empty()) << "labelled from the plan when the reviewer gives none";
  ASSERT_TRUE(review.verdict.has_value());
  EXPECT_EQ(review.verdict->decision, kDecisionChangesRequested);
}

TEST(MentorReview, ACommentNeedsAnItemThePlanHasAndSomeText) {
  Document copy(clean_plan());
  EXPECT_TRUE(copy.apply(edits::add_review_comment(catalogue(), comment_on("M9/f2f-1", "?"))).has_value());
  EXPECT_TRUE(copy.apply(edits::add_review_comment(catalogue(), comment_on("M2", "  \n"))).has_value());
  EXPECT_EQ(copy.plan(), clean_plan());
}

TEST(MentorReview, CommentsAreFoundOnTheirItemAndAModuleAlsoHoldsItsParts) {
  Plan plan = clean_plan();
  ASSERT_EQ(apply_review_import(plan, reviewed(clean_plan())), std::nullopt);
  ASSERT_EQ(comments_on_item(plan, "M2/f2f-1").size(), 1u);
  EXPECT_EQ(comments_on_item(plan, "M2/f2f-1")[0]->text, "Board meets then; book cover?");
  EXPECT_TRUE(comments_on_item(plan, "M2").empty()) << "on the module itself: none";
  EXPECT_EQ(comments_on_item(plan, "M2", true).size(), 1u) << "with its parts: its session's";
  EXPECT_TRUE(comments_on_item(plan, "M2/f2f", true).empty()) << "a part is a whole segment, not a prefix";
  EXPECT_TRUE(comments_on_item(plan, "M", true).empty());
  EXPECT_EQ(comments_on_item(plan, "plan").size(), 1u);
}

TEST(ReviewFile, SaysItIsAReviewFileWhateverElseIsWrongSoFilesGoWhereTheyBelong) {
  const json good = json::parse(save_review_file(reviewed(clean_plan()), kSavedAt, "1.2.3"));
  EXPECT_TRUE(load_review_file(good.dump()).review_format);
  json newer = good;
  newer["schemaVersion"] = 2;
  EXPECT_TRUE(load_review_file(newer.dump()).review_format);
  json bad = good;
  bad["review"]["comments"][0]["item"] = "../../etc";
  EXPECT_TRUE(load_review_file(bad.dump()).review_format);
  EXPECT_FALSE(load_review_file("{\"format\":\"apprenticeship-plan\",\"x\":1,\"x\":2}").review_format)
      << "a damaged plan file is the plan import's to explain";
  EXPECT_FALSE(load_review_file("{\"format\":\"apprenticeship-plan\"}").review_format);
  EXPECT_FALSE(load_review_file("not json").review_format);
}

TEST(ReviewFile, SavesAndLoadsByteStableWithHostileText) {
  const MentorReview review = reviewed(clean_plan());
  const std::string text = save_review_file(review, kSavedAt, "1.2.3");
  const ReviewLoadResult loaded = load_review_file(text);
  ASSERT_EQ(loaded.status, ReviewLoadStatus::ok) << review_load_summary(loaded);
  EXPECT_EQ(*loaded.review, review);
  EXPECT_EQ(save_review_file(*loaded.review, kSavedAt, "1.2.3"), text);
  EXPECT_EQ(json::parse(text).at("format"), "apprenticeship-plan-review");
}

TEST(ReviewFile, RefusesOtherFilesNewerFormatsAndBadFieldsWithTheirPlace) {
  const json good = json::parse(save_review_file(reviewed(clean_plan()), kSavedAt, "1.2.3"));
  EXPECT_EQ(load_review_file("{\"format\":\"apprenticeship-plan\"}").status, ReviewLoadStatus::not_a_review);
  EXPECT_EQ(load_review_file("not json").status, ReviewLoadStatus::not_a_review);
  json newer = good;
  newer["schemaVersion"] = 2;
  EXPECT_EQ(load_review_file(newer.dump()).status, ReviewLoadStatus::newer_version);
  json bad = good;
  bad["review"]["comments"][0]["item"] = "../../etc";
  const ReviewLoadResult result = load_review_file(bad.dump());
  EXPECT_EQ(result.status, ReviewLoadStatus::invalid);
  ASSERT_FALSE(result.problems.empty());
  EXPECT_EQ(result.problems.front().pointer, "/review/comments/0/item");
  EXPECT_FALSE(review_load_summary(result).empty());
}

TEST(ReviewFile, NeverWritesAFileTheApprenticeCouldNotImport) {
  MentorReview review = reviewed(clean_plan());
  review.reviewer.clear();
  EXPECT_THROW(save_review_file(review, kSavedAt, "1.2.3"), std::invalid_argument);
}

TEST(ReviewImport, TheApprenticeSeesEachCommentOnItsItemAsOneUndoStep) {
  const MentorReview review = reviewed(clean_plan());
  const ReviewImportSummary summary = summarise_review_import(catalogue(), clean_plan(), review);
  EXPECT_TRUE(summary.same_plan);
  EXPECT_FALSE(summary.plan_changed_since);
  EXPECT_EQ(summary.added, 2);
  EXPECT_TRUE(summary.decision_changes);
  EXPECT_NE(describe_review_import(review, summary).find("Alex Jones"), std::string::npos);

  Document mine(clean_plan());
  ASSERT_EQ(mine.apply(edits::import_review(review)), std::nullopt);
  ASSERT_EQ(mine.plan().review_comments.size(), 2u);
  EXPECT_EQ(mine.plan().review_comments[0].item, "M2/f2f-1");
  EXPECT_FALSE(mine.plan().review_comments[0].resolved);
  ASSERT_EQ(mine.plan().review_decisions.size(), 1u);
  EXPECT_EQ(mine.plan().review_decisions[0].decision, kDecisionChangesRequested);
  EXPECT_TRUE(mine.undo());
  EXPECT_EQ(mine.plan(), clean_plan());
}

TEST(ReviewImport, ImportingAgainKeepsResolvedCommentsAndAddsNothing) {
  const MentorReview review = reviewed(clean_plan());
  Document mine(clean_plan());
  ASSERT_EQ(mine.apply(edits::import_review(review)), std::nullopt);
  ASSERT_EQ(mine.apply(edits::resolve_review_comment("rv-1", "comment-1", true)), std::nullopt);
  EXPECT_TRUE(summarise_review_import(catalogue(), mine.plan(), review).already_imported());
  const Plan before = mine.plan();
  ASSERT_EQ(mine.apply(edits::import_review(review)), std::nullopt);
  EXPECT_EQ(mine.plan(), before);
}

TEST(ReviewImport, AChangedCommentOpensAgainAndANewDecisionReplacesTheOld) {
  Document mine(clean_plan());
  ASSERT_EQ(mine.apply(edits::import_review(reviewed(clean_plan()))), std::nullopt);
  ASSERT_EQ(mine.apply(edits::resolve_review_comment("rv-1", "comment-1", true)), std::nullopt);
  MentorReview second = reviewed(clean_plan(), kDecisionApproved);
  second.comments[0].text = "Cover booked, thanks.";
  const ReviewImportSummary summary = summarise_review_import(catalogue(), mine.plan(), second);
  EXPECT_EQ(summary.updated, 1);
  EXPECT_EQ(summary.unchanged, 1);
  ASSERT_EQ(mine.apply(edits::import_review(second)), std::nullopt);
  EXPECT_EQ(mine.plan().review_comments[0].text, "Cover booked, thanks.");
  EXPECT_FALSE(mine.plan().review_comments[0].resolved);
  ASSERT_EQ(mine.plan().review_decisions.size(), 1u);
  EXPECT_EQ(mine.plan().review_decisions[0].decision, kDecisionApproved);
}

TEST(ReviewImport, AReviewOfAnotherPlanIsRefusedAndChangesNothing) {
  MentorReview review = reviewed(clean_plan());
  review.plan_id = "plan-someone-else";
  EXPECT_FALSE(summarise_review_import(catalogue(), clean_plan(), review).same_plan);
  EXPECT_TRUE(review_import_refusal(clean_plan(), review).has_value());
  Document mine(clean_plan());
  EXPECT_TRUE(mine.apply(edits::import_review(review)).has_value());
  EXPECT_EQ(mine.plan(), clean_plan());
}

TEST(ReviewImport, SaysWhenThePlanChangedSinceAndFlagsCommentsOnRemovedItems) {
  const MentorReview review = reviewed(clean_plan());
  Plan changed = clean_plan();
  changed.modules.erase(std::find_if(changed.modules.begin(), changed.modules.end(),
                                     [](const ModulePlacement& m) { return m.module_id == "M2"; }));
  const ReviewImportSummary summary = summarise_review_import(catalogue(), changed, review);
  EXPECT_TRUE(summary.plan_changed_since);
  EXPECT_EQ(summary.on_missing_items, std::vector<std::string>{"comment-1"});
  ASSERT_EQ(apply_review_import(changed, review), std::nullopt);
  EXPECT_EQ(changed.review_comments.size(), 2u) << "kept, and flagged by the UI";
}

}  // namespace
}  // namespace planner
