#pragma once
// Small builders for the core-logic tests (schedule, rules, edits, auto-plan): the shipped
// catalogue, days from ISO text, a plan with nothing but a profile, and a complete plan with no
// findings at all to break one rule at a time.
#include <algorithm>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/autoplan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/rules/rules.hpp"
#include "test_fixtures.hpp"

namespace planner::fixtures {

using test::day;

inline const Catalogue& catalogue() { return default_catalogue(); }

// A plan with a profile starting on `start` and the programme's default settings, nothing else.
inline Plan bare_plan(std::string_view start = "2027-01-04") {
  Plan plan;
  plan.id = "plan-under-test";
  plan.programme_id = catalogue().id;
  plan.profile.start = day(start);
  plan.profile.otj_policy = catalogue().otj_policy_for_start(plan.profile.start).id;
  plan.profile.otj_figure = catalogue().otj_policy_for_start(plan.profile.start).default_figure;
  plan.settings = catalogue().rule_defaults;
  return plan;
}

inline ModulePlacement placement(std::string module_id, std::string_view start) {
  ModulePlacement p;
  p.module_id = std::move(module_id);
  p.start = day(start);
  return p;
}

inline Period period(std::string id, PeriodKind kind, std::string_view first, std::string_view last,
                     std::string label = {}) {
  return Period{std::move(id), kind, std::move(label), day(first), day(last)};
}

inline Activity activity(std::string id, EventKind kind, std::string_view date, double hours = 1) {
  Activity a;
  a.id = std::move(id);
  a.kind = kind;
  a.title = "Test " + std::string(to_string(kind));
  a.date = day(date);
  a.hours = hours;
  return a;
}

inline Milestone milestone(std::string id, std::string title, std::string_view due) {
  Milestone m;
  m.id = std::move(id);
  m.title = std::move(title);
  m.due = day(due);
  return m;
}

inline Review review(std::string id, std::string_view date) {
  Review r;
  r.id = std::move(id);
  r.date = day(date);
  r.attendees = catalogue().review_attendees;
  return r;
}

// The auto-planner's plan from Mon 4 Jan 2027 (computed once): every module, milestone, review
// and activity in place, and not a single finding.
inline const Plan& clean_plan() {
  static const Plan plan = [] {
    AutoplanRequest request;
    request.start = day("2027-01-04");
    Plan result = autoplan(catalogue(), request).plan.value();
    result.id = "plan-under-test";
    return result;
  }();
  return plan;
}

inline Schedule schedule_of(const Plan& plan) { return expand_schedule(catalogue(), plan); }

inline std::vector<Finding> findings_of(const Plan& plan) { return check_plan(catalogue(), plan, schedule_of(plan)); }

// The findings of one rule only.
inline std::vector<Finding> findings_of(const Plan& plan, std::string_view rule) {
  std::vector<Finding> all = findings_of(plan);
  all.erase(std::remove_if(all.begin(), all.end(), [rule](const Finding& f) { return f.rule != rule; }), all.end());
  return all;
}

// The plan without the activity, review or module with this id.
inline Plan without(Plan plan, std::string_view id) {
  const auto drop = [id](auto& items, auto key) {
    items.erase(std::remove_if(items.begin(), items.end(), [&](const auto& item) { return key(item) == id; }),
                items.end());
  };
  drop(plan.activities, [](const Activity& a) -> const std::string& { return a.id; });
  drop(plan.reviews, [](const Review& r) -> const std::string& { return r.id; });
  drop(plan.modules, [](const ModulePlacement& m) -> const std::string& { return m.module_id; });
  drop(plan.dissertation.milestones, [](const Milestone& m) -> const std::string& { return m.id; });
  return plan;
}

// Applies an edit as the document does: to a copy, kept only when the edit succeeds.
inline std::optional<std::string> apply(Plan& plan, const Edit& edit) {
  Plan changed = plan;
  if (auto error = edit.change(changed)) return error;
  plan = std::move(changed);
  return std::nullopt;
}

// The plan after applying a finding's fix (which must exist and succeed).
inline Plan fixed(const Plan& plan, const Finding& finding) {
  Plan result = plan;
  if (!finding.fix) throw std::logic_error("finding has no fix: " + finding.message);
  if (auto error = apply(result, *finding.fix)) throw std::logic_error("fix refused: " + *error);
  return result;
}

}  // namespace planner::fixtures
