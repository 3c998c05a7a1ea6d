#include "core/exports/report.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/exports/ics.hpp"
#include "core/exports/report_html.hpp"
#include "core/exports/report_sections.hpp"
#include "core/review/mentor_review.hpp"
#include "core/version.hpp"

namespace planner {
namespace {

// Light by default; in forced-colours mode the system colours take over and every meaning is
// also in words and borders. Print: A4, a new page per main section, table headers repeated.
constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
       color: #1b1b1b; background: #fff; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1d3b6f; padding-bottom: .15rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
a { color: #1d3b6f; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.summary dt { font-weight: 600; }
dl.summary dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid #767676; padding: .25rem .4rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
thead th { background: #e6ebf3; }
tbody th { font-weight: 600; }
.notes { white-space: pre-line; }
.gap, .error, .open { color: #8a1c1c; }
.warning { color: #6b4700; }
.done, .resolved { color: #1e5b2a; }
.missing { font-style: italic; }
footer { margin-top: 2.5rem; border-top: 1px solid #767676; padding-top: .5rem; font-size: .9rem; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  nav { display: none; }
  section.new-page { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  tr, dl.summary > * { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
@media (forced-colors: active) {
  th, td, h2, footer { border-color: CanvasText; }
  thead th { background: Canvas; }
  .gap, .error, .open, .warning, .done, .resolved, a { color: CanvasText; }
}
)css";

std::string or_not_given(const std::string& text) {
  return text.empty() ? report::text("Not given") : report::user(text);
}

// "Mon 4 Jan 2027, 09:30 UTC" from an ISO timestamp.
std::string generated_text(std::string_view generated_at) {
  const std::optional<std::string> utc = ics_utc_date_time(generated_at);
  if (!utc) throw std::invalid_argument("export_report: not an ISO 8601 timestamp: " + std::string(generated_at));
  const std::string iso = utc->substr(0, 4) + "-" + utc->substr(4, 2) + "-" + utc->substr(6, 2);
  return Date::parse(iso)->display() + ", " + utc->substr(9, 2) + ":" + utc->substr(11, 2) + " UTC";
}

std::string plan_title(const Plan& plan) {
  return plan.name.empty() ? std::string("Apprenticeship plan") : "Apprenticeship plan: " + plan.name;
}

struct ContentsEntry {
  std::string_view id;
  std::string_view heading;
};

}  // namespace

namespace report {

void summary(std::string& html, const Inputs& in) {
  const Catalogue& catalogue = in.catalogue;
  const Plan& plan = in.plan;
  open_section(html, "summary", "Summary", false);
  html += "<dl class=\"summary\">\n";
  const auto item = [&html](std::string_view term, const std::string& markup) {
    html += "<dt>" + text(term) + "</dt><dd>" + markup + "</dd>\n";
  };
  item("Apprentice", or_not_given(plan.profile.apprentice));
  item("Employer", or_not_given(plan.profile.employer));
  item("Workplace mentor", or_not_given(plan.profile.mentor));
  item("Academic tutor", or_not_given(plan.profile.tutor));
  item("Programme", text(catalogue.title + ", " + catalogue.apprenticeship + " (" + catalogue.provider + ")"));
  item("Start", day(plan.profile.start));
  item("Intended end", day(intended_end(catalogue, plan)));
  item("Gateway", day(gateway_date(catalogue, plan)));

  int credits = 0;
  int completed = 0;
  for (const ModulePlacement& placement : plan.modules) {
    const Module* module = catalogue.module(placement.module_id);
    if (placement.completed && module != nullptr) {
      ++completed;
      credits += module->credits;
    }
  }
  const auto& milestones = plan.dissertation.milestones;
  const auto final_done = std::any_of(milestones.begin(), milestones.end(), [](const Milestone& m) {
    return m.id == kFinalSubmissionMilestone && m.status == MilestoneStatus::done;
  });
  if (final_done) credits += catalogue.dissertation.credits;
  int words = 0;
  for (const Milestone& milestone : milestones) words += milestone.words;
  const auto milestones_done = std::count_if(milestones.begin(), milestones.end(),
                                             [](const Milestone& m) { return m.status == MilestoneStatus::done; });
  const auto activities_done = std::count_if(plan.activities.begin(), plan.activities.end(),
                                             [](const Activity& a) { return a.status == ActivityStatus::done; });
  const auto activities_planned = std::count_if(plan.activities.begin(), plan.activities.end(),
                                                [](const Activity& a) { return a.status == ActivityStatus::planned; });
  const auto reviews_signed = std::count_if(plan.reviews.begin(), plan.reviews.end(), [](const Review& r) {
    return r.apprentice.signed_off && r.mentor.signed_off && r.tutor.signed_off;
  });
  item("Modules", text(std::to_string(completed) + " of " + std::to_string(catalogue.modules.size()) + " completed, " +
                       std::to_string(plan.modules.size()) + " on the calendar"));
  item("Credits", text(std::to_string(credits) + " of " + std::to_string(catalogue.credits) + " completed"));
  item("Dissertation",
       text(std::to_string(words) + " of " + std::to_string(catalogue.dissertation.words) + " words written; " +
            std::to_string(milestones_done) + " of " + std::to_string(milestones.size()) + " milestones done"));
  item("Activities",
       text(std::to_string(activities_done) + " done, " + std::to_string(activities_planned) + " planned"));
  item("Progress reviews", text(std::to_string(reviews_signed) + " of " + std::to_string(plan.reviews.size()) +
                                " signed off by all three parties"));
  const FindingCounts counts = count_findings(in.findings);
  item("Checks", text(count(static_cast<std::size_t>(counts.errors), "error", "errors") + ", " +
                      count(static_cast<std::size_t>(counts.warnings), "warning", "warnings") + ", " +
                      count(static_cast<std::size_t>(counts.notes), "note", "notes")));
  const PortfolioReadiness& portfolio = in.coverage.portfolio;
  item("Portfolio", text(portfolio.ready ? std::string("Ready for the gateway")
                                         : std::to_string(portfolio.done) + " of " + std::to_string(portfolio.target) +
                                               " pieces of evidence done; not yet ready for the gateway"));
  if (!plan.review_decisions.empty()) {
    const ReviewDecision& latest = plan.review_decisions.back();
    item("Review decision",
         status(decision_label(latest.decision), latest.decision == kDecisionApproved ? "done" : "open") + " by " +
             user(latest.reviewer) + (latest.role.empty() ? std::string() : " (" + user(latest.role) + ")") + " on " +
             day(latest.date));
  }
  html += "</dl>\n";
  close_section(html);
}

}  // namespace report

std::string export_report(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                          std::string_view generated_at) {
  const std::string generated = generated_text(generated_at);
  const std::vector<Finding> findings = check_plan(catalogue, plan, schedule);
  const Coverage coverage = compute_coverage(catalogue, plan);
  const HoursSummary hours = summarise_hours(catalogue, plan, schedule);
  const ItemIndex items(catalogue, plan, schedule, findings);
  const report::Inputs in{catalogue, plan, schedule, findings, coverage, hours, items};

  std::string body;
  report::summary(body, in);
  report::mentor_review(body, in);
  report::module_sequence(body, in);
  report::timeline(body, in);
  report::dissertation(body, in);
  report::activities(body, in);
  report::progress_reviews(body, in);
  report::findings(body, in);
  report::coverage(body, in);
  report::off_the_job_hours(body, in);

  // The contents list names the sections the body has, in its order.
  static constexpr ContentsEntry kSections[] = {
      {"summary", "Summary"},           {"mentor-review", "Mentor review"},
      {"modules", "Module sequence"},   {"timeline", "Timeline"},
      {"dissertation", "Dissertation"}, {"activities", "Activities"},
      {"reviews", "Progress reviews"},  {"checks", "Checks"},
      {"coverage", "Coverage"},         {"hours", "Off-the-job hours"},
  };
  std::string contents = "<nav aria-label=\"Contents\">\n<h2 id=\"contents-heading\">Contents</h2>\n<ul>\n";
  for (const ContentsEntry& section : kSections) {
    if (body.find("<section id=\"" + std::string(section.id) + "\"") == std::string::npos) continue;
    contents += "<li><a href=\"#" + std::string(section.id) + "\">" + report::text(section.heading) + "</a></li>\n";
  }
  contents += "</ul>\n</nav>\n";

  const std::string title = plan_title(plan);
  std::string html;
  html.reserve(body.size() + kStyle.size() + 2048);
  html += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
  // No script, no request: the report is a document, whatever text the plan holds.
  html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<meta name=\"generator\" content=\"Apprenticeship Planner " + report::text(app_version()) + "\">\n";
  html += "<title>" + report::text(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  const std::string heading =
      plan.name.empty() ? report::text(title) : report::text("Apprenticeship plan: ") + report::user(plan.name);
  html += "<header>\n<h1>" + heading + "</h1>\n<p>" + report::text(catalogue.title + ", " + catalogue.apprenticeship) +
          "</p>\n</header>\n";
  html += contents;
  html += "<main>\n" + body + "</main>\n";
  html += "<footer>\n<p>Made by Apprenticeship Planner " + report::text(app_version()) + " on " +
          report::text(generated) +
          ". This report holds personal information: keep it safe and share it only with the people it concerns.</p>\n"
          "</footer>\n</body>\n</html>\n";
  return html;
}

}  // namespace planner
