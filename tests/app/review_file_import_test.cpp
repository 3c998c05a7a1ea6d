// Importing a mentor's review sent back as a file: chosen with "Import mentor review…"
// or "Import plan…", or dropped on the page, it arrives through App::receive_file as the browser
// glue delivers it, gets the same preview as a review link, and imports as one undo step. A bad
// file says what is wrong and changes nothing.
#include <gtest/gtest.h>

#include <string>

#include "review_steps.hpp"

namespace planner::testing {
namespace {

// Frames for the preview to open after a file arrived.
void file_frames(HeadlessUi& ui) {
  for (int i = 0; i < 3; ++i) ui.frame();
}

TEST(ReviewFile, TheMenuOpensTheFileChooser) {
  HeadlessUi apprentice;
  with_a_plan(apprentice);
  apprentice.click("\u2630 Plan");
  apprentice.click("Import mentor review\u2026");
  EXPECT_EQ(apprentice.host.files_chosen, 1);
}

TEST(ReviewFile, AChosenReviewFileIsPreviewedThenImportedOntoItsItems) {
  HeadlessUi apprentice;
  with_a_plan(apprentice);
  const Plan mine = apprentice.app().document().plan();
  const std::string activity = mine.activities.front().id;
  const std::string file = review_file_of(mine, {{"plan", "Realistic overall."}, {activity, "Who will you shadow?"}});

  apprentice.app().receive_file("sam-plan-review.json", file);
  file_frames(apprentice);
  ASSERT_NE(apprentice.find("Import the review"), nullptr) << "the review link's preview";
  EXPECT_EQ(apprentice.app().document().plan(), mine) << "nothing before the apprentice agrees";
  EXPECT_FALSE(apprentice.app().state()["importPending"]) << "not taken for a plan file";
  apprentice.click("Import the review");

  const Plan& imported = apprentice.app().document().plan();
  ASSERT_EQ(imported.review_comments.size(), 2u);
  EXPECT_EQ(imported.review_decisions.at(0).decision, "approved");
  EXPECT_EQ(apprentice.app().document().undo_label(), "Import the review by Alex Jones");
  EXPECT_EQ(imported.id, mine.id) << "the apprentice's own plan, not a copy";
  EXPECT_EQ(apprentice.host.export_port.forgotten, 0) << "a file has no link to take out of the address";

  // The same file again (dropped by mistake): it says so, and nothing changes.
  const std::uint64_t revision = apprentice.app().document().revision();
  apprentice.app().receive_file("sam-plan-review.json", file);
  file_frames(apprentice);
  EXPECT_EQ(apprentice.find("Import the review"), nullptr) << "already imported: nothing to import";
  apprentice.click("Close");
  EXPECT_EQ(apprentice.app().document().revision(), revision);
}

TEST(ReviewFile, ABadReviewFileSaysWhatIsWrongAndChangesNothing) {
  HeadlessUi apprentice;
  with_a_plan(apprentice);
  apprentice.frame(1.0f);
  const Plan mine = apprentice.app().document().plan();
  const auto stored = stored_plans(apprentice);

  const std::string good = review_file_of(mine, {{"plan", "Fine."}});
  std::string damaged = good;
  damaged.replace(damaged.find("\"approved\""), 10, "\"perhaps\"");
  std::string newer = good;
  newer.replace(newer.find("\"schemaVersion\": 1"), 18, "\"schemaVersion\": 9");
  Plan someone_else = mine;
  someone_else.id = "plan-someone-else";
  struct Case {
    std::string file;
    std::string says;  // what the banner says after naming the file
  };
  for (const Case& bad : {Case{damaged, "This review cannot be imported: it has 1 problem."},
                          Case{newer, "This review was made by a newer version of the app"},
                          Case{review_file_of(someone_else, {{"plan", "Fine."}}), "This review is of another plan"}}) {
    apprentice.app().receive_file("bad.json", bad.file);
    file_frames(apprentice);
    EXPECT_EQ(apprentice.find("Import the review"), nullptr) << bad.says;
    const nlohmann::json notices = apprentice.app().state()["notices"];
    ASSERT_EQ(notices.size(), 1u) << bad.says;
    EXPECT_EQ(notices[0].get<std::string>().rfind(
                  "\"bad.json\" was not imported, and your plan has not changed. " + bad.says, 0),
              0u)
        << notices[0];
    apprentice.click("Dismiss");
    EXPECT_EQ(apprentice.app().document().plan(), mine) << bad.says;
  }
  apprentice.frame(1.0f);
  EXPECT_TRUE(stored_plans(apprentice) == stored) << "nothing stored changed";
}

TEST(ReviewFile, AFileThatIsNeitherAPlanNorAReviewGetsThePlanImportsMessage) {
  HeadlessUi apprentice;
  with_a_plan(apprentice);
  const Plan mine = apprentice.app().document().plan();
  apprentice.app().receive_file("notes.json", "{\"format\": \"something-else\"}");
  file_frames(apprentice);
  const nlohmann::json notices = apprentice.app().state()["notices"];
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].get<std::string>().rfind("\"notes.json\" was not imported, and your plan has not changed.", 0),
            0u)
      << notices[0];
  EXPECT_EQ(apprentice.app().document().plan(), mine);
}

}  // namespace
}  // namespace planner::testing
