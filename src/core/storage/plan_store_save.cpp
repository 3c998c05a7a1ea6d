// The persistence policy, part 2: saving the open plan, its save state, other tabs' changes and
// the user's choices when they conflict, and importing over the open plan.
#include <algorithm>
#include <utility>

#include "core/storage/plan_store.hpp"
#include "core/storage/storage_keys.hpp"

namespace planner {
namespace {

namespace keys = storage_keys;

// "revision 42, saved 2027-01-04T09:30:00Z", for conflict details.
std::string version_text(std::uint64_t revision, const StoredPlan& stored) {
  std::string out = "revision " + std::to_string(revision);
  if (!stored.load.saved_at.empty()) out += ", saved " + stored.load.saved_at;
  return out;
}

Edit whole_plan_edit(std::string label, Plan plan) {
  return Edit{std::move(label),
              [plan = std::move(plan)](Plan& current) -> std::optional<std::string> {
                current = plan;
                return std::nullopt;
              },
              ""};
}

}  // namespace

// ---- saving ---------------------------------------------------------------------------------

bool PlanStore::is_ours(const StorageRead& current) const {
  if (current.status == ReadStatus::missing) return !stored_.has_value();
  if (current.status != ReadStatus::found) return false;
  return (stored_ && *stored_ == current.value) || (attempted_ && *attempted_ == current.value);
}

SaveState PlanStore::remember_failure(SaveState state) {
  failure_ = state;
  warning_.reset();
  return state;
}

bool PlanStore::needs_save(const Document& document) const {
  return mode_ == Mode::available && !open_id_.empty() && !open_read_only_ && !conflict_ &&
         (document.revision() != saved_document_revision_ || resave_);
}

std::optional<SaveState> PlanStore::meet_foreign(const std::string& key, const StorageRead& found,
                                                 std::string_view now) {
  if (found.status == ReadStatus::missing) {
    conflict_ = Conflict{true, 0, std::nullopt, false};
    their_raw_.reset();
    return conflict_state(true, "nothing is stored under " + key);
  }
  const StoredPlan theirs = read_record(open_id_, found.value);
  if (theirs.plan) {
    conflict_ = Conflict{false, theirs.revision, theirs.plan, theirs.status == StoredPlanStatus::read_only};
    their_raw_ = found.value;
    return conflict_state(false, "Their version: " + version_text(theirs.revision, theirs) +
                                     ". This window's last save: revision " + std::to_string(stored_revision_) + ".");
  }
  // Damaged: kept aside, raw, before anything replaces it; never replaced if it cannot be.
  if (auto error = quarantine(key, found.value, now)) return damaged_in_place_state(*error);
  return std::nullopt;
}

SaveState PlanStore::save(const Document& document, std::string_view now) { return save_plan(document, now, false); }

EncodedPlan PlanStore::encode_for_save(const Document& document, std::string_view now) const {
  return {document.revision(), stored_plan_file(document.plan(), now)};
}

void PlanStore::back_up_for_save() {
  if (mode_ != Mode::available || open_id_.empty() || read_only() || conflict_ || !stored_ || !stored_is_good_) return;
  if (storage_.holds(keys::plan(open_id_), *stored_) != StorageMatch::same) return;  // the save will see why
  const std::string backup_key = keys::backup(open_id_);
  if (storage_.holds(backup_key, *stored_) != StorageMatch::same) write_verified(backup_key, *stored_);
}

SaveState PlanStore::save(const Document& document, std::string_view now, const EncodedPlan& encoded) {
  return save_plan(document, now, false, &encoded);
}

SaveState PlanStore::save_plan(const Document& document, std::string_view now, bool backup_required,
                               const EncodedPlan* encoded) {
  check_timestamp(now);
  if (mode_ == Mode::unavailable || mode_ == Mode::not_started) return unavailable_state(unavailable_detail_);
  if (read_only()) return readonly_state(read_only_why_);
  if (open_id_.empty() || document.plan().id != open_id_) {
    return remember_failure({SaveStatus::failed, SaveProblem::storage_error,
                             "Not saved: the plan in this window is not the one opened from this browser's storage, so "
                             "nothing was overwritten. Use \"Export plan\" to keep it.",
                             "open plan \"" + open_id_ + "\", document plan \"" + document.plan().id + "\""});
  }
  const std::string key = keys::plan(open_id_);

  // 1. Whose is the stored value? Only this tab's own may be replaced without asking. Nearly
  // always it is this tab's last save, which the storage confirms without handing it over.
  const bool unchanged = stored_ && storage_.holds(key, *stored_) == StorageMatch::same;
  const StorageRead current = unchanged ? StorageRead{ReadStatus::found, *stored_, {}} : storage_.read(key);
  if (current.status == ReadStatus::failed) return remember_failure(failed_to_read(current.error));
  if (!is_ours(current)) {
    if (auto stop = meet_foreign(key, current, now)) return remember_failure(std::move(*stop));
  }

  // 2. The previous good version becomes the backup.
  std::optional<SaveState> warning;
  if (current.status == ReadStatus::found && stored_is_good_ && stored_ && *stored_ == current.value) {
    // Unless it is there already: back_up_for_save(), or a save that failed after the backup.
    if (storage_.holds(keys::backup(open_id_), current.value) != StorageMatch::same) {
      if (auto error = write_verified(keys::backup(open_id_), current.value)) {
        if (backup_required) return remember_failure(failed_to_write(*error));
        warning = saved_without_backup(*error);
      }
    }
    // Look again right before writing. In a browser no other tab's write can land inside this
    // synchronous call (storage changes from other tabs arrive between tasks), but a Storage
    // that can interleave gets the check as close to the write as it can be.
    if (storage_.holds(key, current.value) != StorageMatch::same) {
      const StorageRead again = storage_.read(key);
      if (again.status == ReadStatus::failed) return remember_failure(failed_to_read(again.error));
      if (again.status != current.status || again.value != current.value) {
        if (auto stop = meet_foreign(key, again, now)) return remember_failure(std::move(*stop));
      }
    }
  }
  conflict_.reset();
  their_raw_.reset();

  // 3. Write, read back, compare.
  const std::uint64_t revision = stored_revision_ + 1;
  std::string text = encoded != nullptr && encoded->document_revision == document.revision()
                         ? encode_plan_record(revision, encoded->plan_file)
                         : plan_record(revision, document.plan(), now);
  if (auto error = storage_.write(key, text)) return remember_failure(failed_to_write(*error));
  stored_revision_ = revision;  // it may have landed: a later write must count higher
  if (storage_.holds(key, text) != StorageMatch::same) {
    const StorageRead back = storage_.read(key);
    if (back.status == ReadStatus::failed) {
      attempted_ = std::move(text);
      return remember_failure(not_verified_state("It could not be read back: " + back.error.message));
    }
    if (back.status == ReadStatus::missing || back.value != text) {
      // What is there now is this tab's own failed write: the next save may replace it, but it
      // is no good version, so it must never become the backup.
      stored_ = back.status == ReadStatus::found ? std::optional<std::string>(back.value) : std::nullopt;
      stored_is_good_ = false;
      attempted_ = std::move(text);
      return remember_failure(not_verified_state(back.status == ReadStatus::missing
                                                     ? "Nothing was stored."
                                                     : "Read back " + std::to_string(back.value.size()) + " bytes; " +
                                                           std::to_string(attempted_->size()) + " were written."));
    }
  }
  stored_ = std::move(text);
  stored_is_good_ = true;
  attempted_.reset();
  saved_document_revision_ = document.revision();
  resave_ = false;
  failure_.reset();

  // 4. The list. Not fatal when it fails: the plan is stored, and the list is rebuilt from the
  // records at the next start.
  update_index(now, [&](PlanIndex& index) {
    PlanEntry* entry = index.find(open_id_);
    if (entry == nullptr) {
      index.plans.push_back(PlanEntry{open_id_, "", std::string(now), "", 0, "", ""});
      entry = &index.plans.back();
    }
    entry->name = document.plan().name;
    entry->updated_at = std::string(now);
    entry->revision = revision;
  });
  warning_ = warning;
  return warning ? *warning : saved_state();
}

SaveState PlanStore::state(const Document& document) const {
  if (mode_ == Mode::unavailable || mode_ == Mode::not_started) return unavailable_state(unavailable_detail_);
  if (read_only()) return readonly_state(read_only_why_);
  if (open_id_.empty()) return {SaveStatus::saved, SaveProblem::none, "No plan is open.", ""};
  if (failure_) return *failure_;
  if (document.revision() != saved_document_revision_ || resave_) return saving_state();
  if (warning_) return *warning_;
  return saved_state();
}

// ---- other tabs -----------------------------------------------------------------------------

ChangeKind PlanStore::notice_change(std::string_view key, Document& document, std::string_view now) {
  check_timestamp(now);
  if (!available()) return ChangeKind::none;
  const bool everything = key.empty();
  if (!everything && !key.starts_with(keys::kPrefix)) return ChangeKind::none;
  ChangeKind kind = ChangeKind::none;
  if (everything || key != keys::kProbe) {
    refresh_index(now);
    kind = ChangeKind::list_changed;
  }
  if (open_id_.empty() || !(everything || key == keys::plan(open_id_))) return kind;

  const std::string plan_key = keys::plan(open_id_);
  const StorageRead current = storage_.read(plan_key);
  if (current.status == ReadStatus::failed || is_ours(current)) return kind;
  if (current.status == ReadStatus::found) {
    const StoredPlan theirs = read_record(open_id_, current.value);
    if (!theirs.plan) {
      // Damaged elsewhere: this tab holds a good plan, so the next save writes it again, after
      // keeping the damaged text aside.
      resave_ = true;
      return ChangeKind::damaged;
    }
    if (document.revision() == saved_document_revision_ || open_read_only_) {
      // Nothing unsaved here: follow the other tab. Undoable, unless the plan is read-only here.
      if (open_read_only_ || theirs.status == StoredPlanStatus::read_only) document.reset(*theirs.plan);
      else document.apply(whole_plan_edit("Changes from another tab", *theirs.plan));
      adopt(current.value, theirs, document.revision());
      return ChangeKind::reloaded;
    }
  }
  // Deleted, or changed while this tab has unsaved changes: the user chooses.
  if (std::optional<SaveState> conflict = meet_foreign(plan_key, current, now)) remember_failure(std::move(*conflict));
  return ChangeKind::conflict;
}

void PlanStore::keep_theirs(Document& document) {
  if (!conflict_) return;
  if (conflict_->deleted || !their_raw_) {
    forget_open_plan();
    return;
  }
  const std::string raw = *their_raw_;
  const StoredPlan theirs = read_record(open_id_, raw);
  if (!theirs.plan) return;  // cannot happen: a conflict is only recorded for a loadable plan
  if (theirs.status == StoredPlanStatus::read_only) document.reset(*theirs.plan);
  else document.apply(whole_plan_edit("Keep the version from another tab", *theirs.plan));
  adopt(raw, theirs, document.revision());
}

SaveState PlanStore::keep_mine_as_copy(Document& document, std::string_view new_id, std::string_view now) {
  check_timestamp(now);
  if (!available() || mode_ == Mode::read_only) return state(document);
  Plan copy = document.plan();
  copy.id = std::string(new_id);
  copy.name = copy_name(copy.name);
  std::string written;
  std::optional<StorageError> error;
  const StoreResult stored = store_new(copy, now, &written, &error);
  if (!stored.ok) {
    // The conflict (if any) still waits; this tab's plan is still in the document.
    if (error) return remember_failure(failed_to_write(*error));
    return remember_failure({SaveStatus::failed, SaveProblem::storage_error, stored.message, stored.detail});
  }
  const StoredPlan stored_copy = read_record(new_id, written);
  forget_open_plan();
  document.reset(std::move(copy));
  open_id_ = std::string(new_id);
  adopt(std::move(written), stored_copy, document.revision());
  update_index(now, [&](PlanIndex& index) { index.last_opened = std::string(new_id); });
  return saved_state();
}

SaveState PlanStore::replace_theirs(const Document& document, std::string_view now) {
  if (!conflict_) return save(document, now);
  if (conflict_->deleted || !their_raw_) {
    stored_.reset();
    stored_is_good_ = false;
  } else {
    // Theirs is treated as the previous version: the save copies it, byte for byte, to the
    // backup, and refuses to go on if it cannot.
    stored_ = *their_raw_;
    stored_is_good_ = true;
    stored_revision_ = std::max(stored_revision_, conflict_->their_revision);
  }
  attempted_.reset();
  conflict_.reset();
  their_raw_.reset();
  failure_.reset();
  return save_plan(document, now, true);
}

StoreResult PlanStore::replace_open_plan(Document& document, Plan incoming, std::string_view label,
                                         std::string_view now) {
  check_timestamp(now);
  if (mode_ == Mode::unavailable || mode_ == Mode::not_started || open_id_.empty()) {
    // Nothing stored to protect: the import happens in memory (and undo still has the old plan).
    if (!document.plan().id.empty()) incoming.id = document.plan().id;
    document.apply(whole_plan_edit(std::string(label), std::move(incoming)));
    return {true, "", ""};
  }
  if (read_only()) {
    return {false,
            "The plan was not imported: the open plan is read-only (saved by a newer version of the app). Import it "
            "as a new plan instead.",
            read_only_why_};
  }
  if (conflict_) {
    return {false, "The plan was not imported: first choose what to keep of the changes made in another tab.",
            failure_ ? failure_->detail : std::string()};
  }
  // Unsaved changes first, so the backup the import leaves behind is the plan as the user saw it.
  if (needs_save(document)) {
    const SaveState saved = save(document, now);
    if (saved.status != SaveStatus::saved) {
      return {false, "The plan was not imported, because the current plan could not be saved first. " + saved.message,
              saved.detail};
    }
  }
  // The backup of the plan as it was is what makes an import safe: write it before anything changes.
  if (stored_ && stored_is_good_) {
    if (auto error = write_verified(keys::backup(open_id_), *stored_)) {
      return {
          false,
          "The plan was not imported, because the current plan could not be backed up first" +
              std::string(error->kind == StorageErrorKind::quota_exceeded ? " (this browser's storage is full)" : "") +
              ". Nothing has changed: export the current plan, make room, and try again.",
          error->message};
    }
  }
  incoming.id = open_id_;
  document.apply(whole_plan_edit(std::string(label), std::move(incoming)));
  const SaveState saved = save(document, now);
  // Imported either way: the document holds it (one undo step away from the old plan); a failed
  // save shows in the save state like any other.
  return {true, saved.status == SaveStatus::saved ? std::string() : saved.message, saved.detail};
}

}  // namespace planner
