// The persistence policy, part 1: the storage primitives (verified writes, quarantine), start-up
// and the plan list's index, opening plans and their backups, and the app's settings.
// Saving and other tabs: plan_store_save.cpp. The plan list operations: plan_store_list.cpp.
#include "core/storage/plan_store.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>

#include "core/files/plan_validation.hpp"
#include "core/plan/item_id.hpp"
#include "core/storage/storage_keys.hpp"

namespace planner {
namespace {

namespace keys = storage_keys;

std::string_view setting_key(AppSetting which) {
  return which == AppSetting::ui ? keys::kUiSettings : keys::kImguiLayout;
}

std::set<std::string> ids_under(const StorageKeys& listed, std::string_view prefix) {
  std::set<std::string> out;
  for (const std::string& key : listed.keys) {
    const std::string_view id = std::string_view(key).substr(prefix.size());
    if (is_valid_id(id)) out.emplace(id);  // anything else under our prefix is not a plan's key
  }
  return out;
}

std::string plans_text(std::size_t n) { return n == 1 ? "1 plan" : std::to_string(n) + " plans"; }

}  // namespace

PlanStore::PlanStore(Storage& storage, const Catalogue& catalogue) : storage_(storage), catalogue_(catalogue) {}

void PlanStore::check_timestamp(std::string_view now) {
  // A bad timestamp would be written into records and the index, which must stay loadable.
  if (!is_timestamp(now)) throw std::invalid_argument("PlanStore: not an ISO 8601 timestamp: " + std::string(now));
}

// ---- storage primitives ---------------------------------------------------------------------

std::optional<StorageError> PlanStore::write_verified(std::string_view key, std::string_view value) {
  if (auto error = storage_.write(key, value)) return error;
  if (storage_.holds(key, value) == StorageMatch::same) return std::nullopt;
  const StorageRead back = storage_.read(key);
  if (back.status == ReadStatus::failed)
    return StorageError{back.error.kind, "written, but it could not be read back to check it: " + back.error.message};
  if (back.status == ReadStatus::missing)
    return StorageError{StorageErrorKind::other, "written, but \"" + std::string(key) + "\" was empty when read back"};
  if (back.value != value) {
    return StorageError{StorageErrorKind::other, "\"" + std::string(key) +
                                                     "\" read back differs from what was written (" +
                                                     std::to_string(back.value.size()) + " bytes instead of " +
                                                     std::to_string(value.size()) + ")"};
  }
  return std::nullopt;
}

std::optional<StorageError> PlanStore::quarantine(std::string_view key, std::string_view value, std::string_view now,
                                                  std::string* moved_to) {
  std::string target = keys::quarantine(now, key);
  // Never replace earlier quarantined data: that is what quarantine is for.
  for (int nth = 2; nth < 1000; ++nth) {
    const StorageRead existing = storage_.read(target);
    if (existing.status == ReadStatus::failed) return existing.error;
    if (existing.status == ReadStatus::missing) break;
    target = keys::quarantine(now, key, nth);
  }
  if (auto error = write_verified(target, value)) {
    // A copy that does not match is no copy: leave nothing half-kept under the quarantine key.
    storage_.remove(target);
    return error;
  }
  if (moved_to != nullptr) *moved_to = target;
  return std::nullopt;
}

StoredPlan PlanStore::read_record(std::string_view id, std::string_view text) const {
  StoredPlan stored = read_stored_plan(text, catalogue_);
  if (stored.plan && stored.plan->id != id) {
    // A record filed under another plan's key would be saved back under the wrong key.
    stored.problem = "the stored plan's id (\"" + stored.plan->id + "\") does not match where it is kept (\"" +
                     std::string(id) + "\")";
    stored.status = StoredPlanStatus::damaged;
    stored.plan.reset();
  }
  return stored;
}

// ---- start and the index ------------------------------------------------------------------

std::optional<StorageError> PlanStore::probe(std::string_view now) {
  const std::string value = "probe " + std::string(now);
  if (auto error = storage_.write(keys::kProbe, value)) return error;
  const StorageRead back = storage_.read(keys::kProbe);
  if (back.status == ReadStatus::failed) return back.error;
  if (back.status != ReadStatus::found || back.value != value)
    return StorageError{StorageErrorKind::unavailable, "the browser's storage did not keep a test value"};
  if (auto error = storage_.remove(keys::kProbe)) return error;
  return std::nullopt;
}

StoreStart PlanStore::start(std::string_view now) {
  check_timestamp(now);
  StoreStart out;
  if (const std::optional<StorageError> refused = probe(now)) {
    // A full storage refuses the probe too, yet still holds the user's plans: open them (saves
    // will say "full"). Only a storage that refuses and holds nothing of ours is unusable.
    bool holds_plans = false;
    if (refused->kind == StorageErrorKind::quota_exceeded) {
      const StorageKeys ours = storage_.keys(keys::kPrefix);
      holds_plans = !ours.error && std::any_of(ours.keys.begin(), ours.keys.end(),
                                               [](const std::string& key) { return key != keys::kProbe; });
    }
    if (!holds_plans) {
      mode_ = Mode::unavailable;
      unavailable_detail_ = refused->message;
      const SaveState state = unavailable_state(refused->message);
      out.message = state.message;
      out.detail = refused->message;
      return out;
    }
    out.notices.push_back(
        "This browser's storage for the planner is full, so changes cannot be saved until there is room. Export your "
        "plans, then delete plans you no longer need and empty the trash.");
    out.detail = refused->message;
  }

  mode_ = Mode::available;
  const StorageRead read = storage_.read(keys::kIndex);
  if (read.status == ReadStatus::failed) {
    mode_ = Mode::unavailable;
    unavailable_detail_ = read.error.message;
    out.message = unavailable_state(read.error.message).message;
    out.detail = read.error.message;
    return out;
  }
  PlanIndex index;
  bool changed = false;
  bool may_write = true;
  if (read.status == ReadStatus::found) {
    DecodedIndex decoded = decode_plan_index(read.value);
    switch (decoded.status) {
      case IndexStatus::ok: index = std::move(decoded.index); break;
      case IndexStatus::newer_version:
        index = std::move(decoded.index);
        mode_ = Mode::read_only;
        out.read_only = true;
        out.message =
            "The plans in this browser were last saved by a newer version of the app. They are shown read-only, so "
            "that nothing the newer version keeps is lost; update the app to change them.";
        break;
      case IndexStatus::damaged:
        if (auto error = quarantine(keys::kIndex, read.value, now)) {
          may_write = false;
          out.notices.push_back("The list of plans in this browser is damaged and could not be moved aside (" +
                                error->message +
                                "), so it is left as it is; the list shown is rebuilt from the stored plans.");
        } else {
          out.notices.push_back(
              "The list of plans in this browser was damaged; it has been rebuilt from the stored plans, and the "
              "damaged list is kept aside.");
        }
        changed = true;
        break;
    }
  }
  changed = reconcile(index, now, out.notices) || changed;
  index_ = std::move(index);
  if (changed && may_write && mode_ == Mode::available) write_verified(keys::kIndex, encode_plan_index(index_));
  out.available = true;
  return out;
}

bool PlanStore::reconcile(PlanIndex& index, std::string_view now, std::vector<std::string>& notices) {
  const StorageKeys plan_keys = storage_.keys(keys::kPlanPrefix);
  const StorageKeys backup_keys = storage_.keys(keys::kBackupPrefix);
  const StorageKeys trash_keys = storage_.keys(keys::kTrashPrefix);
  if (plan_keys.error || backup_keys.error || trash_keys.error) return false;  // cannot tell: change nothing
  const std::set<std::string> plans = ids_under(plan_keys, keys::kPlanPrefix);
  const std::set<std::string> backups = ids_under(backup_keys, keys::kBackupPrefix);
  const std::set<std::string> trash = ids_under(trash_keys, keys::kTrashPrefix);

  // An entry made from a stored record: its plan's name and savedAt when it loads.
  const auto entry_from = [&](const std::string& key, const std::string& id) {
    PlanEntry entry;
    entry.id = id;
    entry.name = id;
    entry.created_at = entry.updated_at = std::string(now);
    const StorageRead read = storage_.read(key);
    if (read.status == ReadStatus::found) {
      const StoredPlan stored = read_record(id, read.value);
      entry.revision = stored.revision;
      if (stored.plan && !stored.plan->name.empty()) entry.name = stored.plan->name;
      if (is_timestamp(stored.load.saved_at)) entry.created_at = entry.updated_at = stored.load.saved_at;
    }
    return entry;
  };

  bool changed = false;
  std::size_t recovered = 0;
  for (const std::string& id : plans) {
    if (index.find(id) != nullptr) continue;
    index.plans.push_back(entry_from(keys::plan(id), id));
    ++recovered;
  }
  std::size_t dropped = 0;
  std::erase_if(index.plans, [&](const PlanEntry& entry) {
    // Kept while anything of it is stored: opening it offers the backup.
    if (plans.contains(entry.id) || backups.contains(entry.id)) return false;
    if (trash.contains(entry.id) && index.find_in_trash(entry.id) == nullptr) {
      PlanEntry deleted = entry;
      deleted.deleted_at = std::string(now);
      index.trash.push_back(std::move(deleted));
    } else {
      ++dropped;
    }
    return true;
  });
  for (const std::string& id : trash) {
    if (index.find_in_trash(id) != nullptr) continue;
    PlanEntry entry = entry_from(keys::trash(id), id);
    entry.deleted_at = std::string(now);
    index.trash.push_back(std::move(entry));
    changed = true;
  }
  const std::size_t trash_before = index.trash.size();
  std::erase_if(index.trash, [&](const PlanEntry& entry) { return !trash.contains(entry.id); });
  changed = changed || recovered > 0 || dropped > 0 || index.trash.size() != trash_before;
  if (!index.last_opened.empty() && index.find(index.last_opened) == nullptr) {
    index.last_opened.clear();
    changed = true;
  }
  if (recovered > 0) {
    notices.push_back(plans_text(recovered) + " stored in this browser " + (recovered == 1 ? "was" : "were") +
                      " missing from the list of plans and " + (recovered == 1 ? "has" : "have") + " been added back.");
  }
  if (dropped > 0) {
    notices.push_back(plans_text(dropped) + " in the list of plans had no stored copy left in this browser and " +
                      (dropped == 1 ? "was" : "were") + " taken off the list.");
  }
  return changed;
}

std::optional<StorageError> PlanStore::update_index(std::string_view now,
                                                    const std::function<void(PlanIndex&)>& change) {
  if (mode_ != Mode::available) {
    change(index_);
    return StorageError{StorageErrorKind::unavailable, "the list of plans cannot be written here"};
  }
  // Read, change, write: another tab may have changed other plans' entries since this tab last
  // looked, and those changes must survive ours.
  const StorageRead read = storage_.read(keys::kIndex);
  if (read.status == ReadStatus::failed) {
    change(index_);
    return read.error;
  }
  PlanIndex index = index_;
  bool rebuild = read.status == ReadStatus::missing;
  if (read.status == ReadStatus::found) {
    DecodedIndex decoded = decode_plan_index(read.value);
    if (decoded.status == IndexStatus::ok) {
      index = std::move(decoded.index);
    } else if (decoded.status == IndexStatus::newer_version) {
      // A newer app took over this browser's list meanwhile: from now on, hands off.
      mode_ = Mode::read_only;
      index_ = std::move(decoded.index);
      return StorageError{StorageErrorKind::unavailable, "the list of plans was saved by a newer version of the app"};
    } else if (auto error = quarantine(keys::kIndex, read.value, now)) {
      change(index_);
      return error;
    } else {
      rebuild = true;
    }
  }
  if (rebuild) {
    std::vector<std::string> ignored;
    reconcile(index, now, ignored);
  }
  change(index);
  const std::optional<StorageError> error = write_verified(keys::kIndex, encode_plan_index(index));
  index_ = std::move(index);
  return error;
}

bool PlanStore::refresh_index(std::string_view now) {
  if (!available()) return false;
  const StorageRead read = storage_.read(keys::kIndex);
  if (read.status == ReadStatus::failed) return false;
  if (read.status == ReadStatus::missing) {
    // Cleared elsewhere: show what is really stored (the list is written back at the next change).
    PlanIndex rebuilt;
    std::vector<std::string> ignored;
    reconcile(rebuilt, now, ignored);
    index_ = std::move(rebuilt);
    return true;
  }
  DecodedIndex decoded = decode_plan_index(read.value);
  if (decoded.status == IndexStatus::damaged) return false;  // the next write quarantines and rebuilds it
  if (decoded.status == IndexStatus::newer_version) mode_ = Mode::read_only;
  index_ = std::move(decoded.index);
  return true;
}

// ---- the open plan --------------------------------------------------------------------------

void PlanStore::forget_open_plan() {
  open_id_.clear();
  open_read_only_ = false;
  read_only_why_.clear();
  stored_.reset();
  stored_is_good_ = false;
  attempted_.reset();
  stored_revision_ = 0;
  saved_document_revision_ = 0;
  resave_ = false;
  failure_.reset();
  warning_.reset();
  conflict_.reset();
  their_raw_.reset();
}

void PlanStore::close() { forget_open_plan(); }

std::optional<std::string> PlanStore::leave_open_plan(const Document& document, std::string_view now) {
  // Only the document of the open plan can hold its unsaved changes.
  if (open_id_.empty() || document.plan().id != open_id_ || read_only() || mode_ != Mode::available)
    return std::nullopt;
  const bool unsaved = document.revision() != saved_document_revision_;
  if (conflict_ && unsaved) {
    return "The open plan has changes that another tab's changes conflict with: first choose which version to "
           "keep.";
  }
  if (!conflict_ && needs_save(document)) {
    const SaveState saved = save(document, now);
    if (saved.status != SaveStatus::saved)
      return "The open plan could not be saved first, so it is still open. " + saved.message;
  }
  return std::nullopt;
}

void PlanStore::adopt(std::string raw, const StoredPlan& stored, std::uint64_t document_revision) {
  stored_ = std::move(raw);
  stored_is_good_ = true;
  attempted_.reset();
  stored_revision_ = std::max(stored_revision_, stored.revision);
  saved_document_revision_ = document_revision;
  resave_ = false;
  failure_.reset();
  warning_.reset();
  conflict_.reset();
  their_raw_.reset();
  open_read_only_ = stored.status == StoredPlanStatus::read_only;
  read_only_why_ = open_read_only_ ? stored.problem : std::string();
}

// Why plan `id` cannot take the open plan's place yet (storage unavailable, no such id, the open
// plan's changes not saved), or nothing when it can.
std::optional<OpenResult> PlanStore::cannot_switch_to(std::string_view id, Document& document, std::string_view now) {
  OpenResult out;
  if (!available()) {
    out.status = OpenStatus::unavailable;
    out.message = unavailable_state(unavailable_detail_).message;
    return out;
  }
  if (!is_valid_id(id)) {
    out.status = OpenStatus::missing;
    out.message = "There is no plan with this id in this browser.";
    return out;
  }
  if (std::optional<std::string> stay = leave_open_plan(document, now)) {
    out.status = OpenStatus::failed;
    out.message = std::move(*stay);
    return out;
  }
  return std::nullopt;
}

OpenResult PlanStore::open(std::string_view id, Document& document, std::string_view now) {
  check_timestamp(now);
  if (std::optional<OpenResult> refused = cannot_switch_to(id, document, now)) return *refused;
  OpenResult out;
  const std::string key = keys::plan(id);
  StorageRead read = storage_.read(key);
  if (read.status == ReadStatus::failed) {
    out.status = OpenStatus::failed;
    out.message = "The plan could not be read from this browser's storage. Nothing has been changed; try again.";
    out.detail = read.error.message;
    return out;
  }
  // What the backup can offer when the plan itself cannot be opened.
  const auto offer_backup = [&] {
    const StorageRead backup = storage_.read(keys::backup(id));
    if (backup.status != ReadStatus::found) return;
    const StoredPlan stored = read_record(id, backup.value);
    if (!stored.plan) return;
    out.backup_available = true;
    out.backup_saved_at = stored.load.saved_at;
  };
  if (read.status == ReadStatus::missing) {
    offer_backup();
    out.status = OpenStatus::missing;
    out.message = out.backup_available
                      ? "This plan's stored copy is missing, but its backup (the previous version) can be restored."
                      : "No stored copy of this plan is left in this browser.";
    return out;
  }

  const StoredPlan stored = read_record(id, read.value);
  if (stored.status == StoredPlanStatus::damaged) {
    offer_backup();
    out.status = OpenStatus::damaged;
    out.detail = stored.problem;
    if (auto error = quarantine(key, read.value, now, &out.quarantine_key)) {
      out.message =
          "The copy of this plan stored in this browser is damaged and cannot be opened. It could not be "
          "moved aside (" +
          error->message + "), so it has been left exactly as it is.";
    } else {
      // Moved, so the next save does not meet it again; the raw text stays in quarantine.
      storage_.remove(key);
      out.message =
          "The copy of this plan stored in this browser is damaged and cannot be opened. It has been kept "
          "aside unchanged, so it can still be exported.";
    }
    out.message +=
        out.backup_available ? " The previous version (its backup) can be restored." : " There is no backup of it.";
    return out;
  }
  if (!stored.plan) {
    out.status = OpenStatus::too_new;
    out.message = stored.problem;
    return out;
  }

  forget_open_plan();
  document.reset(*stored.plan);
  open_id_ = std::string(id);
  adopt(std::move(read.value), stored, document.revision());
  if (open_read_only_) {
    out.status = OpenStatus::read_only;
    out.message = readonly_state(stored.problem).message;
    out.detail = stored.problem;
  } else if (mode_ == Mode::read_only) {
    read_only_why_ = "The list of plans in this browser was saved by a newer version of the app.";
    out.status = OpenStatus::read_only;
    out.message = readonly_state(read_only_why_).message;
    out.detail = read_only_why_;
  } else {
    out.status = OpenStatus::opened;
  }
  if (mode_ == Mode::available && index_.last_opened != id) {
    update_index(now, [&](PlanIndex& index) { index.last_opened = std::string(id); });
  }
  return out;
}

OpenResult PlanStore::restore_backup(std::string_view id, Document& document, std::string_view now) {
  check_timestamp(now);
  if (std::optional<OpenResult> refused = cannot_switch_to(id, document, now)) return *refused;
  OpenResult out;
  const StorageRead backup = storage_.read(keys::backup(id));
  if (backup.status == ReadStatus::failed) {
    out.status = OpenStatus::failed;
    out.message = "The backup could not be read from this browser's storage. Nothing has been changed; try again.";
    out.detail = backup.error.message;
    return out;
  }
  if (backup.status == ReadStatus::missing) {
    out.status = OpenStatus::missing;
    out.message = "There is no backup of this plan in this browser.";
    return out;
  }
  const StoredPlan restored = read_record(id, backup.value);
  if (restored.status == StoredPlanStatus::damaged) {
    out.status = OpenStatus::damaged;
    out.detail = restored.problem;
    // Kept aside too; the backup key itself is replaced by the next good version.
    if (auto error = quarantine(keys::backup(id), backup.value, now, &out.quarantine_key)) {
      out.message = "The backup of this plan is damaged too, and could not be moved aside (" + error->message + ").";
    } else {
      out.message = "The backup of this plan is damaged too. It has been kept aside unchanged, so it can be exported.";
    }
    return out;
  }
  if (!restored.plan) {
    out.status = OpenStatus::too_new;
    out.message = restored.problem;
    return out;
  }
  if (restored.status == StoredPlanStatus::read_only || mode_ == Mode::read_only) {
    // A newer app's version: shown, never written back in this version's format.
    forget_open_plan();
    document.reset(*restored.plan);
    open_id_ = std::string(id);
    adopt(backup.value, restored, document.revision());
    open_read_only_ = true;
    read_only_why_ = restored.problem;
    out.status = OpenStatus::read_only;
    out.message = readonly_state(restored.problem).message;
    return out;
  }

  // What the plan's key holds now decides what the save does with it: a good version becomes the
  // backup; a damaged one is quarantined first (or, if it cannot be, left alone: nothing saved).
  const StorageRead current = storage_.read(keys::plan(id));
  if (current.status == ReadStatus::failed) {
    out.status = OpenStatus::failed;
    out.message = "The plan could not be read from this browser's storage. Nothing has been changed; try again.";
    out.detail = current.error.message;
    return out;
  }
  forget_open_plan();
  open_id_ = std::string(id);
  // Revisions only go up: the list remembers the last one even when the plan's key lost it.
  stored_revision_ = restored.revision;
  if (const PlanEntry* entry = index_.find(id)) stored_revision_ = std::max(stored_revision_, entry->revision);
  if (current.status == ReadStatus::found) {
    const StoredPlan now_stored = read_record(id, current.value);
    stored_revision_ = std::max(stored_revision_, now_stored.revision);
    if (now_stored.plan) {
      stored_ = current.value;
      stored_is_good_ = true;
    }
  }
  document.reset(*restored.plan);
  saved_document_revision_ = document.revision();
  resave_ = true;
  const SaveState saved = save(document, now);
  out.status = OpenStatus::opened;
  out.message = saved.status == SaveStatus::saved
                    ? "The previous version" +
                          (restored.load.saved_at.empty() ? std::string() : " (saved " + restored.load.saved_at + ")") +
                          " has been restored."
                    : saved.message;
  out.detail = saved.detail;
  return out;
}

// ---- settings -------------------------------------------------------------------------------

std::optional<std::string> PlanStore::read_setting(AppSetting which) {
  // Before start() too: a read writes nothing, so the demo (which never starts the store) still
  // opens in the user's own theme and text size.
  if (mode_ == Mode::unavailable) return std::nullopt;
  StorageRead read = storage_.read(setting_key(which));
  if (read.status != ReadStatus::found) return std::nullopt;
  settings_seen_[static_cast<std::size_t>(which)] = read.value;
  return std::move(read.value);
}

std::optional<StorageError> PlanStore::write_setting(AppSetting which, std::string_view text) {
  if (mode_ != Mode::available)
    return StorageError{StorageErrorKind::unavailable, "settings are kept in memory only here"};
  std::optional<std::string>& seen = settings_seen_[static_cast<std::size_t>(which)];
  if (seen && *seen == text) return std::nullopt;
  if (auto error = write_verified(setting_key(which), text)) {
    seen.reset();
    return error;
  }
  seen = std::string(text);
  return std::nullopt;
}

}  // namespace planner
