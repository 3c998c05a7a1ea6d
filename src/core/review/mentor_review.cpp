#include "core/review/mentor_review.hpp"

#include <nlohmann/json.hpp>

#include "core/files/plan_json.hpp"
#include "core/text/fnv1a.hpp"

namespace planner {
namespace {

constexpr std::string_view kFingerprintPrefix = "fnv1a64:";

}  // namespace

bool is_review_decision(std::string_view decision) {
  return decision == kDecisionApproved || decision == kDecisionChangesRequested;
}

std::string_view decision_label(std::string_view decision) {
  if (decision == kDecisionApproved) return "Approved";
  if (decision == kDecisionChangesRequested) return "Changes requested";
  return "No decision";
}

std::string plan_fingerprint(const Plan& plan) {
  Plan content = plan;
  content.review_comments.clear();
  content.review_decisions.clear();
  // The plan's JSON is canonical (sorted keys, shortest numbers: plan_json.hpp), so equal plans
  // hash equal on every platform.
  const std::string text = plan_json_text(content, JsonLayout::compact);
  return std::string(kFingerprintPrefix) + hex16(fnv1a_64(text));
}

bool is_plan_fingerprint(std::string_view text) {
  if (text.size() != kFingerprintPrefix.size() + 16 ||
      text.substr(0, kFingerprintPrefix.size()) != kFingerprintPrefix) {
    return false;
  }
  for (const char c : text.substr(kFingerprintPrefix.size())) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::vector<const ReviewComment*> comments_on_item(const Plan& plan, std::string_view ref, bool with_parts) {
  std::vector<const ReviewComment*> found;
  for (const ReviewComment& comment : plan.review_comments) {
    const std::string_view item = comment.item;
    const bool part =
        with_parts && item.size() > ref.size() && item.substr(0, ref.size()) == ref && item[ref.size()] == '/';
    if (item == ref || part) found.push_back(&comment);
  }
  return found;
}

MentorReview collect_review(const Plan& working, std::string_view review_id, std::string reviewer, std::string role) {
  MentorReview review;
  review.id = std::string(review_id);
  review.plan_id = working.id;
  review.plan_name = working.name;
  review.plan_fingerprint = plan_fingerprint(working);
  review.reviewer = std::move(reviewer);
  review.role = std::move(role);
  for (const ReviewDecision& decision : working.review_decisions) {
    if (decision.review != review_id) continue;
    review.verdict = ReviewVerdict{decision.decision, decision.date, decision.summary};
    if (!decision.reviewer.empty()) review.reviewer = decision.reviewer;
    if (!decision.role.empty()) review.role = decision.role;
  }
  for (const ReviewComment& comment : working.review_comments) {
    if (comment.review != review_id) continue;
    ReviewComment sent = comment;
    sent.author = review.reviewer;
    sent.resolved = false;
    review.comments.push_back(std::move(sent));
  }
  return review;
}

}  // namespace planner
