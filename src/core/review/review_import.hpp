#pragma once
// Importing a mentor review into the apprentice's plan (docs/product.md §14): what it would change,
// said before the apprentice confirms, and the change itself (edits::import_review in
// review_edits.hpp, which follows exactly these rules):
//   - the review must be of this plan (the same plan id);
//   - each comment is keyed by (review id, comment id): a new key is added unresolved; a key the
//     plan already has is left as it is (resolved or not) unless the reviewer changed the
//     comment, which then replaces it, open again; so importing the same review twice changes
//     nothing;
//   - comments on items the plan no longer has are kept like the others, and counted here so the
//     UI can flag them (ItemIndex in item_ref.hpp says, at any time, whether an item exists);
//   - the decision, when the review has one, replaces any earlier decision from the same review;
//   - comments the plan holds from this review but the review no longer lists are left alone:
//     an import never takes anything away.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"
#include "core/review/mentor_review.hpp"

namespace planner {

struct ReviewImportSummary {
  bool same_plan = false;           // the review names this plan's id: it can be imported
  bool plan_changed_since = false;  // the plan's content differs from what the reviewer saw
  int added = 0;                    // comments new to the plan
  int updated = 0;                  // comments the plan has, changed by the reviewer since
  int unchanged = 0;                // comments the plan already has as they are
  // Comments (ids in the review) on items the plan does not have now: kept, and flagged.
  std::vector<std::string> on_missing_items;
  bool decision_changes = false;  // the review's decision is new to the plan, or differs
  // Nothing would change: the review was imported before, as it is.
  bool already_imported() const { return added == 0 && updated == 0 && !decision_changes; }
};

ReviewImportSummary summarise_review_import(const Catalogue& catalogue, const Plan& plan, const MentorReview& review);

// One paragraph for the confirmation and the undo menu, e.g. "Alex Jones (Workplace mentor)
// approved the plan on Tue 2 Mar 2027, with 3 new comments, 1 on an item no longer in the plan."
std::string describe_review_import(const MentorReview& review, const ReviewImportSummary& summary);

// Why `review` cannot be imported into `plan`, if it cannot: another plan's review, or a plan
// that would hold more comments or decisions than a plan file may (plan_limits.hpp).
std::optional<std::string> review_import_refusal(const Plan& plan, const MentorReview& review);

// The import itself, on the plan in place; returns the refusal when there is one (the plan is
// then unchanged).
std::optional<std::string> apply_review_import(Plan& plan, const MentorReview& review);

}  // namespace planner
