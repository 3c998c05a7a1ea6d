#pragma once
// Steps the share-link and mentor review tests share, done through the real App as a person does
// them: make a plan, copy its link, open a link, review a plan and send the review back.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/files/plan_json.hpp"
#include "core/plan/document.hpp"
#include "core/programme/catalogue.hpp"
#include "core/review/mentor_review.hpp"
#include "core/review/review_edits.hpp"
#include "core/review/review_file.hpp"
#include "headless_ui.hpp"
#include "ui_input.hpp"

namespace planner::testing {

// A label that starts with `prefix` (item lists show dates and counts after the name).
inline std::string label_starting(std::string_view prefix) {
  if (const automation::Item* item = find_starting(prefix)) return item->label;
  ADD_FAILURE() << "no item starting " << prefix;
  return std::string(prefix);
}

// Plans compare as their JSON, so a failure shows what differs.
inline std::string as_json(const Plan& plan) { return nlohmann::json(plan).dump(1); }

// Everything the browser keeps of the user's plans (the index, each plan, backups, trash): all of
// storage but the appearance settings and Dear ImGui's layout, which are not the plan.
inline std::map<std::string, std::string> stored_plans(HeadlessUi& ui) {
  std::map<std::string, std::string> kept;
  for (const auto& [key, value] : ui.host.shared_storage->values())
    if (!key.starts_with("planner/settings/")) kept.emplace(key, value);
  return kept;
}

// Frames for a link to be decoded, unpacked (a queued event, as in the browser) and previewed.
inline void link_frames(HeadlessUi& ui) {
  for (int i = 0; i < 4; ++i) ui.frame();
}

inline void with_a_plan(HeadlessUi& ui) {
  ui.click("Suggest a plan");
  ASSERT_FALSE(ui.app().document().plan().id.empty());
}

// The apprentice's link, as "Copy link to this plan" makes and copies it.
inline std::string copied_plan_link(HeadlessUi& ui) {
  ui.click("Export");
  ui.click("Copy link to this plan");
  ui.frame();
  EXPECT_FALSE(ui.host.export_port.copied.empty());
  return ui.host.export_port.copied.empty() ? std::string() : ui.host.export_port.copied.back();
}

// Opens `link` as the page would be opened with it, and starts reviewing the plan it carries.
inline void start_reviewing(HeadlessUi& reviewer, const std::string& link, std::string_view name) {
  reviewer.host.export_port.open(link);
  link_frames(reviewer);
  reviewer.click("Review this plan");
  ASSERT_EQ(reviewer.app().state().at("mode"), "review");
  replace_text(reviewer, "Your name", name);
}

// In a review: picks the item whose label starts with `item` and comments on it.
inline void comment_on(HeadlessUi& reviewer, std::string_view item, std::string_view text) {
  reviewer.click(label_starting(item));
  replace_text(reviewer, "Comment", text);
  reviewer.click("Add comment");
}

// A mentor's review of `plan` as its file, written the way the reviewer's copy writes it: each
// {item reference, text} a comment by Alex Jones, and the plan approved.
struct CommentOn {
  std::string item;
  std::string text;
};
inline std::string review_file_of(const Plan& plan, const std::vector<CommentOn>& comments) {
  Document copy(plan);
  const Date day = Date::parse("2027-01-05").value();
  for (const CommentOn& on : comments) {
    ReviewComment comment{.review = "rv-test", .item = on.item, .author = "Alex Jones", .date = day, .text = on.text};
    if (auto problem = copy.apply(edits::add_review_comment(default_catalogue(), comment))) ADD_FAILURE() << *problem;
  }
  copy.apply(edits::record_review_decision(
      {"rv-test", "Alex Jones", "Workplace mentor", std::string(kDecisionApproved), day, "Realistic."}));
  return save_review_file(collect_review(copy.plan(), "rv-test", "Alex Jones", "Workplace mentor"),
                          "2027-01-05T09:00:00Z");
}

}  // namespace planner::testing
