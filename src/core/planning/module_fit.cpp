#include "core/planning/module_fit.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/calendar/availability.hpp"
#include "core/planning/schedule.hpp"

namespace planner {
namespace {

std::string module_name(const Catalogue& catalogue, const std::string& module_id) {
  const Module* module = catalogue.module(module_id);
  return module != nullptr ? "Module " + std::to_string(module->number) : module_id;
}

std::string lowercase_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

}  // namespace

ModuleDays module_days(const Catalogue& catalogue, const ModulePlacement& placement) {
  ModuleDays days;
  days.module_id = placement.module_id;
  days.span = {placement.start, placement.start};
  const auto widen = [&days](Date first, Date last) {
    days.span.first = std::min(days.span.first, first);
    days.span.last = std::max(days.span.last, last);
  };
  for (const SessionTemplate& session : catalogue.timetable.sessions) {
    const auto it = placement.session_dates.find(session.id);
    const Date first = it != placement.session_dates.end()
                           ? it->second
                           : placement.start.plus_days(7 * (session.week - 1) + session.weekday - 1);
    widen(first, session.kind == EventKind::online ? first.plus_days(7 * session.weeks - 1) : first);
    if (session.kind == EventKind::f2f) days.f2f.push_back({first, &session.title});
  }
  for (const DeadlineTemplate& deadline : catalogue.timetable.deadlines) {
    const auto it = placement.deadline_dates.find(deadline.id);
    const Date day = it != placement.deadline_dates.end()
                         ? it->second
                         : placement.start.plus_days(7 * (deadline.week - 1) + deadline.weekday - 1);
    widen(day, day);
    days.deadlines.push_back({day, &deadline.title});
  }
  return days;
}

ModuleFit::ModuleFit(const Catalogue& catalogue, const Plan& plan, std::string module_id)
    : catalogue_(catalogue), plan_(plan) {
  const ModulePlacement* own = plan.placement(module_id);
  ModulePlacement fresh;
  if (own == nullptr) {
    fresh.module_id = module_id;
    fresh.start = plan.profile.start.monday_on_or_before();
    own = &fresh;
  }
  own_ = module_days(catalogue, *own);
  own_start_ = own->start;
  for (const ModulePlacement& placement : plan.modules) {
    if (placement.module_id != module_id) others_.push_back(module_days(catalogue, placement));
  }
  for (const Milestone& milestone : plan.dissertation.milestones) {
    if (milestone.id == kFinalSubmissionMilestone)
      other_deadlines_.push_back({milestone.due, "the dissertation's final submission"});
  }
  for (const EpaStep& step : catalogue.epa_steps) {
    if (step.submission) {
      // Built piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + string here.
      std::string what = lowercase_first(step.title);
      what.insert(what.begin(), '"');
      what.push_back('"');
      other_deadlines_.push_back({epa_step_date(catalogue, plan, step), std::move(what)});
    }
  }
}

std::optional<std::string> ModuleFit::calendar_conflict(const ModuleDays::Day& day, int delta,
                                                        std::string_view what) const {
  const Date date = day.day.plus_days(delta);
  // The search tries many Mondays: the message is only worth building for a conflict.
  const auto subject = [&] { return "its " + lowercase_first(*day.title) + " " + std::string(what) + date.display(); };
  if (date.is_weekend()) return subject() + " is on a weekend";
  if (catalogue_.holidays.is_holiday(date)) return subject() + " is " + catalogue_.holidays.on(date)->title;
  if (const Period* leave = leave_on(plan_.periods, date)) {
    return subject() + " is in leave (" + (leave->label.empty() ? "" : leave->label + ", ") + leave->first.display() +
           " to " + leave->last.display() + ")";
  }
  if (avoid_busy_) {
    if (const Period* busy = busy_on(plan_.periods, date)) {
      return subject() + " is in a busy period (" + (busy->label.empty() ? "" : busy->label + ", ") +
             busy->first.display() + " to " + busy->last.display() + ")";
    }
  }
  return std::nullopt;
}

std::optional<std::string> ModuleFit::conflict(Date start) const {
  const int delta = days_between(own_start_, start);
  for (const ModuleDays::Day& day : own_.f2f) {
    if (auto reason = calendar_conflict(day, delta, "on ")) return reason;
  }
  for (const ModuleDays::Day& day : own_.deadlines) {
    if (auto reason = calendar_conflict(day, delta, "on ")) return reason;
  }
  for (const ModuleDays& other : others_) {
    for (const ModuleDays::Day& mine : own_.f2f) {
      const Date date = mine.day.plus_days(delta);
      for (const ModuleDays::Day& theirs : other.f2f) {
        if (theirs.day == date) {
          return "its face-to-face day on " + date.display() + " clashes with " +
                 module_name(catalogue_, other.module_id) + "'s";
        }
      }
    }
  }
  const int min_days = plan_.settings.min_days_between_deadlines;
  const auto too_close = [min_days](Date a, Date b) { return std::abs(days_between(a, b)) < min_days; };
  for (const ModuleDays::Day& mine : own_.deadlines) {
    const Date date = mine.day.plus_days(delta);
    const auto subject = [&] { return "its " + lowercase_first(*mine.title) + " on " + date.display(); };
    for (const ModuleDays& other : others_) {
      for (const ModuleDays::Day& theirs : other.deadlines) {
        if (too_close(date, theirs.day)) {
          return subject() + " is within " + std::to_string(min_days) + " days of " +
                 module_name(catalogue_, other.module_id) + "'s " + lowercase_first(*theirs.title) + " on " +
                 theirs.day.display();
        }
      }
    }
    for (const OtherDeadline& other : other_deadlines_) {
      if (too_close(date, other.day)) {
        return subject() + " is within " + std::to_string(min_days) + " days of " + other.what + " on " +
               other.day.display();
      }
    }
  }
  // Modules at once: the most that overlap anywhere in this module's span, counting it.
  const DateRange span{own_.span.first.plus_days(delta), own_.span.last.plus_days(delta)};
  std::vector<const ModuleDays*> overlapping;
  for (const ModuleDays& other : others_) {
    if (other.span.overlaps(span)) overlapping.push_back(&other);
  }
  const int allowed = plan_.settings.max_concurrent_modules;
  if (static_cast<int>(overlapping.size()) + 1 > allowed) {
    // Overlap peaks at the start of one of the spans involved.
    std::vector<Date> points{span.first};
    for (const ModuleDays* other : overlapping) {
      if (span.contains(other->span.first)) points.push_back(other->span.first);
    }
    for (Date point : points) {
      std::vector<const ModuleDays*> running;
      for (const ModuleDays* other : overlapping) {
        if (other->span.contains(point)) running.push_back(other);
      }
      if (static_cast<int>(running.size()) + 1 > allowed) {
        std::string names;
        for (std::size_t i = 0; i < running.size(); ++i) {
          names += (i == 0                    ? ""
                    : i + 1 == running.size() ? " and "
                                              : ", ") +
                   module_name(catalogue_, running[i]->module_id);
        }
        return names + (running.size() == 1 ? " already runs" : " already run") + " on " + point.display() +
               " (at most " + std::to_string(allowed) + (allowed == 1 ? " module" : " modules") + " at once)";
      }
    }
  }
  return std::nullopt;
}

std::optional<Date> ModuleFit::first_fit(Date earliest, int horizon_weeks) const {
  const Date first = earliest.monday_on_or_after();
  for (int week = 0; week <= horizon_weeks; ++week) {
    const Date start = first.plus_weeks(week);
    if (!conflict(start)) return start;
  }
  return std::nullopt;
}

}  // namespace planner
