#pragma once
// The review file's envelope constants (review_file.hpp):
//   {"format": "apprenticeship-plan-review", "schemaVersion": N, "appVersion": "…", "savedAt": "…", "review": {…}}
#include <string_view>

namespace planner {

inline constexpr std::string_view kReviewFileFormat = "apprenticeship-plan-review";
// The version this build writes and reads. A review is merged into a plan, so a newer one is
// refused rather than read in part: what this version cannot read it would silently drop.
inline constexpr int kCurrentReviewSchemaVersion = 1;

}  // namespace planner
