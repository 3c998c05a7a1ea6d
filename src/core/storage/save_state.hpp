#pragma once
// What the user is told about keeping their plan: the save state of docs/product.md, shown in the
// status bar (and as a banner while something is wrong) and as planner.state().save:
//
//   "saved"        the plan in this window is what the browser holds
//   "saving"       changes not stored yet (the app waits a moment after the last change)
//   "failed"       the last attempt did not store the plan: full, blocked, not verified, or
//                  another tab changed it; the message says which and what to do
//   "unavailable"  this browser does not let the app store anything: it works in memory (or
//                  the demo is open, whose plan is never kept)
//   "readonly"     saved by a newer version of the app: shown, never saved over
//
// Each state comes with one plain-English message written for a busy NHS manager, never an
// error code: what happened, that nothing was lost, and the way out (usually "Export now").
#include <string>
#include <string_view>

#include "core/storage/storage.hpp"

namespace planner {

enum class SaveStatus { saved, saving, failed, unavailable, readonly };
std::string_view to_string(SaveStatus status);  // exactly docs/product.md's words: "saved", "saving", …

// Why the state is what it is, for the UI to choose its way out (a button, a chooser).
enum class SaveProblem {
  none,
  quota_exceeded,    // failed: storage full. Way out: export now; delete plans or empty the trash
  storage_blocked,   // failed: the browser now refuses access (it worked at start)
  storage_error,     // failed: the browser threw something else
  not_verified,      // failed: what was read back differs from what was written
  conflict,          // failed: another tab changed or deleted this plan; the user chooses (PlanStore::conflict())
  damaged_in_place,  // failed: the stored copy is damaged and could not be moved aside, so it is not overwritten
  backup_not_kept,   // saved, but the backup of the previous version could not be updated
  no_storage,        // unavailable: storage blocked or absent since start (private window, policy)
  demo,              // unavailable: the demo plan, which is never kept (by design: nothing is wrong)
  newer_version,     // readonly: saved by a newer app
};
std::string_view to_string(SaveProblem problem);  // "quota-exceeded", "conflict", … ("" for none)

struct SaveState {
  SaveStatus status = SaveStatus::saved;
  SaveProblem problem = SaveProblem::none;
  std::string message;  // plain English, one or two sentences
  std::string detail;   // the browser's own words or what was found damaged; may be empty
  bool operator==(const SaveState&) const = default;
};

// The messages, in one place so they read alike.
SaveState saved_state();
SaveState saving_state();
SaveState saved_without_backup(const StorageError& error);
SaveState failed_to_write(const StorageError& error);  // quota, blocked or other by the error's kind
SaveState failed_to_read(const StorageError& error);   // the check before writing could not read
SaveState not_verified_state(std::string detail);
SaveState conflict_state(bool deleted_elsewhere, std::string detail);
SaveState damaged_in_place_state(const StorageError& error);
SaveState unavailable_state(std::string detail);
SaveState demo_state();
SaveState readonly_state(std::string why);

}  // namespace planner
