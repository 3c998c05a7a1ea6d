#include "core/review/review_import.hpp"

#include <algorithm>

#include "core/plan/item_ref.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/planning/schedule.hpp"
#include "core/rules/rules.hpp"

namespace planner {
namespace {

// The comment as the plan keeps it: the review's id and reviewer, unresolved.
ReviewComment as_kept(const MentorReview& review, const ReviewComment& comment) {
  ReviewComment kept = comment;
  kept.review = review.id;
  kept.author = review.reviewer;
  kept.resolved = false;
  return kept;
}

// What the reviewer wrote, whatever the apprentice has done with it since.
bool same_content(const ReviewComment& a, const ReviewComment& b) {
  return a.item == b.item && a.item_label == b.item_label && a.author == b.author && a.date == b.date &&
         a.text == b.text;
}

ReviewComment* find_comment(std::vector<ReviewComment>& comments, const std::string& review, const std::string& id) {
  const auto it = std::find_if(comments.begin(), comments.end(),
                               [&](const ReviewComment& c) { return c.review == review && c.id == id; });
  return it == comments.end() ? nullptr : &*it;
}

const ReviewComment* find_comment(const std::vector<ReviewComment>& comments, const std::string& review,
                                  const std::string& id) {
  return find_comment(const_cast<std::vector<ReviewComment>&>(comments), review, id);
}

std::optional<ReviewDecision> decision_of(const MentorReview& review) {
  if (!review.verdict) return std::nullopt;
  return ReviewDecision{
      review.id, review.reviewer, review.role, review.verdict->decision, review.verdict->date, review.verdict->summary};
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

ReviewImportSummary summarise_review_import(const Catalogue& catalogue, const Plan& plan, const MentorReview& review) {
  ReviewImportSummary summary;
  summary.same_plan = review.plan_id == plan.id;
  summary.plan_changed_since = review.plan_fingerprint != plan_fingerprint(plan);
  const Schedule schedule = expand_schedule(catalogue, plan);
  const ItemIndex index(catalogue, plan, schedule, check_plan(catalogue, plan, schedule));
  for (const ReviewComment& comment : review.comments) {
    const ReviewComment kept = as_kept(review, comment);
    if (const ReviewComment* existing = find_comment(plan.review_comments, review.id, comment.id)) {
      ++(same_content(*existing, kept) ? summary.unchanged : summary.updated);
    } else {
      ++summary.added;
    }
    if (!index.contains(comment.item)) summary.on_missing_items.push_back(comment.id);
  }
  if (const std::optional<ReviewDecision> decision = decision_of(review)) {
    const auto existing = std::find_if(plan.review_decisions.begin(), plan.review_decisions.end(),
                                       [&](const ReviewDecision& d) { return d.review == review.id; });
    summary.decision_changes = existing == plan.review_decisions.end() || !(*existing == *decision);
  }
  return summary;
}

std::string describe_review_import(const MentorReview& review, const ReviewImportSummary& summary) {
  std::string who = review.reviewer + (review.role.empty() ? std::string() : " (" + review.role + ")");
  std::string text;
  if (review.verdict) {
    text = who +
           (review.verdict->decision == kDecisionApproved ? " approved the plan" : " asked for changes to the plan") +
           " on " + review.verdict->date.display();
  } else {
    text = who + " commented on the plan without a decision";
  }
  if (summary.already_imported()) return text + ". This review has already been imported: nothing would change.";
  std::vector<std::string> parts;
  if (summary.added > 0)
    parts.push_back(plural(static_cast<std::size_t>(summary.added), "new comment", "new comments"));
  if (summary.updated > 0) {
    parts.push_back(plural(static_cast<std::size_t>(summary.updated), "changed comment", "changed comments"));
  }
  if (!parts.empty()) {
    text += ", with " + parts.front();
    if (parts.size() > 1) text += " and " + parts.back();
  }
  if (!summary.on_missing_items.empty()) {
    text += ", " + plural(summary.on_missing_items.size(), "on an item no longer in the plan",
                          "on items no longer in the plan");
  }
  text += ".";
  if (summary.plan_changed_since) text += " The plan has changed since the reviewer saw it.";
  return text;
}

std::optional<std::string> review_import_refusal(const Plan& plan, const MentorReview& review) {
  if (review.plan_id != plan.id) {
    return "This review is of another plan" +
           (review.plan_name.empty() ? std::string() : " (\"" + review.plan_name + "\")") +
           ", not of this one: open that plan to import it";
  }
  std::size_t comments = plan.review_comments.size();
  for (const ReviewComment& comment : review.comments) {
    if (find_comment(plan.review_comments, review.id, comment.id) == nullptr) ++comments;
  }
  if (comments > limits::kMaxReviewComments) {
    return "The plan would hold " + std::to_string(comments) + " review comments; a plan keeps at most " +
           std::to_string(limits::kMaxReviewComments) + ". Remove resolved comments first";
  }
  const bool new_decision =
      review.verdict && std::none_of(plan.review_decisions.begin(), plan.review_decisions.end(),
                                     [&](const ReviewDecision& d) { return d.review == review.id; });
  if (new_decision && plan.review_decisions.size() >= limits::kMaxReviewDecisions) {
    return "The plan already holds " + std::to_string(plan.review_decisions.size()) +
           " review decisions, the most a plan keeps";
  }
  return std::nullopt;
}

std::optional<std::string> apply_review_import(Plan& plan, const MentorReview& review) {
  if (auto refusal = review_import_refusal(plan, review)) return refusal;
  for (const ReviewComment& comment : review.comments) {
    ReviewComment kept = as_kept(review, comment);
    if (ReviewComment* existing = find_comment(plan.review_comments, review.id, comment.id)) {
      // A comment the reviewer changed is open again (it says something new); an unchanged one
      // keeps whatever the apprentice made of it.
      if (!same_content(*existing, kept)) *existing = std::move(kept);
    } else {
      plan.review_comments.push_back(std::move(kept));
    }
  }
  if (std::optional<ReviewDecision> decision = decision_of(review)) {
    const auto existing = std::find_if(plan.review_decisions.begin(), plan.review_decisions.end(),
                                       [&](const ReviewDecision& d) { return d.review == review.id; });
    if (existing != plan.review_decisions.end()) {
      *existing = std::move(*decision);
    } else {
      plan.review_decisions.push_back(std::move(*decision));
    }
  }
  sort_items(plan);
  return std::nullopt;
}

}  // namespace planner
