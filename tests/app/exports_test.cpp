// Export and share, share links and the mentor review through the real App: clicks and typing
// via ImGuiIO, the platform's files, clipboard and compression through FakeExportPort.
#include <gtest/gtest.h>

#include <string>

#include "core/files/plan_json.hpp"
#include "core/review/review_file.hpp"
#include "core/storage/plan_record.hpp"
#include "core/storage/storage_keys.hpp"
#include "review_steps.hpp"

namespace planner::testing {
namespace {

TEST(Exports, TheExportWindowSavesTheCalendarTheSpreadsheetAndTheReport) {
  HeadlessUi ui;
  with_a_plan(ui);
  ui.click("Export");
  ASSERT_NE(ui.find("Calendar (.ics)"), nullptr);
  ui.click("Calendar (.ics)");
  ui.click("Spreadsheet (.csv)");
  ui.click("Report (.html)");
  ui.click("Print report");
  const auto& files = ui.host.export_port.downloads;
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0].name.substr(files[0].name.size() - 4), ".ics");
  EXPECT_EQ(files[0].content.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_EQ(files[1].mime, "text/csv;charset=utf-8");
  EXPECT_EQ(files[1].content.rfind("\xEF\xBB\xBF"
                                   "Start,End,",
                                   0),
            0u);
  EXPECT_EQ(files[2].content.rfind("<!DOCTYPE html>", 0), 0u);
  ASSERT_EQ(ui.host.export_port.documents.size(), 1u);
  EXPECT_EQ(ui.app().document().revision(), 1u) << "exporting changes nothing";
}

TEST(Exports, CopyLinkPutsTheWholePlanInTheFragment) {
  HeadlessUi ui;
  with_a_plan(ui);
  const std::string link = copied_plan_link(ui);
  EXPECT_EQ(link.rfind("https://planner.test/index.html#plan=1.H4sI", 0), 0u) << link;
  EXPECT_NE(ui.find("Share link"), nullptr) << "the link is shown to copy again";
}

TEST(Exports, AutomationAsksForTheSameLink) {
  HeadlessUi ui;
  with_a_plan(ui);
  ui.host.export_port.ask_for_link(ShareKind::plan);
  link_frames(ui);
  ASSERT_EQ(ui.host.export_port.answers.size(), 1u);
  EXPECT_TRUE(ui.host.export_port.answers[0].first);
  EXPECT_EQ(ui.host.export_port.answers[0].second.rfind("https://planner.test/index.html#plan=1.H4sI", 0), 0u);
  EXPECT_TRUE(ui.host.export_port.copied.empty()) << "a scripted link is not copied";
  ui.host.export_port.ask_for_link(ShareKind::review);
  ui.frame();
  EXPECT_FALSE(ui.host.export_port.answers.back().first) << "no review in progress";
}

// A plan link becomes mine only through the import, like a file: its preview of what changes, a
// confirmation, and my plan saved as the backup before it is replaced.
TEST(SharedLink, OpeningAPlanLinkAsksBeforeReplacingMyPlan) {
  std::string link;
  Plan theirs;
  {
    HeadlessUi apprentice;
    with_a_plan(apprentice);
    link = copied_plan_link(apprentice);
    theirs = apprentice.app().document().plan();
  }
  HeadlessUi me;
  replace_text(me, "Start date", "2028-09-04");
  with_a_plan(me);
  me.app().save_now();
  const Plan mine = me.app().document().plan();
  me.host.export_port.open(link);
  link_frames(me);
  ASSERT_NE(me.find("Replace my plan with this one"), nullptr);
  EXPECT_EQ(me.app().document().plan(), mine);
  me.click("Cancel, keep my plan");
  EXPECT_EQ(me.app().document().plan(), mine);
  EXPECT_EQ(me.find("Replace my plan with this one"), nullptr);
  EXPECT_EQ(me.host.export_port.forgotten, 1) << "a reload does not ask again";

  me.host.export_port.open(link);
  link_frames(me);
  me.click("Replace my plan with this one");
  me.frame();
  me.frame();  // the import's preview measures itself on its first frame, hidden
  EXPECT_TRUE(me.app().state()["importPending"].get<bool>()) << "asked once more, with what would change";
  EXPECT_EQ(me.app().document().plan(), mine);
  me.click("Replace my plan");
  Plan taken = theirs;
  taken.id = mine.id;  // it takes my plan's place in this browser
  EXPECT_EQ(as_json(me.app().document().plan()), as_json(taken));
  const StoredPlan backup =
      read_stored_plan(me.host.shared_storage->value(storage_keys::backup(mine.id)).value_or(""), default_catalogue());
  ASSERT_TRUE(backup.plan.has_value());
  EXPECT_EQ(*backup.plan, mine) << "my plan is the backup";
  me.click("Undo");
  EXPECT_EQ(me.app().document().plan(), mine) << "and one undo away";
}

// In the demo nothing is imported: the demo's plan is not the user's to replace, and their own
// stored plans are not touched.
TEST(SharedLink, ThePlanInALinkIsNotImportedIntoTheDemo) {
  std::string link;
  std::string plan_file;
  {
    HeadlessUi apprentice;
    with_a_plan(apprentice);
    link = copied_plan_link(apprentice);
    plan_file = apprentice.app().export_plan();
  }
  HeadlessUi me;
  me.click("Explore the demo plan");
  const Plan demo = me.app().document().plan();
  const auto stored = me.host.shared_storage->values();
  me.host.export_port.open(link);
  link_frames(me);
  me.click("Replace my plan with this one");
  me.frame();
  EXPECT_FALSE(me.app().state()["importPending"].get<bool>());
  const nlohmann::json notices = me.app().state()["notices"];
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].get<std::string>().rfind("Nothing is imported into the demo.", 0), 0u) << notices[0];
  EXPECT_EQ(me.app().document().plan(), demo);
  EXPECT_EQ(me.host.shared_storage->values(), stored);

  // planner.load() follows the same rule.
  const nlohmann::json loaded = me.app().load_plan(plan_file);
  EXPECT_FALSE(loaded["ok"].get<bool>());
  EXPECT_EQ(loaded["error"].get<std::string>().rfind("Nothing is imported into the demo.", 0), 0u) << loaded;
  EXPECT_EQ(me.app().document().plan(), demo);
  EXPECT_EQ(me.host.shared_storage->values(), stored);
}

TEST(SharedLink, ADamagedLinkSaysSoAndChangesNothing) {
  HeadlessUi me;
  with_a_plan(me);
  const Plan mine = me.app().document().plan();
  for (const std::string link : {"https://planner.test/#plan=1.H4sI!!", "https://planner.test/#plan=7.H4sIAAAA",
                                 "https://planner.test/#review=1.Zm9vYmFy"}) {
    me.host.export_port.open(link);
    link_frames(me);
    ASSERT_NE(me.find("Close"), nullptr) << link;
    me.click("Close");
    EXPECT_EQ(me.app().document().plan(), mine);
  }
  // Well-formed, but the text inside is not a plan.
  const auto not_a_plan = make_share_link("https://planner.test/", ShareKind::plan, FakeExportPort::frame("{\"x\":1}"));
  me.host.export_port.open(std::get<std::string>(not_a_plan));
  link_frames(me);
  EXPECT_NE(me.find("Close"), nullptr);
  me.click("Close");
  EXPECT_EQ(me.app().document().plan(), mine);
}

TEST(MentorReview, ReviewerCommentsAndApprovesThenTheApprenticeSeesTheComments) {
  std::string plan_link;
  Plan apprentice_plan;
  auto apprentices_browser = std::make_shared<test::FakeStorage>();
  {
    HeadlessUi apprentice({1280, 720}, apprentices_browser);
    with_a_plan(apprentice);
    plan_link = copied_plan_link(apprentice);
    apprentice_plan = apprentice.app().document().plan();
    apprentice.app().save_now();
  }
  std::string review_link;
  {
    HeadlessUi mentor;
    replace_text(mentor, "Start date", "2028-09-04");
    with_a_plan(mentor);
    const Plan mentors_own = mentor.app().document().plan();
    mentor.host.export_port.open(plan_link);
    link_frames(mentor);
    mentor.click("Review this plan");
    EXPECT_EQ(mentor.app().state().at("mode"), "review");
    replace_text(mentor, "Your name", "Alex Jones");
    mentor.click(label_starting("The whole plan"));
    replace_text(mentor, "Comment", "Realistic, but book cover for the May days.");
    mentor.click("Add comment");
    EXPECT_NE(mentor.find(label_starting("The whole plan")), nullptr);
    mentor.click("Approve the plan");
    mentor.click("Record decision");
    mentor.click("Copy review link");
    mentor.frame();
    ASSERT_FALSE(mentor.host.export_port.copied.empty());
    review_link = mentor.host.export_port.copied.back();
    EXPECT_NE(review_link.find("#review=1."), std::string::npos);
    mentor.click("Save review file");
    ASSERT_EQ(mentor.host.export_port.downloads.size(), 1u);
    EXPECT_EQ(load_review_file(mentor.host.export_port.downloads[0].content).status, ReviewLoadStatus::ok);
    mentor.click("Close review");
    EXPECT_EQ(mentor.app().state().at("mode"), "edit");
    EXPECT_EQ(mentor.app().document().plan(), mentors_own) << "the reviewer's own plan is untouched";
  }
  HeadlessUi apprentice({1280, 720}, apprentices_browser);  // the apprentice's browser, opened again
  ASSERT_EQ(as_json(apprentice.app().document().plan()), as_json(apprentice_plan));

  apprentice.host.export_port.open(review_link);
  link_frames(apprentice);
  ASSERT_NE(apprentice.find("Import the review"), nullptr);
  EXPECT_EQ(apprentice.app().document().plan(), apprentice_plan) << "nothing before the apprentice agrees";
  apprentice.click("Import the review");
  const Plan& imported = apprentice.app().document().plan();
  ASSERT_EQ(imported.review_comments.size(), 1u);
  EXPECT_EQ(imported.review_comments[0].text, "Realistic, but book cover for the May days.");
  EXPECT_EQ(imported.review_comments[0].author, "Alex Jones");
  ASSERT_EQ(imported.review_decisions.size(), 1u);
  EXPECT_EQ(imported.review_decisions[0].decision, "approved");
  EXPECT_NE(apprentice.find("Approved"), nullptr) << "the decision is shown with the plan";
  EXPECT_NE(apprentice.find("Resolve"), nullptr) << "the Mentor review window lists the comment";
  apprentice.click("Resolve");
  EXPECT_TRUE(apprentice.app().document().plan().review_comments[0].resolved);
}

}  // namespace
}  // namespace planner::testing
