#pragma once
// The plan file's envelope constants (docs/product.md "Interfaces"):
//   {"format": "apprenticeship-plan", "schemaVersion": N, "appVersion": "…", "savedAt": "…", "plan": {…}}
#include <string_view>

namespace planner {

inline constexpr std::string_view kPlanFileFormat = "apprenticeship-plan";
// The version this build writes; older ones are upgraded on load (plan_migrations.hpp).
inline constexpr int kCurrentPlanSchemaVersion = 2;

}  // namespace planner
