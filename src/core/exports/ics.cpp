#include "core/exports/ics.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "core/exports/ics_lines.hpp"
#include "core/files/plan_validation.hpp"
#include "core/planning/event_details.hpp"
#include "core/version.hpp"

namespace planner {
namespace {

// The UK's rules since 1996 (EU summer time): BST from 01:00 UTC on the last Sunday of March,
// GMT again from 01:00 UTC on the last Sunday of October. Each DTSTART is the onset in the local
// time before it (RFC 5545 §3.6.5), in 1970 as most calendars write it; the rules are applied to
// every year from then, which is right for any date a plan can hold now.
constexpr std::string_view kLondonTimeZone[][2] = {
    {"BEGIN", "VTIMEZONE"},
    {"TZID", kIcsTimeZone},
    {"BEGIN", "DAYLIGHT"},
    {"TZOFFSETFROM", "+0000"},
    {"TZOFFSETTO", "+0100"},
    {"TZNAME", "BST"},
    {"DTSTART", "19700329T010000"},
    {"RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"},
    {"END", "DAYLIGHT"},
    {"BEGIN", "STANDARD"},
    {"TZOFFSETFROM", "+0100"},
    {"TZOFFSETTO", "+0000"},
    {"TZNAME", "GMT"},
    {"DTSTART", "19701025T020000"},
    {"RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"},
    {"END", "STANDARD"},
    {"END", "VTIMEZONE"},
};

std::string basic_date(Date day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02u%02u", day.year(), day.month(), day.day());
  return text;
}

std::string basic_local(Date day, ClockTime time) {
  char text[16];
  std::snprintf(text, sizeof text, "T%02d%02d00", time.hour(), time.minute());
  return basic_date(day) + text;
}

// An RFC 5545 DURATION (§3.3.6) of `minutes`, negative before the start: "-P6DT15H", "PT9H".
std::string duration(int minutes) {
  std::string out = minutes < 0 ? "-P" : "P";
  int rest = minutes < 0 ? -minutes : minutes;
  const int days = rest / (24 * 60);
  rest %= 24 * 60;
  if (days > 0) out += std::to_string(days) + "D";
  if (rest > 0 || days == 0) {
    out += "T";
    if (rest / 60 > 0) out += std::to_string(rest / 60) + "H";
    if (rest % 60 > 0) out += std::to_string(rest % 60) + "M";
    if (rest == 0) out += "0S";
  }
  return out;
}

std::string calendar_name(const Plan& plan) {
  if (!plan.name.empty()) return "Apprenticeship plan: " + plan.name;
  if (!plan.profile.apprentice.empty()) return "Apprenticeship plan: " + plan.profile.apprentice;
  return "Apprenticeship plan";
}

bool blocks_the_day(const Event& event) { return event.kind == EventKind::f2f || event.kind == EventKind::induction; }

std::string when_due(int days_before) {
  if (days_before == 0) return "Due today";
  if (days_before == 1) return "Due tomorrow";
  if (days_before == 7) return "Due in a week";
  return "Due in " + std::to_string(days_before) + " days";
}

void write_alarm(IcsWriter& ics, const Event& event, const DeadlineReminder& reminder) {
  ics.begin("VALARM");
  ics.line("ACTION", "DISPLAY");
  // All-day: relative to the start of the day (midnight), so "a week before at 09:00" is the
  // midnight a week before plus nine hours. Timed: whole days before the start time.
  const int minutes = event.times ? -reminder.days_before * 24 * 60
                                  : -reminder.days_before * 24 * 60 + reminder.at.minutes_since_midnight();
  ics.line("TRIGGER", duration(minutes));
  ics.text("DESCRIPTION",
           when_due(reminder.days_before) + ": " + event_summary(event) + " (" + event.start.display() + ")");
  ics.end("VALARM");
}

}  // namespace

std::optional<std::string> ics_utc_date_time(std::string_view timestamp) {
  if (!is_timestamp(timestamp)) return std::nullopt;
  const Date day = *Date::parse(timestamp.substr(0, 10));
  const auto two = [&](std::size_t at) { return (timestamp[at] - '0') * 10 + (timestamp[at + 1] - '0'); };
  long long seconds = static_cast<long long>(day.days_since_epoch()) * 86400 + two(11) * 3600 + two(14) * 60 + two(17);
  const std::size_t zone = timestamp.find_first_of("Z+-", 19);
  if (timestamp[zone] != 'Z') {
    const int offset = two(zone + 1) * 3600 + two(zone + 4) * 60;
    seconds += timestamp[zone] == '+' ? -offset : offset;
  }
  const long long days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  const int in_day = static_cast<int>(seconds - days * 86400);  // 0 to 86399
  char time[32];
  std::snprintf(time, sizeof time, "T%02d%02d%02dZ", in_day / 3600, (in_day / 60) % 60, in_day % 60);
  return basic_date(Date::from_days_since_epoch(static_cast<int>(days))) + time;
}

std::vector<const Event*> calendar_events(const Schedule& schedule, const IcsOptions& options) {
  std::vector<const Event*> events;
  for (const Event& event : schedule.events) {
    switch (event.kind) {
      case EventKind::module: continue;
      case EventKind::leave:
      case EventKind::busy:
        if (!options.include_leave) continue;
        break;
      case EventKind::online:
        if (!options.include_online_blocks) continue;
        break;
      default: break;
    }
    events.push_back(&event);
  }
  return events;
}

std::string ics_uid(const Plan& plan, const Event& event) {
  return event.id + "." + (plan.id.empty() ? std::string("unsaved-plan") : plan.id) + "@apprenticeship-planner";
}

std::string export_ics(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                       std::string_view exported_at, const IcsOptions& options) {
  const std::optional<std::string> dtstamp = ics_utc_date_time(exported_at);
  if (!dtstamp) throw std::invalid_argument("export_ics: not an ISO 8601 timestamp: " + std::string(exported_at));
  for (const DeadlineReminder& reminder : options.deadline_reminders) {
    if (reminder.days_before < 0 || reminder.days_before > 365) {
      throw std::invalid_argument("export_ics: a reminder is 0 to 365 days before, not " +
                                  std::to_string(reminder.days_before));
    }
  }
  const std::vector<const Event*> events = calendar_events(schedule, options);
  const bool timed = std::any_of(events.begin(), events.end(), [](const Event* e) { return e->times.has_value(); });

  IcsWriter ics;
  ics.begin("VCALENDAR");
  ics.line("VERSION", "2.0");
  ics.line("PRODID", "-//Apprenticeship Planner//Apprenticeship Planner " + std::string(app_version()) + "//EN");
  ics.line("CALSCALE", "GREGORIAN");
  ics.line("METHOD", "PUBLISH");
  ics.text("X-WR-CALNAME", calendar_name(plan));
  if (timed) {
    ics.line("X-WR-TIMEZONE", kIcsTimeZone);
    for (const auto& [name, value] : kLondonTimeZone) ics.line(name, value);
  }

  std::set<std::string> uids;
  for (const Event* event : events) {
    // Event ids are unique in a schedule; only a hand-edited file could give an activity the id
    // of another kind of event ("induction"). Keep UIDs unique all the same.
    std::string uid = ics_uid(plan, *event);
    for (int n = 2; !uids.insert(uid).second; ++n) uid = ics_uid(plan, *event) + "-" + std::to_string(n);

    ics.begin("VEVENT");
    ics.text("UID", uid);
    ics.line("DTSTAMP", *dtstamp);
    if (event->times) {
      const std::string zone = "TZID=" + std::string(kIcsTimeZone);
      ics.line("DTSTART;" + zone, basic_local(event->start, event->times->start));
      ics.line("DTEND;" + zone, basic_local(event->start, event->times->end));
    } else {
      ics.line("DTSTART;VALUE=DATE", basic_date(event->start));
      ics.line("DTEND;VALUE=DATE", basic_date(event->end.plus_days(1)));
    }
    ics.text("SUMMARY", event_summary(*event));
    if (event->kind == EventKind::f2f) ics.text("LOCATION", catalogue.timetable.location);
    ics.text("DESCRIPTION", event_details_text(catalogue, plan, *event));
    ics.line("CATEGORIES", ics_escape_text("Apprenticeship") + "," + ics_escape_text(kind_label(event->kind)));
    ics.line("TRANSP", blocks_the_day(*event) ? "OPAQUE" : "TRANSPARENT");
    ics.line("X-MICROSOFT-CDO-BUSYSTATUS", blocks_the_day(*event) ? "BUSY" : "FREE");
    if (event->deadline) {
      for (const DeadlineReminder& reminder : options.deadline_reminders) write_alarm(ics, *event, reminder);
    }
    ics.end("VEVENT");
  }
  ics.end("VCALENDAR");
  return std::move(ics).take();
}

}  // namespace planner
