#include "core/review/review_edits.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "core/plan/item_id.hpp"
#include "core/plan/item_ref.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/planning/schedule.hpp"
#include "core/review/review_import.hpp"
#include "core/rules/rules.hpp"

namespace planner::edits {
namespace {

using Result = std::optional<std::string>;

Edit make(std::string label, std::function<Result(Plan&)> change, std::string merge_key = {}) {
  return Edit{std::move(label), std::move(change), std::move(merge_key)};
}

auto find_comment(Plan& plan, const std::string& review, const std::string& id) {
  return std::find_if(plan.review_comments.begin(), plan.review_comments.end(),
                      [&](const ReviewComment& c) { return c.review == review && c.id == id; });
}

// Characters as the plan file counts them (code points), and no control characters but the
// line breaks and tabs notes may hold: what the loader would refuse, an edit refuses first.
Result check_text(std::string_view what, const std::string& text, bool multiline) {
  const std::size_t max = multiline ? limits::kMaxNotesCharacters : limits::kMaxLineCharacters;
  const auto characters = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  if (characters > max) return std::string(what) + " is longer than " + std::to_string(max) + " characters";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) continue;
    if (multiline && (c == '\n' || c == '\t' || c == '\r')) continue;
    return std::string(what) + (multiline ? " holds a control character" : " must be one line");
  }
  return std::nullopt;
}

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// "comment-N", one more than the largest N among the review's comments.
std::string next_comment_id(const Plan& plan, const std::string& review) {
  long long largest = 0;
  constexpr std::string_view kPrefix = "comment-";
  for (const ReviewComment& comment : plan.review_comments) {
    if (comment.review != review || comment.id.rfind(kPrefix, 0) != 0) continue;
    const std::string_view digits = std::string_view(comment.id).substr(kPrefix.size());
    long long number = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error == std::errc() && end == digits.data() + digits.size()) largest = std::max(largest, number);
  }
  return std::string(kPrefix) + std::to_string(largest + 1);
}

}  // namespace

Edit add_review_comment(const Catalogue& catalogue, ReviewComment comment) {
  return make("Comment on an item", [&catalogue, comment = std::move(comment)](Plan& plan) -> Result {
    if (!is_valid_id(comment.review))
      return "A comment belongs to a review with a valid id, not \"" + comment.review + "\"";
    if (is_blank(comment.author)) return "A comment needs its author's name";
    if (is_blank(comment.text)) return "A comment needs some text";
    for (const auto& [what, text, multiline] :
         {std::tuple{"The author's name", &comment.author, false}, std::tuple{"The comment", &comment.text, true},
          std::tuple{"The item's label", &comment.item_label, false}}) {
      if (auto error = check_text(what, *text, multiline)) return error;
    }
    if (plan.review_comments.size() >= limits::kMaxReviewComments) {
      return "The plan holds " + std::to_string(plan.review_comments.size()) + " comments, the most it can keep";
    }
    const Schedule schedule = expand_schedule(catalogue, plan);
    const ItemIndex index(catalogue, plan, schedule, check_plan(catalogue, plan, schedule));
    const ItemInfo* item = index.find(comment.item);
    if (item == nullptr) return "There is no item \"" + comment.item + "\" in the plan to comment on";
    ReviewComment added = comment;
    if (added.item_label.empty()) added.item_label = item->label;
    if (added.id.empty()) {
      added.id = next_comment_id(plan, added.review);
    } else if (!is_valid_id(added.id)) {
      return "\"" + added.id + "\" is not a valid comment id";
    } else if (find_comment(plan, added.review, added.id) != plan.review_comments.end()) {
      return "Comment " + added.id + " already exists";
    }
    added.resolved = false;
    plan.review_comments.push_back(std::move(added));
    sort_items(plan);
    return std::nullopt;
  });
}

Edit remove_review_comment(std::string review_id, std::string comment_id) {
  return make("Remove a comment",
              [review_id = std::move(review_id), comment_id = std::move(comment_id)](Plan& plan) -> Result {
                const auto it = find_comment(plan, review_id, comment_id);
                if (it == plan.review_comments.end()) return "There is no comment " + comment_id;
                plan.review_comments.erase(it);
                return std::nullopt;
              });
}

Edit record_review_decision(ReviewDecision decision) {
  const std::string label =
      std::string(decision.decision == kDecisionApproved ? "Approve the plan" : "Ask for changes") + " on " +
      decision.date.display();
  return make(label, [decision = std::move(decision)](Plan& plan) -> Result {
    if (!is_valid_id(decision.review))
      return "A decision belongs to a review with a valid id, not \"" + decision.review + "\"";
    if (is_blank(decision.reviewer)) return "A decision needs the reviewer's name";
    if (!is_review_decision(decision.decision)) {
      return "A decision is approved or changes_requested, not \"" + decision.decision + "\"";
    }
    for (const auto& [what, text, multiline] :
         {std::tuple{"The reviewer's name", &decision.reviewer, false}, std::tuple{"The role", &decision.role, false},
          std::tuple{"The summary", &decision.summary, true}}) {
      if (auto error = check_text(what, *text, multiline)) return error;
    }
    const auto it = std::find_if(plan.review_decisions.begin(), plan.review_decisions.end(),
                                 [&](const ReviewDecision& d) { return d.review == decision.review; });
    if (it != plan.review_decisions.end()) {
      *it = decision;
    } else if (plan.review_decisions.size() >= limits::kMaxReviewDecisions) {
      return "The plan holds " + std::to_string(plan.review_decisions.size()) + " decisions, the most it can keep";
    } else {
      plan.review_decisions.push_back(decision);
    }
    sort_items(plan);
    return std::nullopt;
  });
}

Edit import_review(MentorReview review) {
  std::string label = "Import the review by " + review.reviewer;
  return make(std::move(label),
              [review = std::move(review)](Plan& plan) -> Result { return apply_review_import(plan, review); });
}

Edit resolve_review_comment(std::string review_id, std::string comment_id, bool resolved) {
  const std::string label = resolved ? "Resolve a comment" : "Reopen a comment";
  return make(label,
              [review_id = std::move(review_id), comment_id = std::move(comment_id), resolved](Plan& plan) -> Result {
                const auto it = find_comment(plan, review_id, comment_id);
                if (it == plan.review_comments.end()) return "There is no comment " + comment_id;
                it->resolved = resolved;
                return std::nullopt;
              });
}

}  // namespace planner::edits
