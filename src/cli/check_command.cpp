// planner-cli check: the findings panel ("Checks") from the command line.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/plan_command.hpp"
#include "cli/usage.hpp"
#include "core/planning/schedule.hpp"
#include "core/rules/rules.hpp"

namespace planner::cli {
namespace {

// {"findings":[{"rule","severity","message","items","date"?,"fix"?}],"counts":{"error","warning","note"}}
std::string findings_json(const std::vector<Finding>& findings) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Finding& finding : findings) {
    nlohmann::ordered_json item{{"rule", finding.rule},
                                {"severity", to_string(finding.severity)},
                                {"message", finding.message},
                                {"items", finding.items}};
    if (finding.date) item["date"] = finding.date->iso();
    if (finding.fix) item["fix"] = finding.fix->label;
    list.push_back(std::move(item));
  }
  const FindingCounts counts = count_findings(findings);
  const nlohmann::ordered_json out{
      {"findings", std::move(list)},
      {"counts", {{"error", counts.errors}, {"warning", counts.warnings}, {"note", counts.notes}}}};
  return out.dump(2) + "\n";
}

std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string findings_text(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) {
    out += std::string(to_string(finding.severity)) + ": " + finding.message + " [" + finding.rule + "]\n";
    if (finding.fix) out += "  fix: " + finding.fix->label + "\n";
  }
  const FindingCounts counts = count_findings(findings);
  out += plural(counts.errors, "error") + ", " + plural(counts.warnings, "warning") + ", " +
         plural(counts.notes, "note") + "\n";
  return out;
}

}  // namespace

int run_check(std::span<const std::string_view> args) {
  return run_plan_command(args, [](const Catalogue& catalogue, const PlanInput& input, bool as_json) {
    const std::vector<Finding> findings = check_plan(catalogue, input.plan, input.schedule);
    std::cout << (as_json ? findings_json(findings) : findings_text(findings));
    return count_findings(findings).errors > 0 ? kExitFindings : kExitOk;
  });
}

}  // namespace planner::cli
