// The rules table and the runner. Each rule is one function in rules_modules.cpp,
// rules_calendar.cpp or rules_evidence.cpp; this table gives it its stable id and severity.
//
// Severity, and why:
//   error    the plan cannot work as it stands: the dissertation before its proposal, two
//            face-to-face days at once, more modules at once than allowed, a face-to-face day,
//            induction, EPA step or deadline in leave, the gateway/EPA chain out of order.
//   warning  the plan works but breaks the programme's expectations: the proposal module late,
//            deadlines too close, something on a bank holiday (the university may well not
//            teach then, but it publishes its own dates), a review, activity or milestone in
//            leave, review gaps, off-the-job shortfalls, running past the intended end or the
//            EPA period, modules not yet placed.
//   note     worth knowing, the apprentice decides: sessions in a busy period at work, a long
//            stretch without shadowing, a standard or behaviour with nothing planned to
//            evidence it.
#include "core/rules/rules.hpp"

#include <algorithm>
#include <tuple>

#include "core/plan/edits.hpp"
#include "core/planning/module_fit.hpp"
#include "core/rules/rule_context.hpp"

namespace planner {
namespace rules {

std::string Context::module_name(std::string_view module_id) const {
  const Module* module = catalogue.module(module_id);
  return module != nullptr ? "Module " + std::to_string(module->number) : std::string(module_id);
}

std::string describe(const Event& event) {
  std::string text = "\"" + event.title + "\" on " + event.start.display();
  if (event.end != event.start) text += " to " + event.end.display();
  return text;
}

std::string ordinal(int number) {
  const int tens = number % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : number % 10 == 1         ? "st"
                       : number % 10 == 2         ? "nd"
                       : number % 10 == 3         ? "rd"
                                                  : "th";
  return std::to_string(number) + suffix;
}

std::optional<Edit> move_module_fix(const Context& context, const std::string& module_id, Date earliest,
                                    int horizon_weeks) {
  const auto start = ModuleFit(context.catalogue, context.plan, module_id).first_fit(earliest, horizon_weeks);
  if (!start) return std::nullopt;
  Edit fix = edits::move_module(context.catalogue, module_id, *start);
  fix.merge_key.clear();  // a fix is its own undo step, never merged into a drag
  return fix;
}

namespace {

using Check = void (*)(const Context&, Reports&);

struct Entry {
  RuleInfo info;
  Check check;
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = {
      {{"dissertation-before-proposal", Severity::error,
        "A dissertation milestone (other than the proposal) falls on or before the proposal module's final "
        "submission."},
       dissertation_before_proposal},
      {{"f2f-clash", Severity::error, "Two face-to-face sessions are on the same day."}, f2f_clash},
      {{"too-many-modules", Severity::error, "More modules run at once than the settings allow."}, too_many_modules},
      {{"session-in-leave", Severity::error,
        "A face-to-face day, the induction, a gateway or EPA step, or a deadline falls in leave."},
       session_in_leave},
      {{"epa-chain-order", Severity::error,
        "The gateway comes before the last module or the dissertation, or the EPA steps are out of order."},
       epa_chain_order},
      {{"proposal-module-late", Severity::warning, "The proposal module is not among the first modules to start."},
       proposal_module_late},
      {{"deadlines-too-close", Severity::warning, "Two deadlines are closer than the minimum days apart."},
       deadlines_too_close},
      {{"on-bank-holiday", Severity::warning,
        "A session, deadline, review, activity or milestone falls on a bank holiday."},
       on_bank_holiday},
      {{"appointment-in-leave", Severity::warning,
        "A progress review, activity or dissertation milestone falls in leave."},
       appointment_in_leave},
      {{"review-gap", Severity::warning,
        "Progress reviews are further apart than the review interval (from the start to the gateway)."},
       review_gap},
      {{"otj-below-policy", Severity::warning, "Planned off-the-job hours fall short of the apprentice's policy."},
       otj_below_policy},
      {{"otj-active-learning-gap", Severity::warning,
        "A stretch with no active learning is longer than the policy allows."},
       otj_active_learning_gap},
      {{"past-intended-end", Severity::warning, "Modules, the dissertation or the gateway run past the intended end."},
       past_intended_end},
      {{"epa-period-overrun", Severity::warning,
        "The end-point assessment runs beyond its usual period after the gateway."},
       epa_period_overrun},
      {{"modules-unplaced", Severity::warning, "Some modules are not on the calendar yet."}, modules_unplaced},
      {{"in-busy-period", Severity::note, "A session, deadline or appointment falls in a busy period at work."},
       in_busy_period},
      {{"shadowing-gap", Severity::note, "No shadowing is planned in a stretch longer than the shadowing window."},
       shadowing_gap},
      {{"evidence-missing", Severity::note, "A standard or behaviour has nothing planned that evidences it."},
       evidence_missing},
  };
  return table;
}

}  // namespace
}  // namespace rules

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "note";
}

const std::vector<RuleInfo>& rule_table() {
  static const std::vector<RuleInfo> table = [] {
    std::vector<RuleInfo> infos;
    for (const rules::Entry& entry : rules::entries()) infos.push_back(entry.info);
    return infos;
  }();
  return table;
}

std::vector<Finding> check_plan(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule) {
  return check_plan(catalogue, plan, schedule, Severity::note);
}

std::vector<Finding> check_plan(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                                Severity severity) {
  const rules::Context context{catalogue,
                               plan,
                               schedule,
                               plan.settings,
                               plan.profile.start,
                               intended_end(catalogue, plan),
                               gateway_date(catalogue, plan)};
  std::vector<Finding> findings;
  rules::Reports reports;
  for (const rules::Entry& entry : rules::entries()) {
    if (static_cast<int>(entry.info.severity) > static_cast<int>(severity)) continue;
    reports.clear();
    entry.check(context, reports);
    for (rules::Report& report : reports) {
      findings.push_back(Finding{std::string(entry.info.id), entry.info.severity, std::move(report.message),
                                 std::move(report.items), std::move(report.fix), report.date});
    }
  }
  // Most severe first, then by date (findings without one last), then steadily by rule.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const auto key = [](const Finding& f) {
      return std::make_tuple(static_cast<int>(f.severity), !f.date.has_value(), f.date.value_or(Date{}));
    };
    return key(a) < key(b);
  });
  return findings;
}

FindingCounts count_findings(const std::vector<Finding>& findings) {
  FindingCounts counts;
  for (const Finding& finding : findings) {
    switch (finding.severity) {
      case Severity::error: ++counts.errors; break;
      case Severity::warning: ++counts.warnings; break;
      case Severity::note: ++counts.notes; break;
    }
  }
  return counts;
}

}  // namespace planner
