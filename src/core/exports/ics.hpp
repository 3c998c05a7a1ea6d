#pragma once
// The calendar export (docs/product.md §13, `planner-cli ics`): every dated event of the plan that
// belongs in the apprentice's calendar, as an RFC 5545 iCalendar file for Outlook, Google and
// Apple Calendar.
//
// What goes in: face-to-face sessions (at the programme's location), online study blocks,
// module deadlines, dissertation milestones, activities, progress reviews, the induction, the
// gateway and the end-point assessment steps. Leave and busy periods only on request (they are
// the apprentice's own and usually in their calendar already); a module's whole span never (its
// sessions and deadlines stand for it).
//
// Decisions:
//   - UID "<event id>.<plan id>@apprenticeship-planner" (schedule.hpp keeps event ids stable
//     for the life of the item), so importing a later export updates the same entries instead
//     of adding copies. A plan without an id yet (the CLI's) uses "unsaved-plan".
//   - DTSTAMP is the export time, given by the caller (the core has no clock). No SEQUENCE and
//     no LAST-MODIFIED: the plan does not record per-item revisions, and by RFC 5546 §2.1.5
//     with equal sequence numbers the later DTSTAMP wins, so each export supersedes the last.
//   - METHOD:PUBLISH without ORGANIZER: the entries are the apprentice's own appointments, not
//     meetings someone else organises (an ORGANIZER makes Outlook treat them as invitations).
//   - Events without times are all-day: DTSTART;VALUE=DATE and an exclusive DTEND (the day
//     after the last). Events with times (Event::times: a programme may publish them; none does
//     today) are DTSTART/DTEND;TZID=Europe/London with the VTIMEZONE of the UK's rules (GMT, and
//     BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October,
//     as in force since 1996).
//   - Face-to-face days and the induction show as busy (TRANSP:OPAQUE, and Outlook's own
//     X-MICROSOFT-CDO-BUSYSTATUS, which it reads instead for all-day entries); everything else as
//     free, so deadlines and reminders do not block the day for colleagues booking meetings.
//   - Deadlines (module submissions, the dissertation's final submission, EPA submissions) get
//     reminders (VALARM, DISPLAY): by default a week before and the day before, at 09:00. Google
//     Calendar ignores alarms in imported files; Outlook and Apple Calendar keep them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/clock_time.hpp"
#include "core/plan/plan.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"

namespace planner {

// A reminder before a deadline: `days_before` days earlier, at `at` on that day for an all-day
// deadline; for a timed one, `days_before` days before its start time.
struct DeadlineReminder {
  int days_before = 1;  // 0 to 365
  ClockTime at = *ClockTime::from_hm(9, 0);
  bool operator==(const DeadlineReminder&) const = default;
};

struct IcsOptions {
  bool include_leave = false;         // leave and busy periods as free all-day entries
  bool include_online_blocks = true;  // the weeks of online study, as free all-day entries
  std::vector<DeadlineReminder> deadline_reminders = {{7, *ClockTime::from_hm(9, 0)}, {1, *ClockTime::from_hm(9, 0)}};
};

inline constexpr std::string_view kIcsTimeZone = "Europe/London";

// The calendar file. `exported_at` is an ISO 8601 timestamp (as plan files' savedAt, e.g.
// "2027-01-04T09:30:00Z" or with an offset); it becomes every DTSTAMP, in UTC. Throws
// std::invalid_argument when it is not a timestamp or a reminder is out of range.
std::string export_ics(const Catalogue& catalogue, const Plan& plan, const Schedule& schedule,
                       std::string_view exported_at, const IcsOptions& options = {});

// The events export_ics writes, in its order (the schedule's).
std::vector<const Event*> calendar_events(const Schedule& schedule, const IcsOptions& options);

// "<event id>.<plan id>@apprenticeship-planner".
std::string ics_uid(const Plan& plan, const Event& event);

// An ISO 8601 timestamp as an RFC 5545 UTC DATE-TIME, "20270104T093000Z" (fractions of a
// second dropped, offsets applied); nothing when `timestamp` is not one.
std::optional<std::string> ics_utc_date_time(std::string_view timestamp);

}  // namespace planner
