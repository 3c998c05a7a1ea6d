// The checks against the calendar: sessions, deadlines and appointments in leave, on bank
// holidays or in busy periods; gaps between progress reviews and between shadowing; the plan
// running past its intended end; the gateway and end-point assessment chain.
#include <algorithm>

#include "core/calendar/availability.hpp"
#include "core/plan/edits.hpp"
#include "core/plan/find_by_id.hpp"
#include "core/rules/rule_context.hpp"

namespace planner::rules {
namespace {

constexpr int kMoveHorizonWeeks = 104;

// How an event binds the apprentice's day. Fixed: set by others, attendance or hand-in
// required (face-to-face days, induction, gateway and EPA steps, deadlines). Own: the
// apprentice's own appointments and targets (reviews, activities, milestones). Diary entries,
// online blocks, module spans and the periods themselves bind no particular day.
enum class Binding { fixed, own, none };

Binding binding(const Event& event) {
  if (event.deadline) return Binding::fixed;
  switch (event.kind) {
    case EventKind::f2f:
    case EventKind::induction:
    case EventKind::gateway:
    case EventKind::epa: return Binding::fixed;
    case EventKind::review:
    case EventKind::shadowing:
    case EventKind::peer_observation:
    case EventKind::als:
    case EventKind::mentoring:
    case EventKind::guest_session:
    case EventKind::dissertation_milestone: return Binding::own;
    default: return Binding::none;
  }
}

std::string period_text(const Period& period, std::string_view kind_name) {
  return std::string(kind_name) + (period.label.empty() ? "" : " \"" + period.label + "\"") + " (" +
         period.first.display() + " to " + period.last.display() + ")";
}

std::string span_text(int days) {
  const int weeks = days / 7;
  const int rest = days % 7;
  std::string text = std::to_string(weeks) + (weeks == 1 ? " week" : " weeks");
  if (rest != 0) text += " and " + std::to_string(rest) + (rest == 1 ? " day" : " days");
  return text;
}

// Moves whatever `event` comes from off its day (in leave, on a bank holiday) to a free one:
// a module moves as a whole; the induction to the last free day before the start; a review to
// the last free day before (so the six-weekly rhythm holds), anything else to the next free day.
std::optional<Edit> move_off_day_fix(const Context& context, const Event& event) {
  const Catalogue& catalogue = context.catalogue;
  const auto& periods = context.plan.periods;
  if (!event.module.empty()) {
    const ModulePlacement* placement = context.plan.placement(event.module);
    if (placement == nullptr) return std::nullopt;
    return move_module_fix(context, event.module, placement->start.plus_weeks(1), kMoveHorizonWeeks);
  }
  const auto next_free = free_day_on_or_after(catalogue, periods, event.start.plus_days(1));
  switch (event.kind) {
    case EventKind::induction: {
      const auto day =
          free_day_on_or_before(catalogue, periods, context.start.plus_days(-1), context.start.plus_weeks(-13));
      if (!day) return std::nullopt;
      return edits::set_induction(*day);
    }
    case EventKind::gateway:
    case EventKind::epa: {
      const EpaStep* step = catalogue.epa_step(event.item);
      if (step == nullptr || !next_free) return std::nullopt;
      // Steps on the gateway day move with the gateway unless they were set by hand.
      const bool own_date = step->id != kGatewayStep && (event.overridden || step->weeks_after_gateway > 0);
      return edits::set_epa_step_date(catalogue, own_date ? step->id : std::string(kGatewayStep), *next_free);
    }
    case EventKind::review: {
      const Review* review = find_by_id(context.plan.reviews, event.item);
      if (review == nullptr) return std::nullopt;
      auto day = free_day_on_or_before(catalogue, periods, event.start.plus_days(-1), event.start.plus_weeks(-3));
      if (!day) day = next_free;
      if (!day) return std::nullopt;
      Review moved = *review;
      moved.date = *day;
      Edit fix = edits::update_review(catalogue, moved);
      fix.label = "Move the review to " + day->display();
      fix.merge_key.clear();
      return fix;
    }
    case EventKind::dissertation_milestone: {
      const Milestone* milestone = find_by_id(context.plan.dissertation.milestones, event.item);
      if (milestone == nullptr || !next_free) return std::nullopt;
      Milestone moved = *milestone;
      moved.due = *next_free;
      Edit fix = edits::update_milestone(moved);
      fix.label = "Move \"" + moved.title + "\" to " + next_free->display();
      fix.merge_key.clear();
      return fix;
    }
    default: {
      const Activity* activity = find_by_id(context.plan.activities, event.item);
      if (activity == nullptr || !next_free) return std::nullopt;
      Activity moved = *activity;
      moved.date = *next_free;
      Edit fix = edits::update_activity(catalogue, moved);
      fix.label = "Move \"" + event.title + "\" to " + next_free->display();
      fix.merge_key.clear();
      return fix;
    }
  }
}

void in_period(const Context& context, Reports& reports, PeriodKind kind, bool want_fixed, bool with_fix) {
  const bool leave = kind == PeriodKind::leave;
  for (const Event& event : context.schedule.events) {
    const Binding b = binding(event);
    if (b == Binding::none || (b == Binding::fixed) != want_fixed) continue;
    const Period* period = period_on(context.plan.periods, event.start, kind);
    if (period == nullptr) continue;
    Report report;
    report.message = describe(event) + " is in " +
                     (leave ? period_text(*period, "your leave") : period_text(*period, "a busy period")) +
                     (leave ? "." : ": check you can make it.");
    report.items = {event.id, period->id};
    report.date = event.start;
    if (with_fix) report.fix = move_off_day_fix(context, event);
    reports.push_back(std::move(report));
  }
}

// Dates between `after` and `before` (both exclusive) that leave no stretch longer than
// `max_days` between consecutive ones, each on a free day as late as it can be.
std::vector<Date> fill_gap(const Context& context, Date after, Date before, int max_days) {
  std::vector<Date> days;
  Date previous = after;
  while (days_between(previous, before) > max_days && days.size() < 100) {
    auto day = free_day_on_or_before(context.catalogue, context.plan.periods, previous.plus_days(max_days), previous);
    if (!day) day = free_day_on_or_after(context.catalogue, context.plan.periods, previous.plus_days(max_days + 1));
    if (!day || *day >= before) break;
    days.push_back(*day);
    previous = *day;
  }
  return days;
}

Edit add_reviews_fix(const Context& context, const std::vector<Date>& days) {
  std::vector<Edit> steps;
  for (Date day : days) {
    Review review;
    review.date = day;
    review.attendees = context.catalogue.review_attendees;
    steps.push_back(edits::add_review(context.catalogue, review));
  }
  return edits::combine(days.size() == 1
                            ? "Add a progress review on " + days.front().display()
                            : "Add " + std::to_string(days.size()) + " progress reviews from " + days.front().display(),
                        std::move(steps));
}

}  // namespace

void session_in_leave(const Context& context, Reports& reports) {
  in_period(context, reports, PeriodKind::leave, true, true);
}

void appointment_in_leave(const Context& context, Reports& reports) {
  in_period(context, reports, PeriodKind::leave, false, true);
}

void in_busy_period(const Context& context, Reports& reports) {
  in_period(context, reports, PeriodKind::busy, true, false);
  in_period(context, reports, PeriodKind::busy, false, false);
}

void on_bank_holiday(const Context& context, Reports& reports) {
  for (const Event& event : context.schedule.events) {
    if (binding(event) == Binding::none || !context.catalogue.holidays.is_holiday(event.start)) continue;
    const auto holiday = context.catalogue.holidays.on(event.start);
    if (!holiday) continue;
    Report report;
    report.message = describe(event) + " is a bank holiday (" + holiday->title + ").";
    report.items = {event.id};
    report.date = event.start;
    report.fix = move_off_day_fix(context, event);
    reports.push_back(std::move(report));
  }
}

void review_gap(const Context& context, Reports& reports) {
  const int interval = context.settings.review_interval_weeks;
  const int max_days = 7 * interval;
  const std::string due = "reviews are due at least every " + std::to_string(interval) + " weeks.";
  std::vector<const Review*> reviews;
  for (const Review& review : context.plan.reviews) {
    if (context.start <= review.date && review.date <= context.gateway) reviews.push_back(&review);
  }
  if (reviews.empty()) {
    if (days_between(context.start, context.gateway) <= max_days) return;
    Report report;
    report.message = "No progress reviews are planned between the start on " + context.start.display() +
                     " and the gateway on " + context.gateway.display() + ": " + due;
    report.date = context.start;
    const auto days = fill_gap(context, context.start, context.gateway, max_days);
    if (!days.empty()) report.fix = add_reviews_fix(context, days);
    reports.push_back(std::move(report));
    return;
  }
  // Messages are built only for the gaps that need them (reviews are many, gaps rare).
  const auto too_far = [max_days](Date after, Date before) { return days_between(after, before) > max_days; };
  const auto gap = [&](Date after, Date before, std::string message, std::vector<std::string> items) {
    Report report;
    report.message = std::move(message);
    report.items = std::move(items);
    report.date = after;
    const auto days = fill_gap(context, after, before, max_days);
    if (!days.empty()) report.fix = add_reviews_fix(context, days);
    reports.push_back(std::move(report));
  };
  const Review& first = *reviews.front();
  if (too_far(context.start, first.date)) {
    gap(context.start, first.date,
        "The first progress review, on " + first.date.display() + ", is " +
            span_text(days_between(context.start, first.date)) + " after the start on " + context.start.display() +
            ": " + due,
        {first.id});
  }
  for (std::size_t i = 1; i < reviews.size(); ++i) {
    const Review& a = *reviews[i - 1];
    const Review& b = *reviews[i];
    if (!too_far(a.date, b.date)) continue;
    gap(a.date, b.date,
        span_text(days_between(a.date, b.date)) + " pass between the progress reviews on " + a.date.display() +
            " and " + b.date.display() + ": " + due,
        {a.id, b.id});
  }
  const Review& last = *reviews.back();
  if (!too_far(last.date, context.gateway)) return;
  gap(last.date, context.gateway,
      "No progress review in the " + span_text(days_between(last.date, context.gateway)) + " between " +
          last.date.display() + " and the gateway on " + context.gateway.display() + ": " + due,
      {last.id, "epa/gateway"});
}

void shadowing_gap(const Context& context, Reports& reports) {
  const int months = context.settings.shadowing_window_months;
  std::vector<const Event*> shadowing;
  for (const Event& event : context.schedule.events) {
    if (event.kind == EventKind::shadowing && context.start <= event.start && event.start <= context.gateway) {
      shadowing.push_back(&event);
    }
  }
  const auto too_far = [months](Date after, Date before) { return before > after.plus_months(months); };
  const auto gap = [&](Date after, Date before, std::string what, std::vector<std::string> items) {
    Report report;
    report.message =
        "No shadowing planned " + what + ": plan some at least every " + std::to_string(months) + " months.";
    report.items = std::move(items);
    report.date = after;
    // Evenly spaced shadowing with a fortnight's slack for landing on a free day.
    const int gap_days = days_between(after, before);
    const int window_days = std::max(14, days_between(after, after.plus_months(months)) - 14);
    const int count = (gap_days + window_days - 1) / window_days - 1;
    std::vector<Edit> steps;
    std::vector<Date> days;
    for (int i = 1; i <= count; ++i) {
      const Date target = after.plus_days(gap_days * i / (count + 1));
      const auto day =
          free_day_on_or_before(context.catalogue, context.plan.periods, target, days.empty() ? after : days.back());
      if (!day) continue;
      days.push_back(*day);
      steps.push_back(
          edits::add_activity(context.catalogue, edits::new_activity(context.catalogue, EventKind::shadowing, *day)));
    }
    if (!steps.empty()) {
      report.fix = edits::combine(days.size() == 1 ? "Plan shadowing on " + days.front().display()
                                                   : "Plan shadowing on " + std::to_string(days.size()) +
                                                         " days from " + days.front().display(),
                                  std::move(steps));
    }
    reports.push_back(std::move(report));
  };
  if (shadowing.empty()) {
    if (too_far(context.start, context.gateway)) {
      gap(context.start, context.gateway,
          "between the start on " + context.start.display() + " and the gateway on " + context.gateway.display(), {});
    }
    return;
  }
  if (too_far(context.start, shadowing.front()->start)) {
    gap(context.start, shadowing.front()->start,
        "in the " + span_text(days_between(context.start, shadowing.front()->start)) + " from the start on " +
            context.start.display() + " to " + shadowing.front()->start.display(),
        {shadowing.front()->id});
  }
  for (std::size_t i = 1; i < shadowing.size(); ++i) {
    if (!too_far(shadowing[i - 1]->start, shadowing[i]->start)) continue;
    gap(shadowing[i - 1]->start, shadowing[i]->start,
        "between " + shadowing[i - 1]->start.display() + " and " + shadowing[i]->start.display(),
        {shadowing[i - 1]->id, shadowing[i]->id});
  }
  if (!too_far(shadowing.back()->start, context.gateway)) return;
  gap(shadowing.back()->start, context.gateway,
      "between " + shadowing.back()->start.display() + " and the gateway on " + context.gateway.display(),
      {shadowing.back()->id, "epa/gateway"});
}

void past_intended_end(const Context& context, Reports& reports) {
  std::vector<const Event*> late;
  const Event* latest = nullptr;
  for (const Event& event : context.schedule.events) {
    const bool programme = event.kind == EventKind::module || event.kind == EventKind::f2f ||
                           event.kind == EventKind::online || event.kind == EventKind::wba_due ||
                           event.kind == EventKind::assignment_due || event.kind == EventKind::dissertation_milestone;
    const bool set_gateway = event.id == "epa/gateway" && context.plan.end_point.gateway.has_value();
    if ((!programme && !set_gateway) || event.end <= context.intended_end) continue;
    late.push_back(&event);
    if (latest == nullptr || latest->end < event.end) latest = &event;
  }
  if (latest == nullptr) return;
  Report report;
  report.message = "The plan runs to " + latest->end.display() + " (\"" + latest->title +
                   "\"), past its intended end on " + context.intended_end.display() + ".";
  for (const Event* event : late) report.items.push_back(event->id);
  report.date = context.intended_end;
  // Leave room for the portfolio after the last hand-in, as the deadline rule asks.
  Date end = latest->end;
  if (latest->id != "epa/gateway") {
    end = free_day_on_or_after(context.catalogue, context.plan.periods,
                               end.plus_days(context.settings.min_days_between_deadlines))
              .value_or(end.plus_days(context.settings.min_days_between_deadlines));
  }
  Profile profile = context.plan.profile;
  profile.intended_end = end;
  Edit fix = edits::set_profile(context.catalogue, profile);
  fix.label = "Move the intended end to " + end.display();
  fix.merge_key.clear();
  report.fix = std::move(fix);
  reports.push_back(std::move(report));
}

void epa_chain_order(const Context& context, Reports& reports) {
  // The gateway follows the last module's final submission and the dissertation.
  const Event* latest = nullptr;
  for (const Event& event : context.schedule.events) {
    const bool counts = event.kind == EventKind::module || event.kind == EventKind::dissertation_milestone;
    if (counts && (latest == nullptr || latest->end < event.end)) latest = &event;
  }
  if (latest != nullptr && context.gateway <= latest->end) {
    Report report;
    const std::string what = latest->kind == EventKind::module
                                 ? context.module_name(latest->module) + "'s final submission"
                                 : "\"" + latest->title + "\"";
    report.message = "The gateway on " + context.gateway.display() + " comes before " + what + " on " +
                     latest->end.display() + ": the gateway follows the last module and the dissertation.";
    report.items = {"epa/gateway", latest->id};
    report.date = context.gateway;
    const auto day =
        free_day_on_or_after(context.catalogue, context.plan.periods,
                             latest->end.plus_days(std::max(1, context.settings.min_days_between_deadlines)));
    if (day) {
      std::vector<Edit> steps{edits::set_epa_step_date(context.catalogue, std::string(kGatewayStep), *day)};
      for (const auto& [step_id, step_day] : context.plan.end_point.step_dates) {
        steps.push_back(edits::set_epa_step_date(context.catalogue, step_id, std::nullopt));
      }
      report.fix = edits::combine("Move the gateway to " + day->display(), std::move(steps));
    }
    reports.push_back(std::move(report));
  }
  const auto& steps = context.catalogue.epa_steps;
  for (std::size_t i = 1; i < steps.size(); ++i) {
    const Date before = epa_step_date(context.catalogue, context.plan, steps[i - 1]);
    const Date after = epa_step_date(context.catalogue, context.plan, steps[i]);
    if (before <= after) continue;
    Report report;
    report.message = "\"" + steps[i].title + "\" on " + after.display() + " comes before \"" + steps[i - 1].title +
                     "\" on " + before.display() + ": the end-point assessment steps follow one another.";
    report.items = {"epa/" + steps[i - 1].id, "epa/" + steps[i].id};
    report.date = after;
    // Hand-set dates put them out of order; the programme's offsets from the gateway never do.
    std::vector<Edit> resets;
    for (const EpaStep* step : {&steps[i - 1], &steps[i]}) {
      if (context.plan.end_point.step_dates.count(step->id) > 0) {
        resets.push_back(edits::set_epa_step_date(context.catalogue, step->id, std::nullopt));
      }
    }
    if (!resets.empty())
      report.fix = edits::combine("Put the end-point assessment steps back in order", std::move(resets));
    reports.push_back(std::move(report));
  }
}

void epa_period_overrun(const Context& context, Reports& reports) {
  const Date limit = context.gateway.plus_months(context.catalogue.epa_months);
  Report report;
  std::vector<Edit> resets;
  Date last = limit;
  for (const EpaStep& step : context.catalogue.epa_steps) {
    const Date day = epa_step_date(context.catalogue, context.plan, step);
    if (day <= limit) continue;
    report.items.push_back("epa/" + step.id);
    last = std::max(last, day);
    if (context.plan.end_point.step_dates.count(step.id) > 0) {
      resets.push_back(edits::set_epa_step_date(context.catalogue, step.id, std::nullopt));
    }
  }
  if (report.items.empty()) return;
  report.message = "The end-point assessment runs to " + last.display() + ", beyond the usual " +
                   std::to_string(context.catalogue.epa_months) + " months after the gateway on " +
                   context.gateway.display() + ".";
  report.date = last;
  if (!resets.empty() && resets.size() == report.items.size()) {
    report.fix = edits::combine("Put the end-point assessment back within " +
                                    std::to_string(context.catalogue.epa_months) + " months of the gateway",
                                std::move(resets));
  }
  reports.push_back(std::move(report));
}

}  // namespace planner::rules
