// Where things land when dragged or nudged on the timeline, and the edit that puts them there.
#include <gtest/gtest.h>

#include "../unit/test_fixtures.hpp"
#include "app/views/timeline_moves.hpp"
#include "core/plan/document.hpp"
#include "core/planning/schedule.hpp"
#include "core/programme/catalogue.hpp"
#include "core/programme/sample_plans.hpp"

namespace planner {
namespace {

using test::day;

Event event_of_kind(EventKind kind, Date start) {
  Event event;
  event.id = "probe";
  event.kind = kind;
  event.start = start;
  event.end = start;
  return event;
}

const BankHolidays& holidays() { return default_catalogue().holidays; }

TEST(TimelineMoves, ModulesMoveInWholeWeeksAndStartOnMondays) {
  const Event module = event_of_kind(EventKind::module, day("2027-01-04"));
  EXPECT_EQ(drag_target(holidays(), module, day("2027-01-04"), 3.2), day("2027-01-04")) << "less than half a week";
  EXPECT_EQ(drag_target(holidays(), module, day("2027-01-04"), 4.0), day("2027-01-11"));
  EXPECT_EQ(drag_target(holidays(), module, day("2027-01-04"), 16.0), day("2027-01-18"));
  EXPECT_EQ(drag_target(holidays(), module, day("2027-01-04"), -6.0), day("2026-12-28"));
  EXPECT_EQ(drag_target(holidays(), module, day("2027-01-04"), 3.6).iso_weekday(), 1u);
}

TEST(TimelineMoves, EventsLandOnWorkingDaysInTheDirectionTheyTravel) {
  const Event review = event_of_kind(EventKind::review, day("2027-01-06"));  // a Wednesday
  EXPECT_EQ(drag_target(holidays(), review, day("2027-01-06"), 0.3), day("2027-01-06"));
  EXPECT_EQ(drag_target(holidays(), review, day("2027-01-06"), 1.0), day("2027-01-07"));
  EXPECT_EQ(drag_target(holidays(), review, day("2027-01-06"), 3.0), day("2027-01-11")) << "Saturday: on to Monday";
  EXPECT_EQ(drag_target(holidays(), review, day("2027-01-06"), 4.4), day("2027-01-11")) << "Sunday: on to Monday";
  EXPECT_EQ(drag_target(holidays(), review, day("2027-01-13"), -4.0), day("2027-01-08")) << "Saturday: back to Friday";
}

TEST(TimelineMoves, BankHolidaysAreSkipped) {
  // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
  const Event shadowing = event_of_kind(EventKind::shadowing, day("2027-03-25"));
  EXPECT_EQ(drag_target(holidays(), shadowing, day("2027-03-25"), 1.0), day("2027-03-30"));
  EXPECT_EQ(drag_target(holidays(), shadowing, day("2027-03-31"), -2.0), day("2027-03-25"));
  // New Year's Day 2027 is a Friday: backwards from the Monday after lands on Thursday 31 December.
  EXPECT_EQ(drag_target(holidays(), shadowing, day("2027-01-04"), -1.0), day("2026-12-31"));
}

TEST(TimelineMoves, NudgesMoveAModuleAWeekOrFour) {
  const Event module = event_of_kind(EventKind::module, day("2027-01-04"));
  EXPECT_EQ(nudge_target(holidays(), module, day("2027-01-04"), 1, false), day("2027-01-11"));
  EXPECT_EQ(nudge_target(holidays(), module, day("2027-01-04"), -1, false), day("2026-12-28"));
  EXPECT_EQ(nudge_target(holidays(), module, day("2027-01-04"), 1, true), day("2027-02-01"));
}

TEST(TimelineMoves, NudgesMoveAnEventAWorkingDayOrAWeek) {
  const Event milestone = event_of_kind(EventKind::dissertation_milestone, day("2027-01-08"));  // a Friday
  EXPECT_EQ(nudge_target(holidays(), milestone, day("2027-01-08"), 1, false), day("2027-01-11"));
  EXPECT_EQ(nudge_target(holidays(), milestone, day("2027-01-11"), -1, false), day("2027-01-08"));
  EXPECT_EQ(nudge_target(holidays(), milestone, day("2027-01-08"), 1, true), day("2027-01-15"));
  EXPECT_EQ(nudge_target(holidays(), milestone, day("2027-03-25"), 1, false), day("2027-03-30")) << "over Easter";
  EXPECT_EQ(nudge_target(holidays(), milestone, day("2027-03-22"), 1, true), day("2027-03-30"))
      << "a week on is Easter Monday: on to Tuesday";
}

// The large sample plan has every kind of event; each move edit puts its event on the day.
class MoveEdits : public ::testing::Test {
 protected:
  const Catalogue& catalogue = default_catalogue();
  Document document{make_large_plan(default_catalogue())};

  const Event& first_of(EventKind kind) {
    schedule_ = expand_schedule(catalogue, document.plan());
    for (const Event& event : schedule_.events)
      if (event.kind == kind) return event;
    ADD_FAILURE() << "no event of kind " << to_string(kind);
    return schedule_.events.front();
  }

  // Moves the first event of `kind` by `days` and returns it as the schedule then has it.
  Event moved(EventKind kind, int days) {
    const Event event = first_of(kind);
    const Date target = event.start.plus_days(days);
    std::optional<Edit> edit = move_edit(catalogue, document.plan(), event, target);
    EXPECT_TRUE(edit.has_value()) << to_string(kind);
    if (!edit) return event;
    EXPECT_EQ(document.apply(*edit), std::nullopt) << edit->label;
    schedule_ = expand_schedule(catalogue, document.plan());
    const Event* after = schedule_.find(event.id);
    EXPECT_NE(after, nullptr);
    return after != nullptr ? *after : event;
  }

  Schedule schedule_;
};

TEST_F(MoveEdits, MoveEveryKindOfEventTheTimelineShows) {
  for (EventKind kind :
       {EventKind::f2f, EventKind::wba_due, EventKind::assignment_due, EventKind::dissertation_milestone,
        EventKind::review, EventKind::shadowing, EventKind::induction, EventKind::gateway, EventKind::epa}) {
    const Event before = first_of(kind);
    const Event after = moved(kind, 7);
    EXPECT_EQ(after.start, before.start.plus_days(7)) << to_string(kind);
  }
}

TEST_F(MoveEdits, ModuleSessionsMovedByHandAreMarkedAsHandSet) {
  EXPECT_FALSE(first_of(EventKind::f2f).overridden);
  EXPECT_TRUE(moved(EventKind::f2f, 1).overridden);
}

TEST_F(MoveEdits, AModuleMovesWithEverythingInIt) {
  const Event module = first_of(EventKind::module);
  const Date start = move_origin(document.plan(), module);
  const std::optional<Edit> edit = move_edit(catalogue, document.plan(), module, start.plus_weeks(3));
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(edit->label, "Move Module " + module.title.substr(7, module.title.find(':') - 7) + " to " +
                             start.plus_weeks(3).display());
  ASSERT_EQ(document.apply(*edit), std::nullopt);
  EXPECT_EQ(document.plan().placement(module.module)->start, start.plus_weeks(3));
}

TEST_F(MoveEdits, LeaveKeepsItsLength) {
  const Event before = first_of(EventKind::leave);
  const Event after = moved(EventKind::leave, 10);
  EXPECT_EQ(after.start, before.start.plus_days(10));
  EXPECT_EQ(after.end, before.end.plus_days(10));
}

TEST_F(MoveEdits, OnlineBlocksMoveOnlyWithTheirModule) {
  const Event online = first_of(EventKind::online);
  EXPECT_FALSE(can_move(online));
  EXPECT_EQ(move_edit(catalogue, document.plan(), online, online.start.plus_days(7)), std::nullopt);
}

TEST_F(MoveEdits, TheUndoStepSaysWhatMovedAndWhere) {
  const Event review = first_of(EventKind::review);
  const std::optional<Edit> edit = move_edit(catalogue, document.plan(), review, day("2027-02-03"));
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(edit->label, "Move \"Tripartite progress review\" to Wed 3 Feb 2027");
}

}  // namespace
}  // namespace planner
