// The calendar export (ics.hpp), read back with our own RFC 5545 checks (rfc5545_checks.hpp).
#include "core/exports/ics.hpp"

#include <gtest/gtest.h>

#include "core/exports/ics_lines.hpp"
#include "hostile_text.hpp"
#include "planning_fixtures.hpp"
#include "rfc5545_checks.hpp"

namespace planner {
namespace {

using namespace fixtures;

constexpr std::string_view kExportedAt = "2027-03-02T18:05:00Z";

std::string calendar_of(const Plan& plan, std::string_view at = kExportedAt, const Catalogue& programme = catalogue()) {
  return export_ics(programme, plan, expand_schedule(programme, plan), at);
}

// The file's one calendar, after every check passed.
rfc5545::Component parsed(const std::string& text) {
  const rfc5545::Parsed result = rfc5545::check_file(text);
  EXPECT_EQ(result.errors, std::vector<std::string>{});
  return result.calendars.empty() ? rfc5545::Component{} : result.calendars.front();
}

const rfc5545::Component* event_with_uid(const rfc5545::Component& calendar, std::string_view uid) {
  for (const rfc5545::Component& event : calendar.children) {
    if (const rfc5545::Property* p = event.find("UID"); p != nullptr && p->value == uid) return &event;
  }
  return nullptr;
}

std::string text_of(const rfc5545::Component& event, std::string_view property) {
  std::string error;
  const rfc5545::Property* p = event.find(property);
  return p == nullptr ? std::string() : rfc5545::unescape_text(p->value, error);
}

TEST(IcsExport, IsAWellFormedCalendarWithOneEventPerCalendarEntry) {
  const Plan& plan = clean_plan();
  const rfc5545::Component calendar = parsed(calendar_of(plan));
  const std::size_t expected = calendar_events(schedule_of(plan), IcsOptions{}).size();
  std::size_t events = 0;
  for (const auto& child : calendar.children) events += child.name == "VEVENT";
  EXPECT_EQ(events, expected);
  EXPECT_GT(expected, 50u);
  EXPECT_EQ(calendar.find("METHOD")->value, "PUBLISH");
}

TEST(IcsExport, UidsStayTheSameAcrossExportsSoReimportingUpdates) {
  const Plan& plan = clean_plan();
  const std::string first = calendar_of(plan, "2027-03-02T18:05:00Z");
  const std::string later = calendar_of(plan, "2027-09-14T07:00:00+01:00");
  std::vector<std::string> uids_first, uids_later;
  for (const auto& e : parsed(first).children)
    if (e.find("UID")) uids_first.push_back(e.find("UID")->value);
  for (const auto& e : parsed(later).children)
    if (e.find("UID")) uids_later.push_back(e.find("UID")->value);
  EXPECT_EQ(uids_first, uids_later);
  EXPECT_NE(first, later);  // only DTSTAMP differs
  EXPECT_NE(later.find("DTSTAMP:20270914T060000Z\r\n"), std::string::npos);
  EXPECT_NE(event_with_uid(parsed(first), "M2/f2f-1.plan-under-test@apprenticeship-planner"), nullptr);
}

TEST(IcsExport, AllDayEventsEndTheDayAfterTheirLastDay) {
  const Plan& plan = clean_plan();
  const Schedule schedule = schedule_of(plan);
  const rfc5545::Component calendar = parsed(calendar_of(plan));
  for (const Event& event : schedule.events) {
    if (event.kind != EventKind::online) continue;
    const rfc5545::Component* entry = event_with_uid(calendar, ics_uid(plan, event));
    ASSERT_NE(entry, nullptr) << event.id;
    const auto basic = [](Date d) {
      std::string iso = d.iso();
      return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
    };
    EXPECT_EQ(entry->find("DTSTART")->params, ";VALUE=DATE");
    EXPECT_EQ(entry->find("DTSTART")->value, basic(event.start));
    EXPECT_EQ(entry->find("DTEND")->value, basic(event.end.plus_days(1))) << event.id;
    EXPECT_EQ(entry->find("TRANSP")->value, "TRANSPARENT");
    return;
  }
  FAIL() << "the clean plan has no online block";
}

TEST(IcsExport, FaceToFaceDaysAreBusyAtTheProgrammesLocation) {
  const rfc5545::Component calendar = parsed(calendar_of(clean_plan()));
  const rfc5545::Component* day = event_with_uid(calendar, "M2/f2f-1.plan-under-test@apprenticeship-planner");
  ASSERT_NE(day, nullptr);
  EXPECT_EQ(text_of(*day, "LOCATION"), catalogue().timetable.location);
  EXPECT_EQ(text_of(*day, "TRANSP"), "OPAQUE");
  EXPECT_EQ(text_of(*day, "X-MICROSOFT-CDO-BUSYSTATUS"), "BUSY");
}

TEST(IcsExport, DeadlinesRemindAWeekAndADayBeforeAtNine) {
  const rfc5545::Component calendar = parsed(calendar_of(clean_plan()));
  const rfc5545::Component* due = event_with_uid(calendar, "M2/assignment.plan-under-test@apprenticeship-planner");
  ASSERT_NE(due, nullptr);
  std::vector<std::string> triggers;
  for (const auto& alarm : due->children) triggers.push_back(alarm.find("TRIGGER")->value);
  // All-day: relative to the day's midnight, so 7 days before at 09:00 is -(6 days 15 hours).
  EXPECT_EQ(triggers, (std::vector<std::string>{"-P6DT15H", "-PT15H"}));
  const rfc5545::Component* session = event_with_uid(calendar, "M2/f2f-1.plan-under-test@apprenticeship-planner");
  EXPECT_TRUE(session->children.empty()) << "sessions are not deadlines";
}

TEST(IcsExport, LeaveIsLeftOutUnlessAskedFor) {
  Plan plan = clean_plan();
  plan.periods.push_back(period("leave-90", PeriodKind::leave, "2027-08-02", "2027-08-13", "Summer"));
  const std::string without = calendar_of(plan);
  EXPECT_EQ(without.find("leave-90."), std::string::npos);
  IcsOptions options;
  options.include_leave = true;
  const std::string with = export_ics(catalogue(), plan, schedule_of(plan), kExportedAt, options);
  EXPECT_NE(with.find("UID:leave-90.plan-under-test@apprenticeship-planner"), std::string::npos);
}

TEST(IcsExport, TimedSessionsUseEuropeLondonWithItsTimeZone) {
  Catalogue timed = catalogue();
  for (SessionTemplate& session : timed.timetable.sessions) {
    if (session.kind == EventKind::f2f)
      session.times = TimeSpan{*ClockTime::from_hm(9, 30), *ClockTime::from_hm(16, 0)};
  }
  const std::string text = calendar_of(clean_plan(), kExportedAt, timed);
  const rfc5545::Component calendar = parsed(text);
  ASSERT_EQ(calendar.children.front().name, "VTIMEZONE");
  EXPECT_EQ(calendar.children.front().find("TZID")->value, "Europe/London");
  const rfc5545::Component* day = event_with_uid(calendar, "M2/f2f-1.plan-under-test@apprenticeship-planner");
  ASSERT_NE(day, nullptr);
  EXPECT_EQ(day->find("DTSTART")->params, ";TZID=Europe/London");
  EXPECT_EQ(day->find("DTSTART")->value.substr(8), "T093000");
  EXPECT_EQ(day->find("DTEND")->value.substr(8), "T160000");
  // Without times there is no time zone at all.
  EXPECT_EQ(calendar_of(clean_plan()).find("VTIMEZONE"), std::string::npos);
}

TEST(IcsExport, HostileTextComesOutEscapedAndIntact) {
  const Plan plan = hostile_plan();
  const std::string text = calendar_of(plan);
  const rfc5545::Component calendar = parsed(text);
  EXPECT_EQ(text_of(calendar, "X-WR-CALNAME"), "Apprenticeship plan: " + kHostileLine);
  const Schedule schedule = schedule_of(plan);
  const Event* activity = nullptr;
  for (const Event& e : schedule.events)
    if (e.id == plan.activities.front().id) activity = &e;
  ASSERT_NE(activity, nullptr);
  const rfc5545::Component* entry = event_with_uid(calendar, ics_uid(plan, *activity));
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(text_of(*entry, "SUMMARY"), kHostileLine);
  const std::string description = text_of(*entry, "DESCRIPTION");
  // Line breaks of every kind become one \n; everything else arrives as written.
  EXPECT_NE(description.find("First line, with comma\nSecond; \"quoted\" <b>bold</b>\nThird 🧪 done"),
            std::string::npos)
      << description;
  EXPECT_NE(description.find(kHostileLine), std::string::npos);
}

TEST(IcsLines, EscapesTextValues) {
  EXPECT_EQ(ics_escape_text("a\\b;c,d\ne\r\nf\rg"), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
  EXPECT_EQ(ics_escape_text(std::string("bell\x07 tab\t")), "bell tab\t");
}

TEST(IcsLines, FoldsAt75OctetsNeverInsideACharacterOrAnEscape) {
  for (std::size_t pad = 0; pad < 8; ++pad) {
    IcsWriter writer;
    writer.text("SUMMARY", std::string(pad, 'x') + "😀é,;\\" + std::string(60, 'y') + "😀😀😀😀😀😀😀😀😀😀😀😀😀😀,,,,,,,,,,,");
    const std::string& out = writer.str();
    const rfc5545::Parsed result = rfc5545::parse("BEGIN:X\r\n" + out + "END:X\r\n");
    EXPECT_EQ(result.errors, std::vector<std::string>{}) << pad;
    // No physical line ends in the middle of an escape.
    for (std::size_t at = out.find("\r\n "); at != std::string::npos; at = out.find("\r\n ", at + 1)) {
      std::size_t backslashes = 0;
      for (std::size_t i = at; i > 0 && out[i - 1] == '\\'; --i) ++backslashes;
      EXPECT_EQ(backslashes % 2, 0u) << pad;
    }
    std::string error;
    EXPECT_EQ(rfc5545::unescape_text(result.calendars.at(0).find("SUMMARY")->value, error),
              std::string(pad, 'x') + "😀é,;\\" + std::string(60, 'y') + "😀😀😀😀😀😀😀😀😀😀😀😀😀😀,,,,,,,,,,,");
  }
}

// The checker the browser and CLI tests run too (rfc5545-check) catches what lenient parsers let
// through.
TEST(Rfc5545Checks, RefuseWhatLenientParsersAccept) {
  const std::string event =
      "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20270302T180500Z\r\nDTSTART;VALUE=DATE:20270301\r\n"
      "DTEND;VALUE=DATE:20270302\r\nSUMMARY:Day\r\nEND:VEVENT\r\n";
  const auto calendar = [](const std::string& events) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n";
  };
  const auto errors = [](const std::string& text) { return rfc5545::check_file(text).errors; };
  EXPECT_EQ(errors(calendar(event)), std::vector<std::string>{});
  EXPECT_EQ(errors("BEGIN:VCALENDAR\nVERSION:2.0\n"),
            (std::vector<std::string>{"line 1 does not end with CRLF", "0 calendars in the file"}));
  EXPECT_EQ(errors(calendar("X-LONG:" + std::string(69, 'x') + "\r\n" + event)),
            std::vector<std::string>{"line 4 is 76 octets long"});
  EXPECT_EQ(errors(calendar(event + event)), std::vector<std::string>{"UID a@x is used twice"});
  std::string no_stamp = event;
  no_stamp.erase(no_stamp.find("DTSTAMP"), no_stamp.find("DTSTART") - no_stamp.find("DTSTAMP"));
  EXPECT_EQ(errors(calendar(no_stamp)), std::vector<std::string>{"a@x needs exactly one DTSTAMP"});
  std::string bad_escape = event;
  bad_escape.replace(bad_escape.find("Day"), 3, "D\\ay");
  EXPECT_EQ(errors(calendar(bad_escape)), std::vector<std::string>{"a@x SUMMARY: undefined escape \\a"});
  EXPECT_EQ(errors(calendar(event) + calendar(event)), std::vector<std::string>{"2 calendars in the file"});
}

TEST(IcsExport, ExportTimeBecomesUtc) {
  EXPECT_EQ(ics_utc_date_time("2027-03-02T18:05:07Z"), "20270302T180507Z");
  EXPECT_EQ(ics_utc_date_time("2027-03-02T00:30:00.999+01:00"), "20270301T233000Z");
  EXPECT_EQ(ics_utc_date_time("2027-12-31T23:30:00-01:00"), "20280101T003000Z");
  EXPECT_EQ(ics_utc_date_time("2027-03-02"), std::nullopt);
  EXPECT_THROW(calendar_of(clean_plan(), "yesterday"), std::invalid_argument);
}

}  // namespace
}  // namespace planner
