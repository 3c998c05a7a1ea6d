#pragma once
// The checks: each rule is one small function with an id, a severity and a plain-English message
// naming the items and dates involved, registered in one table (rules.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.hpp"
#include "core/document.hpp"
#include "core/plan.hpp"
#include "core/schedule.hpp"

namespace planner {

enum class Severity { error, warning, note };
std::string_view to_string(Severity severity);  // "error", "warning", "note"

struct Finding {
  std::string rule;                // stable rule id, e.g. "dissertation-before-proposal"
  Severity severity = Severity::note;
  std::string message;             // plain English, naming the items and dates
  std::vector<std::string> items;  // ids of the events and plan items involved
  std::optional<Edit> fix;         // the one-click fix, when there is one (its label says what)
};

struct FindingCounts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
};

// Every finding for the plan, most severe first, then by date.
std::vector<Finding> check_plan(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule);
FindingCounts count_findings(const std::vector<Finding>& findings);

}  // namespace planner
