// When the app reminds the user to export: changes no export holds, and the last export (or the
// plan's creation) at least the configured number of days ago.
#include "core/storage/export_reminder.hpp"

#include <gtest/gtest.h>

#include "plan_builders.hpp"

namespace planner {
namespace {

using test::day;

PlanEntry entry(std::string created, std::string updated, std::string exported = "") {
  return PlanEntry{"plan-a", "Sam's plan", std::move(created), std::move(updated), 3, std::move(exported), ""};
}

TEST(ExportReminder, ANeverExportedPlanIsDueSevenDaysAfterItWasCreated) {
  const PlanEntry never = entry("2027-01-04T09:00:00Z", "2027-01-05T10:00:00Z");
  EXPECT_FALSE(export_reminder(never, day("2027-01-10")).due);
  const ExportReminder due = export_reminder(never, day("2027-01-11"));
  EXPECT_TRUE(due.due);
  EXPECT_EQ(due.days_since, 7);
  EXPECT_EQ(due.last_exported, std::nullopt);
  EXPECT_EQ(due.message,
            "This plan has never been exported. Browsers can delete stored data (Safari does after 7 days without a "
            "visit): use \"Export plan\" to keep your own copy.");
}

TEST(ExportReminder, AnExportHoldingEveryChangeIsNeverDueHoweverOld) {
  const PlanEntry exported = entry("2027-01-04T09:00:00Z", "2027-01-05T10:00:00Z", "2027-01-05T10:00:30Z");
  const ExportReminder reminder = export_reminder(exported, day("2027-06-01"));
  EXPECT_FALSE(reminder.due);
  EXPECT_EQ(reminder.last_exported, day("2027-01-05"));
  EXPECT_EQ(reminder.days_since, 147);
  EXPECT_EQ(reminder.message, "");
}

TEST(ExportReminder, ChangesAfterAnExportAreDueOnceTheExportIsOldEnough) {
  const PlanEntry changed = entry("2027-01-04T09:00:00Z", "2027-01-12T08:00:00Z", "2027-01-05T10:00:00Z");
  EXPECT_FALSE(export_reminder(changed, day("2027-01-11")).due);
  const ExportReminder due = export_reminder(changed, day("2027-01-15"));
  EXPECT_TRUE(due.due);
  EXPECT_EQ(due.days_since, 10);
  EXPECT_EQ(due.message,
            "This plan was last exported 10 days ago and has changed since. Use \"Export plan\" to keep an up-to-date "
            "copy of your own.");
}

TEST(ExportReminder, FollowsTheConfiguredNumberOfDays) {
  const PlanEntry changed = entry("2027-01-04T09:00:00Z", "2027-01-12T08:00:00Z", "2027-01-05T10:00:00Z");
  EXPECT_FALSE(export_reminder(changed, day("2027-01-15"), 14).due);
  EXPECT_TRUE(export_reminder(changed, day("2027-01-19"), 14).due);
  EXPECT_TRUE(export_reminder(changed, day("2027-01-06"), 1).due);
  EXPECT_EQ(export_reminder(changed, day("2027-01-06"), 1).message,
            "This plan was last exported 1 day ago and has changed since. Use \"Export plan\" to keep an up-to-date "
            "copy of your own.");
  // Zero: remind whenever there are changes no export holds, even on the day of the export.
  EXPECT_TRUE(export_reminder(changed, day("2027-01-05"), 0).due);
}

TEST(ExportReminder, IsNeverDueWithUnreadableTimestamps) {
  EXPECT_FALSE(export_reminder(entry("", "2027-01-05T10:00:00Z"), day("2030-01-01")).due);
  EXPECT_FALSE(export_reminder(entry("2027-01-04T09:00:00Z", "", "soon"), day("2030-01-01")).due);
}

TEST(ExportReminder, ADayInThePastCountsAsNoDaysSince) {
  // A clock set back (or a timestamp from another zone's tomorrow) must not make negative days.
  const ExportReminder reminder =
      export_reminder(entry("2027-01-04T09:00:00Z", "2027-01-04T09:00:00Z"), day("2027-01-01"));
  EXPECT_EQ(reminder.days_since, 0);
  EXPECT_FALSE(reminder.due);
}

}  // namespace
}  // namespace planner
