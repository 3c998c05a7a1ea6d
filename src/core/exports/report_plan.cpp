// The report's sections about what is planned: the module sequence, the timeline by month, the
// dissertation and the activities.
#include <algorithm>
#include <map>

#include "core/exports/report_html.hpp"
#include "core/exports/report_sections.hpp"
#include "core/planning/event_details.hpp"

namespace planner::report {
namespace {

std::string month_name(int year, unsigned month) {
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
  return std::string(kMonths[month - 1]) + " " + std::to_string(year);
}

std::string status_markup(const std::string& word) {
  if (word.empty()) return {};
  const bool done = word == "Done" || word == "Completed" || word == "Signed off by all";
  return done ? status(word, "done") : text(word);
}

std::string list_of(const std::vector<std::string>& markup) {
  std::string out;
  for (const std::string& item : markup) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

}  // namespace

void module_sequence(std::string& html, const Inputs& in) {
  open_section(html, "modules", "Module sequence", true);
  if (in.plan.modules.empty()) {
    html += "<p>No module is on the calendar yet.</p>\n";
  } else {
    Table table{"The modules in the order they run",
                {"Module", "Runs", "Face-to-face days", "Work-based assignment due", "Assignment due", "Status"},
                {}};
    for (const ModulePlacement& placement : in.plan.modules) {
      const Event* span = in.schedule.find(placement.module_id);
      if (span == nullptr) continue;
      std::vector<std::string> f2f;
      std::vector<std::string> wba;
      std::vector<std::string> assignment;
      for (const Event& event : in.schedule.events) {
        if (event.module != placement.module_id) continue;
        if (event.kind == EventKind::f2f) f2f.push_back(day(event.start) + (event.days < 1 ? text(" (half day)") : ""));
        if (event.kind == EventKind::wba_due) wba.push_back(day(event.start));
        if (event.kind == EventKind::assignment_due) assignment.push_back(day(event.start));
      }
      table.rows.push_back({user(span->title), days(span->start, span->end), list_of(f2f), list_of(wba),
                            list_of(assignment), status_markup(event_status(in.plan, *span))});
    }
    append(html, table);
  }
  std::vector<std::string> unplaced;
  for (const Module& module : in.catalogue.modules) {
    if (in.plan.placement(module.id) == nullptr)
      unplaced.push_back(text("Module " + std::to_string(module.number) + ": " + module.title));
  }
  if (!unplaced.empty()) {
    html += "<p>Not yet on the calendar: ";
    for (std::size_t i = 0; i < unplaced.size(); ++i) html += (i > 0 ? "; " : "") + unplaced[i];
    html += ".</p>\n";
  }
  close_section(html);
}

void timeline(std::string& html, const Inputs& in) {
  open_section(html, "timeline", "Timeline", true);
  html += "<p>Every dated event of the plan, by the month it starts in.</p>\n";
  // Months in order; events keep the schedule's order (by start, then id) within each.
  std::map<std::pair<int, unsigned>, std::vector<const Event*>> months;
  for (const Event& event : in.schedule.events) months[{event.start.year(), event.start.month()}].push_back(&event);
  for (const auto& [month, events] : months) {
    const std::string name = month_name(month.first, month.second);
    html += "<h3>" + text(name) + "</h3>\n";
    Table table{"Events starting in " + name, {"When", "Kind", "Event", "Status"}, {}};
    for (const Event* event : events) {
      table.rows.push_back({days(event->start, event->end), text(kind_label(event->kind)), user(event_summary(*event)),
                            status_markup(event_status(in.plan, *event))});
    }
    append(html, table);
  }
  close_section(html);
}

void dissertation(std::string& html, const Inputs& in) {
  const Dissertation& dissertation = in.plan.dissertation;
  open_section(html, "dissertation", "Dissertation", true);
  html += "<p>" + text(in.catalogue.dissertation.title) +
          (dissertation.title.empty() ? std::string() : ": " + user(dissertation.title)) + ". " +
          text(std::to_string(in.catalogue.dissertation.words) + " words, " +
               std::to_string(in.catalogue.dissertation.credits) + " credits.") +
          "</p>\n";
  if (dissertation.milestones.empty()) {
    html += "<p>No milestone is planned yet.</p>\n";
  } else {
    Table table{"Dissertation milestones", {"Milestone", "Due", "Status", "Words", "Notes"}, {}};
    int words = 0;
    for (const Milestone& milestone : dissertation.milestones) {
      words += milestone.words;
      std::string word_count = std::to_string(milestone.words);
      if (milestone.target_words > 0) word_count += " of " + std::to_string(milestone.target_words);
      table.rows.push_back({user(milestone.title), day(milestone.due),
                            status_markup(std::string(status_label(milestone.status))), text(word_count),
                            notes(milestone.notes)});
    }
    append(html, table);
    html += "<p>" +
            text(std::to_string(words) + " of " + std::to_string(in.catalogue.dissertation.words) + " words written.") +
            "</p>\n";
  }
  close_section(html);
}

void activities(std::string& html, const Inputs& in) {
  open_section(html, "activities", "Activities", true);
  if (in.plan.activities.empty()) {
    html +=
        "<p>No activity is planned yet: shadowing, peer observation, action learning sets, mentoring, guest "
        "sessions and diary entries go here.</p>\n";
    close_section(html);
    return;
  }
  Table table{"Shadowing, observation and other activities",
              {"Activity", "Date", "Type", "With", "Focus", "Hours", "Reflection", "Status", "Notes"},
              {}};
  for (const Activity& activity : in.plan.activities) {
    std::string with = user(activity.with_whom);
    if (!activity.role.empty())
      with += activity.with_whom.empty() ? user(activity.role) : " (" + user(activity.role) + ")";
    table.rows.push_back(
        {user(activity_title(in.catalogue, activity)), day(activity.date),
         text(in.catalogue.activity_type_name(activity.kind)), with, user(activity.focus),
         text(hours_figure(activity.hours)),
         text(activity.reflection_words > 0 ? std::to_string(activity.reflection_words) + " words" : ""),
         status_markup(std::string(status_label(activity.status))), notes(activity.notes)});
  }
  append(html, table);
  close_section(html);
}

}  // namespace planner::report
