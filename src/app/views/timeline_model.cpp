#include "app/views/timeline_model.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "app/event_colours.hpp"
#include "app/views/timeline_moves.hpp"
#include "core/planning/event_details.hpp"

namespace planner {
namespace {

// How far beyond the plan the chart lets the user look, and how near today must be to be included.
constexpr int kMarginDays = 45;
constexpr int kTodayReach = 400;

Date month_start(Date day) { return Date::from_ymd(day.year(), day.month(), 1).value_or(day); }
Date month_end(Date day) { return month_start(day).plus_months(1).plus_days(-1); }

// Row names for the kinds of activity, in the plural: each row gathers every one of its kind.
std::string activity_row_label(EventKind kind) {
  switch (kind) {
    case EventKind::shadowing: return "Shadowing";
    case EventKind::peer_observation: return "Peer observation";
    case EventKind::als: return "Action learning sets";
    case EventKind::mentoring: return "Mentoring";
    case EventKind::guest_session: return "Guest sessions";
    case EventKind::diary: return "Diary";
    default: return std::string(kind_label(kind));
  }
}

ui::MarkShape shape_of(const Event& event) {
  switch (event.kind) {
    case EventKind::module: return ui::MarkShape::span;
    case EventKind::online: return ui::MarkShape::band;
    case EventKind::f2f: return ui::MarkShape::block;
    case EventKind::leave:
    case EventKind::busy: return ui::MarkShape::period;
    case EventKind::wba_due:
    case EventKind::assignment_due:
    case EventKind::dissertation_milestone:
    case EventKind::gateway: return ui::MarkShape::diamond;
    default: return event.deadline ? ui::MarkShape::diamond : ui::MarkShape::dot;
  }
}

class Builder {
 public:
  Builder(const Catalogue& catalogue, const Derived& derived, Theme theme, DateRange days)
      : catalogue_(catalogue), derived_(derived), theme_(theme), days_(days) {
    const std::vector<Event>& events = derived.schedule.events;
    model_.chart.first_day = days.first;
    model_.chart.day_count = days.length_in_days();
    model_.findings_of_event.resize(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) index_of_[events[i].id] = static_cast<int>(i);
    for (std::size_t f = 0; f < derived.findings.size(); ++f) {
      for (const std::string& item : derived.findings[f].items) {
        const auto it = index_of_.find(item);
        if (it != index_of_.end())
          model_.findings_of_event[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(f));
      }
    }
  }

  ui::TimelineRow& row(std::string label, bool starts_group, bool tall = false, std::string detail = {}) {
    ui::TimelineRow& added = model_.chart.rows.emplace_back();
    added.label = std::move(label);
    added.detail = std::move(detail);
    added.starts_group = starts_group;
    added.tall = tall;
    return added;
  }

  // A mark for the event at `index`; out of the chart's days, nothing.
  ui::TimelineMark* mark(ui::TimelineRow& row, int index, std::string label, std::string text) {
    const Event& event = derived_.schedule.events[static_cast<std::size_t>(index)];
    if (event.end < days_.first || event.start > days_.last) return nullptr;
    ui::TimelineMark& mark = row.marks.emplace_back();
    mark.id = ui::timeline_mark_id(event.id);
    mark.label = std::move(label);
    mark.text = std::move(text);
    mark.first_day = days_between(days_.first, event.start);
    mark.end_day = days_between(days_.first, event.end) + 1;
    mark.shape = shape_of(event);
    mark.colour = event_colour(event.kind, theme_);
    mark.fill = event_fill(event.kind, theme_);
    mark.movable = can_move(event);
    mark.tag = index;
    for (int f : model_.findings_of_event[static_cast<std::size_t>(index)]) {
      const Severity severity = derived_.findings[static_cast<std::size_t>(f)].severity;
      if (severity == Severity::error) mark.alert = ui::MarkAlert::error;
      else if (severity == Severity::warning && mark.alert == ui::MarkAlert::none) mark.alert = ui::MarkAlert::warning;
    }
    return &mark;
  }

  ui::TimelineMark* titled(ui::TimelineRow& row, int index) {
    const std::string& title = derived_.schedule.events[static_cast<std::size_t>(index)].title;
    return mark(row, index, title, title);
  }

  void modules(const Plan& plan) {
    std::map<std::string, std::vector<int>> by_module;
    const std::vector<Event>& events = derived_.schedule.events;
    for (std::size_t i = 0; i < events.size(); ++i)
      if (!events[i].module.empty()) by_module[events[i].module].push_back(static_cast<int>(i));
    bool first = true;
    for (const ModulePlacement& placement : plan.modules) {
      const Module* module = catalogue_.module(placement.module_id);
      const auto found = by_module.find(placement.module_id);
      if (module == nullptr || found == by_module.end()) continue;
      const std::string name = "Module " + std::to_string(module->number);
      ui::TimelineRow& module_row = row(name, first, true, name + ": " + module->title);
      first = false;
      // The span first (the phases draw over it), then online blocks, sessions and deadlines.
      const auto span_index = std::find_if(found->second.begin(), found->second.end(), [&events](int i) {
        return events[static_cast<std::size_t>(i)].kind == EventKind::module;
      });
      if (span_index == found->second.end()) continue;
      const ui::TimelineMark* span =
          mark(module_row, *span_index, name, module->title + (placement.completed ? "  (submitted)" : ""));
      const ImGuiID span_id = span != nullptr ? span->id : 0;
      for (EventKind kind : {EventKind::online, EventKind::f2f, EventKind::wba_due, EventKind::assignment_due}) {
        for (int index : found->second) {
          if (events[static_cast<std::size_t>(index)].kind != kind) continue;
          ui::TimelineMark* phase = mark(module_row, index, events[static_cast<std::size_t>(index)].title, "");
          if (phase != nullptr && kind == EventKind::online) phase->moves_with = span_id;
        }
      }
    }
  }

  // A row of every event of `kinds`, in time order; nothing when there are none.
  void markers(std::string label, std::initializer_list<EventKind> kinds) {
    std::vector<int> indices;
    const std::vector<Event>& events = derived_.schedule.events;
    for (std::size_t i = 0; i < events.size(); ++i)
      if (std::find(kinds.begin(), kinds.end(), events[i].kind) != kinds.end()) indices.push_back(static_cast<int>(i));
    if (indices.empty()) return;
    ui::TimelineRow& added = row(std::move(label), true);
    for (int index : indices) titled(added, index);
  }

  void activities() {
    bool first = true;
    for (const ActivityType& type : catalogue_.activity_types) {
      const std::size_t rows_before = model_.chart.rows.size();
      markers(activity_row_label(type.kind), {type.kind});
      if (model_.chart.rows.size() > rows_before) {
        model_.chart.rows.back().starts_group = first;
        first = false;
      }
    }
  }

  TimelineModel take() { return std::move(model_); }

 private:
  const Catalogue& catalogue_;
  const Derived& derived_;
  Theme theme_;
  DateRange days_;
  TimelineModel model_;
  std::unordered_map<std::string, int> index_of_;
};

}  // namespace

DateRange timeline_days(const Schedule& schedule, Date plan_start, Date today) {
  Date first = plan_start, last = plan_start;
  for (const Event& event : schedule.events) {
    first = std::min(first, event.start);
    last = std::max(last, event.end);
  }
  if (days_between(last, today) <= kTodayReach && days_between(today, first) <= kTodayReach) {
    first = std::min(first, today);
    last = std::max(last, today);
  }
  first = month_start(first.plus_days(-kMarginDays));
  last = month_end(last.plus_days(kMarginDays));
  if (days_between(first, last) >= kMaxTimelineDays) last = first.plus_days(kMaxTimelineDays - 1);
  return {first, last};
}

TimelineModel build_timeline_model(const Catalogue& catalogue, const Plan& plan, const Derived& derived, Theme theme,
                                   DateRange days) {
  Builder builder(catalogue, derived, theme, days);
  builder.modules(plan);
  builder.markers("Dissertation", {EventKind::dissertation_milestone});
  builder.activities();
  builder.markers("Progress reviews", {EventKind::review});
  builder.markers("Leave and busy", {EventKind::leave, EventKind::busy});
  builder.markers("Induction and EPA", {EventKind::induction, EventKind::gateway, EventKind::epa});
  return builder.take();
}

}  // namespace planner
