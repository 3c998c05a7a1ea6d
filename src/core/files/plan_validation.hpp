#pragma once
// Checks the JSON of a plan file of the current schema version (the envelope and its "plan"), and
// of a review file, before anything is mapped: every field present with the right type, numbers
// in range, dates real, enumerations known, ids well-formed and unique, text within its length.
// Separate from the mapping (plan_json.hpp, review_file.cpp), which may then assume all of this.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/files/load_problem.hpp"

namespace planner {

struct PlanValidationOptions {
  // Reading a file saved by a newer version of the app (read-only): accept its higher
  // schemaVersion and ignore fields this version does not know instead of refusing them, since
  // new fields are what a newer version adds. Everything this version does know stays strict.
  bool newer_version = false;
};

// Appends what is wrong with the whole file to `problems` (at most limits::kMaxProblems in all).
// No problem added means from_json(envelope["plan"]) will succeed.
void validate_plan_file_json(const nlohmann::json& envelope, const PlanValidationOptions& options,
                             std::vector<LoadProblem>& problems);
// The same for a review file of the current review format (review_file.hpp), with the same
// building blocks: a review's comments are checked exactly as the plan's kept comments are.
void validate_review_file_json(const nlohmann::json& envelope, std::vector<LoadProblem>& problems);

// Used by the envelope check too.
// "a number (3000000000)", "text (\"abc\")", "a list", …: what was found instead.
std::string describe_json_value(const nlohmann::json& value);
// A strict ISO 8601 timestamp as browsers write it: 2027-01-04T09:30:00Z, optional fraction of a
// second, "Z" or an offset such as +01:00.
bool is_timestamp(std::string_view text);

}  // namespace planner
