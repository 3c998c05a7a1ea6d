#include "core/storage/save_state.hpp"

#include <utility>

namespace planner {
namespace {

// Said whenever a save fails: the plan is still in the window, and export is the way to keep it.
constexpr std::string_view kStillHere =
    " Your changes are still here in this window: use \"Export plan\" now to keep a copy.";

SaveState failed(SaveProblem problem, std::string message, std::string detail) {
  return {SaveStatus::failed, problem, std::move(message), std::move(detail)};
}

}  // namespace

std::string_view to_string(SaveStatus status) {
  switch (status) {
    case SaveStatus::saved: return "saved";
    case SaveStatus::saving: return "saving";
    case SaveStatus::failed: return "failed";
    case SaveStatus::unavailable: return "unavailable";
    case SaveStatus::readonly: return "readonly";
  }
  return "failed";
}

std::string_view to_string(SaveProblem problem) {
  switch (problem) {
    case SaveProblem::none: return "";
    case SaveProblem::quota_exceeded: return "quota-exceeded";
    case SaveProblem::storage_blocked: return "storage-blocked";
    case SaveProblem::storage_error: return "storage-error";
    case SaveProblem::not_verified: return "not-verified";
    case SaveProblem::conflict: return "conflict";
    case SaveProblem::damaged_in_place: return "damaged-in-place";
    case SaveProblem::backup_not_kept: return "backup-not-kept";
    case SaveProblem::no_storage: return "no-storage";
    case SaveProblem::demo: return "demo";
    case SaveProblem::newer_version: return "newer-version";
  }
  return "";
}

SaveState saved_state() { return {SaveStatus::saved, SaveProblem::none, "All changes saved in this browser.", ""}; }

SaveState saving_state() { return {SaveStatus::saving, SaveProblem::none, "Saving changes…", ""}; }

SaveState saved_without_backup(const StorageError& error) {
  return {
      SaveStatus::saved, SaveProblem::backup_not_kept,
      "Changes saved, but the backup copy of the previous version could not be updated" +
          std::string(error.kind == StorageErrorKind::quota_exceeded ? " because this browser's storage is full" : "") +
          ". Export the plan to keep a copy of your own.",
      error.message};
}

SaveState failed_to_write(const StorageError& error) {
  switch (error.kind) {
    case StorageErrorKind::quota_exceeded:
      return failed(SaveProblem::quota_exceeded,
                    "Not saved: this browser's storage for the planner is full." + std::string(kStillHere) +
                        " Then make room by deleting plans you no longer need and emptying the trash.",
                    error.message);
    case StorageErrorKind::unavailable:
      return failed(SaveProblem::storage_blocked,
                    "Not saved: the browser no longer lets the planner use its storage (a setting or policy may have "
                    "changed)." +
                        std::string(kStillHere),
                    error.message);
    case StorageErrorKind::other: break;
  }
  return failed(SaveProblem::storage_error,
                "Not saved: the browser could not store the plan." + std::string(kStillHere), error.message);
}

SaveState failed_to_read(const StorageError& error) {
  SaveState state = failed_to_write(error);
  if (state.problem == SaveProblem::storage_error)
    state.message = "Not saved: the browser could not read back the stored plan to check it before saving." +
                    std::string(kStillHere);
  return state;
}

SaveState not_verified_state(std::string detail) {
  return failed(SaveProblem::not_verified,
                "Not saved: when checked, the browser held something different from the plan just saved. The previous "
                "version is kept as a backup." +
                    std::string(kStillHere),
                std::move(detail));
}

SaveState conflict_state(bool deleted_elsewhere, std::string detail) {
  return failed(SaveProblem::conflict,
                deleted_elsewhere
                    ? "This plan was deleted in another tab or window. Nothing has been overwritten: choose whether "
                      "to keep it or let it go (it is in the trash there)."
                    : "This plan was changed in another tab or window since this one last saved it. Nothing has "
                      "been overwritten: choose which version to keep.",
                std::move(detail));
}

SaveState damaged_in_place_state(const StorageError& error) {
  return failed(SaveProblem::damaged_in_place,
                "Not saved: the copy of this plan stored in this browser is damaged, and it could not be moved aside "
                "to keep it, so it has not been overwritten." +
                    std::string(kStillHere),
                error.message);
}

SaveState unavailable_state(std::string detail) {
  return {SaveStatus::unavailable, SaveProblem::no_storage,
          "This browser does not let the planner store anything here (a private window or a policy may block it). "
          "The plan lives only in this window: use \"Export plan\" before you close it.",
          std::move(detail)};
}

SaveState demo_state() {
  return {SaveStatus::unavailable, SaveProblem::demo,
          "The demo plan is not kept: your changes to it last until you reset or leave the demo. Your own plans "
          "in this browser are not touched.",
          ""};
}

SaveState readonly_state(std::string why) {
  return {SaveStatus::readonly, SaveProblem::newer_version,
          "Read-only: this plan was saved by a newer version of the app, so this version shows it but never saves "
          "over it. Update the app to change it, or export it.",
          std::move(why)};
}

}  // namespace planner
