#pragma once
// The sections of the HTML report (report.hpp), one function each, in report_*.cpp. Each appends
// one <section> (or nothing, when it has nothing to show) to `html`.
#include <string>
#include <vector>

#include "core/plan/item_ref.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/coverage.hpp"
#include "core/planning/hours.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/rules/rules.hpp"

namespace planner::report {

// Everything the report shows, worked out once.
struct Inputs {
  const Catalogue& catalogue;
  const Plan& plan;
  const Schedule& schedule;
  const std::vector<Finding>& findings;
  const Coverage& coverage;
  const HoursSummary& hours;
  const ItemIndex& items;
};

void summary(std::string& html, const Inputs& in);
void mentor_review(std::string& html, const Inputs& in);      // report_reviews.cpp
void module_sequence(std::string& html, const Inputs& in);    // report_plan.cpp
void timeline(std::string& html, const Inputs& in);           // report_plan.cpp
void dissertation(std::string& html, const Inputs& in);       // report_plan.cpp
void activities(std::string& html, const Inputs& in);         // report_plan.cpp
void progress_reviews(std::string& html, const Inputs& in);   // report_reviews.cpp
void findings(std::string& html, const Inputs& in);           // report_evidence.cpp
void coverage(std::string& html, const Inputs& in);           // report_evidence.cpp
void off_the_job_hours(std::string& html, const Inputs& in);  // report_evidence.cpp

}  // namespace planner::report
