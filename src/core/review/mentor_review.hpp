#pragma once
// The mentor review (docs/product.md §14): an employer mentor, line manager or tutor opens a plan
// read-only, comments on its items, records a decision, and sends the review back; the
// apprentice imports it and sees each comment on its item.
//
// Both sides keep review data in the plan itself (Plan::review_comments, review_decisions), so
// one set of edits, one undo history and one file format serve both:
//   - the reviewer works on a copy of the plan they were sent, adding comments and a decision
//     under their review's id (review_edits.hpp), and sends collect_review(copy, …) as a review
//     file (review_file.hpp) or a link (share_link.hpp);
//   - the apprentice imports the review into their own plan as one undo step
//     (edits::import_review in review_edits.hpp), and resolves comments as they deal with them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/date.hpp"
#include "core/plan/plan.hpp"

namespace planner {

inline constexpr std::string_view kDecisionApproved = "approved";
inline constexpr std::string_view kDecisionChangesRequested = "changes_requested";
bool is_review_decision(std::string_view decision);
std::string_view decision_label(std::string_view decision);  // "Approved", "Changes requested"

// The reviewer's decision on the plan as a whole.
struct ReviewVerdict {
  std::string decision;  // kDecisionApproved or kDecisionChangesRequested
  Date date;
  std::string summary;  // why, or what to change; may span lines
  bool operator==(const ReviewVerdict&) const = default;
};

// What a reviewer sends back: the content of a review file.
struct MentorReview {
  std::string id;                        // the review's id, random, given when the reviewer starts
  std::string plan_id;                   // Plan::id of the plan reviewed
  std::string plan_name;                 // its name, to show the apprentice
  std::string plan_fingerprint;          // plan_fingerprint() of the plan as reviewed
  std::string reviewer;                  // the reviewer's name (not empty)
  std::string role;                      // "Workplace mentor", "Line manager", "Academic tutor", …
  std::optional<ReviewVerdict> verdict;  // none when the reviewer sends comments only
  // Each with review = id, author = reviewer and resolved = false; ids unique in the review.
  std::vector<ReviewComment> comments;
  bool operator==(const MentorReview&) const = default;
};

// "fnv1a64:" and 16 hexadecimal digits: a hash of the plan's content, leaving out its review
// comments and decisions, so the apprentice can see whether the plan changed after the reviewer
// saw it (resolving a comment is not a change of plan).
std::string plan_fingerprint(const Plan& plan);
bool is_plan_fingerprint(std::string_view text);

// The comments on the item `ref` (item_ref.hpp), in the plan's order; with `with_parts` also those
// on the items within it ("M2/f2f-1" and "M2/assignment" are within the module "M2"), so a
// module's details can show the comments on its sessions and deadlines.
std::vector<const ReviewComment*> comments_on_item(const Plan& plan, std::string_view ref, bool with_parts = false);

// The review `review_id` as it stands in `working` (the reviewer's copy of the plan): its
// comments and decision, by `reviewer` in `role`. The decision's own reviewer and role, when it
// has one, are the ones the reviewer recorded it with.
MentorReview collect_review(const Plan& working, std::string_view review_id, std::string reviewer, std::string role);

}  // namespace planner
