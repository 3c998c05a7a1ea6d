#include "core/storage/export_reminder.hpp"

#include <algorithm>
#include <string_view>

namespace planner {
namespace {

// The calendar day a timestamp names ("2027-01-04T09:30:00Z" → 2027-01-04).
std::optional<Date> day_of(std::string_view timestamp) {
  if (timestamp.size() < 10) return std::nullopt;
  return Date::parse(timestamp.substr(0, 10));
}

std::string days_text(int days) { return days == 1 ? "1 day" : std::to_string(days) + " days"; }

}  // namespace

ExportReminder export_reminder(const PlanEntry& entry, Date today, int remind_after_days) {
  ExportReminder out;
  out.last_exported = day_of(entry.last_exported_at);
  const std::optional<Date> since = entry.last_exported_at.empty() ? day_of(entry.created_at) : out.last_exported;
  if (!since) return out;
  out.days_since = std::max(0, days_between(*since, today));

  // ISO 8601 UTC timestamps of one writer compare as text; both come from this app's clock.
  const bool changed_since_export = entry.last_exported_at.empty() || entry.updated_at > entry.last_exported_at;
  out.due = changed_since_export && out.days_since >= std::max(remind_after_days, 0);
  if (!out.due) return out;
  out.message = entry.last_exported_at.empty()
                    ? "This plan has never been exported. Browsers can delete stored data (Safari does after " +
                          days_text(kDefaultExportReminderDays) +
                          " without a visit): use \"Export plan\" to keep your own copy."
                    : "This plan was last exported " + days_text(out.days_since) +
                          " ago and has changed since. Use \"Export plan\" to keep an up-to-date copy of your own.";
  return out;
}

}  // namespace planner
