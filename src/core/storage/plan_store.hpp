#pragma once
// The persistence policy: how plans are kept in the browser's storage so that nothing is ever lost
// silently (docs/product.md §12). Pure C++ over the Storage interface; no clock (every
// operation that stamps something takes `now`, an ISO 8601 UTC timestamp from Host::now_utc()).
//
// What it promises, and how:
//  - Several plans per browser, listed by an index (plan_index.hpp); each plan is one record
//    (plan_record.hpp: a revision counter + the plan file as "Export plan" writes it, compact).
//    Key layout: storage_keys.hpp.
//  - No silent overwrite. Before every write the stored value is read and compared, byte for
//    byte, with what this tab last wrote or loaded. Anything else is another tab's (or another
//    version's) work: a loadable plan is a conflict, reported for the user to choose (keep theirs,
//    keep mine as a copy, replace theirs with mine); a deleted one likewise. Browsers apply other
//    tabs' changes between tasks, never inside one synchronous save, so the check cannot be
//    raced there; it is repeated right before the write anyway, for any Storage that could be.
//  - A backup. Before a plan is written, the previous good version is copied to its backup key,
//    so every save leaves two good versions (the backup only ever receives a verified one).
//  - Verification. Every write is read back and compared with what was meant; a mismatch is a
//    failed save, and nothing this tab believed good is trusted from then on.
//  - Quarantine. Stored data that does not load (damaged, hand-edited, truncated) is never
//    overwritten or deleted: it is first copied, raw, to a quarantine key (kept until the user
//    discards it; exportable) and only then replaced. If it cannot be copied (storage full) it is
//    left exactly where it is and the save fails with a message.
//  - Read-only. A plan whose record or file comes from a newer version of the app is shown but
//    never written (no save, rename or replace; delete moves its raw text to the trash intact;
//    duplicate makes a new plan in this version's format and says so). An index written by a
//    newer app makes the whole store read-only.
//  - Unavailable. start() writes, reads and removes a probe key; if the browser refuses (private
//    windows, policies), the store is unavailable: the app keeps working in memory and says so.
//  - Debounce is the app's: time passes there. The store tracks which Document revision is stored
//    (needs_save(), state()) and the app calls save() a moment after the last change.
//
// Using it from the app (one store per tab, called from the frame loop; `now` = Host::now_utc()):
//   start     start(now): show `message` and `notices`; if available, open(index().last_opened)
//             or show the first-run screen; read_setting() restores appearance and layout.
//   each frame  hand every key from the platform's storage events to notice_change(); when
//             needs_save(document) and the user paused (about a second), save(); show state()
//             in the status bar, as a banner while failed, and as planner.state().save.
//   conflict  conflict() set: offer keep_theirs(), keep_mine_as_copy(), replace_theirs().
//   export    save_plan_file(document.plan(), now), then mark_exported(); export_reminder().
//   demo      a second PlanStore over a MemoryStorage never touches the user's own plans.
//
// Not thread-safe, and not meant to be: one store per tab, called from the frame loop.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/document.hpp"
#include "core/plan/plan.hpp"
#include "core/programme/catalogue.hpp"
#include "core/storage/plan_index.hpp"
#include "core/storage/plan_record.hpp"
#include "core/storage/save_state.hpp"
#include "core/storage/storage.hpp"

namespace planner {

// What start() found.
struct StoreStart {
  bool available = false;            // false: nothing can be stored; the app works in memory (SaveStatus::unavailable)
  bool read_only = false;            // the plan list was written by a newer app: every plan opens read-only
  std::string message;               // plain English when not simply available and writable
  std::string detail;                // the browser's words, when storage failed
  std::vector<std::string> notices;  // repairs made, in plain English ("The plan list was damaged …")
};

enum class OpenStatus {
  opened,       // the document holds the plan, editable
  read_only,    // the document holds the plan, shown read-only (never saved); `message` says why
  too_new,      // saved by a newer app in a way this version cannot even show; nothing changed
  damaged,      // the stored copy is damaged: moved aside (`quarantine_key`) unless it could not be
  missing,      // no stored copy of this plan (deleted elsewhere, or lost with the browser's data)
  failed,       // the storage could not be read, or the plan being left could not be saved; nothing changed
  unavailable,  // the store is unavailable (see start())
};

struct OpenResult {
  OpenStatus status = OpenStatus::failed;
  std::string message;            // plain English, empty when simply opened
  std::string detail;             // the browser's words or the damage found
  bool backup_available = false;  // damaged or missing: restore_backup() can open the previous good version
  std::string backup_saved_at;    // that version's savedAt, for "Restore the version saved on …"
  std::string quarantine_key;     // damaged: where the raw text was moved (empty: it could not be moved)
};

// Another tab's version of the open plan, found when saving or by a storage event.
struct Conflict {
  bool deleted = false;               // the other tab deleted the plan (nothing stored under its key)
  std::uint64_t their_revision = 0;   // their record's revision (this tab's is older or equal)
  std::optional<Plan> their_plan;     // set unless deleted
  bool their_plan_read_only = false;  // theirs comes from a newer app version
};

// What a storage event from another tab meant for this one.
enum class ChangeKind {
  none,          // nothing that concerns this tab (or its own write echoed)
  list_changed,  // the plan list, the trash or quarantine changed: redraw the list
  reloaded,      // the open plan changed elsewhere and this tab had no unsaved changes: the document
                 // now holds their version, as one undoable step ("Changes from another tab")
  conflict,      // the open plan changed or was deleted elsewhere while this tab had unsaved changes
  damaged,       // the open plan's stored copy was damaged elsewhere: needs_save() is now true, and
                 // the next save moves the damaged copy aside before writing
};

// Outcome of a list operation (create, rename, duplicate, delete, restore, …).
struct StoreResult {
  bool ok = false;
  std::string message;  // plain English when not ok
  std::string detail;   // the browser's words
};

enum class AppSetting {
  ui,      // the app's appearance settings (its own text format)
  layout,  // Dear ImGui's layout, its .ini text (ImGui::SaveIniSettingsToMemory)
};

struct QuarantineEntry {
  std::string key;         // the quarantine key itself (read_quarantined, discard_quarantined)
  std::string moved_at;    // when it was moved aside
  std::string source_key;  // where it was found, e.g. "planner/plan/plan-7f3a"
};

// "<name> (copy)", or the name itself when the longer one would not fit in a plan file.
std::string copy_name(std::string_view name);

// Why `name` cannot be a plan's name (plan files allow one line of at most 1000 characters), or
// nothing when it can.
std::optional<std::string> plan_name_problem(std::string_view name);

class PlanStore {
 public:
  // `storage` and `catalogue` must outlive the store.
  PlanStore(Storage& storage, const Catalogue& catalogue);

  // ---- start ------------------------------------------------------------------------------
  // Probes the storage and reads the plan list, repairing it from the stored records when it is
  // lost, damaged or out of step (a damaged list is quarantined first). Call once, first.
  StoreStart start(std::string_view now);
  bool available() const { return mode_ == Mode::available || mode_ == Mode::read_only; }
  // The plan list as last read or written by this tab (refresh_index() after a storage event).
  const PlanIndex& index() const { return index_; }
  // Re-reads the plan list (another tab changed it). Returns false when it could not be read.
  bool refresh_index(std::string_view now);

  // ---- the open plan ------------------------------------------------------------------------
  // Opens a stored plan into `document` (reset: history cleared). The plan open until now (in the
  // same document) is saved first if it has changes, and stays open if that fails. Damaged data
  // is moved aside here, and the backup offered. Remembered as the plan to open at the next start.
  OpenResult open(std::string_view id, Document& document, std::string_view now);
  // Opens the backup of plan `id` into `document` and saves it as the current version (the
  // version it replaces, when good, becomes the backup: restoring is itself undoable).
  OpenResult restore_backup(std::string_view id, Document& document, std::string_view now);
  const std::string& open_id() const { return open_id_; }  // empty when no plan is open
  bool read_only() const { return open_read_only_ || mode_ == Mode::read_only; }
  // Stops saving the open plan (the app switches to another or to the first-run screen).
  void close();

  // True when the document has changes the store should write now (the app's debounce decides
  // when): the open plan is editable, storage is available, and no conflict waits for the user.
  bool needs_save(const Document& document) const;
  // Writes the document's plan as the open plan's next version (see the header comment for the
  // checks). The document's plan must be the open plan (same id); otherwise nothing is written.
  SaveState save(const Document& document, std::string_view now);
  // A save in steps, so that none takes a whole frame on a large plan (plan_keeper.hpp): the
  // plan encoded, then the version it replaces copied to the backup, each a frame ahead of the
  // save that writes. save() with an encoding of another document revision encodes afresh, and
  // any save copies the backup itself unless the backup already holds that version. A failed
  // backup here is left for the save to retry and report.
  EncodedPlan encode_for_save(const Document& document, std::string_view now) const;
  void back_up_for_save();
  SaveState save(const Document& document, std::string_view now, const EncodedPlan& encoded);
  // The state to show for this document now.
  SaveState state(const Document& document) const;

  // ---- other tabs ---------------------------------------------------------------------------
  // A storage event for `key` (empty: the other tab cleared everything). Reads what changed and
  // acts on it (see ChangeKind); the app redraws.
  ChangeKind notice_change(std::string_view key, Document& document, std::string_view now);
  // The conflict waiting for the user, if any.
  const std::optional<Conflict>& conflict() const { return conflict_; }
  // The user keeps the other tab's version: the document takes it as one undoable step (so even
  // this choice can be undone), and it counts as saved. Deleted elsewhere: the plan is closed.
  void keep_theirs(Document& document);
  // The user keeps both: this tab's plan is stored as a new plan `new_id` named "<name> (copy)",
  // and the document switches to it (reset). Theirs stays as it is.
  SaveState keep_mine_as_copy(Document& document, std::string_view new_id, std::string_view now);
  // The user keeps this tab's version: theirs becomes the backup (so it can still be restored),
  // then this tab's version is saved. Deleted elsewhere: the plan is stored again.
  SaveState replace_theirs(const Document& document, std::string_view now);

  // Stores the document's plan, made in this window and not stored yet (first run's "Suggest a
  // plan", an import with nothing open), as a new plan, and makes it the open plan without
  // resetting the document, so the step that made it stays undoable. Remembered as the plan to
  // open at the next start. Its id must be new in this browser.
  SaveState keep_new(const Document& document, std::string_view now);

  // ---- import -------------------------------------------------------------------------------
  // Replaces the open plan with `incoming` (already loaded, validated and confirmed by the user):
  // unsaved changes are saved first, then `incoming` (given the open plan's id, so it keeps its
  // place in the list) is applied as one undoable step and saved, which leaves the version
  // before the import as the backup. Refused, with nothing changed, when the current plan cannot
  // be saved first or is read-only. With storage unavailable the import happens in memory.
  // `ok`: the document now holds the import (a failed save then shows in state() as usual).
  StoreResult replace_open_plan(Document& document, Plan incoming, std::string_view label, std::string_view now);

  // ---- the plan list ------------------------------------------------------------------------
  // Stores a new plan (its id must be new in this browser). Does not open it.
  StoreResult create(const Plan& plan, std::string_view now);
  // Renames plan `id`. The open plan is renamed through the document (one undoable step) and
  // saved; another plan is rewritten in storage (its previous version becomes its backup).
  StoreResult rename(std::string_view id, std::string_view name, Document& document, std::string_view now);
  // Stores a copy of the stored plan `id` as plan `new_id` named "<name> (copy)". For the open
  // plan this copies what is stored: save first (autosave normally has).
  StoreResult duplicate(std::string_view id, std::string_view new_id, std::string_view now);
  // Moves plan `id` to the trash (its stored text kept byte for byte until the trash is emptied).
  // Deleting the open plan (held by `document`) saves its changes first, so the trash holds what
  // the user saw, and closes it.
  StoreResult remove(std::string_view id, const Document& document, std::string_view now);
  // Brings plan `id` back from the trash (the undo of remove). Refused when a plan with that id
  // exists again.
  StoreResult restore_from_trash(std::string_view id, std::string_view now);
  // Deletes everything in the trash for good (and the backups of those plans).
  StoreResult empty_trash(std::string_view now);
  // Records an export of plan `id` (for the export reminder, export_reminder.hpp).
  StoreResult mark_exported(std::string_view id, std::string_view now);

  // ---- quarantine ---------------------------------------------------------------------------
  std::vector<QuarantineEntry> quarantined();
  StorageRead read_quarantined(std::string_view key);  // the raw text, for "Export the damaged data"
  StoreResult discard_quarantined(std::string_view key);

  // ---- app settings -------------------------------------------------------------------------
  // Nothing when none is stored or storage is unavailable. Works before start(), writing
  // nothing: the demo reads the user's appearance without starting the store.
  std::optional<std::string> read_setting(AppSetting which);
  // Writes (read back and verified) only when the text differs from what was last read or
  // written, so Dear ImGui's periodic layout saves cost nothing when nothing moved.
  std::optional<StorageError> write_setting(AppSetting which, std::string_view text);

 private:
  enum class Mode { not_started, available, read_only, unavailable };

  // Throws std::invalid_argument: a bad `now` would be written where it must stay loadable.
  static void check_timestamp(std::string_view now);

  // The probe: returns the error when storage is unusable.
  std::optional<StorageError> probe(std::string_view now);
  // Brings the index in step with the stored records; returns true when it changed it.
  bool reconcile(PlanIndex& index, std::string_view now, std::vector<std::string>& notices);
  // Reads the index, changes it with `change`, writes it back verified; a damaged index is
  // quarantined and rebuilt first. The in-memory list takes the change even when it cannot be
  // written: it then shows what is stored, and the next start rebuilds the stored list.
  std::optional<StorageError> update_index(std::string_view now, const std::function<void(PlanIndex&)>& change);
  // Writes and reads back: the error, or a not-verified error, or nothing.
  std::optional<StorageError> write_verified(std::string_view key, std::string_view value);
  // Copies damaged `value` of `key` to a new quarantine key (verified; `moved_to` receives the
  // key), or returns why it could not.
  std::optional<StorageError> quarantine(std::string_view key, std::string_view value, std::string_view now,
                                         std::string* moved_to = nullptr);
  // Makes `stored` (raw text of the open plan's key, read just now) what this tab works from.
  void adopt(std::string raw, const StoredPlan& stored, std::uint64_t document_revision);
  // Writes a new plan record (its id must be new) and adds it to the index; `written` receives
  // the record, `error` the storage's refusal.
  StoreResult store_new(const Plan& plan, std::string_view now, std::string* written = nullptr,
                        std::optional<StorageError>* error = nullptr);
  // save(), with the backup of the previous version required (a conflict's "replace theirs"),
  // writing `encoded` when it is given and of the document's revision.
  SaveState save_plan(const Document& document, std::string_view now, bool backup_required,
                      const EncodedPlan* encoded = nullptr);
  // read_stored_plan(), plus: a record under plan `id`'s key must hold plan `id`.
  StoredPlan read_record(std::string_view id, std::string_view text) const;
  // Rewrites a stored plan that is not open (rename).
  StoreResult rewrite_stored(std::string_view id, std::string_view now, const std::function<void(Plan&)>& change);
  // Whether `current` (the open plan's key, read just now) holds what this tab wrote or loaded.
  bool is_ours(const StorageRead& current) const;
  // Another writer's value under the open plan's key: a conflict (recorded; its state returned),
  // or damage, quarantined (nothing returned: the save may go on) unless it cannot be.
  std::optional<SaveState> meet_foreign(const std::string& key, const StorageRead& found, std::string_view now);
  SaveState remember_failure(SaveState state);
  // Before the open plan is left (another opened, it deleted): saves its changes; returns why it
  // must stay open instead (a save failed, or a conflict with unsaved changes waits).
  std::optional<std::string> leave_open_plan(const Document& document, std::string_view now);
  // open() and restore_backup(): why plan `id` cannot take the open plan's place yet, or nothing.
  std::optional<OpenResult> cannot_switch_to(std::string_view id, Document& document, std::string_view now);
  void forget_open_plan();

  Storage& storage_;
  const Catalogue& catalogue_;
  Mode mode_ = Mode::not_started;
  std::string unavailable_detail_;
  PlanIndex index_;

  // The open plan.
  std::string open_id_;
  bool open_read_only_ = false;
  std::string read_only_why_;
  // What this tab believes the open plan's key holds: the text it loaded or last wrote (nothing:
  // the key should be absent). Anything else found there is another writer's.
  std::optional<std::string> stored_;
  // Whether `stored_` is a good version (loaded or verified), so the backup may receive it.
  bool stored_is_good_ = false;
  // Text of a write whose verification failed: it may have landed, and if so it is ours.
  std::optional<std::string> attempted_;
  std::uint64_t stored_revision_ = 0;          // the record revision of `stored_` (or of the last attempt)
  std::uint64_t saved_document_revision_ = 0;  // the Document revision that `stored_` holds
  bool resave_ = false;                        // the stored copy needs writing although the document is unchanged
  std::optional<SaveState> failure_;           // the last save's failure, until a save succeeds
  std::optional<SaveState> warning_;           // a successful save's caveat (backup not kept)
  std::optional<Conflict> conflict_;
  std::optional<std::string> their_raw_;  // the conflicting stored text, for replace_theirs()

  // Settings text last read or written, so unchanged settings are not rewritten.
  std::array<std::optional<std::string>, 2> settings_seen_;  // by AppSetting
};

}  // namespace planner
