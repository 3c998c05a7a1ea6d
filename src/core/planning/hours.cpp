#include "core/planning/hours.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/planning/otj.hpp"

namespace planner {
namespace {

const OtjPolicy& policy_in_force(const Catalogue& catalogue, const Plan& plan) {
  const OtjPolicy* chosen = catalogue.otj_policy(plan.profile.otj_policy);
  return chosen != nullptr ? *chosen : catalogue.otj_policy_for_start(plan.profile.start);
}

// "624", "412.5": one decimal at most, none when whole (as the findings write hours).
std::string number_text(double value) {
  char text[32];
  const double rounded = std::round(value * 10) / 10;
  std::snprintf(text, sizeof text, rounded == std::floor(rounded) ? "%.0f" : "%.1f", rounded);
  return text;
}

// Leave periods as disjoint spans, sorted: overlapping leave counts once.
std::vector<DateRange> merged_leave(const std::vector<Period>& periods) {
  std::vector<DateRange> spans;
  for (const Period& period : periods) {
    if (period.kind == PeriodKind::leave && period.first <= period.last) spans.push_back({period.first, period.last});
  }
  std::sort(spans.begin(), spans.end(), [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
  std::vector<DateRange> merged;
  for (const DateRange& span : spans) {
    if (!merged.empty() && span.first <= merged.back().last.plus_days(1)) {
      merged.back().last = std::max(merged.back().last, span.last);
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

int overlap_days(DateRange a, DateRange b) {
  if (!a.overlaps(b)) return 0;
  return days_between(std::max(a.first, b.first), std::min(a.last, b.last)) + 1;
}

int leave_days_within(const std::vector<DateRange>& leave, DateRange range) {
  int days = 0;
  for (const DateRange& span : leave) days += overlap_days(span, range);
  return days;
}

// The ISO weeks from `first`'s to `last`'s, each with its on-programme and leave marks.
std::vector<WeekHours> empty_weeks(Date first, Date last, const OtjRequirement& requirement,
                                   const std::vector<DateRange>& leave) {
  const Date first_monday = first.monday_on_or_before();
  const int count = days_between(first_monday, last.monday_on_or_before()) / 7 + 1;
  std::vector<WeekHours> weeks(static_cast<std::size_t>(count));
  const bool has_programme = requirement.on_programme.first <= requirement.on_programme.last;
  for (int i = 0; i < count; ++i) {
    WeekHours& week = weeks[static_cast<std::size_t>(i)];
    week.monday = first_monday.plus_weeks(i);
    week.on_programme = has_programme && requirement.on_programme.overlaps({week.monday, week.monday.plus_days(6)});
  }
  // Leave is marked span by span, so the cost is weeks + leave, not weeks × leave.
  std::vector<int> leave_days(weeks.size(), 0);
  for (const DateRange& span : leave) {
    if (span.last < first_monday || span.first > weeks.back().monday.plus_days(6)) continue;
    const int from = std::max(0, days_between(first_monday, span.first) / 7);
    const int to = std::min(count - 1, days_between(first_monday, span.last) / 7);
    for (int i = from; i <= to; ++i) {
      const Date monday = weeks[static_cast<std::size_t>(i)].monday;
      leave_days[static_cast<std::size_t>(i)] += overlap_days(span, {monday, monday.plus_days(6)});
    }
  }
  for (std::size_t i = 0; i < weeks.size(); ++i) weeks[i].on_leave = leave_days[i] == 7;
  return weeks;
}

}  // namespace

OtjRequirement otj_requirement(const Catalogue& catalogue, const Plan& plan) {
  const OtjPolicy& policy = policy_in_force(catalogue, plan);
  const Profile& profile = plan.profile;
  OtjRequirement requirement;
  requirement.policy = policy.id;
  requirement.measure = policy.measure;
  // 0 stands for "the policy's own figure": a plan made before the apprentice chose one.
  requirement.figure = profile.otj_figure > 0 ? profile.otj_figure : policy.default_figure;
  requirement.active_learning_weeks = policy.active_learning_weeks;
  const Date gateway = gateway_date(catalogue, plan);
  requirement.on_programme = {profile.start, gateway.plus_days(-1)};
  if (gateway <= profile.start) {
    requirement.basis = "no time on programme: the gateway is not after the start";
    return requirement;
  }
  const DateRange& programme = requirement.on_programme;
  requirement.weeks = (programme.length_in_days() - leave_days_within(merged_leave(plan.periods), programme)) / 7.0;
  const std::string over = " over " + std::to_string(static_cast<int>(std::round(requirement.weeks))) + " weeks";
  if (policy.measure == OtjMeasure::percent_of_contracted) {
    requirement.per_week = requirement.figure / 100 * profile.contracted_hours_per_week;
    requirement.total = requirement.per_week * requirement.weeks;
    requirement.basis =
        number_text(requirement.figure) + "% of " + number_text(profile.contracted_hours_per_week) + " h a week" + over;
  } else if (policy.measure == OtjMeasure::hours_per_week) {
    // The weekly figure is for full-time contracts; below the threshold it is pro rata.
    const double share = policy.min_contracted_hours > 0
                             ? std::min(1.0, profile.contracted_hours_per_week / policy.min_contracted_hours)
                             : 1.0;
    requirement.per_week = requirement.figure * share;
    requirement.total = requirement.per_week * requirement.weeks;
    requirement.basis = number_text(requirement.per_week) + " h a week" + over;
  } else {
    requirement.total = requirement.figure;
    requirement.per_week = requirement.weeks > 0 ? requirement.total / requirement.weeks : 0;
    requirement.basis = "the training plan's " + number_text(requirement.total) + " h";
  }
  return requirement;
}

HoursSummary summarise_hours(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule) {
  HoursSummary summary;
  summary.requirement = otj_requirement(catalogue, plan);
  const OtjRequirement& requirement = summary.requirement;
  const std::vector<OtjContribution> contributions = planned_otj(catalogue, plan, schedule);
  const std::vector<DateRange> leave = merged_leave(plan.periods);

  Date first = plan.profile.start;
  Date last = std::max(plan.profile.start, requirement.on_programme.last);
  for (const OtjContribution& contribution : contributions) {
    first = std::min(first, contribution.days.first);
    last = std::max(last, contribution.days.last);
  }
  for (const HoursEntry& entry : plan.hours_log) {
    first = std::min(first, entry.date);
    last = std::max(last, entry.date);
  }
  summary.weeks = empty_weeks(first, last, requirement, leave);
  const Date first_monday = summary.weeks.front().monday;
  const auto week_of = [&](Date day) { return static_cast<std::size_t>(days_between(first_monday, day) / 7); };

  for (const OtjContribution& contribution : contributions) {
    if (contribution.hours <= 0 || contribution.days.last < contribution.days.first) continue;
    for (std::size_t i = week_of(contribution.days.first); i <= week_of(contribution.days.last); ++i) {
      WeekHours& week = summary.weeks[i];
      week.planned += hours_within(contribution, {week.monday, week.monday.plus_days(6)});
      week.active_learning = week.active_learning || contribution.active_learning;
    }
  }
  const bool has_programme = requirement.on_programme.first <= requirement.on_programme.last;
  for (const HoursEntry& entry : plan.hours_log) {
    WeekHours& week = summary.weeks[week_of(entry.date)];
    week.logged += entry.hours;
    week.active_learning = week.active_learning || (entry.active_learning && entry.hours > 0);
    if (has_programme && requirement.on_programme.contains(entry.date)) summary.logged_total += entry.hours;
  }
  if (has_programme) summary.planned_total = planned_hours_within(contributions, requirement.on_programme);
  summary.planned_shortfall = std::max(0.0, requirement.total - summary.planned_total);
  summary.logged_shortfall = std::max(0.0, requirement.total - summary.logged_total);
  summary.active_learning_gaps = active_learning_gaps(plan, contributions, requirement);
  return summary;
}

std::vector<DateRange> active_learning_gaps(const Plan& plan, const std::vector<OtjContribution>& contributions,
                                            const OtjRequirement& requirement) {
  std::vector<DateRange> gaps;
  const DateRange programme = requirement.on_programme;
  if (requirement.active_learning_weeks <= 0 || programme.last < programme.first) return gaps;
  const int max_days = 7 * requirement.active_learning_weeks;
  // Leave stops the clock: it counts as covered.
  std::vector<DateRange> covered = merged_leave(plan.periods);
  for (const OtjContribution& contribution : contributions) {
    if (contribution.active_learning && contribution.hours > 0) covered.push_back(contribution.days);
  }
  for (const HoursEntry& entry : plan.hours_log) {
    if (entry.active_learning && entry.hours > 0) covered.push_back({entry.date, entry.date});
  }
  std::sort(covered.begin(), covered.end(), [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
  const auto consider = [&](Date first, Date last) {
    if (days_between(first, last) + 1 > max_days) gaps.push_back({first, last});
  };
  Date covered_to = programme.first.plus_days(-1);
  for (const DateRange& range : covered) {
    if (range.last <= covered_to) continue;
    if (range.first > programme.last) break;
    if (range.first > covered_to.plus_days(1)) consider(covered_to.plus_days(1), range.first.plus_days(-1));
    covered_to = range.last;
  }
  if (covered_to < programme.last) consider(covered_to.plus_days(1), programme.last);
  return gaps;
}

std::string iso_week(Date day) {
  // The ISO year and week are those of the week's Thursday.
  const Date thursday = day.monday_on_or_before().plus_days(3);
  const Date january_first = Date::from_ymd(thursday.year(), 1, 1).value();
  const int week = days_between(january_first, thursday) / 7 + 1;
  char text[32];
  std::snprintf(text, sizeof text, "%04d-W%02d", thursday.year(), week);
  return text;
}

}  // namespace planner
