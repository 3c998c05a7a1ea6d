// The report's sections about how the plan measures up: the checks' findings, coverage of the
// standards and behaviours, and off-the-job hours.
#include <map>

#include "core/exports/report_html.hpp"
#include "core/exports/report_sections.hpp"
#include "core/planning/event_details.hpp"

namespace planner::report {
namespace {

std::string severity_word(Severity severity) {
  switch (severity) {
    case Severity::error: return "Error";
    case Severity::warning: return "Warning";
    case Severity::note: return "Note";
  }
  return "Note";
}

std::string evidence_status(Evidence evidence) {
  switch (evidence) {
    case Evidence::done: return status("Evidenced", "done");
    case Evidence::planned: return text("Planned");
    case Evidence::none: return status("Gap: no evidence planned", "gap");
  }
  return {};
}

// The titles of the columns whose cell in `row` is `wanted`.
std::string evidence_list(const Coverage& coverage, const CoverageRow& row, Evidence wanted) {
  std::string out;
  for (std::size_t i = 0; i < row.cells.size() && i < coverage.columns.size(); ++i) {
    if (row.cells[i] != wanted) continue;
    if (!out.empty()) out += "; ";
    out += user(coverage.columns[i].title);
  }
  return out;
}

std::string month_label(Date monday) {
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
  return std::string(kMonths[monday.month() - 1]) + " " + std::to_string(monday.year());
}

}  // namespace

void findings(std::string& html, const Inputs& in) {
  open_section(html, "checks", "Checks", true);
  if (in.findings.empty()) {
    html += "<p>The checks find nothing to report: the plan breaks no rule.</p>\n";
    close_section(html);
    return;
  }
  const FindingCounts counts = count_findings(in.findings);
  Table table{"Findings of the checks: " + count(static_cast<std::size_t>(counts.errors), "error", "errors") + ", " +
                  count(static_cast<std::size_t>(counts.warnings), "warning", "warnings") + ", " +
                  count(static_cast<std::size_t>(counts.notes), "note", "notes"),
              {"Finding", "Severity", "From", "Suggested fix"},
              {}};
  for (const Finding& finding : in.findings) {
    const std::string word = severity_word(finding.severity);
    table.rows.push_back(
        {user(finding.message),
         finding.severity == Severity::note ? text(word)
                                            : status(word, finding.severity == Severity::error ? "error" : "warning"),
         finding.date ? day(*finding.date) : std::string(), finding.fix ? user(finding.fix->label) : std::string()});
  }
  append(html, table);
  close_section(html);
}

void coverage(std::string& html, const Inputs& in) {
  const Coverage& coverage = in.coverage;
  open_section(html, "coverage", "Coverage", true);
  const PortfolioReadiness& portfolio = coverage.portfolio;
  const auto gaps = static_cast<std::size_t>(coverage.gaps());
  html += "<p>" +
          text(std::to_string(portfolio.standards_done) + " of " + std::to_string(portfolio.standards_total) +
               " standards and " + std::to_string(portfolio.behaviours_done) + " of " +
               std::to_string(portfolio.behaviours_total) + " behaviours are evidenced by something done. " +
               (gaps == 0 ? std::string("Every standard and behaviour has evidence planned or done.")
                          : count(gaps, "standard or behaviour has", "standards or behaviours have") +
                                " no evidence planned: marked \"Gap\" below.")) +
          "</p>\n";
  html += "<p>" +
          text("Portfolio: " + std::to_string(portfolio.done) + " of about " + std::to_string(portfolio.target) +
               " pieces of evidence done, " + std::to_string(portfolio.planned) + " planned. " +
               (portfolio.ready ? "Ready for the gateway." : "Not yet ready for the gateway.")) +
          "</p>\n";
  Table standards{
      "Standards: where each is evidenced", {"Standard", "Status", "Done", "Planned", "Workplace evidence"}, {}};
  Table behaviours{"Behaviours: where each is evidenced (in the workplace, through activities)",
                   {"Behaviour", "Status", "Done", "Planned"},
                   {}};
  for (const CoverageRow& row : coverage.rows) {
    std::vector<std::string> cells{text(row.label), evidence_status(row.status),
                                   evidence_list(coverage, row, Evidence::done),
                                   evidence_list(coverage, row, Evidence::planned)};
    if (row.kind == CoverageRow::Kind::standard) {
      std::string workplace;
      if (!row.evidence_note.empty()) {
        workplace = text(row.evidence_note) + ": " +
                    (row.workplace_evidence == Evidence::none   ? status("none planned", "gap")
                     : row.workplace_evidence == Evidence::done ? status("done", "done")
                                                                : text("planned"));
      }
      cells.push_back(std::move(workplace));
      standards.rows.push_back(std::move(cells));
    } else {
      behaviours.rows.push_back(std::move(cells));
    }
  }
  append(html, standards);
  append(html, behaviours);
  close_section(html);
}

void off_the_job_hours(std::string& html, const Inputs& in) {
  const HoursSummary& hours = in.hours;
  const OtjRequirement& requirement = hours.requirement;
  open_section(html, "hours", "Off-the-job hours", true);
  const OtjPolicy* policy = in.catalogue.otj_policy(requirement.policy);
  html += "<p>" +
          text((policy != nullptr ? policy->label + " " : std::string()) +
               "Required: " + hours_figure(requirement.total) + " hours (" + requirement.basis + "), from " +
               requirement.on_programme.first.display() + " to " + requirement.on_programme.last.display() + ".") +
          "</p>\n";
  Table totals{"Off-the-job hours on programme", {"Hours", "Total", "Short of the requirement by"}, {}};
  totals.rows.push_back({text("Required"), text(hours_figure(requirement.total)), std::string()});
  totals.rows.push_back(
      {text("Planned"), text(hours_figure(hours.planned_total)),
       hours.planned_shortfall > 0 ? status(hours_figure(hours.planned_shortfall), "gap") : text("0")});
  totals.rows.push_back({text("Logged"), text(hours_figure(hours.logged_total)),
                         hours.logged_shortfall > 0 ? text(hours_figure(hours.logged_shortfall)) : text("0")});
  append(html, totals);

  if (requirement.active_learning_weeks > 0) {
    if (hours.active_learning_gaps.empty()) {
      html += "<p>" +
              text("Active learning is planned or logged at least every " +
                   std::to_string(requirement.active_learning_weeks) + " weeks on programme.") +
              "</p>\n";
    } else {
      html += "<p>" +
              text("Stretches of more than " + std::to_string(requirement.active_learning_weeks) +
                   " weeks with no active learning planned or logged:") +
              "</p>\n<ul>\n";
      for (const DateRange& gap : hours.active_learning_gaps) html += "<li>" + days(gap.first, gap.last) + "</li>\n";
      html += "</ul>\n";
    }
  }

  // Weeks summed by the month their Monday falls in: months in order, as the table reads.
  struct MonthHours {
    Date first_monday;
    double planned = 0;
    double logged = 0;
    int weeks = 0;
    int active_weeks = 0;
  };
  std::map<std::pair<int, unsigned>, MonthHours> months;
  for (const WeekHours& week : hours.weeks) {
    if (!week.on_programme && week.planned <= 0 && week.logged <= 0) continue;
    MonthHours& month = months[{week.monday.year(), week.monday.month()}];
    if (month.weeks == 0) month.first_monday = week.monday;
    month.planned += week.planned;
    month.logged += week.logged;
    ++month.weeks;
    if (week.active_learning) ++month.active_weeks;
  }
  Table by_month{"Planned and logged hours by month (weeks counted in the month their Monday falls in)",
                 {"Month", "Planned", "Logged", "Weeks with active learning"},
                 {}};
  for (const auto& [key, month] : months) {
    by_month.rows.push_back({text(month_label(month.first_monday)), text(hours_figure(month.planned)),
                             text(hours_figure(month.logged)),
                             text(std::to_string(month.active_weeks) + " of " + std::to_string(month.weeks))});
  }
  append(html, by_month);
  close_section(html);
}

}  // namespace planner::report
