// The checks on what the plan adds up to: off-the-job hours against the apprentice's policy,
// active learning often enough, and planned evidence for every standard and behaviour.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/hours.hpp"
#include "core/planning/otj.hpp"
#include "core/rules/rule_context.hpp"

namespace planner::rules {
namespace {

// "624", "412.5": one decimal at most, none when whole.
std::string number_text(double value) {
  char text[32];
  const double rounded = std::round(value * 10) / 10;
  std::snprintf(text, sizeof text, rounded == std::floor(rounded) ? "%.0f" : "%.1f", rounded);
  return text;
}

std::string hours_text(double hours) { return number_text(hours) + " h"; }

}  // namespace

void otj_below_policy(const Context& context, Reports& reports) {
  if (context.gateway <= context.start) return;
  // The Hours view's requirement (hours.hpp): leave taken out, the figure by the policy's measure.
  const OtjRequirement requirement = otj_requirement(context.catalogue, context.plan);
  const OtjPolicy* policy = context.catalogue.otj_policy(requirement.policy);
  const std::string basis =
      requirement.measure == OtjMeasure::total_hours ? "the training plan's minimum" : requirement.basis;
  const auto contributions = planned_otj(context.catalogue, context.plan, context.schedule);
  const double planned = planned_hours_within(contributions, requirement.on_programme);
  if (planned + 1e-6 >= requirement.total) return;
  Report report;
  report.message = "Off-the-job training planned before the gateway on " + context.gateway.display() + " comes to " +
                   hours_text(planned) + ", short of the " + hours_text(requirement.total) + " the policy asks for (" +
                   basis + "): " + (policy != nullptr ? policy->label : requirement.policy) + ".";
  report.date = context.start;
  reports.push_back(std::move(report));
}

void otj_active_learning_gap(const Context& context, Reports& reports) {
  const OtjRequirement requirement = otj_requirement(context.catalogue, context.plan);
  const int max_days = 7 * requirement.active_learning_weeks;
  const auto report_gap = [&](Date first, Date last) {
    Report report;
    report.message = "No active learning planned for " + std::to_string((days_between(first, last) + 1) / 7) +
                     " weeks, from " + first.display() + " to " + last.display() +
                     ": the policy asks for some at least every " + std::to_string(requirement.active_learning_weeks) +
                     " weeks.";
    report.date = first;
    // Mentoring meetings, each as late as it can be, so no stretch runs past the limit.
    std::vector<Edit> steps;
    std::vector<Date> days;
    Date previous = first.plus_days(-1);
    while (days_between(previous, last) > max_days && steps.size() < 100) {
      const auto day =
          free_day_on_or_before(context.catalogue, context.plan.periods, previous.plus_days(max_days), previous);
      if (!day) break;
      steps.push_back(
          edits::add_activity(context.catalogue, edits::new_activity(context.catalogue, EventKind::mentoring, *day)));
      days.push_back(*day);
      previous = *day;
    }
    if (!steps.empty()) {
      report.fix = edits::combine("Plan " + std::to_string(steps.size()) +
                                      (steps.size() == 1 ? " mentoring meeting" : " mentoring meetings") + " from " +
                                      days.front().display(),
                                  std::move(steps));
    }
    reports.push_back(std::move(report));
  };
  const auto contributions = planned_otj(context.catalogue, context.plan, context.schedule);
  for (const DateRange& gap : active_learning_gaps(context.plan, contributions, requirement)) {
    report_gap(gap.first, gap.last);
  }
}

void evidence_missing(const Context& context, Reports& reports) {
  std::vector<std::string_view> standards;
  std::vector<std::string_view> behaviours;
  const auto add = [](std::vector<std::string_view>& into, const std::vector<std::string>& ids) {
    into.insert(into.end(), ids.begin(), ids.end());
  };
  for (const ModulePlacement& placement : context.plan.modules) {
    if (const Module* module = context.catalogue.module(placement.module_id)) add(standards, module->standards);
  }
  if (!context.plan.dissertation.milestones.empty()) add(standards, context.catalogue.dissertation.standards);
  for (const Activity& activity : context.plan.activities) {
    if (activity.status == ActivityStatus::cancelled) continue;
    add(standards, activity.standards);
    add(behaviours, activity.behaviours);
  }
  const auto has = [](const std::vector<std::string_view>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  for (const Standard& standard : context.catalogue.standards) {
    if (has(standards, standard.id)) continue;
    Report report;
    std::string note = standard.evidence_note;
    if (!note.empty()) note[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(note[0])));
    report.message = "Nothing planned yet evidences the standard \"" + standard.text + "\"" +
                     (note.empty() ? "" : " (the programme asks for " + note + ")") +
                     ": place the modules that teach it or plan an activity that evidences it.";
    report.items = {standard.id};
    reports.push_back(std::move(report));
  }
  for (const Behaviour& behaviour : context.catalogue.behaviours) {
    if (has(behaviours, behaviour.id)) continue;
    Report report;
    report.message = "No planned activity evidences the behaviour \"" + behaviour.name + "\" (" +
                     behaviour.description + "): note it on a shadowing, observation or other activity.";
    report.items = {behaviour.id};
    reports.push_back(std::move(report));
  }
}

}  // namespace planner::rules
