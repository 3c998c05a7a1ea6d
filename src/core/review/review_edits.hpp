#pragma once
// The edits of the mentor review (mentor_review.hpp), for Document::apply like every other edit:
// the reviewer's (comment on an item, remove a comment, record a decision) on their
// copy of the plan, and the apprentice's (import a review as one undo step, resolve a comment).
// Each keeps the plan inside its file limits (plan_limits.hpp) and its sorting (plan.hpp).
//
// Edits that take a Catalogue keep a reference to it: it must outlive the edit.
#include <string>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"
#include "core/review/mentor_review.hpp"

namespace planner::edits {

// ---- the reviewer --------------------------------------------------------------------------
// A comment on an item the plan has now (item_ref.hpp), under the comment's review id. An empty
// id gets "comment-N", fresh within the review; an empty item label gets the item's label. The
// author and the text must not be empty.
Edit add_review_comment(const Catalogue& catalogue, ReviewComment comment);
Edit remove_review_comment(std::string review_id, std::string comment_id);
// Records the decision of `decision.review`, replacing an earlier one from the same review. The
// reviewer's name must not be empty, and the decision is approved or changes_requested.
Edit record_review_decision(ReviewDecision decision);

// ---- the apprentice ------------------------------------------------------------------------
// Imports a review as one undo step, by the rules in review_import.hpp (whose summary is what
// the UI shows before the apprentice confirms).
Edit import_review(MentorReview review);
// Marks a comment resolved, or with false open again.
Edit resolve_review_comment(std::string review_id, std::string comment_id, bool resolved);

}  // namespace planner::edits
