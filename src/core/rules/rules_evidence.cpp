// The checks on what the plan adds up to: off-the-job hours against the apprentice's policy,
// active learning often enough, and planned evidence for every standard and behaviour.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/planning/otj.hpp"
#include "core/rules/rule_context.hpp"

namespace planner::rules {
namespace {

const OtjPolicy& policy_of(const Context& context) {
  const OtjPolicy* chosen = context.catalogue.otj_policy(context.plan.profile.otj_policy);
  return chosen != nullptr ? *chosen : context.catalogue.otj_policy_for_start(context.start);
}

// "624", "412.5": one decimal at most, none when whole.
std::string number_text(double value) {
  char text[32];
  const double rounded = std::round(value * 10) / 10;
  std::snprintf(text, sizeof text, rounded == std::floor(rounded) ? "%.0f" : "%.1f", rounded);
  return text;
}

std::string hours_text(double hours) { return number_text(hours) + " h"; }

// Days of leave within `range`, each counted once however the periods overlap.
int leave_days_within(const std::vector<Period>& periods, DateRange range) {
  std::vector<DateRange> spans;
  for (const Period& period : periods) {
    if (period.kind != PeriodKind::leave || !DateRange{period.first, period.last}.overlaps(range)) continue;
    spans.push_back({std::max(period.first, range.first), std::min(period.last, range.last)});
  }
  std::sort(spans.begin(), spans.end(), [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
  int days = 0;
  Date covered_to = range.first.plus_days(-1);
  for (const DateRange& span : spans) {
    const Date first = std::max(span.first, covered_to.plus_days(1));
    if (first <= span.last) days += days_between(first, span.last) + 1;
    covered_to = std::max(covered_to, span.last);
  }
  return days;
}

}  // namespace

void otj_below_policy(const Context& context, Reports& reports) {
  if (context.gateway <= context.start) return;
  const OtjPolicy& policy = policy_of(context);
  const Profile& profile = context.plan.profile;
  // 0 stands for "the policy's own figure": a plan made before the apprentice chose one.
  const double figure = profile.otj_figure > 0 ? profile.otj_figure : policy.default_figure;
  const DateRange on_programme{context.start, context.gateway.plus_days(-1)};
  // Time on leave is not time to train in (statutory leave is left out of the calculation).
  const double weeks = (on_programme.length_in_days() - leave_days_within(context.plan.periods, on_programme)) / 7.0;
  double required = figure;
  std::string basis;
  if (policy.measure == OtjMeasure::percent_of_contracted) {
    required = figure / 100 * profile.contracted_hours_per_week * weeks;
    basis = number_text(figure) + "% of " + hours_text(profile.contracted_hours_per_week) + " a week over " +
            std::to_string(static_cast<int>(std::round(weeks))) + " weeks";
  } else if (policy.measure == OtjMeasure::hours_per_week) {
    // The weekly figure is for full-time contracts; below the threshold it is pro rata.
    const double share = policy.min_contracted_hours > 0
                             ? std::min(1.0, profile.contracted_hours_per_week / policy.min_contracted_hours)
                             : 1.0;
    required = figure * share * weeks;
    basis =
        hours_text(figure * share) + " a week over " + std::to_string(static_cast<int>(std::round(weeks))) + " weeks";
  } else {
    basis = "the training plan's minimum";
  }
  const auto contributions = planned_otj(context.catalogue, context.plan, context.schedule);
  const double planned = planned_hours_within(contributions, on_programme);
  if (planned + 1e-6 >= required) return;
  Report report;
  report.message = "Off-the-job training planned before the gateway on " + context.gateway.display() + " comes to " +
                   hours_text(planned) + ", short of the " + hours_text(required) + " the policy asks for (" + basis +
                   "): " + policy.label + ".";
  report.date = context.start;
  reports.push_back(std::move(report));
}

void otj_active_learning_gap(const Context& context, Reports& reports) {
  const OtjPolicy& policy = policy_of(context);
  if (policy.active_learning_weeks <= 0 || context.gateway <= context.start) return;
  const int max_days = 7 * policy.active_learning_weeks;
  // Days with active learning planned or logged; leave stops the clock.
  std::vector<DateRange> covered;
  for (const OtjContribution& contribution : planned_otj(context.catalogue, context.plan, context.schedule)) {
    if (contribution.active_learning && contribution.hours > 0) covered.push_back(contribution.days);
  }
  for (const HoursEntry& entry : context.plan.hours_log) {
    if (entry.active_learning && entry.hours > 0) covered.push_back({entry.date, entry.date});
  }
  for (const Period& period : context.plan.periods) {
    if (period.kind == PeriodKind::leave) covered.push_back({period.first, period.last});
  }
  std::sort(covered.begin(), covered.end(), [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
  const Date end = context.gateway.plus_days(-1);
  Date covered_to = context.start.plus_days(-1);
  const auto report_gap = [&](Date first, Date last) {
    if (days_between(first, last) + 1 <= max_days) return;
    Report report;
    report.message = "No active learning planned for " + std::to_string((days_between(first, last) + 1) / 7) +
                     " weeks, from " + first.display() + " to " + last.display() +
                     ": the policy asks for some at least every " + std::to_string(policy.active_learning_weeks) +
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
      Activity meeting;
      meeting.kind = EventKind::mentoring;
      meeting.title = "Mentoring meeting";
      meeting.date = *day;
      const ActivityType* type = context.catalogue.activity_type(EventKind::mentoring);
      meeting.hours = type != nullptr ? type->default_hours : 1;
      steps.push_back(edits::add_activity(context.catalogue, meeting));
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
  for (const DateRange& range : covered) {
    if (range.last <= covered_to) continue;
    if (range.first > end) break;
    if (range.first > covered_to.plus_days(1)) report_gap(covered_to.plus_days(1), range.first.plus_days(-1));
    covered_to = range.last;
  }
  if (covered_to < end) report_gap(covered_to.plus_days(1), end);
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
