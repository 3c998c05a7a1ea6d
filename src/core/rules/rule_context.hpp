#pragma once
// Inside the checks: what every rule reads, what it reports, and the rule functions that
// rules.cpp registers in its table. The rules live in three files by subject:
// rules_modules.cpp (the module sequence and its deadlines), rules_calendar.cpp (leave, bank
// holidays, reviews, shadowing, the end of the plan and the EPA chain) and rules_evidence.cpp
// (off-the-job hours and coverage of the standard).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner::rules {

struct Context {
  const Catalogue& catalogue;
  const Plan& plan;
  const Schedule& schedule;
  const RuleSettings& settings;  // the plan's own copy
  Date start;                    // first day on programme
  Date intended_end;             // the planned gateway (profile, or start + programme months)
  Date gateway;                  // the gateway as planned (end point, or the intended end)

  std::string module_name(std::string_view module_id) const;  // "Module 3"
};

// What a check reports; the runner adds the rule's id and severity from the table.
struct Report {
  std::string message;
  std::vector<std::string> items;
  std::optional<Date> date;
  std::optional<Edit> fix;
};
using Reports = std::vector<Report>;

// "\"Assignment due (3000 words) (Module 3)\" on Fri 26 Mar 2027": an event as messages name it.
std::string describe(const Event& event);
// "1st", "2nd", "3rd", "4th".
std::string ordinal(int number);

// Moves a module to the first Monday from `earliest` where it breaks none of the module rules
// (module_fit.hpp); nothing when there is none within `horizon_weeks`.
std::optional<Edit> move_module_fix(const Context& context, const std::string& module_id, Date earliest,
                                    int horizon_weeks);

// rules_modules.cpp
void dissertation_before_proposal(const Context& context, Reports& reports);
void proposal_module_late(const Context& context, Reports& reports);
void f2f_clash(const Context& context, Reports& reports);
void too_many_modules(const Context& context, Reports& reports);
void deadlines_too_close(const Context& context, Reports& reports);
void modules_unplaced(const Context& context, Reports& reports);
// rules_calendar.cpp
void session_in_leave(const Context& context, Reports& reports);
void appointment_in_leave(const Context& context, Reports& reports);
void on_bank_holiday(const Context& context, Reports& reports);
void in_busy_period(const Context& context, Reports& reports);
void review_gap(const Context& context, Reports& reports);
void shadowing_gap(const Context& context, Reports& reports);
void past_intended_end(const Context& context, Reports& reports);
void epa_chain_order(const Context& context, Reports& reports);
void epa_period_overrun(const Context& context, Reports& reports);
// rules_evidence.cpp
void otj_below_policy(const Context& context, Reports& reports);
void otj_active_learning_gap(const Context& context, Reports& reports);
void evidence_missing(const Context& context, Reports& reports);

}  // namespace planner::rules
