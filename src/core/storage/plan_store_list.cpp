// The plan list operations of the persistence policy: create, rename, duplicate, delete (to the
// trash, with undo), the trash, export bookkeeping and the quarantine. Each one either does all
// it says or changes nothing the user could miss: a plan's text is always somewhere (its key,
// the trash, quarantine) until the user empties the trash or discards it.
#include <algorithm>
#include <utility>

#include "core/files/plan_validation.hpp"
#include "core/plan/edits.hpp"
#include "core/plan/item_id.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/storage/plan_store.hpp"
#include "core/storage/storage_keys.hpp"

namespace planner {
namespace {

namespace keys = storage_keys;

constexpr std::string_view kCopySuffix = " (copy)";

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A refusal for `what` ("The plan was not renamed") because of a storage error.
StoreResult refused(std::string_view what, const StorageError& error) {
  const char* why = error.kind == StorageErrorKind::quota_exceeded ? "this browser's storage is full"
                    : error.kind == StorageErrorKind::unavailable  ? "the browser refused access to its storage"
                                                                   : "the browser's storage failed";
  return {false, std::string(what) + ": " + why + ".", error.message};
}

StoreResult refused(std::string message) { return {false, std::move(message), ""}; }

const StoreResult kDone{true, "", ""};

}  // namespace

std::string copy_name(std::string_view name) {
  const std::string base = name.empty() ? std::string("Untitled plan") : std::string(name);
  if (characters(base) + characters(kCopySuffix) > limits::kMaxLineCharacters) return base;
  return base + std::string(kCopySuffix);
}

std::optional<std::string> plan_name_problem(std::string_view name) {
  if (characters(name) > limits::kMaxLineCharacters)
    return "A plan's name can be at most " + std::to_string(limits::kMaxLineCharacters) + " characters long.";
  const bool control = std::any_of(name.begin(), name.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
  });
  if (control) return "A plan's name must be one line, without tabs or other control characters.";
  return std::nullopt;
}

StoreResult PlanStore::store_new(const Plan& plan, std::string_view now, std::string* written,
                                 std::optional<StorageError>* error) {
  const std::string what = "The plan was not stored";
  if (mode_ != Mode::available) {
    return refused(mode_ == Mode::read_only ? what + ": the plans in this browser belong to a newer version of the app."
                                            : what + ": this browser does not let the planner store anything.");
  }
  if (!is_valid_id(plan.id)) return refused(what + ": \"" + plan.id + "\" is not a valid plan id.");
  const std::string key = keys::plan(plan.id);
  const StorageRead existing = storage_.read(key);
  if (existing.status == ReadStatus::failed) {
    if (error != nullptr) *error = existing.error;
    return refused(what, existing.error);
  }
  if (existing.status == ReadStatus::found) return refused(what + ": a plan with the same id is already stored here.");

  std::string text = plan_record(1, plan, now);
  // Never store what could not be opened again.
  const StoredPlan check = read_record(plan.id, text);
  if (check.status != StoredPlanStatus::editable)
    return refused(what + ": it would not load again (" + check.problem + ").");
  if (auto failure = write_verified(key, text)) {
    storage_.remove(key);  // whatever a failed verification left is not this plan
    if (error != nullptr) *error = failure;
    return refused(what, *failure);
  }
  update_index(now, [&](PlanIndex& index) {
    std::erase_if(index.plans, [&](const PlanEntry& entry) { return entry.id == plan.id; });
    index.plans.push_back(PlanEntry{plan.id, plan.name, std::string(now), std::string(now), 1, "", ""});
  });
  if (written != nullptr) *written = std::move(text);
  return kDone;
}

SaveState PlanStore::keep_new(const Document& document, std::string_view now) {
  check_timestamp(now);
  if (!available() || mode_ == Mode::read_only) return state(document);
  std::string written;
  std::optional<StorageError> error;
  const StoreResult stored = store_new(document.plan(), now, &written, &error);
  if (!stored.ok) {
    if (error) return remember_failure(failed_to_write(*error));
    return remember_failure({SaveStatus::failed, SaveProblem::storage_error, stored.message, stored.detail});
  }
  const StoredPlan record = read_record(document.plan().id, written);
  forget_open_plan();
  open_id_ = document.plan().id;
  adopt(std::move(written), record, document.revision());
  update_index(now, [&](PlanIndex& index) { index.last_opened = open_id_; });
  return saved_state();
}

StoreResult PlanStore::create(const Plan& plan, std::string_view now) {
  check_timestamp(now);
  return store_new(plan, now);
}

StoreResult PlanStore::rewrite_stored(std::string_view id, std::string_view now,
                                      const std::function<void(Plan&)>& change) {
  const std::string what = "The plan was not changed";
  const std::string key = keys::plan(id);
  const StorageRead read = storage_.read(key);
  if (read.status == ReadStatus::failed) return refused(what, read.error);
  if (read.status == ReadStatus::missing) return refused(what + ": it is no longer stored in this browser.");
  StoredPlan stored = read_record(id, read.value);
  if (stored.status == StoredPlanStatus::damaged)
    return refused(what + ": its stored copy is damaged. Open it to see what can be done.");
  if (stored.status == StoredPlanStatus::read_only)
    return refused(what + ": it was saved by a newer version of the app and is read-only here.");
  Plan plan = std::move(*stored.plan);
  change(plan);
  const std::uint64_t revision = stored.revision + 1;
  const std::string text = plan_record(revision, plan, now);
  const StoredPlan check = read_record(id, text);
  if (check.status != StoredPlanStatus::editable)
    return refused(what + ": it would not load again (" + check.problem + ").");
  // The version it replaces becomes the backup; not fatal when it cannot (the change is small
  // and the user asked for it), but the previous backup then stays the older one.
  write_verified(keys::backup(id), read.value);
  if (auto error = write_verified(key, text)) {
    // Put back what was there: a failed verification may have left something else.
    storage_.write(key, read.value);
    return refused(what, *error);
  }
  update_index(now, [&](PlanIndex& index) {
    if (PlanEntry* entry = index.find(id)) {
      entry->name = plan.name;
      entry->updated_at = std::string(now);
      entry->revision = revision;
    } else {
      index.plans.push_back(
          PlanEntry{std::string(id), plan.name, std::string(now), std::string(now), revision, "", ""});
    }
  });
  return kDone;
}

StoreResult PlanStore::rename(std::string_view id, std::string_view name, Document& document, std::string_view now) {
  check_timestamp(now);
  if (auto problem = plan_name_problem(name)) return refused(*problem);
  // The plan on screen is renamed through its document: one undo step, saved like any edit (or,
  // with storage unavailable, kept in memory like every other change).
  const bool on_screen =
      (!open_id_.empty() && id == open_id_) || (mode_ == Mode::unavailable && document.plan().id == id);
  if (on_screen) {
    if (read_only())
      return refused("The plan was not renamed: it is read-only here (saved by a newer version of the app).");
    document.apply(edits::set_plan_name(std::string(name)));
    if (mode_ == Mode::unavailable) return kDone;
    const SaveState saved = save(document, now);
    // Renamed either way (the document has it, one undo step); a failed save shows as usual.
    return {true, saved.status == SaveStatus::saved ? std::string() : saved.message, saved.detail};
  }
  if (mode_ != Mode::available) return refused("The plan was not renamed: nothing can be changed in storage here.");
  const std::string new_name(name);
  return rewrite_stored(id, now, [&](Plan& plan) { plan.name = new_name; });
}

StoreResult PlanStore::duplicate(std::string_view id, std::string_view new_id, std::string_view now) {
  check_timestamp(now);
  if (!available()) return refused("The plan was not copied: this browser does not let the planner store anything.");
  const StorageRead read = storage_.read(keys::plan(id));
  if (read.status == ReadStatus::failed) return refused("The plan was not copied", read.error);
  if (read.status == ReadStatus::missing)
    return refused("The plan was not copied: it is no longer stored in this browser.");
  StoredPlan stored = read_record(id, read.value);
  if (!stored.plan)
    return refused("The plan was not copied: its stored copy cannot be read. Open it to see what can be done.");
  // A newer app's plan copies too: the copy is in this version's format (what this version
  // understands of it), which is the way to keep working on it here. The original is untouched.
  Plan copy = std::move(*stored.plan);
  copy.id = std::string(new_id);
  copy.name = copy_name(copy.name);
  StoreResult result = store_new(copy, now);
  if (result.ok && stored.status == StoredPlanStatus::read_only) {
    result.message = "The copy is in this version's format: anything only the newer version knows about was left out.";
  }
  return result;
}

StoreResult PlanStore::remove(std::string_view id, const Document& document, std::string_view now) {
  check_timestamp(now);
  const std::string what = "The plan was not deleted";
  if (mode_ != Mode::available) return refused(what + ": nothing can be changed in storage here.");
  if (!is_valid_id(id)) return refused(what + ": there is no such plan.");
  if (id == open_id_) {
    if (std::optional<std::string> stay = leave_open_plan(document, now)) return refused(what + ". " + *stay);
  }
  const std::string key = keys::plan(id);
  const StorageRead main = storage_.read(key);
  if (main.status == ReadStatus::failed) return refused(what, main.error);
  // What goes to the trash: the plan as stored, or (its key lost) its backup.
  std::optional<std::string> kept;
  if (main.status == ReadStatus::found) {
    kept = main.value;
  } else {
    const StorageRead backup = storage_.read(keys::backup(id));
    if (backup.status == ReadStatus::failed) return refused(what, backup.error);
    if (backup.status == ReadStatus::found) kept = backup.value;
  }
  if (kept) {
    const std::string trash_key = keys::trash(id);
    const StorageRead earlier = storage_.read(trash_key);
    if (earlier.status == ReadStatus::failed) return refused(what, earlier.error);
    // An earlier deleted plan with the same id is still in the trash: keep it aside, not replaced.
    if (earlier.status == ReadStatus::found) {
      if (auto error = quarantine(trash_key, earlier.value, now)) return refused(what, *error);
    }
    if (auto error = write_verified(trash_key, *kept)) {
      if (earlier.status == ReadStatus::found) storage_.write(trash_key, earlier.value);
      else storage_.remove(trash_key);
      return refused(what, *error);
    }
    if (main.status == ReadStatus::found) {
      if (auto error = storage_.remove(key)) {
        storage_.remove(trash_key);
        return refused(what, *error);
      }
    }
  }
  update_index(now, [&](PlanIndex& index) {
    PlanEntry entry;
    if (const PlanEntry* listed = index.find(id)) entry = *listed;
    entry.id = std::string(id);
    if (entry.created_at.empty()) entry.created_at = entry.updated_at = std::string(now);
    entry.deleted_at = std::string(now);
    std::erase_if(index.plans, [&](const PlanEntry& e) { return e.id == id; });
    std::erase_if(index.trash, [&](const PlanEntry& e) { return e.id == id; });
    if (kept) index.trash.push_back(std::move(entry));
    if (index.last_opened == id) index.last_opened.clear();
  });
  if (!open_id_.empty() && open_id_ == id) forget_open_plan();
  return kDone;
}

StoreResult PlanStore::restore_from_trash(std::string_view id, std::string_view now) {
  check_timestamp(now);
  const std::string what = "The plan was not restored";
  if (mode_ != Mode::available) return refused(what + ": nothing can be changed in storage here.");
  if (!is_valid_id(id)) return refused(what + ": there is no such plan in the trash.");
  const std::string trash_key = keys::trash(id);
  const StorageRead deleted = storage_.read(trash_key);
  if (deleted.status == ReadStatus::failed) return refused(what, deleted.error);
  if (deleted.status == ReadStatus::missing) return refused(what + ": it is no longer in the trash.");
  const std::string key = keys::plan(id);
  const StorageRead existing = storage_.read(key);
  if (existing.status == ReadStatus::failed) return refused(what, existing.error);
  if (existing.status == ReadStatus::found)
    return refused(what + ": a plan with the same id is stored again. Delete or export that one first.");
  if (auto error = write_verified(key, deleted.value)) {
    storage_.remove(key);
    return refused(what, *error);
  }
  // The trash copy goes only once the plan is back; if removing it fails it is merely left over
  // (the next start lists it in the trash again).
  storage_.remove(trash_key);
  const StoredPlan stored = read_record(id, deleted.value);
  update_index(now, [&](PlanIndex& index) {
    PlanEntry entry;
    if (const PlanEntry* listed = index.find_in_trash(id)) entry = *listed;
    entry.id = std::string(id);
    if (entry.name.empty()) entry.name = stored.plan ? stored.plan->name : std::string(id);
    if (entry.created_at.empty()) entry.created_at = entry.updated_at = std::string(now);
    entry.revision = std::max(entry.revision, stored.revision);
    entry.deleted_at.clear();
    std::erase_if(index.trash, [&](const PlanEntry& e) { return e.id == id; });
    std::erase_if(index.plans, [&](const PlanEntry& e) { return e.id == id; });
    index.plans.push_back(std::move(entry));
  });
  return kDone;
}

StoreResult PlanStore::empty_trash(std::string_view now) {
  check_timestamp(now);
  if (mode_ != Mode::available) return refused("The trash was not emptied: nothing can be changed in storage here.");
  const StorageKeys listed = storage_.keys(keys::kTrashPrefix);
  if (listed.error) return refused("The trash was not emptied", *listed.error);
  std::optional<StorageError> first_error;
  std::vector<std::string> emptied;
  for (const std::string& trash_key : listed.keys) {
    const std::string id = trash_key.substr(keys::kTrashPrefix.size());
    if (auto error = storage_.remove(trash_key)) {
      if (!first_error) first_error = error;
      continue;
    }
    emptied.push_back(id);
    // Its backup goes too, unless a plan with that id lives again (and owns the backup).
    if (is_valid_id(id) && storage_.read(keys::plan(id)).status == ReadStatus::missing)
      storage_.remove(keys::backup(id));
  }
  update_index(now, [&](PlanIndex& index) {
    std::erase_if(index.trash, [&](const PlanEntry& entry) {
      return std::find(emptied.begin(), emptied.end(), entry.id) != emptied.end() ||
             std::find(listed.keys.begin(), listed.keys.end(), keys::trash(entry.id)) == listed.keys.end();
    });
  });
  if (first_error) return refused("Some deleted plans could not be removed from the trash", *first_error);
  return kDone;
}

StoreResult PlanStore::mark_exported(std::string_view id, std::string_view now) {
  check_timestamp(now);
  if (index_.find(id) == nullptr) return refused("There is no such plan in the list.");
  bool found = false;
  const std::optional<StorageError> error = update_index(now, [&](PlanIndex& index) {
    if (PlanEntry* entry = index.find(id)) {
      entry->last_exported_at = std::string(now);
      found = true;
    }
  });
  if (!found) return refused("There is no such plan in the list.");
  // The export itself happened; only the reminder's bookkeeping could not be stored.
  if (error && mode_ == Mode::available) return refused("The export was not recorded", *error);
  return kDone;
}

std::vector<QuarantineEntry> PlanStore::quarantined() {
  std::vector<QuarantineEntry> out;
  if (!available()) return out;
  const StorageKeys listed = storage_.keys(keys::kQuarantinePrefix);
  for (const std::string& key : listed.keys) {
    const std::string_view rest = std::string_view(key).substr(keys::kQuarantinePrefix.size());
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos) continue;
    std::string_view when = rest.substr(0, slash);
    when = when.substr(0, when.find('~'));
    out.push_back(
        QuarantineEntry{key, std::string(when), std::string(keys::kPrefix) + std::string(rest.substr(slash + 1))});
  }
  return out;
}

StorageRead PlanStore::read_quarantined(std::string_view key) {
  if (!key.starts_with(keys::kQuarantinePrefix))
    return {ReadStatus::failed, {}, StorageError{StorageErrorKind::other, "not a quarantine key"}};
  return storage_.read(key);
}

StoreResult PlanStore::discard_quarantined(std::string_view key) {
  if (!key.starts_with(keys::kQuarantinePrefix)) return refused("This is not damaged data kept aside.");
  if (auto error = storage_.remove(key)) return refused("The damaged data was not discarded", *error);
  return kDone;
}

}  // namespace planner
