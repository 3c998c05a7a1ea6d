#pragma once
// The review file: what a reviewer sends back to the apprentice (docs/product.md §14), as a file or in
// a share link (share_link.hpp):
//
//   {"format": "apprenticeship-plan-review", "schemaVersion": 1, "appVersion": "0.1.0",
//    "savedAt": "2027-03-02T18:05:00Z",
//    "review": {
//      "id": "rv-5k2m9q",
//      "plan": {"id": "plan-7f3a", "name": "Sam's plan", "fingerprint": "fnv1a64:…"},
//      "reviewer": {"name": "Alex Jones", "role": "Workplace mentor"},
//      "decision": {"decision": "approved", "date": "2027-03-02", "summary": "…"},   (optional)
//      "comments": [{"id": "comment-1", "item": "M2/f2f-1", "itemLabel": "…",
//                    "date": "2027-03-02", "text": "…"}]}}
//
// described by data/schema/review.schema.json. It names the plan it reviews by id and by the
// fingerprint of the version the reviewer saw (mentor_review.hpp).
//
// Loading is as strict as for a plan file (plan_file.hpp), in the same order: size cap → strict
// JSON (depth, containers, repeated keys: untrusted_json.hpp) → envelope → validation of every
// field (plan_validation.hpp) → mapping. A review file of a newer format is refused: a review is
// merged into the plan, and merging what this version cannot read would silently drop it.
// Saving is deterministic, so save(load(save(r))) == save(r) byte for byte.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/files/load_problem.hpp"
#include "core/review/mentor_review.hpp"
#include "core/review/review_file_format.hpp"
#include "core/version.hpp"

namespace planner {

enum class ReviewLoadStatus {
  ok,             // `review` is the file's review
  invalid,        // a review file, but something in it is wrong: `problems` says what and where
  newer_version,  // made by a newer version of the app: update to read it
  not_a_review,   // not a review file (too large, not JSON, nested too deep, another format)
};
std::string_view to_string(ReviewLoadStatus status);  // "ok", "invalid", "newer-version", "not-a-review"

struct ReviewLoadResult {
  ReviewLoadStatus status = ReviewLoadStatus::not_a_review;
  std::optional<MentorReview> review;
  std::vector<LoadProblem> problems;  // in file order, at most limits::kMaxProblems
  int schema_version = 0;             // as the file states it; 0 when it states none readable
  std::string app_version;            // the app that saved it, when the file says so
  std::string saved_at;
  // The file says it is a review file (its "format"), whatever else is wrong with it: a file the
  // user chose or dropped goes to the review import when this is set, else to the plan import.
  bool review_format = false;
};

// Reads a review file. Never throws on bad input (only std::bad_alloc can escape).
ReviewLoadResult load_review_file(std::string_view text);

// Writes a review file. `saved_at` must be an ISO 8601 timestamp (std::invalid_argument
// otherwise), and the review must be one the loader accepts (std::invalid_argument naming the
// first problem otherwise: a file the apprentice could not import must never be sent).
std::string save_review_file(const MentorReview& review, std::string_view saved_at,
                             std::string_view app_version = planner::app_version());

// One plain-English paragraph about a load that did not simply succeed; empty for ok.
std::string review_load_summary(const ReviewLoadResult& result);

}  // namespace planner
