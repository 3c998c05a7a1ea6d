#pragma once
// The checks: each rule is one small function with an id, a severity and a plain-English message
// naming the items and dates involved, registered in one table (rules.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

enum class Severity { error, warning, note };
std::string_view to_string(Severity severity);  // "error", "warning", "note"

struct Finding {
  std::string rule;  // stable rule id, e.g. "dissertation-before-proposal"
  Severity severity = Severity::note;
  std::string message;             // plain English, naming the items and dates
  std::vector<std::string> items;  // ids of the events and plan items involved
  std::optional<Edit> fix;         // the one-click fix, when there is one (its label says what)
  std::optional<Date> date = {};   // the first day involved, if any (findings are ordered by it)
};

struct FindingCounts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
};

// One entry of the rules table: what each check is called and how severe its findings are.
struct RuleInfo {
  std::string_view id;  // "f2f-clash"
  Severity severity;
  std::string_view summary;  // what it checks, in one plain-English line
};
const std::vector<RuleInfo>& rule_table();

// Every finding for the plan, most severe first, then by date.
std::vector<Finding> check_plan(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule);
// Only the rules of `severity` or worse (Severity::error: just the errors), for callers that
// need no more, such as the auto-planner's final check.
std::vector<Finding> check_plan(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                                Severity severity);
FindingCounts count_findings(const std::vector<Finding>& findings);

}  // namespace planner
