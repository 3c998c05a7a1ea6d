#pragma once
// When to remind the user to export a plan. Browser storage is not a safe place for two years of
// work: Safari deletes a site's storage after 7 days of use without a visit, a profile reset or
// "clear browsing data" takes everything, and the plan may be needed on another machine. An
// exported file is the user's own copy.
//
// Rule: remind when the plan has changes that no export holds (saved after the last export, or
// never exported) and the last export (or, never exported, the plan's creation) is at least
// `remind_after_days` days ago. A plan exported after its last change needs no reminder however
// old the export is.
#include <optional>
#include <string>

#include "core/calendar/date.hpp"
#include "core/storage/plan_index.hpp"

namespace planner {

// Safari's limit on storage of sites not visited: the default the setting starts from.
inline constexpr int kDefaultExportReminderDays = 7;

struct ExportReminder {
  bool due = false;
  std::optional<Date> last_exported;  // the day of the last export, if any
  int days_since = 0;                 // days since the last export (or creation, never exported)
  std::string message;                // plain English for the banner, when due
};

// `today` is the user's local day; timestamps count by their own calendar day. Entries with
// unreadable timestamps are never due (nothing sensible to say).
ExportReminder export_reminder(const PlanEntry& entry, Date today, int remind_after_days = kDefaultExportReminderDays);

}  // namespace planner
